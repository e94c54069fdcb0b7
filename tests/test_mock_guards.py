"""What the mock checks before it acts, the same in-process and over a socket: the key on every control
route, the Origin of control requests, the Host (sockets), the body's size before it is read, bodies and
fault headers that cannot be parsed (400, never 500), error messages that never echo a large value, faults
that look alike on both transports, and Retry-After dates on the mock's clock."""

from __future__ import annotations

import base64
import email.utils
import json
import math
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from heygen_avatars.mock import FAULT_KINDS, Fault, MockHeyGen, MockServer
from heygen_avatars.mock._admission import CONTROL_BODY_LIMIT, JSON_BODY_LIMIT, MIB
from heygen_avatars.mock._backend_base import MAX_V3_ASSET_BYTES, VIRTUAL_EPOCH
from heygen_avatars.mock.control import PUBLIC_ROUTES, ROUTES

KEY = "guard-key"
PHOTO = {"type": "photo", "name": "Sarah", "file": {"type": "url", "url": "https://example.com/sarah.png"}}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(MockHeyGen(api_key=KEY)) as running:
        yield running


@pytest.fixture(params=["in-process", "socket"])
def side(request: pytest.FixtureRequest, server: MockServer) -> Iterator[tuple[MockHeyGen, httpx.Client]]:
    """A fresh mock and a client without the key, in-process or over the module's socket server."""
    if request.param == "socket":
        server.mock.reset()
        with httpx.Client(base_url=server.url, timeout=10) as client:
            yield server.mock, client
    else:
        mock = MockHeyGen(api_key=KEY)
        with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com") as client:
            yield mock, client


def concrete(pattern: str) -> str:
    return pattern.replace("/**", "/file/x").replace("*", "ghost")


def error_code(response: httpx.Response) -> str:
    return str(response.json()["error"]["code"])


# ------------------------------------------------------------------------------------------- the key


def test_every_control_route_is_refused_without_the_key(side: tuple[MockHeyGen, httpx.Client]) -> None:
    mock, client = side
    mock.faults.push("*", Fault.status(503))
    for method, pattern in ROUTES:
        for headers in ({}, {"x-api-key": "wrong"}, {"authorization": "Bearer wrong"}):
            response = client.request(method, concrete(pattern), headers=headers, json={"seconds": 5})
            assert response.status_code == 401, (method, pattern, headers)
            assert error_code(response) == "unauthorized"
    # nothing happened: the fault is still queued, the clock did not move, nothing was reset
    assert mock.faults.pending() == {"*": [Fault.status(503)]} and mock.clock.monotonic() == 0
    assert client.get("/_mock/nowhere").status_code == 401  # unknown routes reveal nothing without it


def test_the_key_opens_the_control_plane_as_it_opens_the_api(side: tuple[MockHeyGen, httpx.Client]) -> None:
    mock, client = side
    for headers in ({"x-api-key": KEY}, {"authorization": f"Bearer {KEY}"}):
        assert client.post("/_mock/clock/advance", headers=headers, json={"seconds": 5}).is_success
    assert mock.clock.monotonic() == 10
    assert client.get("/_mock/nowhere", headers={"x-api-key": KEY}).status_code == 404


def test_public_urls_need_no_key(side: tuple[MockHeyGen, httpx.Client]) -> None:
    _, client = side
    key = {"x-api-key": KEY}
    asset = client.post("/v3/assets", headers=key, files={"file": ("a.png", PNG)}).json()["data"]
    twin = client.post(
        "/v3/avatars",
        headers=key,
        json={
            "type": "digital_twin",
            "name": "t",
            "file": {"type": "url", "url": "https://example.com/a.mp4"},
        },
    ).json()["data"]
    consent = client.post(f"/v3/avatars/{twin['avatar_group']['id']}/consent", headers=key, json={})
    public = {
        ("GET", "/_mock/files/**"),
        ("GET", "/_mock/consent/*"),
        ("GET", "/openapi/"),
        ("GET", "/openapi/*"),
    }
    assert public == set(PUBLIC_ROUTES)
    assert client.get(asset["url"]).content == PNG
    assert client.get(consent.json()["data"]["url"]).status_code == 200
    assert client.get("/openapi/v3-avatars.json").json()["openapi"].startswith("3.1")
    assert client.get("/openapi/").json()["specs"]["v3-avatars.json"] == "/openapi/v3-avatars.json"


