"""Calls: timeouts per operation class, safe retries, Retry-After, and the request each call builds.

Every test runs against both faces (`face` fixture) on an httpx.MockTransport and a fake clock.
"""

from __future__ import annotations

import email.utils
import logging
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import API_KEY, FakeClock, make_client, resolve
from heygen_avatars import AsyncHeyGen, HeyGen, errors
from heygen_avatars._core.call import Call, Host, _label, call
from heygen_avatars._core.config import Op, Timeouts
from heygen_avatars._core.responses import Api
from heygen_avatars._core.retry import RetryPolicy, parse_retry_after
from heygen_avatars.mock import Fault, MockHeyGen

pytestmark = pytest.mark.anyio

OK = {"error": None, "data": {"ok": True}}


def scripted(*steps: Any) -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    """A handler answering with `steps` in order: a Response, an exception to raise, or a JSON dict (200)."""
    seen: list[httpx.Request] = []
    queue = list(steps)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        step = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(step, BaseException):
            raise step
        if isinstance(step, httpx.Response):
            return step
        return httpx.Response(200, json=step)

    return handler, seen


def get_call(**kw: Any) -> Call:
    return Call.raw("GET", "/v2/photo_avatar/abc", op=Op.READ, api=Api.V2, **kw)


def create_call(**kw: Any) -> Call:
    return Call.raw("POST", "/v2/photo_avatar/train", op=Op.CREATE, api=Api.V2, json={"group_id": "g"}, **kw)


async def run(client: Any, c: Call, **options: Any) -> Any:
    return await resolve(client._run(call(c), options))


def status(code: int, **headers: str) -> httpx.Response:
    return httpx.Response(
        code, json={"data": None, "error": {"code": "x", "message": f"status {code}"}}, headers=headers
    )


async def test_read_retries_5xx_with_backoff_then_succeeds(face: str, clock: FakeClock) -> None:
    handler, seen = scripted(status(503), status(502), OK)
    client = make_client(face, handler, clock)
    result = await run(client, get_call())
    assert result.data == {"ok": True}
    assert len(seen) == 3
    policy, rng = RetryPolicy(), random.Random(7)
    assert clock.sleeps == [policy.backoff(0, rng.random()), policy.backoff(1, rng.random())]
    assert 0.375 <= clock.sleeps[0] <= 0.5 and 0.75 <= clock.sleeps[1] <= 1.0


async def test_read_gives_up_after_max_retries(face: str, clock: FakeClock) -> None:
    handler, seen = scripted(status(500))
    client = make_client(face, handler, clock, max_retries=3)
    with pytest.raises(errors.InternalServerError):
        await run(client, get_call())
    assert len(seen) == 4 and len(clock.sleeps) == 3


@pytest.mark.parametrize("code", [408, 429, 500, 503])
async def test_read_retries_each_retryable_status(face: str, clock: FakeClock, code: int) -> None:
    handler, seen = scripted(status(code), OK)
    assert (await run(make_client(face, handler, clock), get_call())).data == {"ok": True}
    assert len(seen) == 2


@pytest.mark.parametrize("code", [400, 401, 403, 404, 409, 422])
async def test_client_errors_are_not_retried(face: str, clock: FakeClock, code: int) -> None:
    handler, seen = scripted(status(code), OK)
    with pytest.raises(errors.APIStatusError):
        await run(make_client(face, handler, clock), get_call())
    assert len(seen) == 1 and clock.sleeps == []


@pytest.mark.parametrize("code", [500, 502, 503, 504, 408])
async def test_create_is_never_retried_on_5xx_or_408(face: str, clock: FakeClock, code: int) -> None:
    handler, seen = scripted(status(code), OK)
    with pytest.raises(errors.APIStatusError):
        await run(make_client(face, handler, clock), create_call())
    assert len(seen) == 1


@pytest.mark.parametrize(
    "exc", [httpx.ReadTimeout("lost"), httpx.RemoteProtocolError("dropped"), httpx.ReadError("reset")]
)
async def test_create_is_never_retried_after_the_request_was_sent(
    face: str, clock: FakeClock, exc: Exception
) -> None:
    handler, seen = scripted(exc, OK)
    with pytest.raises(errors.APIConnectionError) as info:
        await run(make_client(face, handler, clock), create_call())
    assert len(seen) == 1
    assert info.value.request_sent is True
    assert "may have reached HeyGen" in str(info.value)
    assert isinstance(info.value, errors.APITimeoutError) == isinstance(exc, httpx.TimeoutException)


@pytest.mark.parametrize(
    "exc", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")]
)
async def test_create_is_retried_on_connect_phase_failures(
    face: str, clock: FakeClock, exc: Exception
) -> None:
    handler, seen = scripted(exc, OK)
    assert (await run(make_client(face, handler, clock), create_call())).data == {"ok": True}
    assert len(seen) == 2


