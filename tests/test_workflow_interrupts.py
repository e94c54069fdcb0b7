"""create_photo_avatar interrupted at every step, sync and async: by Ctrl-C (`KeyboardInterrupt`), by an
exception raised in ``on_progress``, and by cancelling the task while a request is in flight.

Each time the interrupt itself goes on, carrying a `PhotoAvatarWorkflowError` report with the ids made so
far and a resume token; resuming from that token, and replaying the same token again, ends with exactly the
objects one uninterrupted run makes on the mock (groups, looks, trainings, look generations), whatever
answers were lost on the way.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

import httpx
import pytest
from _interrupting import Interrupting, client_of
from heygen_avatars import (
    AsyncHeyGen,
    HeyGen,
    HeyGenError,
    InterruptReport,
    PhotoAvatarWorkflowError,
    interrupt_report,
)
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.mock.media import png
from heygen_avatars.mock.transports import MockHeyGenTransport

pytestmark = pytest.mark.anyio

PHOTOS = [png("front", 512, 512), png("side", 600, 600)]
LOOKS = ["Navy blazer, modern office", "Hoodie in a park"]


def signature(mock: MockHeyGen) -> dict[str, Any]:
    """What a run made, without its ids: groups and their looks, trainings, look generations."""
    state = mock.state
    trainings = [e for e in mock.journal.for_operation("train-photo-avatar-group") if e.status == 200]
    return {
        "groups": sorted((g.name, len(g.look_ids)) for g in state.photo_groups.values()),
        "looks": sorted(look.job.status for look in state.photo_looks.values()),
        "trained": sorted(g.training.status for g in state.photo_groups.values() if g.training),
        "trainings": len(trainings),
        "look_generations": sorted(g.job.status for g in state.generations.values() if g.group_id),
    }


async def call(client: Any, method: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(client, method)(*args, **kwargs)
    return await result if isinstance(client, AsyncHeyGen) else result


def clean_run() -> tuple[dict[str, Any], int, int]:
    """The signature of one uninterrupted run, and how many requests and events it has."""
    mock = MockHeyGen(strict_responses=True)
    events: list[Any] = []
    transport = Interrupting(mock)
    client = HeyGen(api_key=mock.api_key, transport=transport, clock=mock.clock, rng=random.Random(0))
    client.create_photo_avatar(name="Sylvia", photos=PHOTOS, looks=LOOKS, on_progress=events.append)
    return signature(mock), transport.seen, len(events)


# measured once, at collection: the tests interrupt at each of these requests and events
MADE, REQUESTS, EVENTS = clean_run()


def check_report(interrupt: BaseException, mock: MockHeyGen) -> PhotoAvatarWorkflowError:
    report = interrupt_report(interrupt)
    assert isinstance(report, PhotoAvatarWorkflowError), (interrupt, report)
    assert report.resume_token and report.resume_token in str(report)
    assert any(report.resume_token in note for note in getattr(interrupt, "__notes__", []))
    made = report.created
    # every id reported exists on the mock (nothing invented), and the group is the one the mock made
    state = mock.state
    assert made.group_id is None or made.group_id in state.photo_groups
    assert set(made.look_ids) <= set(state.photo_looks)
    assert set(made.generation_ids) <= set(state.generations)
    return report


async def resume_until_done(client: Any, token: str, mock: MockHeyGen) -> None:
    """Resume from ``token``, then replay the same token twice more: nothing is made twice."""
    first = await call(client, "resume_photo_avatar", token, photos=PHOTOS)
    after_first = signature(mock)
    for _ in range(2):
        again = await call(client, "resume_photo_avatar", token, photos=PHOTOS)
        assert again.group_id == first.group_id
        assert signature(mock) == after_first
    assert first.trained and len(first.look_ids) == len(PHOTOS)
    assert len(first.generated_look_ids) == 4 * len(LOOKS)


# --- Ctrl-C while a request's answer is read (sync), cancellation while it is in flight (async) -----------


@pytest.mark.parametrize("at", range(1, REQUESTS + 1))
async def test_interrupted_at_every_request(face: str, mock: MockHeyGen, at: int) -> None:
    transport = Interrupting(mock, at)
    client = client_of(face, transport)
    if face == "sync":
        with pytest.raises(KeyboardInterrupt) as caught:
            client.create_photo_avatar(name="Sylvia", photos=PHOTOS, looks=LOOKS)
        interrupt: BaseException = caught.value
    else:
        transport.task = asyncio.ensure_future(
            client.create_photo_avatar(name="Sylvia", photos=PHOTOS, looks=LOOKS)
        )
        with pytest.raises(asyncio.CancelledError) as cancelled:
            await transport.task
        interrupt = cancelled.value
        # a cancelled create finished first: the mock holds nothing the report does not name
        report = interrupt_report(interrupt)
        assert isinstance(report, PhotoAvatarWorkflowError)
        state = mock.state
        assert set(state.photo_groups) <= {report.created.group_id}
        looks_made = {look.id for look in state.photo_looks.values() if look.business_type != "generated"}
        assert looks_made <= set(report.created.look_ids)
        generations = {g for g, gen in state.generations.items() if gen.group_id}
        assert generations <= set(report.created.generation_ids)
    report = check_report(interrupt, mock)
    transport.at = None
    await resume_until_done(client, report.resume_token, mock)
    assert signature(mock) == MADE


# --- an exception raised by on_progress, and Ctrl-C raised there ----------------------------------------


class Stop(Exception):
    """The caller's own error, raised from its progress callback."""


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, Stop])
@pytest.mark.parametrize("at", range(1, EVENTS + 1))
async def test_interrupted_by_the_callback_at_every_event(
    face: str, mock: MockHeyGen, at: int, interrupt: type
) -> None:
    seen: list[Any] = []

    def on_progress(event: Any) -> None:
        seen.append(event)
        if len(seen) == at:
            raise interrupt("stop here")

    transport = Interrupting(mock)
    client = client_of(face, transport)
    with pytest.raises(interrupt) as caught:
        await call(
            client, "create_photo_avatar", name="Sylvia", photos=PHOTOS, looks=LOOKS, on_progress=on_progress
        )
    report = check_report(caught.value, mock)
    assert "was interrupted at step" in str(report) and interrupt.__name__ in str(report)
    await resume_until_done(client, report.resume_token, mock)
    assert signature(mock) == MADE