def test_a_fault_header_applies_only_after_authentication(side: tuple[MockHeyGen, httpx.Client]) -> None:
    mock, client = side
    mock.faults.push("*", Fault.drop())
    refused = client.post("/v3/avatars", headers={"x-mock-fault": "status:503"}, json=PHOTO)
    assert refused.status_code == 401
    assert mock.faults.fired == [] and mock.faults.pending() == {"*": [Fault.drop()]}
    served = client.get("/v3/voices", headers={"x-api-key": KEY, "x-mock-fault": "status:502"})
    assert served.status_code == 502 and [f.source for f in mock.faults.fired] == ["header"]


# --------------------------------------------------------------------------------- Origin and Host


@pytest.mark.parametrize("origin", ["https://evil.example", "http://127.0.0.1.evil.example", "null"])
def test_control_routes_refuse_pages_on_other_hosts(
    side: tuple[MockHeyGen, httpx.Client], origin: str
) -> None:
    mock, client = side
    mock.faults.push("*", Fault.status(503))
    for method, pattern in ROUTES:
        headers = {"x-api-key": KEY, "origin": origin}
        response = client.request(method, concrete(pattern), headers=headers, json={})
        assert response.status_code == 403 and error_code(response) == "forbidden_origin", (method, pattern)
    assert mock.faults.pending() == {"*": [Fault.status(503)]}


@pytest.mark.parametrize("origin", ["http://localhost:3000", "http://127.0.0.1:5173", "http://[::1]:8080"])
def test_pages_on_this_machine_may_use_the_control_plane(
    side: tuple[MockHeyGen, httpx.Client], origin: str
) -> None:
    _, client = side
    assert client.post("/_mock/reset", headers={"x-api-key": KEY, "origin": origin}).is_success


def test_a_foreign_host_is_refused_over_a_socket(server: MockServer) -> None:
    port = server.url.rsplit(":", 1)[1]
    before = len(server.mock.journal.entries)
    key = {"x-api-key": KEY}
    with httpx.Client(base_url=server.url, timeout=10, headers=key) as client:
        for host in (
            f"evil.example:{port}",
            "evil.example",
            f"127.0.0.1:{int(port) + 1}",
            f"127.0.0.1.nip.io:{port}",
        ):
            for path in ("/v3/voices", "/_mock/state", "/openapi/v3-avatars.json"):
                response = client.get(path, headers={"host": host})
                assert response.status_code == 400 and error_code(response) == "invalid_host", (host, path)
        assert len(server.mock.journal.entries) == before  # refused before the mock saw them
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}"):
            assert client.get("/v3/voices", headers={"host": host}).status_code == 200


# ------------------------------------------------------------------------------------------- bodies


class Counted:
    """A request body streamed from one reused chunk (nothing large is built), counting what is read."""

    def __init__(self, total: int, chunk: int = MIB) -> None:
        self.total, self.chunk, self.taken = total, b"\0" * chunk, 0

    def __iter__(self) -> Iterator[bytes]:
        while self.taken < self.total:
            self.taken += len(self.chunk)
            yield self.chunk


