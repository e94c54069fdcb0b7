"""Download helpers: bytes or a streamed file, no credentials sent to media URLs, clean failures."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import API_KEY, make_client, resolve
from heygen_avatars._core.download import adownload, download
from heygen_avatars.errors import APIConnectionError, APIStatusError, HeyGenError, InputValidationError

VIDEO = b"\x00\x00\x00\x20ftypisom" + bytes(range(256)) * 1024
IMAGE_URL = (
    "https://files2.heygen.ai/image/47b2367366d94ee79894ed1f692b33ae/original?Expires=1&Signature=SECRET"
)
VIDEO_URL = "https://resource.heygen.ai/video/abc/talk.mp4?X-Amz-Signature=SECRET"
CORRUPT_GZIP = b"\x1f\x8b\x08\x00" + b"not gzip at all" * 100


class Recorder:
    def __init__(self, handler: Callable[[httpx.Request], httpx.Response]) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


def serve(body: bytes, content_type: str = "video/mp4", status: int = 200) -> Recorder:
    return Recorder(
        lambda request: httpx.Response(status, content=body, headers={"content-type": content_type})
    )


def sync_client(recorder: Recorder) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(recorder), headers={"X-Api-Key": "sk-test-SECRET"})


def async_client(recorder: Recorder) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        transport=httpx.MockTransport(recorder), headers={"Authorization": "Bearer SECRET"}
    )


def test_download_to_bytes_without_credentials() -> None:
    recorder = serve(VIDEO)
    with sync_client(recorder) as client:
        assert download(client, VIDEO_URL) == VIDEO
    (request,) = recorder.requests
    assert "x-api-key" not in request.headers
    assert "authorization" not in request.headers
    assert request.url == httpx.URL(VIDEO_URL)


def test_download_to_a_file_path(tmp_path: Path) -> None:
    target = tmp_path / "out" / "talk.mp4"
    with sync_client(serve(VIDEO)) as client:
        written = download(client, VIDEO_URL, target)
    assert written == target
    assert target.read_bytes() == VIDEO
    assert list(target.parent.iterdir()) == [target]  # no .part left behind


@pytest.mark.parametrize(
    ("url", "content_type", "name"),
    [
        (VIDEO_URL, "video/mp4", "talk.mp4"),
        (IMAGE_URL, "image/png", "47b2367366d94ee79894ed1f692b33ae.png"),
        ("https://x.example/media/clip", "video/webm; charset=binary", "clip.webm"),
        ("https://x.example/", "application/octet-stream", "download"),
    ],
)
def test_download_into_a_directory_names_the_file(
    tmp_path: Path, url: str, content_type: str, name: str
) -> None:
    with sync_client(serve(b"data", content_type)) as client:
        written = download(client, url, tmp_path)
    assert written == tmp_path / name
    assert written.read_bytes() == b"data"


@pytest.mark.parametrize("status", [403, 404, 500])
def test_http_errors_raise_without_the_signature_and_leave_no_file(tmp_path: Path, status: int) -> None:
    target = tmp_path / "x.png"
    with (
        sync_client(serve(b"<html>denied</html>", "text/html", status)) as client,
        pytest.raises(APIStatusError) as caught,
    ):
        download(client, IMAGE_URL, target)
    error = caught.value
    assert error.status_code == status
    assert "SECRET" not in str(error) and "SECRET" not in (error.url or "")
    assert error.url == "https://files2.heygen.ai/image/47b2367366d94ee79894ed1f692b33ae/original"
    assert ("expire" in error.message) == (status != 500)
    assert list(tmp_path.iterdir()) == []


class BreaksMidway(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b"first chunk"
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> Any:
        yield b"first chunk"
        raise httpx.ReadError("connection reset")


def broken_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, stream=BreaksMidway(), headers={"content-type": "video/mp4"})


def test_a_broken_stream_removes_the_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "talk.mp4"
    with sync_client(Recorder(broken_handler)) as client, pytest.raises(APIConnectionError) as caught:
        download(client, VIDEO_URL, target)
    assert "SECRET" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_connect_failure_is_a_connection_error() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with sync_client(Recorder(refuse)) as client, pytest.raises(APIConnectionError):
        download(client, VIDEO_URL)


@pytest.mark.parametrize("url", ["", "file:///etc/passwd", "ftp://x/y", None])
def test_only_http_urls(url: Any) -> None:
    recorder = serve(b"")
    with sync_client(recorder) as client, pytest.raises(InputValidationError) as caught:
        download(client, url)
    assert caught.value.field == "url"
    assert recorder.requests == []


@pytest.mark.anyio
async def test_async_download_bytes_and_file(tmp_path: Path) -> None:
    recorder = serve(VIDEO)
    async with async_client(recorder) as client:
        assert await adownload(client, VIDEO_URL) == VIDEO
        written = await adownload(client, VIDEO_URL, tmp_path)
    assert written == tmp_path / "talk.mp4"
    assert written.read_bytes() == VIDEO
    assert all("authorization" not in request.headers for request in recorder.requests)


@pytest.mark.anyio
async def test_async_errors_match_sync(tmp_path: Path) -> None:
    async with async_client(serve(b"", "text/html", 404)) as client:
        with pytest.raises(APIStatusError) as caught:
            await adownload(client, IMAGE_URL, tmp_path / "x.png")
    assert caught.value.status_code == 404
    async with async_client(Recorder(broken_handler)) as client:
        with pytest.raises(APIConnectionError):
            await adownload(client, VIDEO_URL, tmp_path / "y.mp4")
    assert list(tmp_path.iterdir()) == []


def test_a_corrupt_gzip_body_is_a_connection_error_and_leaves_no_file(tmp_path: Path) -> None:
    def corrupt(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "video/mp4", "content-encoding": "gzip"}
        return httpx.Response(200, stream=httpx.ByteStream(CORRUPT_GZIP), headers=headers)

    with sync_client(Recorder(corrupt)) as client, pytest.raises(APIConnectionError) as caught:
        download(client, VIDEO_URL, tmp_path / "talk.mp4")
    assert "DecodingError" in str(caught.value) and "SECRET" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.anyio
async def test_async_a_corrupt_gzip_body_is_a_connection_error(tmp_path: Path) -> None:
    def corrupt(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "video/mp4", "content-encoding": "gzip"}
        return httpx.Response(200, stream=httpx.ByteStream(CORRUPT_GZIP), headers=headers)

    async with async_client(Recorder(corrupt)) as client:
        with pytest.raises(APIConnectionError):
            await adownload(client, VIDEO_URL, tmp_path / "talk.mp4")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_a_downloaded_file_honours_the_umask(tmp_path: Path, umask: int) -> None:
    previous = os.umask(umask)
    try:
        with sync_client(serve(VIDEO)) as client:
            written = download(client, VIDEO_URL, tmp_path / "talk.mp4")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(written.stat().st_mode) == 0o666 & ~umask  # as open(path, "wb") would make it


# --- redirects (presigned media URLs are often redirected by their CDN) -------------------------------------

API_HOST, CDN = "https://api.heygen.com", "https://cdn.example"


def redirecting(chain: dict[str, tuple[str, dict[str, str]]]) -> Recorder:
    """Answers each path in ``chain`` with a 302 to its next URL (and the extra headers), else the video."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path in chain:
            location, extra = chain[request.url.path]
            return httpx.Response(302, headers={"location": location, **extra})
        return httpx.Response(200, content=VIDEO, headers={"content-type": "video/mp4"})

    return Recorder(handler)


