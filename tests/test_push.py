"""Jobs that complete on push: a verified webhook ends a wait at once, one status read confirms it, a slow
safety poll covers lost deliveries (both faces, virtual time; one test serves the receiver with uvicorn)."""

from __future__ import annotations

import random
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from conftest import resolve
from heygen_avatars import (
    AsyncHeyGen,
    HeyGen,
    JobFailedError,
    Video,
    WebhookEvent,
    WebhookReceiver,
)
from heygen_avatars.jobs import token
from heygen_avatars.mock import MockHeyGen

pytestmark = pytest.mark.anyio

DELAY = 2.0
"""Seconds the mock takes to deliver each event."""


@pytest.fixture(autouse=True)
def pinned_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(token, "wall_time", lambda: 1_800_000_000.0)


def client_of(face: str, mock: MockHeyGen) -> Any:
    cls = HeyGen if face == "sync" else AsyncHeyGen
    return cls(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock, rng=random.Random(1))


def wire(
    client: Any, mock: MockHeyGen, url: str = "http://127.0.0.1:9/hooks", **options: Any
) -> WebhookReceiver:
    """Register an endpoint on the mock and deliver to a receiver of `client`, in-process."""
    endpoint = mock.backend.create_endpoint({"url": url})
    receiver: WebhookReceiver = client.webhooks.receiver(endpoint.secret, **options)
    mock.webhooks.deliver_through(receiver.transport())
    mock.webhooks.configure(delay=DELAY)
    return receiver


def a_look(mock: MockHeyGen) -> str:
    look, _ = mock.backend.create_avatar(
        {"type": "photo", "name": "Ada", "file": {"type": "url", "url": "https://x/a.png"}}
    )
    mock.complete_job(look.id)
    return look.id


def start_video(client: Any, mock: MockHeyGen) -> Any:
    voice = next(iter(mock.state.voices))
    return client.videos.create(avatar_id=a_look(mock), script="Hello", voice_id=voice, check_avatar=False)


def status_reads(mock: MockHeyGen, since: int, job_id: str) -> int:
    return sum(1 for entry in list(mock.journal)[since:] if entry.method == "GET" and job_id in entry.path)


async def test_a_job_returns_when_its_event_arrives_after_one_confirming_read(
    face: str, heygen_mock: MockHeyGen
) -> None:
    client = client_of(face, heygen_mock)
    wire(client, heygen_mock)
    job = await resolve(start_video(client, heygen_mock))
    since = len(heygen_mock.journal)
    video = await resolve(job.result())
    finished = heygen_mock.job(job.id).finished_at
    assert isinstance(video, Video) and video.status == "completed"
    assert heygen_mock.clock.monotonic() - finished == pytest.approx(DELAY)  # exactly the delivery delay
    assert status_reads(heygen_mock, since, job.id) == 1


async def test_an_event_that_came_before_the_wait_is_used_at_once(face: str, heygen_mock: MockHeyGen) -> None:
    client = client_of(face, heygen_mock)
    receiver = wire(client, heygen_mock)
    job = await resolve(start_video(client, heygen_mock))
    heygen_mock.advance(300)  # the video ends and its event is delivered while nobody waits
    assert receiver.received == 1
    since, before = len(heygen_mock.journal), heygen_mock.clock.monotonic()
    await resolve(job.result())
    assert heygen_mock.clock.monotonic() == before and status_reads(heygen_mock, since, job.id) == 1


async def test_a_failure_event_raises_after_its_confirming_read(face: str, heygen_mock: MockHeyGen) -> None:
    client = client_of(face, heygen_mock)
    wire(client, heygen_mock)
    heygen_mock.script_next("video", fail=("render_failed", "The avatar could not be rendered"))
    job = await resolve(start_video(client, heygen_mock))
    since = len(heygen_mock.journal)
    with pytest.raises(JobFailedError) as failed:
        await resolve(job.result())
    assert failed.value.code == "render_failed" and status_reads(heygen_mock, since, job.id) == 1


async def test_a_lost_event_costs_time_never_the_result_and_the_safety_poll_tightens(
    face: str, heygen_mock: MockHeyGen
) -> None:
    client = client_of(face, heygen_mock)
    wire(client, heygen_mock)
    heygen_mock.webhooks.script("drop")  # the first delivery never arrives
    first = await resolve(start_video(client, heygen_mock))
    since = len(heygen_mock.journal)
    assert (await resolve(first.result())).status == "completed"
    late = heygen_mock.clock.monotonic() - heygen_mock.job(first.id).finished_at
    assert status_reads(heygen_mock, since, first.id) == 1  # the slow safety poll's first check found it
    assert late > 60  # it waited for the safety poll (a check 600 s into a 120 s video)
    inbox = client._push.inbox
    assert not inbox.trusted("video")  # the miss was noticed: video waits poll at the usual pace again
    heygen_mock.webhooks.script("drop")
    second = await resolve(start_video(client, heygen_mock))
    since = len(heygen_mock.journal)
    await resolve(second.result())
    assert heygen_mock.clock.monotonic() - heygen_mock.job(second.id).finished_at < late
    assert status_reads(heygen_mock, since, second.id) > 1