async def test_create_is_retried_on_429_honouring_retry_after(face: str, clock: FakeClock) -> None:
    handler, seen = scripted(status(429, **{"Retry-After": "3"}), OK)
    assert (await run(make_client(face, handler, clock), create_call())).data == {"ok": True}
    assert len(seen) == 2 and len(clock.sleeps) == 1 and 3.0 <= clock.sleeps[0] <= 3.75


async def test_retry_after_zero_is_taken_literally(face: str, clock: FakeClock) -> None:
    handler, _ = scripted(status(429, **{"Retry-After": "0"}), OK)
    await run(make_client(face, handler, clock), get_call())
    assert clock.sleeps == [0.0]


async def test_retry_after_as_http_date(face: str, clock: FakeClock) -> None:
    when = email.utils.formatdate(__import__("time").time() + 20, usegmt=True)
    handler, _ = scripted(status(503, **{"Retry-After": when}), OK)
    await run(make_client(face, handler, clock), get_call())
    assert len(clock.sleeps) == 1 and 18.0 <= clock.sleeps[0] <= 25.0


async def test_retry_after_ms(face: str, clock: FakeClock) -> None:
    handler, _ = scripted(status(429, **{"retry-after-ms": "250"}), OK)
    await run(make_client(face, handler, clock), get_call())
    assert len(clock.sleeps) == 1 and 0.25 <= clock.sleeps[0] <= 0.3125


def test_retry_after_is_spread_never_shortened() -> None:
    policy, rng = RetryPolicy(), random.Random(3)
    delays = [policy.hinted(4.0, rng.random()) for _ in range(200)]
    assert min(delays) >= 4.0 and max(delays) <= 5.0
    assert max(delays) - min(delays) > 0.8  # callers turned away together come back apart
    assert policy.hinted(0.0, 0.9) == 0.0 and RetryPolicy(jitter=0).hinted(4.0, 0.9) == 4.0


async def test_retry_after_beyond_cap_raises_rate_limit_at_once(face: str, clock: FakeClock) -> None:
    handler, seen = scripted(status(429, **{"Retry-After": "3600"}), OK)
    with pytest.raises(errors.RateLimitError) as info:
        await run(make_client(face, handler, clock), get_call())
    assert info.value.retry_after == 3600.0
    assert len(seen) == 1 and clock.sleeps == []


async def test_read_retries_timeouts_then_raises_timeout_error(face: str, clock: FakeClock) -> None:
    handler, seen = scripted(httpx.ReadTimeout("slow"))
    with pytest.raises(errors.APITimeoutError) as info:
        await run(make_client(face, handler, clock), get_call())
    assert len(seen) == 3
    assert "timed out" in str(info.value)


async def test_max_retries_zero_and_per_call_override(face: str, clock: FakeClock) -> None:
    handler, seen = scripted(status(503), OK)
    client = make_client(face, handler, clock, max_retries=0)
    with pytest.raises(errors.InternalServerError):
        await run(client, get_call())
    assert len(seen) == 1
    assert (await run(client, get_call(), max_retries=1)).data == {"ok": True}


