"""The mock delivers its webhooks: signed like HeyGen (every shape), to loopback only unless hosts are named,
with faults (delay, duplicate, drop, reorder, bad signature, endpoint down with retries)."""

from __future__ import annotations

import itertools
import json
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from heygen_avatars import AsyncHeyGen, HeyGen, WebhookVerificationError
from heygen_avatars.jobs import token
from heygen_avatars.mock import Fault, MockHeyGen, MockServer, make_server_mock
from heygen_avatars.mock.delivery import RETRY_FIRST, RETRY_FOR

pytestmark = pytest.mark.anyio


@pytest.fixture(autouse=True)
def pinned_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(token, "wall_time", lambda: 1_800_000_000.0)


Posted = list[httpx.Request]


def recorder(
    answer: Callable[[httpx.Request], int] = lambda request: 200,
) -> tuple[Posted, httpx.MockTransport]:
    """A transport standing in for the receivers: it records each POST and answers `answer(request)`."""
    posted: Posted = []

    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        posted.append(request)
        return httpx.Response(answer(request))

    return posted, httpx.MockTransport(handle)


def endpoint(mock: MockHeyGen, url: str = "http://127.0.0.1:8787/hook", **body: Any) -> Any:
    return mock.backend.create_endpoint({"url": url, **body})


def emit(mock: MockHeyGen, video_id: str = "v1", event: str = "avatar_video.success") -> None:
    mock.backend.emit(event, {"video_id": video_id}, None)


def test_events_are_posted_signed_to_the_endpoints_that_want_them(heygen_mock: MockHeyGen) -> None:
    posted, transport = recorder()
    heygen_mock.webhooks.deliver_through(transport)
    every = endpoint(heygen_mock)
    endpoint(heygen_mock, "http://127.0.0.1:8787/other", events=["photo_avatar_train.success"])
    scoped = endpoint(heygen_mock, "http://localhost:8787/v9", entity_id="v9")
    emit(heygen_mock, "v1")
    emit(heygen_mock, "v9")
    heygen_mock.settle()
    assert [str(r.url) for r in posted] == [
        "http://127.0.0.1:8787/hook", "http://127.0.0.1:8787/hook", "http://localhost:8787/v9",
    ]  # fmt: skip
    for request, secret in zip(posted, [every.secret, every.secret, scoped.secret], strict=True):
        client = HeyGen(
            api_key="sk-verify-0123456789"
        )  # one receiver per endpoint: the same event goes to each
        event = client.webhooks.unwrap(request.content, request.headers, secret)
        assert request.headers["heygen-event-id"] == event.event_id and event.signed
    first, second = (json.loads(r.content) for r in posted[:2])
    assert first["event_data"] == {"video_id": "v1"} and first["event_id"] != second["event_id"]


@pytest.mark.parametrize("shape", ["heygen-signature", "x-heygen-signature", "signature"])
def test_each_signature_shape_the_mock_sends_verifies(shape: str) -> None:
    posted, transport = recorder()
    mock = MockHeyGen(webhook_signature=shape, webhook_transport=transport)  # type: ignore[arg-type]
    made = endpoint(mock)
    emit(mock)
    mock.settle()
    (request,) = posted
    assert shape in request.headers and ("heygen-timestamp" in request.headers) == (
        shape == "heygen-signature"
    )
    assert HeyGen(api_key="sk-verify-0123456789").webhooks.unwrap(
        request.content, request.headers, made.secret
    )


def test_only_loopback_is_contacted_unless_hosts_are_named() -> None:
    posted, transport = recorder()
    closed = MockHeyGen(webhook_transport=transport)
    endpoint(closed, "https://example.com/hook")
    endpoint(closed, "http://127.0.0.1:8787/hook")
    emit(closed)
    closed.settle()
    assert [str(r.url) for r in posted] == ["http://127.0.0.1:8787/hook"]
    outcomes = sorted(str(a.outcome) for a in closed.webhooks.attempts)
    assert outcomes == ["200", "not_contacted"] and closed.webhooks.pending() == 0  # never retried
    posted.clear()
    opened = MockHeyGen(webhook_transport=transport, webhook_hosts=["Example.com"])
    endpoint(opened, "https://example.com/hook")
    emit(opened)
    opened.settle()
    assert [str(r.url) for r in posted] == ["https://example.com/hook"]