def test_bodies_are_not_read_before_authentication_nor_past_their_limit() -> None:
    mock = MockHeyGen(api_key=KEY)
    with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com") as client:
        declared = {"content-length": str(1 << 30)}

        unauthenticated = Counted(1 << 30)
        assert client.post("/v3/assets", content=unauthenticated, headers=declared).status_code == 401
        assert unauthenticated.taken == 0

        announced = Counted(1 << 30)
        response = client.post("/v3/assets", content=announced, headers={**declared, "x-api-key": KEY})
        assert response.status_code == 413 and error_code(response) == "payload_too_large"
        assert announced.taken == 0 and "32 MB" in response.json()["error"]["message"]

        chunked = Counted(1 << 30)  # no length given: read up to the limit, then refused
        response = client.post("/v3/assets", content=chunked, headers={"x-api-key": KEY})
        assert (
            response.status_code == 413 and MAX_V3_ASSET_BYTES < chunked.taken <= MAX_V3_ASSET_BYTES + 2 * MIB
        )

        raw = Counted(51 * MIB)  # the upload host's raw file: 50 MB, in its v1 envelope
        response = client.post(
            "/v1/asset", content=raw, headers={"x-api-key": KEY, "content-type": "image/png"}
        )
        assert response.status_code == 413 and response.json()["code"] == 413 and raw.taken <= 51 * MIB
    assert [entry.status for entry in mock.journal] == [401, 413, 413, 413]


def test_json_bodies_are_small_except_where_a_file_may_come_inline() -> None:
    mock = MockHeyGen(api_key=KEY)
    key = {"x-api-key": KEY, "content-type": "application/json"}
    pad = "A" * JSON_BODY_LIMIT
    with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com", headers=key) as client:
        v2 = client.post("/v2/photo_avatar/photo/generate", content=json.dumps({"name": pad}))
        assert v2.status_code == 413 and v2.json()["error"]["code"] == "payload_too_large"
        inline = {
            "type": "photo",
            "name": "x",
            "file": {"type": "base64", "media_type": "image/png", "data": pad},
        }
        assert client.post("/v3/avatars", content=json.dumps(inline)).status_code != 413
        control = client.post("/_mock/faults", content=json.dumps({"pad": "x" * CONTROL_BODY_LIMIT}))
        assert control.status_code == 413


def test_a_refused_body_closes_the_connection_over_a_socket(server: MockServer) -> None:
    with httpx.Client(base_url=server.url, timeout=10) as client:
        response = client.post("/v3/assets", content=Counted(1 << 30), headers={"x-api-key": KEY})
        assert response.status_code == 413 and response.headers["connection"] == "close"
        assert client.get("/v3/voices", headers={"x-api-key": KEY}).status_code == 200  # a new connection


def nested(depth: int) -> str:
    return (
        '{"type": "prompt", "name": "x", "prompt": "p", "avatar_group_id": ' + "[" * depth + "]" * depth + "}"
    )


@pytest.mark.parametrize("depth", [100, 30_000])  # 30,000: deeper than Python's recursion limit
def test_deeply_nested_json_is_a_400(side: tuple[MockHeyGen, httpx.Client], depth: int) -> None:
    _, client = side
    key = {"x-api-key": KEY, "content-type": "application/json"}
    for path in ("/v3/avatars", "/v2/photo_avatar/photo/generate", "/_mock/faults"):
        response = client.post(path, content=nested(depth), headers=key)
        assert response.status_code == 400 and "nests deeper" in response.text, path
    header = '{"kind": "status", "code": ' + "[" * depth + "]" * depth + "}"
    response = client.get("/v3/voices", headers={"x-api-key": KEY, "x-mock-fault": header})
    assert response.status_code == 400 and error_code(response) == "invalid_mock_fault"


@pytest.mark.parametrize(
    "header",
    [
        "latency:nan",
        "latency:inf",
        "rate_limited:nan",
        "rate_limited_date:-inf",
        "timeout:nan",
        "status:nan",
        '{"kind": "latency", "seconds": NaN}',
        '{"kind": "status", "status_code": 503, "retry_after": Infinity}',
        '{"kind": "latency", "seconds": 1, "distribution": "lognormal", "sigma": NaN}',
        '{"kind": "timeout", "seconds": true}',
        '{"kind": "html_error", "status_code": 99999}',
    ],
)
def test_fault_headers_that_are_not_finite_are_a_400(
    side: tuple[MockHeyGen, httpx.Client], header: str
) -> None:
    mock, client = side
    response = client.get("/v3/voices", headers={"x-api-key": KEY, "x-mock-fault": header})
    assert response.status_code == 400 and error_code(response) == "invalid_mock_fault"
    assert mock.clock.monotonic() == 0 and mock.faults.fired == []


