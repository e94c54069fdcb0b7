"""Batch runs: every row checked before anything is sent, rows run under the cap, a per-row results line,
and a journal from which the same call resumes without redoing or paying twice."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
from heygen_avatars import AsyncHeyGen, BatchProgress, HeyGen, LimiterError, ManifestError
from heygen_avatars._core.limiter import LocalLimiter
from heygen_avatars.errors import InterruptReport, interrupt_report
from heygen_avatars.mock import Fault, MockHeyGen
from heygen_avatars.mock.transports import MockHeyGenTransport

VOICE = "1bd001e7e50f421d891986aad5158bc8"
PHOTO_FIELDS = {
    "name": "Lina", "age": "Young Adult", "gender": "Woman", "ethnicity": "Asian American",
    "orientation": "horizontal", "pose": "half_body", "style": "Realistic", "appearance": "A smile",
}  # fmt: skip


def video(key: str, **args: Any) -> dict[str, Any]:
    return {
        "key": key,
        "op": "videos.create",
        "args": {"avatar_id": "public_look_0", "script": key, "voice_id": VOICE, "title": key, **args},
    }


def avatar(key: str) -> dict[str, Any]:
    return {
        "key": key,
        "op": "avatars.create_from_photo",
        "args": {"name": key, "url": "https://example.com/f.png"},
    }


def photos(key: str) -> dict[str, Any]:
    return {"key": key, "op": "photo_avatars.generate_photos", "args": {**PHOTO_FIELDS, "name": key}}


def write(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows))
    return path


def client_for(mock: MockHeyGen, **options: Any) -> HeyGen:
    return HeyGen(
        api_key=mock.api_key, transport=mock.transport(), clock=mock.clock, rng=random.Random(5), **options
    )


def results(path: Path) -> dict[str, dict[str, Any]]:
    return {line["key"]: line for line in map(json.loads, path.read_text().splitlines())}


def posts(mock: MockHeyGen) -> int:
    return sum(1 for entry in mock.journal if entry.method == "POST")


def test_a_mixed_manifest_runs_under_the_cap_and_reports_every_id(tmp_path: Path) -> None:
    rows = [
        video(f"v{i}") if i % 3 == 0 else avatar(f"a{i}") if i % 3 == 1 else photos(f"g{i}")
        for i in range(24)
    ]
    manifest = write(tmp_path / "jobs.jsonl", rows)
    mock = MockHeyGen(api_key="k", seed=1)
    seen: list[BatchProgress] = []
    summary = client_for(mock, max_concurrent_jobs=4).batch(
        manifest, out=tmp_path / "out.jsonl", on_progress=seen.append
    )
    assert summary.ok and summary.counts == {"succeeded": 24} and summary.total == 24
    assert not any(entry.status == 429 for entry in mock.journal)
    lines = results(tmp_path / "out.jsonl")
    assert set(lines) == {row["key"] for row in rows}
    state = mock.state
    for row in rows:
        ids = lines[row["key"]]["ids"]
        made = ids.get("video_id") or ids.get("look_id") or ids.get("generation_id")
        assert made in state.videos or made in state.avatar_looks or made in state.generations
    assert len(state.videos) == 8 and len(state.generations) == 8
    assert seen[-1].done == 24 and seen[-1].queued == 0 and seen[-1].total == 24
    assert Path(str(manifest) + ".journal.sqlite").exists()  # beside the manifest by default


def test_a_manifest_with_bad_rows_is_refused_naming_each_and_nothing_is_sent(tmp_path: Path) -> None:
    rows = [
        video("ok"),
        video("no-voice", voice_id=None),
        {"key": "ok", "op": "videos.create", "args": {"avatar_id": "a", "script": "x", "voice_id": VOICE}},
        "not json at all",
        {"key": "weird", "op": "videos.explode", "args": {}},
        {
            "key": "extra",
            "op": "videos.create",
            "args": {"avatar_id": "a", "script": "x", "voice_id": VOICE, "colour": "red"},
        },
        {"key": "", "op": "videos.create", "args": {}},
        {"key": "no-name", "op": "avatars.create_from_photo", "args": {"url": "https://e.com/x.png"}},
        {"key": "bad-age", "op": "photo_avatars.generate_photos", "args": {**PHOTO_FIELDS, "age": "Ancient"}},
    ]
    manifest = write(tmp_path / "bad.jsonl", rows)
    mock = MockHeyGen(api_key="k")
    with pytest.raises(ManifestError) as caught:
        client_for(mock).batch(manifest, out=tmp_path / "out.jsonl")
    named = {(p.line, p.key, p.field) for p in caught.value.problems}
    assert named == {
        (2, "no-voice", "args.voice_id"),
        (3, "ok", "key"),
        (4, None, "line"),
        (5, "weird", "op"),
        (6, "extra", "args.colour"),
        (7, None, "key"),
        (8, "no-name", "args.name"),
        (9, "bad-age", "args.age"),
    }
    assert "nothing was sent" in str(caught.value) and "line 9, key 'bad-age': args.age" in str(caught.value)
    assert len(mock.journal) == 0
    assert not (tmp_path / "bad.jsonl.journal.sqlite").exists() and not (tmp_path / "out.jsonl").exists()


def test_skip_invalid_runs_the_good_rows_and_reports_the_bad(tmp_path: Path) -> None:
    manifest = write(
        tmp_path / "m.jsonl", [video("good"), {"key": "bad", "op": "nope", "args": {}}, video("good2")]
    )
    mock = MockHeyGen(api_key="k")
    summary = client_for(mock).batch(manifest, out=tmp_path / "out.jsonl", skip_invalid=True)
    assert summary.counts == {"succeeded": 2, "invalid": 1} and not summary.ok
    lines = results(tmp_path / "out.jsonl")
    assert lines["bad"]["status"] == "invalid" and "op" in lines["bad"]["error"]
    assert len(mock.state.videos) == 2


def test_the_same_call_again_redoes_nothing(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.jsonl", [video(f"v{i}") for i in range(5)])
    mock = MockHeyGen(api_key="k")
    client_for(mock).batch(manifest, out=tmp_path / "out.jsonl")
    before = len(mock.journal)
    summary = client_for(mock).batch(manifest, out=tmp_path / "out.jsonl")
    assert summary.counts == {"succeeded": 5}
    assert len(mock.journal) == before  # not even a read
    assert len(results(tmp_path / "out.jsonl")) == 5


def journal_of(manifest: Path) -> sqlite3.Connection:
    return sqlite3.connect(str(manifest) + ".journal.sqlite", isolation_level=None)


def test_a_create_that_may_have_been_sent_is_resent_with_its_key_and_replayed(tmp_path: Path) -> None:
    """A crash between sending a v3 create and journaling its answer: the rerun sends the same
    Idempotency-Key, HeyGen replays its first answer, and there is still one video."""
    manifest = write(tmp_path / "m.jsonl", [video("v1")])
    mock = MockHeyGen(api_key="k")
    client_for(mock).batch(manifest)
    (video_id,) = mock.state.videos
    db = journal_of(manifest)  # the journal as a crash right after the send would have left it
    db.execute("UPDATE rows SET state = 'sending', job_id = NULL, ids = NULL, status = NULL")
    db.close()
    summary = client_for(mock).batch(manifest, out=tmp_path / "out.jsonl")
    assert summary.ok and list(mock.state.videos) == [video_id]
    assert results(tmp_path / "out.jsonl")["v1"]["ids"] == {"video_id": video_id}
    assert any("idempotent_replay" in entry.faults for entry in mock.journal)


def test_a_running_job_is_picked_up_by_its_id(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.jsonl", [video("v1")])
    mock = MockHeyGen(api_key="k")
    client_for(mock).batch(manifest)
    (video_id,) = mock.state.videos
    db = journal_of(manifest)
    db.execute("UPDATE rows SET state = 'running', status = NULL")
    db.close()
    creates = posts(mock)
    summary = client_for(mock).batch(manifest)
    assert summary.ok and posts(mock) == creates and list(mock.state.videos) == [video_id]


def test_a_v2_generation_that_may_have_been_sent_is_reported_not_resent(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.jsonl", [photos("g1")])
    mock = MockHeyGen(api_key="k")
    db = journal_of(manifest)
    client_for(mock).batch(manifest)
    db.execute("UPDATE rows SET state = 'sending', status = NULL")
    creates = posts(mock)
    summary = client_for(mock).batch(manifest, out=tmp_path / "out.jsonl")
    assert summary.counts == {"unresolved": 1} and posts(mock) == creates
    assert "no way to look it up" in results(tmp_path / "out.jsonl")["g1"]["error"]


def test_a_training_that_may_have_been_sent_is_looked_up(tmp_path: Path) -> None:
    mock = MockHeyGen(api_key="k")
    client = client_for(mock)
    key = client.photo_avatars.upload_photo(png_bytes()).image_key
    group = client.photo_avatars.create_group(name="G", image_key=key)
    mock.complete_job(group.look.id)
    manifest = write(
        tmp_path / "m.jsonl",
        [{"key": "t", "op": "photo_avatars.train", "args": {"group_id": group.group_id}}],
    )
    client_for(mock).batch(manifest)
    db = journal_of(manifest)
    db.execute("UPDATE rows SET state = 'sending', status = NULL")
    trains = sum(1 for e in mock.journal if e.operation == "train-photo-avatar-group")
    assert client_for(mock).batch(manifest).ok
    assert sum(1 for e in mock.journal if e.operation == "train-photo-avatar-group") == trains


def png_bytes() -> bytes:
    from heygen_avatars.mock.media import png

    return png("batch", 512, 512)


def test_a_changed_row_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.jsonl", [video("v1")])
    mock = MockHeyGen(api_key="k")
    client_for(mock).batch(manifest)
    write(manifest, [video("v1", script="something else")])
    sent = len(mock.journal)
    with pytest.raises(ManifestError, match="changed since this journal was written"):
        client_for(mock).batch(manifest)
    assert len(mock.journal) == sent


def test_a_refused_create_ends_its_row_in_error_and_the_others_go_on(tmp_path: Path) -> None:
    manifest = write(
        tmp_path / "m.jsonl", [video("v1"), video("missing", avatar_id="no_such_look"), video("v2")]
    )
    mock = MockHeyGen(api_key="k")
    summary = client_for(mock).batch(manifest, out=tmp_path / "out.jsonl")
    assert summary.counts == {"succeeded": 2, "error": 1}
    assert "no_such_look" in results(tmp_path / "out.jsonl")["missing"]["error"]


def test_a_lost_answer_in_a_batch_ends_in_one_job(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.jsonl", [video(f"v{i}") for i in range(3)])
    mock = MockHeyGen(api_key="k")
    mock.faults.push("createVideo", Fault.timeout(), Fault.reset(after_handling=True), Fault.truncated_json())
    summary = client_for(mock).batch(manifest)
    assert summary.ok and len(mock.state.videos) == 3


def test_a_row_sent_again_after_the_sdk_s_retries_keeps_its_keys(tmp_path: Path) -> None:
    # every answer lost until the SDK gives up: the row sends its create again itself, with the same key
    manifest = write(tmp_path / "m.jsonl", [video("v1")])
    mock = MockHeyGen(api_key="k")
    mock.faults.push("createVideo", *[Fault.timeout()] * 4)  # 3 tries of the call, then one of the row
    keys: list[str | None] = []
    mock.response_hooks.append(
        lambda request, operation, response: (
            keys.append(request.headers.get("idempotency-key"))
            if operation.template == "/v3/videos" and request.method == "POST"
            else None
        )
    )
    summary = client_for(mock).batch(manifest, out=tmp_path / "out.jsonl")
    assert summary.ok and len(mock.state.videos) == 1
    assert len(keys) == 5 and len(set(keys)) == 1 and keys[0]
    (video_id,) = mock.state.videos
    assert results(tmp_path / "out.jsonl")["v1"]["ids"]["video_id"] == video_id


@pytest.mark.anyio
async def test_the_async_client_runs_the_same_batch(tmp_path: Path) -> None:
    manifest = write(
        tmp_path / "m.jsonl", [video(f"v{i}") for i in range(6)] + [avatar(f"a{i}") for i in range(6)]
    )
    mock = MockHeyGen(api_key="k")
    seen: list[BatchProgress] = []

    async def report(progress: BatchProgress) -> None:
        seen.append(progress)

    async with AsyncHeyGen(
        api_key="k", transport=mock.transport(), clock=mock.clock, max_concurrent_jobs=3
    ) as client:
        summary = await client.batch(manifest, out=tmp_path / "out.jsonl", on_progress=report)
    assert summary.counts == {"succeeded": 12}
    assert len(results(tmp_path / "out.jsonl")) == 12 and seen[-1].done == 12


def test_rows_as_a_list_run_with_a_journal_in_memory() -> None:
    mock = MockHeyGen(api_key="k")
    summary = client_for(mock).batch([video("v1"), avatar("a1")])
    assert summary.ok and summary.journal == ":memory:" and summary.results is None


def test_a_photo_avatar_workflow_row_runs_and_records_every_id(tmp_path: Path) -> None:
    (tmp_path / "face.png").write_bytes(png_bytes())
    row = {
        "key": "w",
        "op": "create_photo_avatar",
        "args": {"name": "Sylvia", "photos": ["face.png"], "looks": ["Office"]},
    }
    manifest = write(tmp_path / "m.jsonl", [row])
    mock = MockHeyGen(api_key="k")
    summary = client_for(mock).batch(manifest, out=tmp_path / "out.jsonl")
    assert summary.ok
    ids = results(tmp_path / "out.jsonl")["w"]["ids"]
    assert ids["group_id"] in mock.state.photo_groups and ids["trained"] is True
    assert len(ids["generated_look_ids"]) == 4


def test_429s_from_a_smaller_real_cap_put_rows_back_in_line_and_each_makes_one_job(tmp_path: Path) -> None:
    manifest = write(
        tmp_path / "m.jsonl", [video(f"v{i}") for i in range(8)] + [photos(f"g{i}") for i in range(4)]
    )
    mock = MockHeyGen(api_key="k", max_concurrent_jobs=2)  # someone else holds the rest of the key's cap
    summary = client_for(mock, max_concurrent_jobs=10).batch(manifest)
    assert summary.ok and summary.throttled >= 1
    assert len(mock.state.videos) == 8 and len(mock.state.generations) == 4


def test_without_a_limiter_a_create_is_journaled_before_it_is_sent(tmp_path: Path) -> None:
    """max_concurrent_jobs=0 (no limiter): the journal must still say ``sending`` before a create goes, or
    a crash between the send and the answer leaves the row ``pending`` and the rerun pays for it again."""
    manifest = write(tmp_path / "m.jsonl", [photos("g1")])
    mock = MockHeyGen(api_key="k")
    seen: list[tuple[str, int]] = []

    def at_create(request: Any, operation: Any, response: Any) -> None:
        if request.method == "POST" and "generate" in operation.template:
            db = journal_of(manifest)
            seen.append(db.execute("SELECT state, attempt FROM rows").fetchone())
            db.close()

    mock.response_hooks.append(at_create)
    client_for(mock, max_concurrent_jobs=0).batch(manifest)
    assert seen == [("sending", 1)]
    db = journal_of(manifest)  # the journal as a kill right after that send would have left it
    db.execute("UPDATE rows SET state = ?, attempt = ?, job_id = NULL, ids = NULL, status = NULL", seen[0])
    db.close()
    creates = posts(mock)
    summary = client_for(mock, max_concurrent_jobs=0).batch(manifest)
    assert summary.counts == {"unresolved": 1} and posts(mock) == creates and len(mock.state.generations) == 1


def test_an_interrupted_batch_leaves_no_place_in_the_limiter_s_queue(tmp_path: Path) -> None:
    """Ctrl-C while a row waits for a slot: its ticket leaves the queue, so no slot is later granted to
    nobody (it would stay held until its TTL, blocking the client's later creates)."""
    manifest = write(tmp_path / "m.jsonl", [video(f"v{i}") for i in range(3)])
    mock = MockHeyGen(api_key="k")
    client = client_for(mock, max_concurrent_jobs=1)

    def interrupt(progress: BatchProgress) -> None:
        if progress.running:  # v0's job runs, v1 waits for its slot
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        client.batch(manifest, on_progress=interrupt)
    assert client.limiter is not None
    assert client.limiter.stats()["queued"] == 0
    (video_id,) = mock.state.videos
    mock.complete_job(video_id)
    client.jobs.get("video", video_id).wait()  # its slot frees
    assert client.limiter.stats()["held"] == 0


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.now += seconds


def test_a_slot_granted_to_a_parked_row_goes_back_when_the_batch_stops_before_it_runs() -> None:
    from heygen_avatars._core.flow import Admission, Now, Sleep
    from heygen_avatars._core.limiter import LocalLimiter
    from heygen_avatars.batch.scheduler import Task, run_many
    from heygen_avatars.jobs.admission import admit
    from heygen_avatars.jobs.kinds import get_job_kind

    limiter, clock = LocalLimiter(1), _Clock()
    kind = get_job_kind("video")

    def first() -> Any:  # takes the slot, then frees it (its create refused)
        lease = yield from admit(kind)
        yield Sleep(1.0)
        yield Admission("settle", (lease, (), kind.name, 0.0, None, False))

    def second() -> Any:  # parked behind `first`; granted when it frees the slot
        yield from admit(kind)
        yield Sleep(1.0)

    flows = iter([first(), second()])
    ended: list[str] = []

    def start() -> Task | None:
        flow = next(flows, None)
        return None if flow is None else Task(flow, lambda *_: ended.append("ended"))

    def tick() -> Any:
        if ended:  # the batch stops (Ctrl-C) right after `first` ended and `second` got its slot
            raise KeyboardInterrupt
        yield from ()

    flow = run_many(start, 2, tick)
    value: Any = None
    with pytest.raises(KeyboardInterrupt):
        while True:
            effect = flow.send(value)
            if isinstance(effect, Admission):
                value = getattr(limiter, effect.method)(clock, *effect.args)
            elif isinstance(effect, Now):
                value = clock.monotonic()
            else:
                value = None
                clock.sleep(effect.seconds)
    assert limiter.stats()["held"] == 0 and limiter.stats()["queued"] == 0


def test_a_row_moved_to_another_line_is_refused_before_anything_is_sent(tmp_path: Path) -> None:
    """The journal finds each row's arguments by its line: a row deleted above others (or rows swapped)
    must be refused, not run under another row's key while that row is never run."""
    manifest = write(tmp_path / "m.jsonl", [video("v0"), video("v1"), video("v2")])
    mock = MockHeyGen(api_key="k")

    def stop(progress: BatchProgress) -> None:
        raise KeyboardInterrupt  # before anything is sent

    with pytest.raises(KeyboardInterrupt):
        client_for(mock).batch(manifest, on_progress=stop)
    assert len(mock.journal) == 0
    write(manifest, [video("v0"), video("v2")])  # v1 deleted: v2 now on line 2, where v1 was
    with pytest.raises(ManifestError, match="line 2, key 'v2'"):
        client_for(mock).batch(manifest, out=tmp_path / "out.jsonl")
    assert len(mock.journal) == 0


@pytest.mark.parametrize("line_2", ["", json.dumps(video("v1", voice_id=None))])
def test_a_journaled_row_no_longer_runnable_does_not_stop_the_rows_after_it(
    tmp_path: Path, line_2: str
) -> None:
    """A row the journal has but the manifest no longer runs (blanked, or made invalid and skipped) is left
    as it stands; the rows after it still run, and nothing crashes halfway through the batch."""
    manifest = write(tmp_path / "m.jsonl", [video("v0"), video("v1"), video("v2")])
    mock = MockHeyGen(api_key="k")

    def stop(progress: BatchProgress) -> None:
        raise KeyboardInterrupt  # before anything is sent: every row pending in the journal

    with pytest.raises(KeyboardInterrupt):
        client_for(mock).batch(manifest, on_progress=stop)
    write(manifest, [video("v0"), line_2, video("v2")])
    client_for(mock).batch(manifest, out=tmp_path / "out.jsonl", skip_invalid=True)
    titles = sorted(v.title for v in mock.state.videos.values())
    assert titles == ["v0", "v2"]
    lines = results(tmp_path / "out.jsonl")
    assert lines["v0"]["status"] == lines["v2"]["status"] == "succeeded"


@pytest.mark.parametrize("first_run", ["interrupted", "finished"])
def test_a_journaled_row_made_invalid_is_reported_and_counted_once(tmp_path: Path, first_run: str) -> None:
    """With skip_invalid, a row the journal has whose manifest line is now invalid gets one results line and
    one count: ``invalid`` while nothing was sent for it, else what the journal knows (with its ids)."""
    manifest = write(tmp_path / "m.jsonl", [video("v0"), video("v1"), video("v2")])
    mock = MockHeyGen(api_key="k")

    def stop(progress: BatchProgress) -> None:
        raise KeyboardInterrupt  # before anything is sent: every row pending in the journal

    if first_run == "interrupted":
        with pytest.raises(KeyboardInterrupt):
            client_for(mock).batch(manifest, on_progress=stop)
    else:
        client_for(mock).batch(manifest)
    made = dict(mock.state.videos)
    write(manifest, [video("v0"), video("v1", voice_id=None), video("v2")])
    out = tmp_path / "out.jsonl"
    summary = client_for(mock).batch(manifest, out=out, skip_invalid=True)
    lines = [json.loads(text) for text in out.read_text().splitlines()]
    assert [line["key"] for line in lines] == ["v0", "v1", "v2"] and summary.total == 3
    if first_run == "interrupted":
        assert lines[1]["status"] == "invalid" and "voice_id" in lines[1]["error"]
        assert summary.counts == {"succeeded": 2, "invalid": 1}
    else:
        (v1,) = (video_id for video_id, made_video in made.items() if made_video.title == "v1")
        assert lines[1]["status"] == "succeeded" and lines[1]["ids"] == {"video_id": v1}
        assert summary.counts == {"succeeded": 3}


class _CtrlCAtCreate(MockHeyGenTransport):
    """Ctrl-C while a video create's answer is on its way (HeyGen made the video)."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method == "POST" and request.url.path == "/v3/videos":
            raise KeyboardInterrupt
        return response


def test_ctrl_c_while_a_batch_create_is_out_keeps_its_slot_counted(tmp_path: Path) -> None:
    """HeyGen may start the job whose answer a Ctrl-C cut off: its slot stays counted (as for a create
    outside a batch), so a limiter shared with other processes never lets them exceed the cap meanwhile."""
    manifest = write(tmp_path / "m.jsonl", [video("v0")])
    mock = MockHeyGen(api_key="k")
    client = HeyGen(api_key="k", transport=_CtrlCAtCreate(mock), clock=mock.clock, max_concurrent_jobs=2)
    with pytest.raises(KeyboardInterrupt) as caught:
        client.batch(manifest)
    assert len(mock.state.videos) == 1
    assert client.limiter is not None and client.limiter.stats()["held"] == 1
    report = interrupt_report(caught.value)
    assert isinstance(report, InterruptReport) and report.in_flight is not None


def test_a_keyed_row_whose_earlier_try_may_have_acted_stays_resumable_after_429s(tmp_path: Path) -> None:
    """The first try's answer is lost (HeyGen made the video), then HeyGen answers 429 until the row gives
    up: the row is left to the next run (not ended in ``error``), which resends its key and reports the
    video."""
    manifest = write(tmp_path / "m.jsonl", [video("v1")])
    mock = MockHeyGen(api_key="k")
    mock.faults.push("createVideo", Fault.reset(after_handling=True), *[Fault.rate_limited(0.0)] * 200)
    first = client_for(mock, max_retries=0).batch(manifest)
    assert first.counts == {"unresolved": 1} and len(mock.state.videos) == 1
    mock.faults.clear()
    out = tmp_path / "out.jsonl"
    assert client_for(mock).batch(manifest, out=out).ok
    (video_id,) = mock.state.videos
    assert results(out)["v1"]["ids"] == {"video_id": video_id}


class _BrokenLimiter(LocalLimiter):
    def acquire(self, *args: Any) -> Any:
        raise LimiterError("the shared limiter could not take a slot: Redis is down")


def test_a_keyed_row_that_may_have_been_sent_stays_resumable_after_a_local_failure(tmp_path: Path) -> None:
    """A row left ``sending`` by a crash, whose resend fails before it goes (the limiter's Redis is down):
    the next run still resends it with its key and reports the video an earlier run may have made."""
    manifest = write(tmp_path / "m.jsonl", [video("v1")])
    mock = MockHeyGen(api_key="k")
    client_for(mock).batch(manifest)
    (video_id,) = mock.state.videos
    db = journal_of(manifest)  # the journal as a crash right after the send would have left it
    db.execute("UPDATE rows SET state = 'sending', job_id = NULL, ids = NULL, status = NULL")
    db.close()
    broken = client_for(mock, limiter=_BrokenLimiter())
    assert broken.batch(manifest).counts == {"unresolved": 1}
    out = tmp_path / "out.jsonl"
    assert client_for(mock).batch(manifest, out=out).ok and list(mock.state.videos) == [video_id]
    assert results(out)["v1"]["ids"] == {"video_id": video_id}


def test_rows_left_unsettled_by_earlier_runs_are_read_a_page_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows earlier runs left ``sending`` or ``running`` (unresolved, timed out) pile up across reruns: the
    next run reads them a page at a time as rows go in flight, not all before the first starts (memory
    follows the rows in flight, not the manifest)."""
    from heygen_avatars.batch import journal as journal_module

    manifest = write(tmp_path / "m.jsonl", [photos(f"g{i}") for i in range(600)])
    mock = MockHeyGen(api_key="k")

    def stop(progress: BatchProgress) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        client_for(mock).batch(manifest, on_progress=stop)
    db = journal_of(manifest)  # as earlier runs that could not settle any of them would have left it
    db.execute("UPDATE rows SET state = 'sending', attempt = 1, status = 'unresolved'")
    db.close()
    made = [0]
    read_row = journal_module._row

    def counted(values: Any) -> Any:
        made[0] += 1
        return read_row(values)

    monkeypatch.setattr(journal_module, "_row", counted)
    read: list[int] = []

    def first(progress: BatchProgress) -> None:
        read.append(made[0])
        raise KeyboardInterrupt  # the first row is in flight

    with pytest.raises(KeyboardInterrupt):
        client_for(mock).batch(manifest, on_progress=first, max_in_flight=1)
    assert read and read[0] <= 256


def test_a_resend_with_the_same_key_keeps_the_time_of_its_first_send(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # HeyGen keeps an Idempotency-Key for 24 hours from its first use: a resend of the same attempt must not
    # move the time the key's lifetime is counted from, or a row resent near that limit looks fresh.
    from heygen_avatars.batch import journal as journal_module

    clock = [1_000_000.0]
    monkeypatch.setattr(journal_module.time, "time", lambda: clock[0])
    journal = journal_module.Journal(tmp_path / "j.sqlite")
    journal.add_rows(iter([(1, "k1", "videos.create", "d1")]))
    journal.sending(1, new_attempt=True)
    clock[0] += 20 * 3600
    journal.sending(1, new_attempt=False)  # the same attempt (same key) sent again, 20 hours on
    (row,) = journal.rows(["sending"])
    assert row.sent_at == 1_000_000.0 and row.attempt == 1
    journal.sending(1, new_attempt=True)  # a new attempt has a new key: its lifetime starts now
    (row,) = journal.rows(["sending"])
    assert row.sent_at == clock[0] and row.attempt == 2
    journal.close()
