"""The mock's direct uploads: announce, PUT to its presigned URL (checked as S3 checks it), complete.

In-process with plain httpx (the SDK's own flow is tested in test_direct_upload.py), and once over a socket.
"""

from __future__ import annotations

import email.utils
import hashlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from heygen_avatars.mock import STORAGE_PUT, Fault, MockHeyGen, MockServer
from heygen_avatars.mock._http import MockRequest
from heygen_avatars.mock.media import MP4_BYTES

FOOTAGE = MP4_BYTES + bytes(range(256)) * 40  # 10 KB of "video"


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


# ---------------------------------------------------------- authenticated by its URL, limited to its size


class Counted:
    """A body of `total` bytes sent in 1 MiB chunks, counting how many of them the mock took."""

    def __init__(self, total: int) -> None:
        self.total, self.taken = total, 0

    def __iter__(self) -> Iterator[bytes]:
        while self.taken < self.total:
            chunk = min(1 << 20, self.total - self.taken)
            self.taken += chunk
            yield b"\0" * chunk


def head_of(ticket: dict[str, Any], **headers: str) -> MockRequest:
    url = httpx.URL(ticket["upload_url"])
    sent = {name.lower(): value for name, value in {**ticket["upload_headers"], **headers}.items()}
    return MockRequest("PUT", url.path, url.query.decode(), sent)


def test_a_put_is_authenticated_by_its_url_before_any_fault_and_before_its_body(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    ticket = announce(api)
    heygen_mock.faults.push(STORAGE_PUT, Fault.status(503))
    tampered = ticket["upload_url"].replace("X-Amz-Expires=900", "X-Amz-Expires=901")
    declared = {**ticket["upload_headers"], "content-length": str(len(FOOTAGE)), "x-mock-fault": "status:500"}
    body = Counted(len(FOOTAGE))
    refused = storage.put(tampered, content=body, headers=declared)
    assert refused.status_code == 403 and s3_code(refused) == "SignatureDoesNotMatch"
    assert body.taken == 0  # not a byte read, and neither the queued fault nor the header's fired
    heygen_mock.advance(ticket["expires_in_seconds"] + 1)
    body = Counted(len(FOOTAGE))
    expired = storage.put(ticket["upload_url"], content=body, headers=declared)
    assert expired.status_code == 403 and s3_code(expired) == "AccessDenied" and body.taken == 0
    assert heygen_mock.faults.pending() == {STORAGE_PUT: [Fault.status(503)]} and not heygen_mock.faults.fired
    fresh = announce(api)
    assert put(storage, fresh).status_code == 503  # an authenticated PUT meets the fault
    assert [e.faults for e in heygen_mock.journal.for_operation(STORAGE_PUT)] == [[], [], ["status"]]


def test_a_puts_body_limit_is_its_announced_size_not_the_apis(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    size = 300 * 1024 * 1024  # far above the 32 MB of POST /v3/assets: a PUT has no fixed cap
    ticket = announce(api, b"", size_bytes=size)
    assert heygen_mock.body_limit(head_of(ticket, **{"content-length": str(size)})) == size
    assert heygen_mock.body_limit(head_of(ticket, **{"content-length": str(size + 1)})) == 0
    assert heygen_mock.body_limit(head_of(ticket)) == 0  # no Content-Length: 411 before the body
    unsigned = {**ticket, "upload_url": ticket["upload_url"].split("?")[0]}
    assert heygen_mock.body_limit(head_of(unsigned, **{"content-length": str(size)})) == 0
    small = announce(api)
    body = Counted(len(FOOTAGE) + 10 * (1 << 20))  # more than its Content-Length says (only in-process)
    headers = {**small["upload_headers"], "content-length": str(len(FOOTAGE))}
    longer = storage.put(small["upload_url"], content=body, headers=headers)
    assert longer.status_code == 400 and str(len(FOOTAGE)) in longer.text and body.taken == 1 << 20
    assert heygen_mock.state.direct_uploads[small["asset_id"]].blob is None


def test_over_a_socket_a_refused_put_reads_nothing_and_a_large_one_streams(tmp_path: Any) -> None:
    size = 40 * 1024 * 1024  # above every API limit
    with MockServer(MockHeyGen(spool_bytes=1 << 20, storage_dir=tmp_path)) as server:
        mock = server.mock
        with httpx.Client(base_url=server.url, headers={"x-api-key": mock.api_key}) as client:
            ticket = announce(client, b"", size_bytes=size)
        tampered = ticket["upload_url"].replace("X-Amz-Signature=", "X-Amz-Signature=0")
        with httpx.Client(timeout=30) as bare:
            declared = {**ticket["upload_headers"], "content-length": str(1 << 30)}
            refused = bare.put(tampered, content=Counted(1 << 30), headers=declared)
            assert refused.status_code == 403 and refused.headers["connection"] == "close"
            body = Counted(size)
            stored = bare.put(
                ticket["upload_url"],
                content=body,
                headers={**ticket["upload_headers"], "content-length": str(size)},
            )
            assert stored.status_code == 200 and body.taken == size
        blob = mock.state.direct_uploads[ticket["asset_id"]].blob
        assert blob is not None and blob.on_disk and blob.size == size
        assert [entry.status for entry in mock.journal.for_operation(STORAGE_PUT)] == [403, 200]


def test_a_puts_http_date_retry_after_follows_the_mocks_clock(
    api: httpx.Client, storage: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    ticket = announce(api)
    heygen_mock.faults.push(STORAGE_PUT, Fault.rate_limited(30, http_date=True))
    limited = put(storage, ticket)
    parse = email.utils.parsedate_to_datetime
    date, when = parse(limited.headers["date"]), parse(limited.headers["retry-after"])
    assert limited.status_code == 429 and (when - date).total_seconds() == 30
    assert date.timestamp() == int(heygen_mock.backend.epoch())  # the mock's (virtual) time, not ours
