"""Download an image or video URL (a look's ``image_url``, a video's ``video_url``) to bytes or to disk.

One logic, two faces: `_prepare` builds the request and `_Sink` handles the response; `download` and
`adownload` only move bytes. The file is streamed to ``<name>.part`` and renamed when complete, so a failed
download never leaves a truncated file under the final name.

HeyGen's media URLs are presigned CDN links, so the request carries no credentials: the ``X-Api-Key``,
``Authorization`` and ``Cookie`` headers the client sends by default are removed before sending, and error
messages show the URL without its query string (where the signature lives). Redirects (a CDN's) are
followed, at most `MAX_REDIRECTS`, each hop again without those headers: httpx's own redirects would copy
the client's cookie jar into them, and keep ``X-Api-Key`` even to another origin.

Everything is checked before the request (the URL, ``to``, ``timeout``, ``max_bytes``); ``max_bytes`` is
checked against the ``Content-Length`` header before any of the body is read, and again while streaming, so
an oversized body is refused early. A name taken from the URL is reduced to safe characters (no path
separators, no leading dots, bounded length), and the partial file has a unique name next to the target,
removed on any failure.

Example::

    with httpx.Client() as http:
        path = download(http, video.video_url, "out/")        # -> Path("out/<name>.mp4")
        data = download(http, look.image_url)                 # -> bytes
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from pathlib import Path, PurePosixPath
from typing import IO, Final, overload

import httpx

from ..errors import APIConnectionError, APIStatusError, APITimeoutError, InputValidationError
from . import validation as check
from .config import MAX_REQUEST_SECONDS, seconds_of
from .redact import SENSITIVE_HEADERS

__all__ = ["DownloadDestination", "adownload", "check_destination", "download"]

DownloadDestination = str | os.PathLike[str]
"""A file path, or an existing directory (the file name then comes from the URL and the content type)."""

CHUNK_SIZE: Final = 64 * 1024
MAX_REDIRECTS: Final = 20
"""Redirects a download follows (httpx's default limit)."""
_GENERIC_NAMES: Final = frozenset({"original", "download", "file", ""})
_UNSAFE_IN_NAME: Final = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_NAME: Final = 120
"""Characters of a file name taken from a URL (file systems allow 255 bytes; a suffix and .part need room)."""
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


def check_max_bytes(max_bytes: object) -> int | None:
    if max_bytes is not None and (
        isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0
    ):
        raise InputValidationError("max_bytes", "must be an integer >= 0 or None", value=max_bytes)
    return max_bytes


def check_destination(to: object) -> None:
    """Refuse a ``to`` that cannot name a file or directory (a caller checks it before any request)."""
    check.check_path("to", to, what="a file path or a directory")


def _prepare(
    client: httpx.Client | httpx.AsyncClient, url: object, to: object, timeout: object, max_bytes: object
) -> httpx.Request:
    seconds = seconds_of(timeout)
    if timeout is not None and (seconds is None or not 0 < seconds <= MAX_REQUEST_SECONDS):
        raise InputValidationError(
            "timeout", f"must be a positive number of seconds (at most {MAX_REQUEST_SECONDS:g}) or None"
        )
    check_destination(to)
    check_max_bytes(max_bytes)
    if not isinstance(url, str | httpx.URL) or not str(url):
        raise InputValidationError("url", "expected a non-empty http(s) URL", value=url)
    try:
        parsed = httpx.URL(url) if isinstance(url, str) else url
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise InputValidationError("url", f"not a valid URL ({error})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InputValidationError(
            "url", f"only http(s) URLs with a host can be downloaded, got {parsed.scheme!r}"
        )
    try:
        request = client.build_request(
            "GET", parsed, timeout=client.timeout if seconds is None else httpx.Timeout(seconds)
        )
    except (httpx.InvalidURL, ValueError, TypeError) as error:
        raise InputValidationError("url", f"not a valid URL ({error})") from None
    for name in SENSITIVE_HEADERS:  # a media host is not HeyGen's API: no key, no cookie of yours
        request.headers.pop(name, None)
    return request


def _safe_name(name: str) -> str:
    """A file name from a URL part: safe characters only, no leading dots, bounded length."""
    cleaned = _UNSAFE_IN_NAME.sub("_", name).lstrip("._")
    return cleaned[-_MAX_NAME:].lstrip("._")


def _target_path(destination: DownloadDestination, response: httpx.Response, url: httpx.URL) -> Path:
    """``destination``, or in that directory a name from ``url`` (the URL given, not where it redirected)."""
    path = Path(destination)
    if not path.is_dir():
        return path
    parts = PurePosixPath(url.path).parts
    names = [part for part in parts if part != "/"]
    name = names[-1] if names else ""
    if name in _GENERIC_NAMES and len(names) >= 2:
        name = names[-2]  # HeyGen images are .../image/<id>/original
    stem = _safe_name(name) or "download"
    if not PurePosixPath(stem).suffix:
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        stem += _EXTENSIONS.get(content_type, "")
    return path / stem


def _too_large(size: int | str, limit: int, request: httpx.Request) -> InputValidationError:
    return InputValidationError(
        "url", f"{_public_url(request.url)} is {size} bytes; at most {limit} bytes are allowed here"
    )


def _check_length(response: httpx.Response, max_bytes: int | None) -> None:
    """Refuse a body the server says is too large before reading any of it."""
    if max_bytes is None:
        return
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(declared, max_bytes, response.request)


def _check_status(response: httpx.Response) -> None:
    if response.is_success:
        return
    hint = ""
    if response.status_code in (401, 403, 404, 410):
        hint = " (HeyGen's media URLs expire, e.g. image_url after 7 days: fetch the resource again)"
    elif response.is_redirect:
        hint = f" (a redirect not followed: no Location, or more than {MAX_REDIRECTS} redirects)"
    raise APIStatusError(
        f"download failed with HTTP {response.status_code}{hint}",
        status_code=response.status_code,
        request_id=response.headers.get("x-request-id"),
        headers=dict(response.headers),
        method="GET",
        url=_public_url(response.request.url),
    )


def _redirect(response: httpx.Response, redirects: int) -> httpx.Request | None:
    """The next hop of a redirect, to send without the key, the authorization or any cookie (None: the
    response is the answer, or ``redirects`` reached `MAX_REDIRECTS`)."""
    request = response.next_request  # set by httpx on a redirect it was told not to follow
    if request is None or redirects >= MAX_REDIRECTS:
        return None
    for name in SENSITIVE_HEADERS:  # httpx put the client's cookies for the next host back in
        request.headers.pop(name, None)
    return request


def _connection_error(
    error: httpx.TransportError | httpx.DecodingError, request: httpx.Request
) -> APIConnectionError:
    """A connection lost, a timeout, or a body that cannot be decoded (a corrupt gzip): a broken download."""
    url = _public_url(request.url)
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return kind(f"download of {url} failed: {type(error).__name__}", method="GET", url=url)


def _create_part(target: Path) -> tuple[int, str]:
    """A new, unique ``.<name>.<random>.part`` next to ``target``, open for writing. Its mode is 0666 less
    the umask, as for any file written (``tempfile.mkstemp`` makes 0600, which the rename would keep)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        part = target.parent / f".{target.name[:_MAX_NAME]}.{secrets.token_hex(6)}.part"
        try:
            return os.open(part, flags, 0o666), str(part)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused name for a partial file")


class _Sink:
    """Where the bytes go: memory, or a unique partial file renamed to the target on success."""

    def __init__(
        self,
        response: httpx.Response,
        destination: DownloadDestination | None,
        max_bytes: int | None,
        url: httpx.URL,
    ) -> None:
        _check_status(response)
        _check_length(response, max_bytes)
        self._request = response.request
        self._max = max_bytes
        self._size = 0
        self._buffer = bytearray()
        self._target: Path | None = None
        self._part: Path | None = None
        self._file: IO[bytes] | None = None
        if destination is not None:
            self._target = _target_path(destination, response, url)
            try:
                self._target.parent.mkdir(parents=True, exist_ok=True)
                handle, part = _create_part(self._target)
            except OSError as error:
                raise InputValidationError(
                    "to", f"cannot write to {str(self._target)!r}: {error.strerror}"
                ) from None
            self._part = Path(part)
            self._file = os.fdopen(handle, "wb")

    def write(self, chunk: bytes) -> None:
        self._size += len(chunk)
        if self._max is not None and self._size > self._max:
            raise _too_large(f"more than {self._max}", self._max, self._request)
        if self._file is None:
            self._buffer += chunk
        else:
            self._file.write(chunk)

    def finish(self) -> Path | bytes:
        if self._file is None or self._part is None or self._target is None:
            return bytes(self._buffer)
        self._file.close()
        try:
            os.replace(self._part, self._target)
        except OSError as error:
            self.abort()
            raise InputValidationError(
                "to", f"cannot write {str(self._target)!r}: {error.strerror}"
            ) from None
        return self._target

    def abort(self) -> None:
        if self._file is not None and self._part is not None:
            self._file.close()
            with contextlib.suppress(OSError):
                self._part.unlink()


@overload
def download(
    client: httpx.Client,
    url: str,
    to: None = None,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> bytes: ...
@overload
def download(
    client: httpx.Client,
    url: str,
    to: DownloadDestination,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> Path: ...
def download(
    client: httpx.Client,
    url: str,
    to: DownloadDestination | None = None,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> Path | bytes:
    """Fetch ``url`` with ``client``: the bytes when ``to`` is None, else the path written (streamed).
    ``max_bytes`` refuses a larger body (from its headers, else as soon as it streams past the limit).

    Example::

        download(http, video.video_url, "talk.mp4")
    """
    request = _prepare(client, url, to, timeout, max_bytes)
    given, redirects = request.url, 0
    while True:
        try:
            response = client.send(request, stream=True, follow_redirects=False)
        except httpx.TransportError as error:
            raise _connection_error(error, request) from error
        following = _redirect(response, redirects)
        if following is None:
            break
        response.close()
        request, redirects = following, redirects + 1
    try:
        sink = _Sink(response, to, max_bytes, given)
        try:
            for chunk in response.iter_bytes(CHUNK_SIZE):
                sink.write(chunk)
        except BaseException as error:
            sink.abort()
            if isinstance(error, httpx.TransportError | httpx.DecodingError):
                raise _connection_error(error, request) from error
            raise
        return sink.finish()
    finally:
        response.close()


@overload
async def adownload(
    client: httpx.AsyncClient,
    url: str,
    to: None = None,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> bytes: ...
@overload
async def adownload(
    client: httpx.AsyncClient,
    url: str,
    to: DownloadDestination,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> Path: ...
async def adownload(
    client: httpx.AsyncClient,
    url: str,
    to: DownloadDestination | None = None,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
) -> Path | bytes:
    """The async twin of `download` (same request, same checks, same file handling)."""
    request = _prepare(client, url, to, timeout, max_bytes)
    given, redirects = request.url, 0
    while True:
        try:
            response = await client.send(request, stream=True, follow_redirects=False)
        except httpx.TransportError as error:
            raise _connection_error(error, request) from error
        following = _redirect(response, redirects)
        if following is None:
            break
        await response.aclose()
        request, redirects = following, redirects + 1
    try:
        sink = _Sink(response, to, max_bytes, given)
        try:
            async for chunk in response.aiter_bytes(CHUNK_SIZE):
                sink.write(chunk)
        except BaseException as error:
            sink.abort()
            if isinstance(error, httpx.TransportError | httpx.DecodingError):
                raise _connection_error(error, request) from error
            raise
        return sink.finish()
    finally:
        await response.aclose()
