"""`client.assets.upload` by direct upload, against the mock in-process, sync and async: above 32 MB (or
when asked), streamed, retried while the URL lasts, a new URL when it expired, completed once; progress;
nothing but the upload headers reaches the storage host."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import footage, mock_client, resolve
from heygen_avatars import (
    Asset,
    BadRequestError,
    InputValidationError,
    UploadError,
    UploadProgress,
)
from heygen_avatars.mock import STORAGE_PUT, Fault, MockHeyGen
from heygen_avatars.mock.media import MP4_BYTES
from heygen_avatars.mock.transports import MockHeyGenTransport

pytestmark = pytest.mark.anyio

MIB = 1024 * 1024
ANNOUNCE, COMPLETE = "createAssetUpload", "completeAssetUpload"


@pytest.fixture(scope="module")
def shared_mock() -> MockHeyGen:
    return MockHeyGen(strict_responses=True, spool_bytes=MIB)


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(MIB):
            digest.update(chunk)
    return digest.hexdigest()


def operations(mock: MockHeyGen) -> list[tuple[str | None, int]]:
    return [(entry.operation, entry.status) for entry in mock.journal]


def stored(mock: MockHeyGen, asset: Asset) -> str:
    blob = mock.state.direct_uploads[asset.id].blob
    assert blob is not None and mock.state.assets[asset.id].size == blob.size
    return blob.sha256


async def test_a_file_above_32_mb_goes_by_direct_upload(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    path = footage(tmp_path / "me.mp4", 33 * MIB)
    seen: list[UploadProgress] = []
    asset = await resolve(client.assets.upload(path, on_progress=seen.append))
    assert isinstance(asset, Asset) and asset.size_bytes == 33 * MIB and asset.mime_type == "video/mp4"
    assert asset.url and asset.status == "processing"
    assert operations(mock) == [(ANNOUNCE, 200), (STORAGE_PUT, 200), (COMPLETE, 200)]
    assert stored(mock, asset) == sha256(path) and list(mock.state.assets) == [asset.id]
    sent = [p.sent for p in seen]
    assert sent[0] == 0 and sent[-1] == 33 * MIB and sent == sorted(sent) and len(sent) == 34  # per MiB
    assert {(p.filename, p.total, p.attempt, p.direct) for p in seen} == {("me.mp4", 33 * MIB, 1, True)}
    assert mock.state.direct_uploads[asset.id].filename == "me.mp4"


async def test_a_small_file_goes_multipart_unless_asked(client: Any, mock: MockHeyGen) -> None:
    seen: list[UploadProgress] = []
    small = await resolve(client.assets.upload(MP4_BYTES, on_progress=seen.append))
    assert [(p.sent, p.direct) for p in seen] == [(0, False), (len(MP4_BYTES), False)]
    direct = await resolve(client.assets.upload(io.BytesIO(MP4_BYTES), direct=True))
    assert [e.operation for e in mock.journal] == ["uploadAsset", ANNOUNCE, STORAGE_PUT, COMPLETE]
    assert small.id != direct.id and mock.state.assets[direct.id].size == len(MP4_BYTES)


async def test_a_stream_that_cannot_seek_is_spooled_then_streamed(client: Any, mock: MockHeyGen) -> None:
    data = MP4_BYTES + bytes(range(256)) * (33 * MIB // 256)

    class Pipe(io.RawIOBase):
        def __init__(self) -> None:
            self._inner = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            return self._inner.readinto(buffer)

    asset = await resolve(client.assets.upload(io.BufferedReader(Pipe()), filename="piped.mp4"))
    assert stored(mock, asset) == hashlib.sha256(data).hexdigest()


async def test_an_expired_url_gets_a_new_upload_then_one_asset(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    path = footage(tmp_path / "me.mp4", 2 * MIB)
    # the first announcement arrives after its URL already expired: the storage host says so (403)
    mock.faults.push(ANNOUNCE, Fault.latency(1000))
    asset = await resolve(client.assets.upload(path, direct=True))
    assert operations(mock) == [
        (ANNOUNCE, 200), (STORAGE_PUT, 403), (ANNOUNCE, 200), (STORAGE_PUT, 200), (COMPLETE, 200)
    ]  # fmt: skip
    assert list(mock.state.assets) == [asset.id] and stored(mock, asset) == sha256(path)
    assert len(mock.state.direct_uploads) == 2  # the first was never completed: nothing usable, no cost


async def test_a_url_expired_by_our_clock_is_not_tried(client: Any, mock: MockHeyGen, tmp_path: Path) -> None:
    path = footage(tmp_path / "me.mp4", 2 * MIB)
    mock.faults.push(STORAGE_PUT, Fault.timeout(seconds=1000))  # stored, but the answer never came
    asset = await resolve(client.assets.upload(path, direct=True))
    assert [op for op, _ in operations(mock)] == [ANNOUNCE, STORAGE_PUT, ANNOUNCE, STORAGE_PUT, COMPLETE]
    assert list(mock.state.assets) == [asset.id]


async def test_a_put_dropped_midway_is_sent_again_whole(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    path = footage(tmp_path / "me.mp4", 3 * MIB)
    mock.faults.push(STORAGE_PUT, Fault.reset())
    seen: list[UploadProgress] = []
    asset = await resolve(client.assets.upload(path, direct=True, on_progress=seen.append))
    assert operations(mock) == [(ANNOUNCE, 200), (STORAGE_PUT, 0), (STORAGE_PUT, 200), (COMPLETE, 200)]
    assert list(mock.state.assets) == [asset.id] and stored(mock, asset) == sha256(path)
    second = [p.sent for p in seen if p.attempt == 2]
    assert second[0] == 0 and second[-1] == 3 * MIB  # the retry starts again from the first byte
    assert 0 < max(p.sent for p in seen if p.attempt == 1) < 3 * MIB


async def test_a_503_on_complete_is_retried_and_completes_once(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    path = footage(tmp_path / "me.mp4", 2 * MIB)
    mock.faults.push(COMPLETE, Fault.status(503), Fault.timeout())  # refused, then done but answer lost
    asset = await resolve(client.assets.upload(path, direct=True))
    assert [op for op, _ in operations(mock)] == [ANNOUNCE, STORAGE_PUT, COMPLETE, COMPLETE, COMPLETE]
    assert [status for op, status in operations(mock) if op == COMPLETE] == [503, 200, 200]
    assert list(mock.state.assets) == [asset.id] and stored(mock, asset) == sha256(path)


async def test_a_5xx_on_the_put_is_retried_up_to_max_retries(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push(STORAGE_PUT, Fault.status(503), Fault.status(500), Fault.status(502))
    with pytest.raises(UploadError) as caught:
        await resolve(client.assets.upload(MP4_BYTES, direct=True))
    error = caught.value
    assert error.status_code == 502 and error.asset_id in mock.state.direct_uploads
    assert [op for op, _ in operations(mock)] == [ANNOUNCE, STORAGE_PUT, STORAGE_PUT, STORAGE_PUT]
    assert "?" not in str(error) and "X-Amz-Signature" not in str(error) and error.url
    assert mock.state.assets == {}


async def test_a_refused_put_is_not_retried(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push(STORAGE_PUT, Fault.status(403, code="SignatureDoesNotMatch", message="bad signature"))
    with pytest.raises(UploadError, match="SignatureDoesNotMatch") as caught:
        await resolve(client.assets.upload(MP4_BYTES, direct=True))
    assert caught.value.status_code == 403 and caught.value.code == "SignatureDoesNotMatch"
    assert [op for op, _ in operations(mock)] == [ANNOUNCE, STORAGE_PUT]


async def test_urls_that_keep_expiring_give_up(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push(ANNOUNCE, *[Fault.latency(1000)] * 4)
    with pytest.raises(UploadError, match="expired 4 times"):
        await resolve(client.assets.upload(MP4_BYTES, direct=True))
    assert [op for op, _ in operations(mock)] == [ANNOUNCE, STORAGE_PUT] * 4


async def test_a_failed_complete_names_the_upload_and_can_be_finished(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push(COMPLETE, Fault.status(400, code="invalid_parameter", message="try later"))
    with pytest.raises(BadRequestError) as caught:
        await resolve(client.assets.upload(MP4_BYTES, direct=True))
    (note,) = caught.value.__notes__
    asset_id = next(iter(mock.state.direct_uploads))
    assert f"client.assets.complete({asset_id!r})" in note
    pending = await resolve(client.assets.get(asset_id))
    assert pending.id == asset_id and pending.url is None and pending.file_type == "video"
    done = await resolve(client.assets.complete(asset_id))
    assert done.id == asset_id and (await resolve(client.assets.get(asset_id))).url == done.url


async def test_the_storage_host_gets_the_upload_headers_and_nothing_else(face: str, mock: MockHeyGen) -> None:
    own = (httpx.Client if face == "sync" else httpx.AsyncClient)(
        transport=mock.transport(), headers={"x-api-key": mock.api_key, "x-team": "blue"}
    )
    clients = [
        mock_client(face, mock, default_headers={"x-trace": "t1", "authorization": "Bearer x"}),
        mock_client(face, mock, transport=None, http_client=own),
    ]
    for client in clients:
        await resolve(client.assets.upload(MP4_BYTES, direct=True, extra_headers={"x-call": "c"}))
    assert len(mock.storage_requests) == 2
    for request in mock.storage_requests:
        assert request.status == 200
        assert request.headers == {
            "host": "api.heygen.com",
            "content-type": "video/mp4",
            "content-length": str(len(MP4_BYTES)),
        }
    announces = [e for e in mock.journal if e.operation == ANNOUNCE]
    assert all(e.status == 200 for e in announces)  # the API calls did carry the key


async def test_async_progress_callbacks_are_awaited(mock: MockHeyGen) -> None:
    seen: list[int] = []

    async def on_progress(progress: UploadProgress) -> None:
        seen.append(progress.sent)

    await mock_client("async", mock).assets.upload(
        MP4_BYTES + b"\0" * (2 * MIB), direct=True, on_progress=on_progress
    )
    assert seen == [0, MIB, 2 * MIB, 2 * MIB + len(MP4_BYTES)]


def test_a_coroutine_callback_on_the_blocking_client_is_refused(mock: MockHeyGen) -> None:
    async def on_progress(progress: UploadProgress) -> None:
        pass

    with pytest.raises(TypeError, match="AsyncHeyGen"):
        mock_client("sync", mock).assets.upload(MP4_BYTES, direct=True, on_progress=on_progress)


async def test_a_file_that_changes_while_sent_is_refused(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    path = footage(tmp_path / "me.mp4", 3 * MIB)

    def shrink(progress: UploadProgress) -> None:
        if progress.sent == MIB:
            with path.open("r+b") as handle:
                handle.truncate(2 * MIB)

    with pytest.raises(InputValidationError, match="changed while it was being sent"):
        await resolve(client.assets.upload(path, on_progress=shrink, direct=True))
    assert mock.state.assets == {}


async def test_a_file_that_changes_while_sent_names_the_argument_it_came_from(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    small, large = footage(tmp_path / "me.mp4", 3 * MIB), footage(tmp_path / "footage.mp4", 33 * MIB)

    def grows(path: Path) -> Any:
        def on_progress(progress: UploadProgress) -> None:
            if progress.sent == MIB:
                with path.open("ab") as handle:
                    handle.write(b"more")

        return on_progress

    with pytest.raises(InputValidationError, match="changed while it was being sent") as caught:
        await resolve(client.assets.upload(small, on_progress=grows(small), direct=True))
    assert caught.value.field == "source"  # client.assets.upload(source, ...)
    with pytest.raises(InputValidationError, match="changed while it was being sent") as caught:
        twin = client.avatars.create_digital_twin(name="Me", footage=large, on_upload_progress=grows(large))
        await resolve(twin)
    assert caught.value.field == "footage"
    assert mock.state.assets == {}


class SaysMaxBytes(MockHeyGenTransport):
    """The mock, but its direct uploads are announced with a smaller ``max_bytes`` than the size it took."""

    def __init__(self, mock: MockHeyGen, max_bytes: int) -> None:
        super().__init__(mock)
        self.max_bytes = max_bytes

    def _capped(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.path != "/v3/assets/direct-uploads" or not response.is_success:
            return response
        body = json.loads(response.read())
        body["data"]["max_bytes"] = self.max_bytes
        return httpx.Response(response.status_code, json=body, headers={"x-request-id": "capped"})

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._capped(request, super().handle_request(request))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        await response.aread()
        return self._capped(request, response)


async def test_a_file_above_the_announced_max_bytes_names_the_argument_it_came_from(
    face: str, mock: MockHeyGen, tmp_path: Path
) -> None:
    client = mock_client(face, mock, transport=SaysMaxBytes(mock, 30))
    path = footage(tmp_path / "footage.mp4", 33 * MIB)
    for call, field in [
        (lambda: client.assets.upload(path), "source"),  # client.assets.upload(source, ...)
        (lambda: client.assets.upload(MP4_BYTES, direct=True), "source"),
        (lambda: client.avatars.create_digital_twin(name="Me", footage=path), "footage"),
    ]:
        with pytest.raises(InputValidationError, match="take at most 30 ") as caught:
            await resolve(call())
        assert caught.value.field == field
    assert [op for op, _ in operations(mock)] == [ANNOUNCE] * 3  # none of the files was sent
    assert mock.state.assets == {}


async def test_unknown_content_is_refused_before_anything_is_sent(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    path = tmp_path / "noise.bin"
    with path.open("wb") as handle:
        handle.truncate(40 * MIB)
    with pytest.raises(InputValidationError, match="unrecognised format"):
        await resolve(client.assets.upload(path))
    assert len(mock.journal) == 0


# --- digital twins from footage of any size ---------------------------------------------------------------


async def test_a_digital_twin_from_large_footage_streams_it_then_waits_for_consent(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    path = footage(tmp_path / "footage.mp4", 40 * MIB)
    seen: list[UploadProgress] = []
    twin = await resolve(
        client.avatars.create_digital_twin(name="Me", footage=path, on_upload_progress=seen.append)
    )
    assert [op for op, _ in operations(mock)] == [ANNOUNCE, STORAGE_PUT, COMPLETE, "createAvatar"]
    (asset,) = twin.uploaded
    assert stored(mock, asset) == sha256(path) and seen[-1].sent == seen[-1].total == 40 * MIB
    snapshot = await resolve(twin.job.wait())
    assert snapshot.status == "pending_consent"
    consent = await resolve(client.avatars.request_consent(twin.group_id))
    assert consent.url and "/_mock/consent/" in consent.url


async def test_footage_keeps_its_type_rule_and_inline_keeps_the_32_mb_cap(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    noise = tmp_path / "noise.bin"
    with noise.open("wb") as handle:
        handle.truncate(40 * MIB)
    with pytest.raises(InputValidationError, match="digital twin footage") as caught:
        await resolve(client.avatars.create_digital_twin(name="Me", footage=noise))
    assert caught.value.field == "footage"
    big = footage(tmp_path / "footage.mp4", 40 * MIB)
    with pytest.raises(InputValidationError, match="32 MB"):
        await resolve(client.avatars.create_digital_twin(name="Me", footage=big, inline=True))
    assert len(mock.journal) == 0


async def test_a_failed_create_after_a_direct_upload_names_the_asset(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    path = footage(tmp_path / "footage.mp4", 33 * MIB)
    mock.faults.push("createAvatar", *[Fault.status(500)] * 3)  # (a keyed create: retried twice first)
    with pytest.raises(Exception) as caught:
        await resolve(client.avatars.create_digital_twin(name="Me", footage=path))
    (asset_id,) = mock.state.assets
    assert any(asset_id in note for note in caught.value.__notes__)  # reuse it with asset_id=


async def test_a_cancelled_async_upload_stops_and_completes_nothing(mock: MockHeyGen, tmp_path: Path) -> None:
    import asyncio

    path = footage(tmp_path / "me.mp4", 8 * MIB)
    client = mock_client("async", mock)
    started = asyncio.Event()

    async def on_progress(progress: UploadProgress) -> None:
        if progress.sent >= 2 * MIB:
            started.set()
            await asyncio.sleep(3600)  # the caller gives up meanwhile

    task = asyncio.ensure_future(client.assets.upload(path, direct=True, on_progress=on_progress))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert mock.state.assets == {} and [op for op, _ in operations(mock)] == [ANNOUNCE]