async def test_an_event_the_status_does_not_confirm_is_not_taken_as_the_result(
    face: str, heygen_mock: MockHeyGen
) -> None:
    client = client_of(face, heygen_mock)
    wire(client, heygen_mock)
    job = await resolve(start_video(client, heygen_mock))
    # a verified event arrives early (HeyGen's status lags, or a bug): the read says "pending"
    client.webhooks.notify(
        WebhookEvent.from_raw({"event_type": "avatar_video.success", "event_data": {"video_id": job.id}})
    )
    since = len(heygen_mock.journal)
    video = await resolve(job.result())
    assert video.status == "completed" and status_reads(heygen_mock, since, job.id) >= 2
    assert job.snapshot.status == "completed"


def early_event(client: Any, job_id: str) -> None:
    client.webhooks.notify(
        WebhookEvent.from_raw({"event_type": "avatar_video.success", "event_data": {"video_id": job_id}})
    )


async def test_a_status_that_lags_its_event_is_read_again_soon_and_is_no_miss(
    face: str, heygen_mock: MockHeyGen
) -> None:
    """HeyGen's status can trail its event (eventual consistency): the reads after a disagreement come at
    a short backoff, not the slow safety poll, and the delivered event never counts as a lost one."""
    client = client_of(face, heygen_mock)
    client.webhooks.receiver("whsec_unused_0123456789")  # push on; the mock delivers nothing by itself
    heygen_mock.set_durations(video=(1.0, 9.0))  # the status shows the end 10 s after the event
    job = await resolve(start_video(client, heygen_mock))
    early_event(client, job.id)
    since = len(heygen_mock.journal)
    video = await resolve(job.result())
    lag = heygen_mock.clock.monotonic() - heygen_mock.job(job.id).finished_at
    assert video.status == "completed" and lag < 10  # not the safety poll's check 600 s into the job
    assert 3 <= status_reads(heygen_mock, since, job.id) <= 5
    assert client._push.inbox.trusted("video")  # the event came: no miss


async def test_reads_after_a_disagreement_are_bounded_then_the_plan_resumes_without_a_miss(
    face: str, heygen_mock: MockHeyGen
) -> None:
    from heygen_avatars.jobs.waiting import MAX_DISAGREEMENTS

    client = client_of(face, heygen_mock)
    client.webhooks.receiver("whsec_unused_0123456789")
    heygen_mock.set_durations(video=(1.0, 299.0))  # the status shows the end 300 s after the event
    job = await resolve(start_video(client, heygen_mock))
    early_event(client, job.id)
    since = len(heygen_mock.journal)
    assert (await resolve(job.result())).status == "completed"
    # the confirming read, the short looks again, then the safety poll's first check (600 s in)
    assert status_reads(heygen_mock, since, job.id) == 1 + MAX_DISAGREEMENTS + 1
    assert client._push.inbox.trusted("video")


async def test_wait_all_returns_each_job_on_its_own_event(face: str, heygen_mock: MockHeyGen) -> None:
    client = client_of(face, heygen_mock)
    wire(client, heygen_mock)
    jobs = [await resolve(start_video(client, heygen_mock)) for _ in range(3)]
    since = len(heygen_mock.journal)
    done = await resolve(client.jobs.wait_all(jobs))
    assert [snapshot.status for snapshot in done] == ["completed"] * 3
    assert all(status_reads(heygen_mock, since, job.id) == 1 for job in jobs)


async def test_photo_avatar_jobs_complete_on_their_events_and_earn_the_safety_poll(
    face: str, heygen_mock: MockHeyGen
) -> None:
    """Photo-avatar events are reported unreliable: a client polls those kinds as usual (woken early by
    each event) until it has received a few; then a generation costs one confirming read."""
    client = client_of(face, heygen_mock)
    wire(client, heygen_mock)
    reads = []
    for _ in range(4):
        job = await resolve(
            client.photo_avatars.generate_photos(
                name="Lina", age="Young Adult", gender="Woman", ethnicity="Asian American",
                orientation="square", pose="half_body", style="Realistic", appearance="A stylish woman",
            )
        )  # fmt: skip
        since = len(heygen_mock.journal)
        generation = await resolve(job.result())
        assert generation.image_keys
        assert heygen_mock.clock.monotonic() - heygen_mock.job(job.id).finished_at == pytest.approx(DELAY)
        reads.append(status_reads(heygen_mock, since, job.id))
    assert reads == [2, 2, 2, 1]  # checked on creation while unproven; then only the confirming read