def test_control_values_that_are_not_finite_are_a_400(side: tuple[MockHeyGen, httpx.Client]) -> None:
    mock, client = side
    key = {"x-api-key": KEY, "content-type": "application/json"}
    for path, body in (
        ("/_mock/clock/advance", '{"seconds": NaN}'),
        ("/_mock/clock/advance", '{"seconds": 1e999}'),
        ("/_mock/faults", '{"fault": {"kind": "drop"}, "probability": NaN}'),
        ("/_mock/faults", '{"fault": {"kind": "latency", "seconds": 1e999}}'),
        ("/_mock/durations", '{"training": [NaN, 1]}'),
    ):
        assert client.post(path, content=body, headers=key).status_code == 400, body
    assert mock.clock.monotonic() == 0 and mock.faults.pending() == {}


def test_a_lone_surrogate_in_a_json_body_is_a_400(side: tuple[MockHeyGen, httpx.Client]) -> None:
    # "\\ud800" parses in Python but is no Unicode text: validating or answering it raised (a 500)
    mock, client = side
    key = {"x-api-key": KEY, "content-type": "application/json"}
    for path, body in (
        ("/v3/videos", '"\\ud800"'),
        ("/v3/avatars", '{"type": "prompt", "name": "a\\udfffb", "prompt": "p"}'),
        ("/v2/photo_avatar/avatar_group/create", '{"name": "\\ud83d", "image_key": "k"}'),
        ("/_mock/script", '{"kind": "video", "fail": ["render_failed", "\\ud800"]}'),
    ):
        response = client.post(path, content=body, headers=key)
        assert response.status_code == 400 and "surrogate" in response.text, (path, response.text[:200])
    assert [group for group in mock.state.avatar_groups.values() if not group.public] == []


def test_numbers_too_large_for_a_float_are_a_400(side: tuple[MockHeyGen, httpx.Client]) -> None:
    # json reads 1e999 as inf: an int() of it raised OverflowError (a 500), a float() took it as forever
    mock, client = side
    key = {"x-api-key": KEY, "content-type": "application/json"}
    for path, body in (
        ("/_mock/faults", '{"poll": {"id": "x", "nth": 1e999}, "fault": {"kind": "drop"}}'),
        ("/_mock/webhooks", '{"down": 1e999}'),
        ("/_mock/webhooks", '{"down": -1e999}'),
        (
            "/v3/videos",
            '{"type": "avatar", "avatar_id": "a", "script": "s", "voice_id": "v", '
            '"voice_settings": {"speed": 1e999}}',
        ),
    ):
        response = client.post(path, content=body, headers=key)
        assert response.status_code == 400 and "finite" in response.text, (path, response.text[:200])
    assert mock.faults.pending() == {} and mock.webhooks._down_until is None


def test_a_url_that_does_not_parse_is_a_400(side: tuple[MockHeyGen, httpx.Client]) -> None:
    # urlsplit raises ValueError on an unclosed "[": any http:// string in a body, a webhook URL or an
    # asset URL reached it and answered 500 internal_error
    mock, client = side
    key = {"x-api-key": KEY}
    voice = "1bd001e7e50f421d891986aad5158bc8"
    video = {"type": "avatar", "avatar_id": "public_look_0", "script": "Hi", "voice_id": voice}
    answers = [
        client.post("/v3/webhooks/endpoints", headers=key, json={"url": "http://[::1"}),
        client.post("/v3/webhooks/endpoints", headers=key, json={"url": "https://[::1/hook"}),
        client.post("/v3/avatars", headers=key, json={**PHOTO, "file": {"type": "url", "url": "https://[x"}}),
        client.post("/v3/videos", headers=key, json={**video, "title": "http://[::1"}),
    ]
    for response in answers:
        assert response.status_code != 500, response.text[:200]
    assert [r.status_code for r in answers] == [400, 400, 400, 200]
    assert all(r.json()["error"]["param"] in ("url", "file.url") for r in answers[:3])
    assert mock.state.webhook_endpoints == {}


