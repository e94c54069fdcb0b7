"""Download an image or video URL (a look's ``image_url``, a video's ``video_url``) to bytes or to disk.

One logic, two faces: `_prepare` builds the request and `_Sink` handles the response; `download` and
`adownload` only move bytes. The file is streamed to ``<name>.part`` and renamed when complete, so a failed
download never leaves a truncated file under the final name.

HeyGen's media URLs are presigned CDN links, so the request carries no credentials: an ``X-Api-Key`` or
``Authorization`` header the client has by default is removed before sending, and error messages show the
URL without its query string (where the signature lives).

Example::

    with httpx.Client() as http:
        path = download(http, video.video_url, "out/")        # -> Path("out/<name>.mp4")
        data = download(http, look.image_url)                 # -> bytes
"""

from __future__ import annotations

import math
import os
from pathlib import Path, PurePosixPath
from typing import Final, overload

import httpx

from ..errors import APIConnectionError, APIStatusError, APITimeoutError, InputValidationError

__all__ = ["DownloadDestination", "adownload", "download"]

DownloadDestination = str | os.PathLike[str]
"""A file path, or an existing directory (the file name then comes from the URL and the content type)."""

CHUNK_SIZE: Final = 64 * 1024
_CREDENTIAL_HEADERS: Final = ("x-api-key", "authorization")
_GENERIC_NAMES: Final = frozenset({"original", "download", "file", ""})
_EXTENSIONS: Final = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "application/x-subrip": ".srt",
}


def _public_url(url: httpx.URL) -> str:
    """The URL without query or fragment: safe to show in errors and logs."""
    return str(url.copy_with(query=None, fragment=None))


def _prepare(client: httpx.Client | httpx.AsyncClient, url: object, timeout: object) -> httpx.Request:
    if timeout is not None and (
        isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout < math.inf
    ):
        raise InputValidationError("timeout", "must be a positive number of seconds or None", value=timeout)
    if not isinstance(url, str | httpx.URL) or not str(url):
        raise InputValidationError("url", "expected a non-empty http(s) URL", value=url)
    parsed = httpx.URL(url) if isinstance(url, str) else url
    if parsed.scheme not in ("http", "https"):
        raise InputValidationError("url", f"only http(s) URLs can be downloaded, got {parsed.scheme!r}")
    request = client.build_request(
        "GET", parsed, timeout=client.timeout if timeout is None else httpx.Timeout(float(timeout))
    )
    for name in _CREDENTIAL_HEADERS:
        request.headers.pop(name, None)
    return request


def _target_path(destination: DownloadDestination, response: httpx.Response) -> Path:
    path = Path(destination)
    if not path.is_dir():
        return path
    parts = PurePosixPath(response.request.url.path).parts
    names = [part for part in parts if part != "/"]
    name = names[-1] if names else ""
    if name in _GENERIC_NAMES and len(names) >= 2:
        name = names[-2]  # HeyGen images are .../image/<id>/original
    stem = name or "download"
    if not PurePosixPath(stem).suffix:
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        stem += _EXTENSIONS.get(content_type, "")
    return path / stem


def _check_status(response: httpx.Response) -> None:
    if response.is_success:
        return
    hint = ""
    if response.status_code in (401, 403, 404, 410):
        hint = " (HeyGen's media URLs expire, e.g. image_url after 7 days: fetch the resource again)"
    raise APIStatusError(
        f"download failed with HTTP {response.status_code}{hint}",
        status_code=response.status_code,
        request_id=response.headers.get("x-request-id"),
        headers=dict(response.headers),
        method="GET",
        url=_public_url(response.request.url),
    )


def _connection_error(error: httpx.TransportError, request: httpx.Request) -> APIConnectionError:
    url = _public_url(request.url)
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return kind(f"download of {url} failed: {type(error).__name__}", method="GET", url=url)


class _Sink:
    """Where the bytes go: memory, or ``<target>.part`` renamed to ``<target>`` on success."""

    def __init__(self, response: httpx.Response, destination: DownloadDestination | None) -> None:
        _check_status(response)
        self._buffer = bytearray()
        self._target: Path | None = None
        self._part: Path | None = None
        if destination is not None:
            self._target = _target_path(destination, response)
            self._part = self._target.with_name(self._target.name + ".part")
            self._part.parent.mkdir(parents=True, exist_ok=True)
            self._file = self._part.open("wb")

    def write(self, chunk: bytes) -> None:
        if self._part is None:
            self._buffer += chunk
        else:
            self._file.write(chunk)

    def finish(self) -> Path | bytes:
        if self._part is None or self._target is None:
            return bytes(self._buffer)
        self._file.close()
        os.replace(self._part, self._target)
        return self._target

    def abort(self) -> None:
        if self._part is not None:
            self._file.close()
            self._part.unlink(missing_ok=True)


@overload
def download(client: httpx.Client, url: str, to: None = None, *, timeout: float | None = None) -> bytes: ...
@overload
def download(
    client: httpx.Client, url: str, to: DownloadDestination, *, timeout: float | None = None
) -> Path: ...
def download(
    client: httpx.Client, url: str, to: DownloadDestination | None = None, *, timeout: float | None = None
) -> Path | bytes:
    """Fetch ``url`` with ``client``: the bytes when ``to`` is None, else the path written (streamed).

    Example::

        download(http, video.video_url, "talk.mp4")
    """
    request = _prepare(client, url, timeout)
    try:
        response = client.send(request, stream=True)
    except httpx.TransportError as error:
        raise _connection_error(error, request) from error
    try:
        sink = _Sink(response, to)
        try:
            for chunk in response.iter_bytes(CHUNK_SIZE):
                sink.write(chunk)
        except BaseException as error:
            sink.abort()
            if isinstance(error, httpx.TransportError):
                raise _connection_error(error, request) from error
            raise
        return sink.finish()
    finally:
        response.close()


@overload
async def adownload(
    client: httpx.AsyncClient, url: str, to: None = None, *, timeout: float | None = None
) -> bytes: ...
@overload
async def adownload(
    client: httpx.AsyncClient, url: str, to: DownloadDestination, *, timeout: float | None = None
) -> Path: ...
async def adownload(
    client: httpx.AsyncClient,
    url: str,
    to: DownloadDestination | None = None,
    *,
    timeout: float | None = None,
) -> Path | bytes:
    """The async twin of `download` (same request, same checks, same file handling)."""
    request = _prepare(client, url, timeout)
    try:
        response = await client.send(request, stream=True)
    except httpx.TransportError as error:
        raise _connection_error(error, request) from error
    try:
        sink = _Sink(response, to)
        try:
            async for chunk in response.aiter_bytes(CHUNK_SIZE):
                sink.write(chunk)
        except BaseException as error:
            sink.abort()
            if isinstance(error, httpx.TransportError):
                raise _connection_error(error, request) from error
            raise
        return sink.finish()
    finally:
        await response.aclose()