async def test_unsigned_callbacks_count_only_with_a_callback_id_this_client_issued(
    face: str, heygen_mock: MockHeyGen
) -> None:
    client = client_of(face, heygen_mock)
    receiver = client.webhooks.receiver("whsec_unused_0123456789", accept_unsigned_callbacks=True)
    heygen_mock.webhooks.deliver_through(receiver.transport())
    voice, look = next(iter(heygen_mock.state.voices)), a_look(heygen_mock)
    issued = client.webhooks.new_callback_id()
    assert len(issued) >= 32
    ours = await resolve(
        client.videos.create(avatar_id=look, script="Hi", voice_id=voice, callback_url="http://127.0.0.1:9/cb",
                             callback_id=issued, check_avatar=False)
    )  # fmt: skip
    theirs = await resolve(
        client.videos.create(avatar_id=look, script="Hi", voice_id=voice, callback_url="http://127.0.0.1:9/cb",
                             callback_id="guessable-1", check_avatar=False)
    )  # fmt: skip
    elsewhere = await resolve(
        client.videos.create(avatar_id=look, script="Hi", voice_id=voice, callback_url="https://example.com/hook",
                             check_avatar=False)
    )  # fmt: skip
    heygen_mock.advance(300)
    outcomes = {(a.url, a.event_id): a.outcome for a in heygen_mock.webhooks.attempts}
    assert receiver.received == 1 and not any(a.signed for a in heygen_mock.webhooks.attempts)
    assert sorted(outcomes.values(), key=str) == [200, 401, "not_contacted"]
    assert client._push.inbox.has([("video", ours.id)]) and not client._push.inbox.has([("video", theirs.id)])
    assert elsewhere.id  # recorded as an event, never contacted


# ----------------------------------------------------------------------------- the receiver under uvicorn


@pytest.fixture
def served() -> Iterator[Any]:
    """Serve an ASGI app with uvicorn on 127.0.0.1 (any free port) in a thread; yields `start(app)`."""
    import uvicorn

    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(app: Any, sock: socket.socket) -> None:
        server = uvicorn.Server(uvicorn.Config(app, log_level="critical", lifespan="on"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 10
        while not server.started:  # bounded: a server that cannot start fails the test
            assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
            time.sleep(0.005)

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(5)


def test_the_receiver_under_uvicorn_completes_a_job_within_the_push_delay(
    served: Any, heygen_mock: MockHeyGen, heygen_client: HeyGen
) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}/webhooks/heygen"
    endpoint = heygen_client.webhooks.create(url, events=["avatar_video.success", "avatar_video.fail"])
    events: list[WebhookEvent] = []
    receiver = heygen_client.webhooks.receiver(endpoint.secret, on_event=events.append)
    served(receiver, sock)
    heygen_mock.webhooks.configure(delay=DELAY)  # the mock POSTs over real HTTP to 127.0.0.1
    heygen_mock.webhooks.script("duplicate")  # and sends the event twice
    job = start_video(heygen_client, heygen_mock)
    since = len(heygen_mock.journal)
    video = job.result()
    lag = heygen_mock.clock.monotonic() - heygen_mock.job(job.id).finished_at
    assert video.status == "completed" and lag <= DELAY + 1e-9
    assert status_reads(heygen_mock, since, job.id) == 1
    heygen_mock.advance(10)
    assert [a.outcome for a in heygen_mock.webhooks.attempts] == [200, 200]  # the duplicate answered 200
    assert [e.event_id for e in events] == [heygen_mock.events[-1].event_id]  # and not acted on twice


# ------------------------------------------------------------------------------------ the inbox's trust


def announce(kind_event: str, key: str, job_id: str) -> WebhookEvent:
    return WebhookEvent.from_raw({"event_type": kind_event, "event_data": {key: job_id}})


def test_trust_is_earned_by_photo_avatar_kinds_lost_by_misses_and_kept_by_late_events() -> None:
    from heygen_avatars.jobs.push import PushInbox
    from heygen_avatars.mock import VirtualClock

    inbox, clock = PushInbox(), VirtualClock()
    assert inbox.trusted("video") and not inbox.trusted("training")  # photo-avatar kinds prove themselves
    for index in range(3):
        inbox.feed(announce("photo_avatar_train.success", "group_id", f"g{index}"))
        assert inbox.listen((("training", f"g{index}"),), 0.0, clock).signals
    assert inbox.trusted("training")
    inbox.missed("video", "v-late")  # found done before its event...
    assert not inbox.trusted("video")
    inbox.feed(announce("avatar_video.success", "video_id", "v-late"))  # ...which was late, not lost
    assert inbox.trusted("video") and not inbox.has([("video", "v-late")])  # and nobody waits for it
    inbox.missed("video", "v-lost")
    assert not inbox.trusted("video")
    for index in range(10):  # at most one miss in ten outcomes: trusted again
        inbox.feed(announce("avatar_video.success", "video_id", f"v{index}"))
        inbox.listen((("video", f"v{index}"),), 0.0, clock)
    assert inbox.trusted("video")
    assert inbox.feed(announce("personalized_video", "video_id", "x")) == []  # no job kind listens