@pytest.mark.parametrize("media_type", ["image/png\r\nx-injected: 1", "image/p\u2603ng", "image/png\x00"])
def test_an_inline_file_needs_a_mime_type_it_can_be_served_with(
    side: tuple[MockHeyGen, httpx.Client], media_type: str
) -> None:
    # an AssetInput's media_type became the Content-Type its file was served with: a line break or a
    # character beyond Latin-1 made the file's URL a 500 (a traceback) over a socket
    mock, client = side
    inline = {"type": "base64", "media_type": media_type, "data": base64.b64encode(PNG).decode()}
    response = client.post("/v3/avatars", headers={"x-api-key": KEY}, json={**PHOTO, "file": inline})
    assert response.status_code == 400 and response.json()["error"]["param"] == "file.media_type"
    assert all(stored.mime.isascii() and stored.mime.isprintable() for stored in mock.state.files.values())


def test_a_consent_reroute_url_is_redirected_to_percent_encoded(
    side: tuple[MockHeyGen, httpx.Client],
) -> None:
    # the reroute_url went into the Location header verbatim: a character beyond Latin-1 (or ASCII,
    # in-process) raised while answering (500 and a traceback) and a line break dropped the connection
    _, client = side
    key = {"x-api-key": KEY}
    footage = {"type": "url", "url": "https://example.com/twin.mp4"}
    for reroute, location in (
        ("https://example.com/done/\u2603?who=J\u00f6rg", "https://example.com/done/%E2%98%83?who=J%C3%B6rg"),
        ("https://example.com/a\r\nSet-Cookie: x=1", "https://example.com/a%0D%0ASet-Cookie:%20x=1"),
        ("https://example.com/ok?a=1&b=%20#top", "https://example.com/ok?a=1&b=%20#top"),
    ):
        twin = client.post(
            "/v3/avatars", headers=key, json={"type": "digital_twin", "name": "T", "file": footage}
        )
        group = twin.json()["data"]["avatar_group"]["id"]
        consent = client.post(f"/v3/avatars/{group}/consent", headers=key, json={"reroute_url": reroute})
        page = client.get(consent.json()["data"]["url"])
        assert page.status_code == 302 and page.headers["location"] == location
        assert "set-cookie" not in page.headers


@pytest.mark.parametrize("offset", ["-1", "-99", " 1", "1_0", "+1"])
def test_a_pagination_token_the_mock_never_issued_is_a_400(
    side: tuple[MockHeyGen, httpx.Client], offset: str
) -> None:
    # "o:-1" decoded to offset -1: a page from the end of the list (and a next_token), not a 400
    _, client = side
    token = base64.urlsafe_b64encode(f"o:{offset}".encode()).decode().rstrip("=")
    for path in ("/v3/voices", "/v3/avatars/looks", "/v3/webhooks/events"):
        response = client.get(path, params={"limit": 1, "token": token}, headers={"x-api-key": KEY})
        assert response.status_code == 400 and response.json()["error"]["param"] == "token", path


def test_errors_never_echo_a_large_value(side: tuple[MockHeyGen, httpx.Client]) -> None:
    _, client = side
    key = {"x-api-key": KEY}
    big = "Q" * 900_000
    answers = [
        client.post("/v3/avatars", headers=key, json={"type": "prompt", "name": "x", "prompt": big}),
        client.post("/v3/avatars", headers=key, json={"type": big, "name": "x"}),
        client.get(f"/v3/avatars?limit={big[:20_000]}", headers=key),
        client.get(f"/v3/nowhere/{big[:20_000]}", headers=key),
        client.post("/_mock/faults", headers=key, json={"fault": {"kind": big[:60_000]}}),
        client.get("/v3/voices", headers={**key, "x-mock-fault": big[:20_000]}),
    ]
    for response in answers:
        assert 400 <= response.status_code < 500
        assert len(response.content) < 2_000 and "Q" * 300 not in response.text, response.text[:200]