@pytest.mark.anyio
async def test_a_redirected_download_is_followed_without_key_or_cookies(face: str, tmp_path: Path) -> None:
    # API host -> foreign -> API host -> foreign: every hop sets a cookie, which httpx would send on the
    # next hop to its host (it keeps the client's cookie jar on redirects, and X-Api-Key to any origin)
    recorder = redirecting(
        {
            "/media/a": (f"{CDN}/b?sig=SECRET", {"set-cookie": "api_session=COOKIE; Path=/"}),
            "/b": (f"{API_HOST}/media/c", {"set-cookie": "cdn_session=COOKIE; Path=/"}),
            "/media/c": ("/d.mp4", {}),  # relative: on the API host
            "/d.mp4": (f"{CDN}/e/final.bin?sig=SECRET", {}),
            "/v3/videos/abc": (f"{CDN}/elsewhere", {}),  # an API request: never followed
        }
    )
    client = make_client(face, recorder, max_retries=0)
    assert await resolve(client.download(f"{API_HOST}/media/a")) == VIDEO
    written = await resolve(client.download(f"{CDN}/b/talk.mp4?sig=SECRET", to=tmp_path))
    assert written == tmp_path / "talk.mp4" and written.read_bytes() == VIDEO  # named from the URL given
    hops = [f"{r.url.host}{r.url.path}" for r in recorder.requests]
    assert hops == [
        "api.heygen.com/media/a", "cdn.example/b", "api.heygen.com/media/c", "api.heygen.com/d.mp4",
        "cdn.example/e/final.bin", "cdn.example/b/talk.mp4",
    ]  # fmt: skip
    for request in recorder.requests:
        assert not {"x-api-key", "authorization", "cookie"} & set(request.headers), request.url
    with pytest.raises(HeyGenError, match="302"):
        await resolve(client.videos.get("abc"))
    assert recorder.requests[-1].url.path == "/v3/videos/abc"
    assert recorder.requests[-1].headers["x-api-key"] == API_KEY  # (the key is the API's, not the media's)
    await resolve(client.close() if face == "sync" else client.aclose())


def test_a_redirect_loop_stops_after_20_redirects(tmp_path: Path) -> None:
    recorder = redirecting({"/video/abc/talk.mp4": ("/video/abc/talk.mp4?X-Amz-Signature=SECRET", {})})
    with sync_client(recorder) as client, pytest.raises(APIStatusError) as caught:
        download(client, VIDEO_URL, tmp_path / "talk.mp4")
    assert caught.value.status_code == 302 and "SECRET" not in str(caught.value)
    assert len(recorder.requests) == 21  # the request, then httpx's default limit of redirects
    assert list(tmp_path.iterdir()) == []


def test_an_injected_client_that_follows_redirects_keeps_no_cookie_on_a_redirect() -> None:
    recorder = redirecting({"/video/abc/talk.mp4": ("https://resource.heygen.ai/final.mp4", {})})
    with httpx.Client(
        transport=httpx.MockTransport(recorder), follow_redirects=True, cookies={"session": "COOKIE"}
    ) as client:
        assert download(client, VIDEO_URL) == VIDEO
    assert [r.url.path for r in recorder.requests] == ["/video/abc/talk.mp4", "/final.mp4"]
    assert all("cookie" not in r.headers for r in recorder.requests)
