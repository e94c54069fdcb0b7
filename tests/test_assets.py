"""`client.assets.upload` against the mock, sync and async: both endpoints, sniffing, limits, retries."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import make_client, resolve
from heygen_avatars import (
    Asset,
    InputValidationError,
    InternalServerError,
    UploadedAsset,
)
from heygen_avatars.mock import Fault, MockHeyGen
from heygen_avatars.mock.media import MP4_BYTES, png

pytestmark = pytest.mark.anyio

FACE = png("face", 512, 512)
MIB = 1024 * 1024


@pytest.mark.parametrize("source", ["path", "str", "bytes", "file"])
async def test_v3_upload_from_each_kind_of_source(
    client: Any, mock: MockHeyGen, tmp_path: Path, source: str
) -> None:
    path = tmp_path / "face.png"
    path.write_bytes(FACE)
    value = {"path": path, "str": str(path), "bytes": FACE, "file": io.BytesIO(FACE)}[source]
    asset = await resolve(client.assets.upload(value))
    assert isinstance(asset, Asset)
    assert asset.mime_type == "image/png" and asset.size_bytes == len(FACE) and asset.url
    stored = mock.state.assets[asset.id]
    assert stored.size == len(FACE)
    assert [e.operation for e in mock.journal] == ["uploadAsset"]


async def test_v3_type_is_sniffed_from_the_bytes_not_the_name(
    client: Any, mock: MockHeyGen, tmp_path: Path
) -> None:
    misnamed = tmp_path / "clip.png"
    misnamed.write_bytes(MP4_BYTES)
    asset = await resolve(client.assets.upload(misnamed))
    assert asset.mime_type == "video/mp4"


async def test_v1_upload_sends_raw_bytes_and_returns_the_image_key(client: Any, mock: MockHeyGen) -> None:
    uploaded = await resolve(client.assets.upload(FACE, endpoint="v1", photo=True))
    assert isinstance(uploaded, UploadedAsset)
    assert uploaded.image_key and uploaded.image_key.startswith("image/")
    assert [e.operation for e in mock.journal] == ["upload-asset"]
    assert mock.state.assets[uploaded.id].mime == "image/png"


async def test_v1_upload_of_a_video_has_no_image_key(client: Any, mock: MockHeyGen) -> None:
    uploaded = await resolve(client.assets.upload(MP4_BYTES, endpoint="v1"))
    assert uploaded.image_key is None and uploaded.file_type == "video"


async def test_an_upload_is_resent_whole_after_a_429(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push("uploadAsset", Fault.rate_limited(retry_after=0))
    asset = await resolve(client.assets.upload(FACE))
    assert [e.status for e in mock.journal] == [429, 200]
    assert mock.state.assets[asset.id].size == len(FACE)  # the retry carried the whole file


async def test_a_server_error_on_upload_is_not_retried(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push("upload-asset", Fault.status(502))
    with pytest.raises(InternalServerError):
        await resolve(client.assets.upload(FACE, endpoint="v1"))
    assert len(mock.journal) == 1  # an upload may have been stored: never sent twice by itself


@pytest.mark.parametrize(
    ("source", "kwargs", "field", "message"),
    [
        (b"GIF89a" + b"\0" * 64, {}, "source", "image/gif"),
        (b"", {}, "source", "empty"),
        (FACE + b"\0" * (32 * MIB), {"direct": False}, "source", "32 MB"),
        (FACE + b"\0" * (32 * MIB), {"photo": True}, "source", "32 MB"),
        (FACE, {"direct": True, "endpoint": "v1"}, "direct", "v3's"),
        (FACE, {"direct": "yes"}, "direct", "True or False"),
        (MP4_BYTES + b"\0" * (50 * MIB), {"endpoint": "v1"}, "source", "50 MB"),
        (b"%PDF-1.7 ...", {"endpoint": "v1"}, "source", "application/pdf"),
        (png("small", 500, 500), {"photo": True}, "source", "500x500"),
        (MP4_BYTES, {"photo": True, "endpoint": "v1"}, "source", "video/mp4"),
        (FACE + b"\0" * (10 * MIB), {"photo": True, "endpoint": "v1"}, "source", "under 10 MB"),
        (FACE, {"endpoint": "v2"}, "endpoint", "not an allowed value"),
        (FACE, {"photo": "yes"}, "photo", "True or False"),
        (FACE, {"filename": ""}, "filename", "empty"),
        (io.StringIO("text"), {}, "source", "text mode"),
        (12345, {}, "source", "expected a path"),
        ("/no/such/file.png", {}, "source", "no such file"),
    ],
)
async def test_bad_uploads_are_refused_before_any_request(
    client: Any, mock: MockHeyGen, source: Any, kwargs: dict[str, Any], field: str, message: str
) -> None:
    with pytest.raises(InputValidationError, match=message) as caught:
        await resolve(client.assets.upload(source, **kwargs))
    assert caught.value.field == field
    assert len(mock.journal) == 0


async def test_the_multipart_boundary_is_random_not_the_generated_constant(face: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        data = {"asset_id": "a1", "url": "https://x", "mime_type": "image/png", "size_bytes": 1}
        return httpx.Response(200, json={"data": data})

    client = make_client(face, handler)
    await resolve(client.assets.upload(FACE, filename="me.png"))
    (request,) = seen
    content_type = request.headers["content-type"]
    boundary = content_type.split("boundary=")[1]
    assert content_type.startswith("multipart/form-data") and boundary != "+++" and len(boundary) >= 16
    body = request.read()
    assert f"--{boundary}".encode() in body and FACE in body and b'filename="me.png"' in body
