"""Smaller hardening findings, one test each: spending before refusing, false success, tolerance of what
HeyGen sends, ids that would change a path, hostile downloads."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import FakeClock, make_client, resolve
from heygen_avatars import (
    ErrorInfo,
    InputValidationError,
    JobState,
    ResponseValidationError,
    WaitTimeoutError,
)
from heygen_avatars.jobs.kinds import get_job_kind
from heygen_avatars.jobs.snapshot import snapshot_of
from heygen_avatars.mock.media import png

pytestmark = pytest.mark.anyio

PHOTO = png("hardening", 512, 512)


class Recorder:
    def __init__(self, answer: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.answer is not None:
            return self.answer(request)  # type: ignore[no-any-return]
        return httpx.Response(500, json={"error": {"code": "x", "message": "should not be sent"}})


# --- 3. every argument checked before the first request; remote sizes checked early --------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": math.nan},
        {"timeout": -1},
        {"looks": ["ok"], "pose": "lying"},
        {"on_progress": 3},
        {"request_timeout": 0},
        {"max_retries": -1},
        {"extra_headers": {"x": "\u00e9"}},
        {"name": "\ud800"},
    ],
)
async def test_create_photo_avatar_refuses_before_it_spends(
    face: str, clock: FakeClock, kwargs: dict[str, Any]
) -> None:
    recorder = Recorder()
    client = make_client(face, recorder, clock)
    arguments = {"name": "Sylvia", "photos": [PHOTO], **kwargs}
    with pytest.raises(InputValidationError):
        await resolve(client.create_photo_avatar(**arguments))
    assert recorder.requests == []


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A large body, served in chunks, counting what the client read."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.sent = 0

    def _chunks(self) -> Iterator[bytes]:
        chunk = b"\xff\xd8\xff" + b"\0" * (64 * 1024 - 3)
        while self.sent < self.size:
            self.sent += len(chunk)
            yield chunk

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks()

    async def __aiter__(self) -> Any:
        for chunk in self._chunks():
            yield chunk


@pytest.mark.parametrize("declared", [True, False])
async def test_a_photo_url_too_big_is_refused_early(face: str, clock: FakeClock, declared: bool) -> None:
    body = Body(500 * 1024 * 1024)
    headers = {"content-type": "image/jpeg", **({"content-length": str(body.size)} if declared else {})}
    recorder = Recorder(lambda request: httpx.Response(200, headers=headers, stream=body))
    client = make_client(face, recorder, clock)
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.photo_avatars.create_group(name="Big", url="https://cdn.example/big.jpg"))
    assert caught.value.field == "url" and "at most" in str(caught.value)
    assert len(recorder.requests) == 1  # the download only: nothing was uploaded or created
    assert body.sent <= (0 if declared else 11 * 1024 * 1024)  # the header, or just past the 10 MB limit


async def test_a_photo_url_is_checked_with_the_options_before_the_download(
    face: str, clock: FakeClock
) -> None:
    recorder = Recorder()
    client = make_client(face, recorder, clock)
    for kwargs in ({"url": 5}, {"url": "https://x.example/a.jpg", "timeout": 0}, {"url": "ftp://x/a.jpg"}):
        with pytest.raises(InputValidationError):
            await resolve(client.photo_avatars.create_group(name="Lina", **kwargs))
    assert recorder.requests == []


# --- 4. no false success -----------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "started"), [("empty", False), ("pending", True)])
async def test_train_after_an_empty_200_returns_a_job_only_if_training_runs(
    face: str, clock: FakeClock, status: str, started: bool
) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(200)  # an empty answer
        return httpx.Response(200, json={"error": None, "data": {"status": status}})

    client = make_client(face, Recorder(answer), clock)
    if started:
        job = await resolve(client.photo_avatars.train("g1"))
        assert job.id == "g1"
    else:
        with pytest.raises(ResponseValidationError) as caught:
            await resolve(client.photo_avatars.train("g1"))
        assert "no training running" in str(caught.value)
        assert any("may have acted" in note for note in caught.value.__notes__)


UNREADABLE = {
    "truncated": {"content": b'{"data": {"id": "l1", "sta'},
    "malformed": {"content": b"{data: nope}"},
    "html": {"content": b"<html><title>502</title></html>", "headers": {"content-type": "text/html"}},
    "empty": {},
    "error_envelope": {"json": {"error": {"message": "try again"}}},
}


@pytest.mark.parametrize("bad", sorted(UNREADABLE))
async def test_a_read_retries_an_unreadable_200(face: str, clock: FakeClock, bad: str) -> None:
    good = {"json": {"error": None, "data": {"id": "l1", "status": "completed"}}}
    answers = iter([UNREADABLE[bad], good])
    recorder = Recorder(lambda request: httpx.Response(200, **next(answers)))
    client = make_client(face, recorder, clock)
    look = await resolve(client.photo_avatars.get_look("l1"))
    assert look.id == "l1" and len(recorder.requests) == 2


# --- 5. tolerance ------------------------------------------------------------------------------------


@pytest.mark.parametrize("empty", [None, "", " ", {}, [], {"code": None, "message": None}, False, 0])
def test_an_empty_error_is_no_error(empty: Any) -> None:
    assert ErrorInfo.from_raw(empty) is None or empty == {"code": None, "message": None}
    snapshot = snapshot_of(get_job_kind("avatar"), "l1", {"status": "processing", "error": empty})
    assert snapshot.state is JobState.PENDING


async def test_an_empty_error_in_an_envelope_is_no_error(face: str, clock: FakeClock) -> None:
    for error in ({}, [], {"code": None, "message": None}):
        answer = {"error": error, "data": {"id": "l1", "status": "completed"}}
        client = make_client(face, Recorder(lambda request, a=answer: httpx.Response(200, json=a)), clock)
        assert (await resolve(client.photo_avatars.get_look("l1"))).id == "l1"


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("look", {"status": "moderation_rejected", "moderation_msg": "Nudity detected"}, "Nudity detected"),
        (
            "training",
            {"status": "failed", "error_msg": {"code": "E1", "message": "No face found"}},
            "No face",
        ),
        ("avatar", {"error": {"code": "training_failed", "message": "Too short"}}, "Too short"),
        ("avatar_group", {"error": [{"code": "x", "message": "Footage rejected"}]}, "Footage rejected"),
    ],
)
def test_a_failure_reaches_the_user_with_its_reason(kind: str, data: dict[str, Any], message: str) -> None:
    snapshot = snapshot_of(get_job_kind(kind), "j1", data)
    assert snapshot.state is JobState.FAILED
    assert snapshot.error_message is not None and message in snapshot.error_message


async def test_a_look_with_an_error_and_no_status_fails_its_wait_at_once(face: str, clock: FakeClock) -> None:
    body = {"data": {"id": "l1", "error": {"code": "x", "message": "Photo rejected"}}}
    recorder = Recorder(lambda request: httpx.Response(200, json=body))
    client = make_client(face, recorder, clock)
    with pytest.raises(Exception, match="Photo rejected"):
        await resolve(client.jobs.get("avatar", "l1").wait())
    assert len(recorder.requests) == 1


async def test_a_timeout_says_no_status_after_checks_not_unseen(face: str, clock: FakeClock) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": {"id": "v1"}}))
    client = make_client(face, recorder, clock)
    with pytest.raises(WaitTimeoutError) as caught:
        await resolve(client.jobs.get("video", "v1").wait(timeout=300))
    assert "not yet seen" not in str(caught.value) and "no status after" in str(caught.value)


# --- 6. ids that would change the path ---------------------------------------------------------------

HOSTILE_IDS = [".", "..", "/", "a/b", "../x", "%2e%2e", "a?b", "a#b", " ", "a b", "\x00", "\n", "é", "-a", ""]


@pytest.mark.parametrize("bad", HOSTILE_IDS)
async def test_ids_that_change_the_path_are_refused_before_any_request(
    face: str, clock: FakeClock, bad: str
) -> None:
    recorder = Recorder()
    client = make_client(face, recorder, clock)
    calls = [
        lambda: client.videos.delete(bad),
        lambda: client.videos.get(bad),
        lambda: client.avatars.delete_look(bad),
        lambda: client.avatars.get_look(bad),
        lambda: client.avatars.delete_group(bad),
        lambda: client.photo_avatars.get_look(bad),
        lambda: client.photo_avatars.delete_group(bad),
        lambda: client.photo_avatars.train(bad),
        lambda: client.jobs.get("video", bad),
        lambda: client.videos.job(bad),
        # the newer resources
        lambda: client.assets.get(bad),
        lambda: client.assets.complete(bad),
        lambda: client.webhooks.delete(bad),
        lambda: client.webhooks.rotate_secret(bad),
        lambda: client.webhooks.update(bad, url="https://hooks.example.com/h"),
        lambda: client.webhooks.create("https://hooks.example.com/h", entity_id=bad),
        lambda: client.webhooks.list_events(entity_id=bad),
        lambda: client.videos.create_from_image(asset_id=bad, script="Hi", voice_id="v1"),
        lambda: client.videos.create_from_image(
            url="https://cdn.example.com/p.png", script="Hi", voice_id=bad
        ),
        lambda: client.avatars.create_digital_twin(name="Me", asset_id=bad),
    ]
    for call in calls:
        with pytest.raises(InputValidationError):
            await resolve(call())
    assert recorder.requests == []


async def test_valid_ids_reach_their_own_path(face: str, clock: FakeClock) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": {"id": "x"}}))
    client = make_client(face, recorder, clock)
    for good in ("0b1b8dabd16f40a2b2ae6599790bba05", "Abigail_expressive_2024112501", "a.b-c:d~e"):
        await resolve(client.avatars.get_look(good))
        assert recorder.requests[-1].url.path == f"/v3/avatars/looks/{good}"


# --- 7. hostile downloads ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://cdn.example/..", "download.png"),
        ("https://cdn.example/%2e%2e/%2e%2e/etc", "etc.png"),
        ("https://cdn.example/a%2Fb%5Cc", "b_c.png"),
        ("https://cdn.example/" + "n" * 5000, "n" * 120 + ".png"),
        ("https://cdn.example/.hidden", "hidden.png"),
        ("https://cdn.example/x.part", "x.part"),
    ],
)
async def test_a_file_name_from_the_url_stays_in_the_directory(
    face: str, clock: FakeClock, tmp_path: Path, url: str, expected: str
) -> None:
    answer = Recorder(
        lambda request: httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png"})
    )
    client = make_client(face, answer, clock)
    written = await resolve(client.download(url, to=tmp_path))
    assert written == tmp_path / expected and written.read_bytes() == b"\x89PNG"
    assert [p.name for p in tmp_path.iterdir()] == [expected]  # no partial file left


@pytest.mark.parametrize("to", [0, 1.5, True, b"\xff", "a\x00b", "x" * 300, ["a"]])
async def test_a_bad_destination_is_refused_before_downloading(face: str, clock: FakeClock, to: Any) -> None:
    recorder = Recorder()
    client = make_client(face, recorder, clock)
    with pytest.raises(InputValidationError):
        await resolve(client.download("https://cdn.example/a.png", to=to))
    assert recorder.requests == []


# --- 7. tampered tokens are read whole before any use ------------------------------------------------

JOB_TOKEN = (
    '{"base_url":"https://api.heygen.com","context":{},"created_at":1.0,"heygen_avatars_job":1,'
    '"id":"v1","kind":"video"}'
)


def _workflow_token(**progress: Any) -> str:
    import json

    base = {
        "asset_ids": [None], "uploaded_keys": [None], "groups_before": [], "group_id": None, "look_ids": [],
        "look_keys": [], "looks_ready": False, "train_attempted": False, "trained": False,
        "generation_ids": [], "generation_sent": [], "generated_image_keys": [], "generated_look_ids": [],
        "looks_generated": False,
    }  # fmt: skip
    plan = {"name": "Lina", "photo_digests": ["0" * 64], "image_keys": [], "generation_id": None, "looks": []}
    return json.dumps(
        {"heygen_avatars_workflow": 2, "workflow": "create_photo_avatar", "base_url": "https://api.heygen.com",
         "plan": plan, "progress": {**base, **progress}}
    )  # fmt: skip


@pytest.mark.parametrize(
    "token",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"heygen_avatars_job": 1, "x": "' + "y" * (20 * 1024 * 1024) + '"}',
        JOB_TOKEN.replace('"v1"', '"\\ud800"'),
        JOB_TOKEN.replace('"v1"', '".."'),
        JOB_TOKEN.replace('"video"', "[]"),
        JOB_TOKEN.replace('"https://api.heygen.com"', "7"),
        JOB_TOKEN.replace("1.0", "1e999"),
    ],
    ids=["deep", "20MB", "surrogate", "dotdot", "kind-list", "base-int", "inf"],
)
async def test_a_tampered_job_token_is_refused_before_any_request(
    face: str, clock: FakeClock, token: str
) -> None:
    recorder = Recorder()
    client = make_client(face, recorder, clock)
    with pytest.raises(InputValidationError):
        await resolve(client.jobs.resume(token).wait())
    assert recorder.requests == []


@pytest.mark.parametrize(
    "token",
    [
        _workflow_token(group_id="g1", look_ids=[1, 2], look_keys=["k", "k"]),
        _workflow_token(group_id="g1", look_ids=["g1"], look_keys=["k"], trained="yes"),
        _workflow_token(uploaded_keys=["k"], asset_ids=[None], group_id=".."),
        _workflow_token(look_ids=["l1"], look_keys=["k"]),  # looks without a group
        _workflow_token(groups_before=[{"id": "g"}]),
        _workflow_token(asset_ids=[None, None]),
        "[" * 100_000 + "]" * 100_000,
        '{"heygen_avatars_workflow": 2, "x": "' + "y" * (20 * 1024 * 1024) + '"}',
    ],
)
async def test_a_tampered_workflow_token_is_refused_before_any_request(
    face: str, clock: FakeClock, token: str
) -> None:
    recorder = Recorder()
    client = make_client(face, recorder, clock)
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.resume_photo_avatar(token, photos=[PHOTO]))
    assert caught.value.field == "token"
    assert recorder.requests == []