async def test_every_retry_is_logged(face: str, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    handler, _ = scripted(status(503, **{"x-request-id": "rq-7"}), httpx.ConnectError("refused"), OK)
    with caplog.at_level(logging.INFO, logger="heygen_avatars"):
        await run(make_client(face, handler, clock), get_call())
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert len(retries) == 2
    assert "HTTP 503" in retries[0] and "rq-7" in retries[0] and "ConnectError" in retries[1]


def timeout_of(request: httpx.Request) -> dict[str, float]:
    return dict(request.extensions["timeout"])


@pytest.mark.parametrize(
    ("op", "expected"),
    [(Op.READ, 30.0), (Op.IDEMPOTENT_WRITE, 120.0), (Op.CREATE, 120.0), (Op.UPLOAD, 600.0)],
)
async def test_default_timeouts_per_operation_class(face: str, op: Op, expected: float) -> None:
    handler, seen = scripted(OK)
    await run(make_client(face, handler), Call.raw("POST", "/x", op=op, api=Api.V3))
    assert timeout_of(seen[0]) == {"connect": 10.0, "read": expected, "write": expected, "pool": expected}


async def test_timeouts_overridden_per_client_copy_and_call(face: str) -> None:
    handler, seen = scripted(OK)
    client = make_client(face, handler, timeout=Timeouts(read=5, write=50, upload=500, connect=2))
    await run(client, get_call())
    await run(client.with_options(timeout=7), get_call())
    await run(client, get_call(), timeout=1.5)
    await run(client, create_call(), timeout=httpx.Timeout(9.0))
    assert [timeout_of(r)["read"] for r in seen] == [5.0, 7.0, 1.5, 9.0]
    assert [timeout_of(r)["connect"] for r in seen] == [2.0, 2.0, 1.5, 9.0]


@pytest.mark.parametrize(
    "bad", [httpx.Timeout(None), httpx.Timeout(5.0, read=None), 0, -1, float("inf"), "10"]
)
def test_timeouts_never_mean_forever(face: str, bad: Any) -> None:
    handler, _ = scripted(OK)
    with pytest.raises(errors.InputValidationError) as info:
        make_client(face, handler, timeout=bad)
    assert info.value.field.startswith("timeout")


async def test_requests_carry_key_user_agent_and_go_to_the_right_host(face: str) -> None:
    handler, seen = scripted(OK)
    client = make_client(
        face, handler, base_url="https://api.example.test/", upload_base_url="https://up.example.test"
    )
    await run(client, get_call())
    upload = Call.raw(
        "POST",
        "/v1/asset",
        op=Op.UPLOAD,
        api=Api.V1,
        host=Host.UPLOAD,
        content=b"\x89PNG",
        headers={"Content-Type": "image/png"},
    )
    await run(client, upload)
    assert str(seen[0].url) == "https://api.example.test/v2/photo_avatar/abc"
    assert str(seen[1].url) == "https://up.example.test/v1/asset"
    assert seen[1].content == b"\x89PNG" and seen[1].headers["content-type"] == "image/png"
    for request in seen:
        assert request.headers["x-api-key"] == API_KEY
        assert request.headers["user-agent"].startswith("heygen-avatars-python/")


async def test_generated_endpoint_call_builds_the_request_with_the_generated_code(face: str) -> None:
    from heygen_avatars_generated.v3.api.avatars import get_avatar_look

    handler, seen = scripted({"data": {"id": "look/1", "name": "n", "avatar_type": "photo_avatar"}})
    c = Call.generated(get_avatar_look, op=Op.READ, api=Api.V3, look_id="look/1")
    assert (c.method, c.path, c.endpoint) == ("GET", "/v3/avatars/looks/look%2F1", get_avatar_look)
    assert _label(c) == "get_avatar_look"  # how retry logs name it
    result = await run(make_client(face, handler), c)
    assert result.data["id"] == "look/1"
    assert seen[0].url.raw_path == b"/v3/avatars/looks/look%2F1"


def test_parse_retry_after_forms() -> None:
    assert parse_retry_after({"Retry-After": "12"}) == 12.0
    assert parse_retry_after({"Retry-After": "0"}) == 0.0
    assert parse_retry_after({"Retry-After": "soon"}) is None
    assert parse_retry_after({"Retry-After": "-3"}) is None
    assert parse_retry_after({}) is None
    past = email.utils.formatdate(0, usegmt=True)
    assert parse_retry_after({"Retry-After": past}) == 0.0
    assert parse_retry_after({"Retry-After": email.utils.formatdate(1000, usegmt=True)}, now=990.0) == 10.0


def test_an_http_date_retry_after_is_counted_on_the_servers_clock() -> None:
    date = email.utils.formatdate
    server_now = float(int(__import__("time").time()) - 10 * 86400)  # a server ten days behind our clock
    headers = {"Retry-After": date(server_now + 30, usegmt=True), "Date": date(server_now, usegmt=True)}
    assert parse_retry_after(headers) == 30.0  # not 0: the date is in our past, not in the server's
    ahead = {**headers, "Date": date(server_now - 5 * 86400, usegmt=True)}
    assert parse_retry_after(ahead) == 5 * 86400 + 30
    assert parse_retry_after(headers, now=server_now + 10) == 20.0  # an explicit now still wins
    unreadable = {**headers, "Date": "yesterday"}  # no usable Date: our own clock
    assert parse_retry_after(unreadable) == 0.0
    beyond = "Mon, 01 Jan 9999999999999 00:00:00 GMT"  # no clock reaches it: no hint, no exception
    assert parse_retry_after({"Retry-After": beyond}) is None
    assert parse_retry_after({**headers, "Date": beyond}) == 0.0


async def test_the_mocks_http_date_retry_after_is_taken_as_it_asks(face: str) -> None:
    # the mock's virtual clock starts at 2026-01-01, whatever today is: its Date says so
    mock = MockHeyGen(api_key=API_KEY)
    mock.advance(100.5)
    mock.faults.push("*", Fault.rate_limited(30, http_date=True))
    cls = HeyGen if face == "sync" else AsyncHeyGen
    client = cls(api_key=API_KEY, transport=mock.transport(), clock=mock.clock)
    with pytest.raises(errors.RateLimitError) as info:
        await resolve(client.users.me(max_retries=0))
    assert info.value.retry_after == 30.0