def test_a_callback_url_is_unsigned_and_recorded_when_it_is_not_loopback(
    heygen_mock: MockHeyGen, heygen_client: HeyGen
) -> None:
    posted, transport = recorder()
    heygen_mock.webhooks.deliver_through(transport)
    look, _ = heygen_mock.backend.create_avatar(
        {"type": "photo", "name": "Ada", "file": {"type": "url", "url": "https://x/a.png"}}
    )
    heygen_mock.complete_job(look.id)
    voice = next(iter(heygen_mock.state.voices))
    for url in ("https://example.com/hook", "http://127.0.0.1:8787/cb"):
        heygen_client.videos.create(
            avatar_id=look.id,
            script="Hi",
            voice_id=voice,
            callback_url=url,
            callback_id="cb-1",
            check_avatar=False,
        )
    heygen_mock.advance(300)
    (request,) = posted
    assert str(request.url) == "http://127.0.0.1:8787/cb" and "heygen-signature" not in request.headers
    assert json.loads(request.content)["event_data"]["callback_id"] == "cb-1"
    assert {a.outcome for a in heygen_mock.webhooks.attempts} == {200, "not_contacted"}
    assert len([e for e in heygen_mock.events if e.event_type == "avatar_video.success"]) == 2


def test_faults_drop_duplicate_reorder_and_forge(heygen_mock: MockHeyGen) -> None:
    posted, transport = recorder()
    heygen_mock.webhooks.deliver_through(transport)
    made = endpoint(heygen_mock)
    heygen_mock.webhooks.script("drop", "duplicate", "reorder", "none", "bad_signature")
    for video in ("v1", "v2", "v3", "v4", "v5"):
        emit(heygen_mock, video)
    heygen_mock.advance(60)
    order = [json.loads(r.content)["event_data"]["video_id"] for r in posted]
    assert order == ["v2", "v2", "v4", "v5", "v3"]  # v1 lost, v2 twice, v3 overtaken
    assert posted[0].headers["heygen-event-id"] == posted[1].headers["heygen-event-id"]
    client = HeyGen(api_key="sk-verify-0123456789")
    with pytest.raises(WebhookVerificationError) as forged:
        client.webhooks.verify_signature(posted[3].content, posted[3].headers, made.secret)
    assert forged.value.reason == "signature"
    assert heygen_mock.webhooks.attempts[0].outcome == "dropped"


def test_delivery_delay_follows_its_distribution_and_the_seed(heygen_mock: MockHeyGen) -> None:
    def delays(mock: MockHeyGen) -> list[float]:
        posted, transport = recorder()
        mock.webhooks.deliver_through(transport)
        endpoint(mock)
        mock.webhooks.configure(delay=Fault.latency(1.0, distribution="lognormal", sigma=0.5, upper=10.0))
        sent: list[float] = []
        for index in range(20):
            emit(mock, f"v{index}")
            start = mock.clock.monotonic()
            while len(posted) <= index:
                mock.advance(0.01)
            sent.append(round(mock.clock.monotonic() - start, 2))
        return sent

    first, again = delays(heygen_mock), delays(MockHeyGen(strict_responses=True))
    assert first == again and len(set(first)) > 10 and all(0 < d <= 10.01 for d in first)


def test_a_down_endpoint_is_retried_with_backoff_for_24_hours(heygen_mock: MockHeyGen) -> None:
    posted, transport = recorder()
    heygen_mock.webhooks.deliver_through(transport)
    endpoint(heygen_mock)
    heygen_mock.webhooks.take_down(200)
    emit(heygen_mock)
    heygen_mock.advance(500)
    tries = [(a.time, a.outcome) for a in heygen_mock.webhooks.attempts]
    assert tries == [(0.0, "down"), (30.0, "down"), (90.0, "down"), (210.0, 200)]  # 30 s, doubling
    assert len(posted) == 1
    failing, transport = recorder(
        lambda request: 503
    )  # answers, but never 2xx: tried until 24 h, then dropped
    heygen_mock.webhooks.deliver_through(transport)
    start = heygen_mock.clock.monotonic()
    emit(heygen_mock, "v2")
    heygen_mock.advance(2 * RETRY_FOR)
    times = [a.time - start for a in heygen_mock.webhooks.attempts if a.outcome == 503]
    assert times[:3] == [0.0, RETRY_FIRST, 3 * RETRY_FIRST] and times[-1] <= RETRY_FOR
    assert max(b - a for a, b in itertools.pairwise(times)) == 4 * 3600
    assert heygen_mock.webhooks.pending() == 0 and len(failing) == len(times)


