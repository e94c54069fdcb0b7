"""The mock's direct uploads: announce, PUT to its presigned URL (checked as S3 checks it), complete.

In-process with plain httpx (the SDK's own flow is tested in test_direct_upload.py), and once over a socket.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from heygen_avatars.mock import STORAGE_PUT, Fault, MockHeyGen, MockServer
from heygen_avatars.mock.media import MP4_BYTES

FOOTAGE = MP4_BYTES + bytes(range(256)) * 40  # 10 KB of "video"


@pytest.fixture
def api(heygen_mock: MockHeyGen) -> Iterator[httpx.Client]:
    with httpx.Client(
        transport=heygen_mock.transport(),
        base_url="https://api.heygen.com",
        headers={"x-api-key": heygen_mock.api_key},
    ) as client:
        yield client


@pytest.fixture
def storage(heygen_mock: MockHeyGen) -> Iterator[httpx.Client]:
    """A client with no default headers at all: what a presigned PUT should look like."""
    with httpx.Client(transport=heygen_mock.transport()) as client:
        yield client


def data(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()["data"]


def announce(api: httpx.Client, body: bytes = FOOTAGE, **extra: Any) -> dict[str, Any]:
    request = {"filename": "me.mp4", "content_type": "video/mp4", "size_bytes": len(body), **extra}
    return dict(data(api.post("/v3/assets/direct-uploads", json=request)))


def put(
    storage: httpx.Client, ticket: dict[str, Any], body: bytes = FOOTAGE, **headers: str
) -> httpx.Response:
    return storage.put(ticket["upload_url"], content=body, headers={**ticket["upload_headers"], **headers})


def s3_code(response: httpx.Response) -> str:
    assert response.headers["content-type"] == "application/xml"
    return response.text.split("<Code>")[1].split("</Code>")[0]


def test_announce_put_complete_makes_one_usable_asset(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    ticket = announce(api)
    assert ticket["status"] == "pending_upload" and ticket["upload_headers"] == {"Content-Type": "video/mp4"}
    assert ticket["upload_url"].startswith("https://api.heygen.com/_storage/")  # the mock's own host
    assert ticket["expires_in_seconds"] == 900 and ticket["max_bytes"] == 5 * 1024**3
    pending = data(api.get(f"/v3/assets/{ticket['asset_id']}"))
    assert pending["url"] is None and pending["type"] == "video"  # not usable yet: no URL
    stored = put(storage, ticket)
    assert stored.status_code == 200 and stored.headers["etag"]
    done = data(api.post(f"/v3/assets/{ticket['asset_id']}/complete", json={}))
    assert done["asset_id"] == ticket["asset_id"] and done["size_bytes"] == len(FOOTAGE)
    assert done["mime_type"] == "video/mp4" and done["status"] == "processing"
    assert api.get(done["url"]).content == FOOTAGE
    assert data(api.post(f"/v3/assets/{ticket['asset_id']}/complete", json={})) == done  # idempotent
    assert data(api.get(f"/v3/assets/{ticket['asset_id']}"))["url"] == done["url"]
    assert list(heygen_mock.state.assets) == [ticket["asset_id"]]
    twin = {"type": "digital_twin", "name": "Me", "file": {"type": "asset_id", "asset_id": done["asset_id"]}}
    assert api.post("/v3/avatars", json=twin).status_code == 200


def test_an_asset_is_refused_until_completed(api: httpx.Client, storage: httpx.Client) -> None:
    ticket = announce(api)
    twin = {
        "type": "digital_twin",
        "name": "Me",
        "file": {"type": "asset_id", "asset_id": ticket["asset_id"]},
    }
    early = api.post("/v3/avatars", json=twin)
    assert early.status_code == 400 and "not usable until its upload is completed" in early.text
    not_sent = api.post(f"/v3/assets/{ticket['asset_id']}/complete", json={})
    assert not_sent.status_code == 400 and "PUT its bytes" in not_sent.json()["error"]["message"]
    put(storage, ticket)
    still = api.post("/v3/avatars", json=twin)
    assert still.status_code == 400  # stored is not completed
    assert api.post(f"/v3/assets/{ticket['asset_id']}/complete", json={}).status_code == 200
    assert api.post("/v3/avatars", json=twin).status_code == 200
    assert api.post("/v3/assets/ghost/complete", json={}).status_code == 404
    assert api.get("/v3/assets/ghost").status_code == 404


def test_the_url_expires_on_the_mocks_clock(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    ticket = announce(api)
    heygen_mock.advance(ticket["expires_in_seconds"] - 1)
    assert put(storage, ticket).status_code == 200  # still valid; a PUT may be repeated while it is
    heygen_mock.advance(2)
    late = put(storage, ticket)
    assert late.status_code == 403 and s3_code(late) == "AccessDenied" and "expired" in late.text


def _edit_url(old: str, new: str) -> Any:
    return lambda ticket, headers: ({**ticket, "upload_url": ticket["upload_url"].replace(old, new)}, headers)


def _add_header(name: str, value: str) -> Any:
    return lambda ticket, headers: (ticket, {**headers, name: value})


@pytest.mark.parametrize(
    ("change", "status", "code"),
    [
        (_edit_url("X-Amz-Expires=900", "X-Amz-Expires=99999"), 403, "SignatureDoesNotMatch"),
        (_add_header("Content-Type", "video/webm"), 403, "SignatureDoesNotMatch"),
        (lambda t, h: ({**t, "upload_headers": {}}, h), 403, "SignatureDoesNotMatch"),
        (_add_header("x-api-key", "sk-leaked"), 400, "InvalidArgument"),
        (_add_header("authorization", "Bearer sk-leaked"), 400, "InvalidArgument"),
        (_edit_url("_storage/", "_storage/x"), 404, "NoSuchUpload"),
    ],
)
def test_the_put_is_checked_as_s3_checks_it(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen, change: Any, status: int, code: str
) -> None:
    ticket, headers = change(announce(api), {})
    refused = put(storage, ticket, **headers)
    assert refused.status_code == status and s3_code(refused) == code
    assert heygen_mock.state.direct_uploads[announce_id(heygen_mock)].blob is None


def announce_id(mock: MockHeyGen) -> str:
    return next(iter(mock.state.direct_uploads))


def test_method_and_size_are_checked(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    ticket = announce(api)
    assert storage.get(ticket["upload_url"]).status_code == 405
    assert storage.post(ticket["upload_url"], content=FOOTAGE).status_code == 405
    longer = put(storage, ticket, FOOTAGE + b"x")
    assert longer.status_code == 403 and "does not match the signed size" in longer.text

    def chunked() -> Iterator[bytes]:
        yield FOOTAGE

    unframed = storage.put(ticket["upload_url"], content=chunked(), headers=ticket["upload_headers"])
    assert unframed.status_code == 411 and s3_code(unframed) == "MissingContentLength"
    assert heygen_mock.state.direct_uploads[ticket["asset_id"]].blob is None


def test_a_declared_checksum_is_enforced_on_the_put_and_at_completion(
    api: httpx.Client, storage: httpx.Client
) -> None:
    digest = hashlib.sha256(FOOTAGE).hexdigest()
    ticket = announce(api, checksum_sha256=digest)
    assert "x-amz-checksum-sha256" in ticket["upload_headers"]
    other = bytes(reversed(FOOTAGE))
    bad = put(storage, ticket, MP4_BYTES + other[len(MP4_BYTES) :])
    assert bad.status_code == 400 and s3_code(bad) == "BadDigest"
    assert put(storage, ticket).status_code == 200
    wrong = api.post(f"/v3/assets/{ticket['asset_id']}/complete", json={"checksum_sha256": "0" * 64})
    assert wrong.status_code == 400 and wrong.json()["error"]["param"] == "checksum_sha256"
    assert api.post(f"/v3/assets/{ticket['asset_id']}/complete", json={"checksum_sha256": digest}).is_success


def test_completion_checks_the_bytes_against_the_declared_type(
    api: httpx.Client, storage: httpx.Client
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 100
    ticket = announce(api, png)  # announced as video/mp4
    assert put(storage, ticket, png).status_code == 200
    refused = api.post(f"/v3/assets/{ticket['asset_id']}/complete", json={})
    assert refused.status_code == 400 and "image/png, not the declared video/mp4" in refused.text


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"filename": "a", "content_type": "mp4", "size_bytes": 10}, "content_type"),
        ({"filename": "a", "content_type": "video/mp4", "size_bytes": 0}, "size_bytes"),
        ({"filename": "a", "content_type": "video/mp4", "size_bytes": 5 * 1024**3 + 1}, "size_bytes"),
    ],
)
def test_announcements_are_checked(api: httpx.Client, body: dict[str, Any], field: str) -> None:
    refused = api.post("/v3/assets/direct-uploads", json=body)
    assert refused.status_code == 400 and refused.json()["error"]["param"] == field


@pytest.mark.heygen_mock(spool_bytes=4096)
def test_bytes_above_the_threshold_go_to_disk(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    small, large = MP4_BYTES + b"\1" * 100, FOOTAGE
    for body in (small, large):
        ticket = announce(api, body)
        assert put(storage, ticket, body).status_code == 200
        blob = heygen_mock.state.direct_uploads[ticket["asset_id"]].blob
        assert blob is not None and blob.sha256 == hashlib.sha256(body).hexdigest()
        assert blob.on_disk is (len(body) > 4096) and blob.read() == body


def test_faults_hit_the_put_like_any_request(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    ticket = announce(api)
    heygen_mock.faults.push("*", Fault.status(503))
    unavailable = put(storage, ticket)
    assert unavailable.status_code == 503 and unavailable.headers["content-type"] == "application/xml"
    heygen_mock.faults.push(STORAGE_PUT, Fault.reset())
    received: list[int] = []

    def body() -> Iterator[bytes]:
        for start in range(0, len(FOOTAGE), 1000):
            received.append(start)
            yield FOOTAGE[start : start + 1000]

    headers = {**ticket["upload_headers"], "content-length": str(len(FOOTAGE))}
    with pytest.raises(httpx.RemoteProtocolError):
        storage.put(ticket["upload_url"], content=body(), headers=headers)
    assert 0 < len(received) < len(range(0, len(FOOTAGE), 1000))  # dropped mid-body
    assert heygen_mock.state.direct_uploads[ticket["asset_id"]].blob is None
    heygen_mock.faults.push(STORAGE_PUT, Fault.timeout(5))
    with pytest.raises(httpx.ReadTimeout):
        put(storage, ticket)
    assert heygen_mock.state.direct_uploads[ticket["asset_id"]].blob is not None  # stored, answer lost
    assert put(storage, ticket).status_code == 200  # a repeated PUT replaces the bytes
    assert [e.faults for e in heygen_mock.journal.for_operation(STORAGE_PUT)] == [
        ["status"],
        ["reset"],
        ["timeout"],
        [],
    ]


def test_the_storage_host_records_headers_with_credentials_masked(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    ticket = announce(api)
    put(storage, ticket, **{"x-api-key": heygen_mock.api_key})
    put(storage, ticket)
    first, second = heygen_mock.storage_requests
    assert first.headers["x-api-key"] == "***" and first.status == 400
    assert "x-api-key" not in second.headers and second.headers["content-type"] == "video/mp4"
    heygen_mock.reset()
    assert heygen_mock.storage_requests == [] and heygen_mock.state.direct_uploads == {}


def test_over_a_socket_the_body_is_streamed_to_the_mock() -> None:
    body = MP4_BYTES + b"\7" * (3 * 1024 * 1024)
    with MockServer(MockHeyGen(spool_bytes=64 * 1024)) as server:
        mock = server.mock
        with httpx.Client(base_url=server.url, headers={"x-api-key": mock.api_key}) as client:
            ticket = announce(client, body)
            assert ticket["upload_url"].startswith(server.url + "/_storage/")
            with httpx.Client() as bare:
                assert put(bare, ticket, body).status_code == 200
                mock.faults.push(STORAGE_PUT, Fault.reset())
                with pytest.raises(httpx.TransportError):
                    put(bare, ticket, body)
            done = data(client.post(f"/v3/assets/{ticket['asset_id']}/complete", json={}))
        blob = mock.state.direct_uploads[ticket["asset_id"]].blob
        assert blob is not None and blob.on_disk and blob.sha256 == hashlib.sha256(body).hexdigest()
        assert done["size_bytes"] == len(body)