# ------------------------------------------------------------------------------- faults on both sides


ARGUMENTS: dict[str, tuple[Any, ...]] = {"status": (503,), "latency": (2,), "timeout": (1,)}


def fault_of(kind: str) -> Fault:
    made: Fault = getattr(Fault, kind)(*ARGUMENTS.get(kind, ()))
    return made


def outcome(client: httpx.Client) -> Any:
    """What a client sees: the exception class, or the status, the headers that matter and the body."""
    try:
        response = client.get("/v3/voices", headers={"x-api-key": KEY})
    except httpx.TransportError as exc:
        return type(exc).__name__
    kept = {k: v for k, v in response.headers.items() if k in ("content-type", "retry-after", "date")}
    return response.status_code, kept, response.content


@pytest.mark.parametrize("kind", FAULT_KINDS)
def test_every_fault_looks_the_same_in_process_and_over_a_socket(server: MockServer, kind: str) -> None:
    seen = []
    in_process = MockHeyGen(api_key=KEY)
    server.mock.reset()
    with (
        httpx.Client(transport=in_process.transport(), base_url="https://api.heygen.com") as local,
        httpx.Client(base_url=server.url, timeout=httpx.Timeout(10, read=0.2)) as remote,
    ):
        for mock, client in ((in_process, local), (server.mock, remote)):
            mock.faults.push("*", fault_of(kind))
            seen.append(outcome(client))
            assert [entry.faults for entry in mock.journal] == [[kind]]
    if kind == "drop":  # TCP's difference: a socket is already open, so it closes unread and unanswered
        assert seen == ["ConnectError", "RemoteProtocolError"]
    else:
        assert seen[0] == seen[1]


def test_a_dropped_create_is_not_acted_on_either_side(side: tuple[MockHeyGen, httpx.Client]) -> None:
    mock, client = side
    mock.faults.push("createAvatar", Fault.drop())
    with pytest.raises(httpx.TransportError):
        client.post("/v3/avatars", headers={"x-api-key": KEY}, json=PHOTO)
    assert not [look for look in mock.state.avatar_looks.values() if not look.public]


# ----------------------------------------------------------------------------- the mock's own clock


def dates(response: httpx.Response) -> tuple[float, float]:
    parse = email.utils.parsedate_to_datetime
    return parse(response.headers["date"]).timestamp(), parse(response.headers["retry-after"]).timestamp()


@pytest.mark.parametrize("retry_after", [0, 0.5, 30])
def test_http_date_retry_after_follows_the_mock_clock(
    side: tuple[MockHeyGen, httpx.Client], retry_after: float
) -> None:
    mock, client = side
    mock.advance(100.5)
    mock.faults.push("*", Fault.rate_limited(retry_after, http_date=True))
    response = client.get("/v3/voices", headers={"x-api-key": KEY})
    now, when = dates(response)
    assert response.status_code == 429 and now == VIRTUAL_EPOCH + 100
    assert when - now == math.ceil(retry_after)  # never sooner than asked, counted on the mock's clock


class SteppedClock:
    """Real-time-like clock the test moves by hand (a ScaledClock far along, without waiting)."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.now += seconds

    def reset(self) -> None:
        self.now = 0.0


def test_a_reset_puts_the_wall_clock_of_a_real_time_mock_back_to_now() -> None:
    clock = SteppedClock()
    mock = MockHeyGen(api_key=KEY, clock=clock)
    clock.now = 5_000.0
    mock.reset()
    assert abs(mock.backend.epoch() - time.time()) < 60  # was 5,000 s in the past