class SDKStop(HeyGenError):
    """An SDK error the caller's progress callback raises (e.g. from a call it makes there)."""


@pytest.mark.parametrize("at", range(1, EVENTS + 1))
async def test_an_sdk_error_raised_by_the_callback_goes_on_unchanged(
    face: str, mock: MockHeyGen, at: int
) -> None:
    seen: list[Any] = []
    raised: list[BaseException] = []

    def on_progress(event: Any) -> None:
        seen.append(event)
        if len(seen) == at:
            raised.append(SDKStop("the caller's own error"))
            raise raised[0]

    transport = Interrupting(mock)
    client = client_of(face, transport)
    with pytest.raises(SDKStop) as caught:  # not turned into PhotoAvatarWorkflowError: it is not one of ours
        await call(
            client, "create_photo_avatar", name="Sylvia", photos=PHOTOS, looks=LOOKS, on_progress=on_progress
        )
    assert caught.value is raised[0]
    report = check_report(caught.value, mock)
    assert "was interrupted at step" in str(report) and "SDKStop" in str(report)
    await resume_until_done(client, report.resume_token, mock)
    assert signature(mock) == MADE


async def test_a_cancelled_create_keeps_its_id_and_says_so(face: str, mock: MockHeyGen) -> None:
    """A resource method cancelled while its create is in flight: the request finishes, its result rides on
    the cancellation; Ctrl-C on the blocking client loses the answer and says the request was in flight."""
    transport = Interrupting(mock, at=2)  # the upload, then the group's create
    client = client_of(face, transport)
    kwargs = {"name": "Sylvia", "photo": PHOTOS[0]}
    if face == "sync":
        with pytest.raises(KeyboardInterrupt) as caught:
            client.photo_avatars.create_group(**kwargs)
        report = interrupt_report(caught.value)
        assert isinstance(report, InterruptReport)
        assert report.in_flight is not None and "/v2/photo_avatar/avatar_group/create" in report.in_flight
        assert report.created  # the upload made before it
    else:
        transport.task = asyncio.ensure_future(client.photo_avatars.create_group(**kwargs))
        with pytest.raises(asyncio.CancelledError) as cancelled:
            await transport.task
        report = interrupt_report(cancelled.value)
        assert isinstance(report, InterruptReport)
        (group_id,) = mock.state.photo_groups
        assert group_id in str(report.result)


class ScopeCancelling(MockHeyGenTransport):
    """Cancels an anyio cancel scope (as Starlette and FastAPI use) once a given create was handled."""

    def __init__(self, mock: MockHeyGen, path: str) -> None:
        super().__init__(mock)
        self.path = path
        self.scope: Any = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if request.url.path.endswith(self.path) and self.scope is not None:
            self.scope.cancel()
            self.scope = None
            for _ in range(3):  # anyio cancels again at every await
                await asyncio.sleep(0)
        return response


@pytest.mark.parametrize(
    "path", ["/avatar_group/create", "/photo_avatar/train", "/photo_avatar/look/generate"]
)
async def test_an_anyio_cancel_scope_does_not_lose_the_id_either(mock: MockHeyGen, path: str) -> None:
    import anyio

    transport = ScopeCancelling(mock, path)
    client = AsyncHeyGen(api_key=mock.api_key, transport=transport, clock=mock.clock, rng=random.Random(0))
    caught: list[BaseException] = []
    with anyio.CancelScope() as scope:
        transport.scope = scope
        try:
            await client.create_photo_avatar(name="Sylvia", photos=PHOTOS, looks=LOOKS)
        except BaseException as error:
            caught.append(error)
            raise
    assert scope.cancelled_caught
    report = interrupt_report(caught[0])
    assert isinstance(report, PhotoAvatarWorkflowError)
    state = mock.state
    assert set(state.photo_groups) == {report.created.group_id}
    if path.endswith("generate"):
        assert len(report.created.generation_ids) == 1 and report.created.trained
    await resume_until_done(client, report.resume_token, mock)
    assert signature(mock) == MADE