def test_a_receiver_that_cannot_be_reached_is_retried(heygen_mock: MockHeyGen) -> None:
    with __import__("socket").socket() as unused:  # a loopback port nobody listens on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    endpoint(heygen_mock, f"http://127.0.0.1:{port}/hook")
    emit(heygen_mock)
    heygen_mock.advance(100)
    assert [(a.attempt, a.outcome) for a in heygen_mock.webhooks.attempts] == [
        (1, "error"),
        (2, "error"),
        (3, "error"),
    ]


def test_the_control_plane_sets_faults_and_shows_attempts_never_secrets(heygen_mock: MockHeyGen) -> None:
    key = {"x-api-key": heygen_mock.api_key}  # the control plane takes the key, as the API does
    http = httpx.Client(transport=heygen_mock.transport(), base_url="http://mock.local", headers=key)
    made = endpoint(heygen_mock)
    _, transport = recorder()
    heygen_mock.webhooks.deliver_through(transport)
    answer = http.post(
        "/_mock/webhooks",
        json={
            "delay": {"seconds": 1, "distribution": "uniform", "upper": 2},
            "drop": 0.0,
            "script": ["duplicate"],
        },
    )
    assert answer.status_code == 200
    assert http.post("/_mock/webhooks", json={"lost": 0.5}).status_code == 400
    emit(heygen_mock)
    heygen_mock.advance(10)
    shown = http.get("/_mock/webhooks").json()
    assert [a["outcome"] for a in shown["attempts"]] == [200, 200] and shown["delay"]["upper"] == 2
    for path in ("/_mock/webhooks", "/_mock/state", "/_mock/events"):
        assert made.secret not in http.get(path).text
    assert made.secret not in repr(made) and made.secret not in repr(heygen_mock.webhooks)


def test_reset_forgets_endpoints_events_and_faults(heygen_mock: MockHeyGen) -> None:
    endpoint(heygen_mock)
    heygen_mock.webhooks.configure(drop=1.0)
    emit(heygen_mock)
    heygen_mock.reset()
    assert heygen_mock.events == [] and heygen_mock.state.webhook_endpoints == {}
    assert heygen_mock.webhooks.attempts == [] and heygen_mock.webhooks.rates["drop"] == 0.0


@pytest.mark.parametrize("face", ["sync", "async"])
async def test_a_served_mock_delivers_on_real_time_and_the_wait_wakes(face: str) -> None:
    """No virtual clock: the server's delivery thread sends the event, the client's real-time wait
    (a condition, or an asyncio event) wakes on it."""
    mock = make_server_mock(speed=600.0)  # a 2-minute video takes 0.2 s
    with MockServer(mock) as server:
        cls = HeyGen if face == "sync" else AsyncHeyGen
        client = cls(api_key=mock.api_key, base_url=server.url, rng=random.Random(0))
        made = client.webhooks.receiver("whsec_served_0123456789")
        registered = mock.backend.create_endpoint({"url": "http://127.0.0.1:9/hook"})
        receiver = client.webhooks.receiver(registered.secret)
        mock.webhooks.deliver_through(receiver.transport())
        look, _ = mock.backend.create_avatar(
            {"type": "photo", "name": "Ada", "file": {"type": "url", "url": "https://x/a.png"}}
        )
        mock.complete_job(look.id)
        voice = next(iter(mock.state.voices))
        job = client.videos.create(avatar_id=look.id, script="Hi", voice_id=voice, check_avatar=False)
        job = await job if face == "async" else job
        result = job.result(timeout=30)  # the safety poll would take 600 s: only the event ends it sooner
        video = await result if face == "async" else result
        assert video.status == "completed" and receiver.received == 1 and made.received == 0
        closing = client.close()
        if face == "async":
            await closing


def test_a_malformed_callback_url_is_not_contacted_and_other_deliveries_still_go(
    heygen_mock: MockHeyGen,
) -> None:
    # a callback_url is any string a client sent; one urlsplit cannot read must not stop the deliveries
    posted, transport = recorder()
    heygen_mock.webhooks.deliver_through(transport)
    endpoint(heygen_mock)
    heygen_mock.backend.emit("avatar_video.success", {"video_id": "v1"}, "http://[::1/hook")
    emit(heygen_mock, "v2")  # due in the same settle, after the bad callback
    heygen_mock.settle()
    assert [json.loads(r.content)["event_data"]["video_id"] for r in posted] == ["v1", "v2"]
    outcomes = [(a.url, a.outcome) for a in heygen_mock.webhooks.attempts]
    assert ("http://[::1/hook", "not_contacted") in outcomes and len(outcomes) == 3
