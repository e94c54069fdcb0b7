"""The creates added since the interrupt reports (talking photos, direct uploads, digital twins from large
footage, webhook endpoints) interrupted at every request, sync and async, and by their progress callbacks.

Each time the interrupt goes on unchanged, carrying an `InterruptReport` that names every id the mock made
for the call (an announced direct upload's asset id included), or, when Ctrl-C lost the answer of the
request in flight, says which request that was. On `AsyncHeyGen` a create in flight when its task is
cancelled finishes first, so nothing the mock made is unnamed.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _interrupting import Interrupting, client_of
from conftest import footage
from heygen_avatars import InterruptReport, interrupt_report
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.mock.media import MP4_BYTES, png

pytestmark = pytest.mark.anyio

MIB = 1024 * 1024
VOICE = "1bd001e7e50f421d891986aad5158bc8"
PORTRAIT = png("portrait", 512, 512)


@pytest.fixture(scope="module")
def shared_mock() -> MockHeyGen:
    return MockHeyGen(strict_responses=True, spool_bytes=MIB)


def made(mock: MockHeyGen) -> dict[str, set[str]]:
    """The ids the mock holds, by kind."""
    state = mock.state
    return {
        "assets": set(state.assets) | set(state.direct_uploads),
        "avatars": set(state.avatar_groups) | set(state.avatar_looks),
        "videos": set(state.videos),
        "endpoints": set(state.webhook_endpoints),
    }


# Each create: (what it calls, how many requests one run sends, and its progress callback's name)
Create = Callable[[Any, Path, Any], Any]
CREATES: dict[str, tuple[Create, int, str | None]] = {
    "assets.upload direct": (
        lambda client, tmp, progress: client.assets.upload(
            io.BytesIO(MP4_BYTES), direct=True, on_progress=progress
        ),
        3,  # announce, PUT, complete
        "on_progress",
    ),
    "avatars.create_digital_twin from 33 MB": (
        lambda client, tmp, progress: client.avatars.create_digital_twin(
            name="Me", footage=footage(tmp / "me.mp4", 33 * MIB), on_upload_progress=progress
        ),
        4,  # announce, PUT, complete, POST /v3/avatars
        "on_upload_progress",
    ),
    "videos.create_from_image": (
        lambda client, tmp, progress: client.videos.create_from_image(
            photo=PORTRAIT, script="Hi!", voice_id=VOICE
        ),
        2,  # POST /v3/assets, POST /v3/videos
        None,
    ),
    "webhooks.create": (
        lambda client, tmp, progress: client.webhooks.create("https://hooks.example.com/h"),
        1,
        None,
    ),
}


def check_named(
    report: InterruptReport, mock: MockHeyGen, before: dict[str, set[str]], *, lost: str | None = None
) -> None:
    """Every id the mock made since ``before`` is in the report's text (its ``created`` or ``result``);
    ``lost``: the ids of that kind may be missing, but then the report says a request was in flight."""
    text = str(report)
    for kind, ids in made(mock).items():
        missing = {i for i in ids - before[kind] if i not in text}
        if missing and kind == lost:
            assert report.in_flight is not None, (kind, missing, text)
            continue
        assert not missing, (kind, missing, text)


def lost_kind(name: str, at: int, requests: int) -> str:
    """What the request at ``at`` makes: its answer is what a Ctrl-C there loses."""
    if name == "webhooks.create":
        return "endpoints"
    if name == "videos.create_from_image":
        return "assets" if at == 1 else "videos"
    return "avatars" if at == requests and name.startswith("avatars") else "assets"


CASES = [(name, at) for name, (_, requests, _) in CREATES.items() for at in range(1, requests + 1)]


@pytest.mark.parametrize(("name", "at"), CASES, ids=[f"{n}-{a}" for n, a in CASES])
async def test_interrupted_at_every_request(
    face: str, mock: MockHeyGen, tmp_path: Path, name: str, at: int
) -> None:
    create, requests, _ = CREATES[name]
    transport = Interrupting(mock, at)
    client = client_of(face, transport)
    before = made(mock)  # (the mock's public avatars)
    if face == "sync":
        with pytest.raises(KeyboardInterrupt) as caught:
            create(client, tmp_path, None)
        interrupt: BaseException = caught.value
    else:
        transport.task = asyncio.ensure_future(create(client, tmp_path, None))
        with pytest.raises(asyncio.CancelledError) as cancelled:
            await transport.task
        interrupt = cancelled.value
    report = interrupt_report(interrupt)
    assert isinstance(report, InterruptReport), (interrupt, report)
    assert any(str(report) in note for note in interrupt.__notes__)
    if face == "sync":
        check_named(report, mock, before, lost=lost_kind(name, at, requests))
    else:  # a cancellation lets a create finish: nothing made is unnamed
        check_named(report, mock, before)
    if name != "webhooks.create":  # (a create with nothing before it has nothing to list)
        announced = set(mock.state.direct_uploads)
        answer_lost = face == "sync" and at == 1  # the announce's own answer: its id is in_flight
        for asset_id in announced if report.result is None and not answer_lost else ():
            # an upload not completed says how far it got and how to finish it
            (entry,) = [item for item in report.created if asset_id in item]
            assert entry == f"asset {asset_id}" or "direct upload" in entry
            if at > 2 and entry != f"asset {asset_id}":  # its PUT's answer came: its bytes are stored
                assert f"client.assets.complete({asset_id!r})" in entry


class Stop(Exception):
    """The caller's own error, raised from its progress callback."""


PROGRESSING = [(name, spec) for name, spec in CREATES.items() if spec[2] is not None]


@pytest.mark.parametrize("interrupt", [KeyboardInterrupt, Stop])
@pytest.mark.parametrize(("name", "spec"), PROGRESSING, ids=[name for name, _ in PROGRESSING])
async def test_interrupted_by_the_progress_callback_at_every_event(
    face: str, mock: MockHeyGen, tmp_path: Path, name: str, spec: Any, interrupt: type
) -> None:
    create = spec[0]
    total: list[Any] = []
    clean = Interrupting(MockHeyGen(strict_responses=True, spool_bytes=MIB))
    if face == "sync":  # one run to count the events (the same on both faces)
        create(client_of(face, clean), tmp_path, total.append)
    else:
        await create(client_of(face, clean), tmp_path, total.append)
    assert len(total) >= 2
    for at in range(1, len(total) + 1):
        mock.reset()
        before = made(mock)

        def on_progress(event: Any, at: int = at, seen: list[Any] = []) -> None:  # noqa: B006 (per loop)
            seen.append(event)
            if len(seen) == at:
                raise interrupt("stop here")

        client = client_of(face, Interrupting(mock))
        with pytest.raises(interrupt) as caught:
            result = create(client, tmp_path, on_progress)
            if face == "async":
                await result
        report = interrupt_report(caught.value)
        assert isinstance(report, InterruptReport), (at, report)
        check_named(report, mock, before)
        assert set(mock.state.direct_uploads), "every progress event comes after the upload's announce"
