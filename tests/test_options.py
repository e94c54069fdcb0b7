"""Per-call options: every method that sends a request takes ``timeout=``, ``max_retries=`` and
``extra_headers=``, and they apply to that call only (to every request it makes).

The server here answers every request with a 429 (retried by every operation class), so the number of
requests a call sends is its retry budget plus one; each request's timeout and headers are recorded.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import make_client, resolve
from heygen_avatars import AsyncHeyGen, HeyGen, InputValidationError, RateLimitError
from test_files import png

pytestmark = pytest.mark.anyio

PHOTO = png(512, 512)
KEY = "image/k1/original"

# every request-sending method of every namespace, with valid arguments (names: the sync face's)
CALLS: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "photo_avatars.generate_photos": (
        (),
        dict(
            name="Lina",
            age="Young Adult",
            gender="Woman",
            ethnicity="White",
            orientation="square",
            pose="half_body",
            style="Realistic",
            appearance="A person",
        ),
    ),
    "photo_avatars.get_generation": (("gen1",), {}),
    "photo_avatars.upload_photo": ((PHOTO,), {}),
    "photo_avatars.create_group": ((), {"name": "Lina", "image_key": KEY}),
    "photo_avatars.add_looks": (("g1",), {"image_keys": [KEY]}),
    "photo_avatars.train": (("g1",), {}),
    "photo_avatars.training_status": (("g1",), {}),
    "photo_avatars.generate_looks": (
        ("g1",),
        {"prompt": "Office", "orientation": "square", "pose": "half_body", "style": "Realistic"},
    ),
    "photo_avatars.get_look": (("l1",), {}),
    "photo_avatars.list_groups": ((), {}),
    "photo_avatars.list_looks": (("g1",), {}),
    "photo_avatars.delete_look": (("l1",), {}),
    "photo_avatars.delete_group": (("g1",), {}),
    "photo_avatars.add_motion": (("l1",), {}),
    "photo_avatars.add_sound_effect": (("l1",), {}),
    "photo_avatars.upscale": (("l1",), {}),
    "avatars.create_from_photo": ((), {"name": "Sarah", "url": "https://cdn.example.com/sarah.png"}),
    "avatars.create_from_prompt": ((), {"name": "Sarah", "prompt": "Navy blazer"}),
    "avatars.create_digital_twin": ((), {"name": "Me", "url": "https://cdn.example.com/me.mp4"}),
    "avatars.request_consent": (("g1",), {}),
    "avatars.list_groups": ((), {}),
    "avatars.list_looks": ((), {}),
    "avatars.get_group": (("g1",), {}),
    "avatars.get_look": (("l1",), {}),
    "avatars.rename_look": (("l1", "Sarah, office"), {}),
    "avatars.delete_look": (("l1",), {}),
    "avatars.delete_group": (("g1",), {}),
    "assets.upload": ((PHOTO,), {}),
    "assets.complete": (("a1",), {}),
    "assets.get": (("a1",), {}),
    "videos.create": ((), {"avatar_id": "l1", "script": "Hi!", "voice_id": "v1"}),
    "videos.create_from_image": ((), {"photo": PHOTO, "script": "Hi!", "voice_id": "v1"}),
    "videos.get": (("v1",), {}),
    "videos.list": ((), {}),
    "videos.delete": (("v1",), {}),
    "videos.download": (("v1",), {}),
    "voices.list": ((), {}),
    "users.me": ((), {}),
}
# methods that send nothing: they only build job handles from ids
NO_REQUEST = {"look_job", "training_job", "generation_job", "job", "with_raw_response"}
NAMESPACES = ("photo_avatars", "avatars", "assets", "videos", "voices", "users")


class Recorder:
    """Answers 429 (retry at once) to everything, and keeps what was sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(
            429,
            headers={"retry-after": "0"},
            json={"error": {"code": "rate_limit_exceeded", "message": "no"}},
        )


def method_of(client: Any, name: str) -> Callable[..., Any]:
    namespace, method = name.split(".")
    return getattr(getattr(client, namespace), method)  # type: ignore[no-any-return]


async def send(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Call a method; a pager is iterated (that is when it sends)."""
    result = await resolve(method(*args, **kwargs))
    if hasattr(result, "first_page"):
        return await resolve(result.first_page())
    return result


def test_every_request_sending_method_is_covered() -> None:
    for cls in (HeyGen, AsyncHeyGen):
        client = cls(api_key="sk-test-0123456789abcdef")
        for namespace in NAMESPACES:
            public = {
                name
                for name, _ in inspect.getmembers(type(getattr(client, namespace)))
                if not name.startswith("_") and name not in NO_REQUEST
            }
            assert public == {n.split(".")[1] for n in CALLS if n.startswith(f"{namespace}.")}, namespace


@pytest.mark.parametrize("name", sorted(CALLS))
@pytest.mark.parametrize("retries", [0, 2])
async def test_each_method_sends_with_the_calls_timeout_retries_and_headers(
    face: str, name: str, retries: int
) -> None:
    recorder = Recorder()
    client = make_client(face, recorder, max_retries=5, timeout=30)
    args, kwargs = CALLS[name]
    with pytest.raises(RateLimitError):
        await send(
            method_of(client, name), *args, **kwargs, timeout=1.5, max_retries=retries,
            extra_headers={"X-Trace-Id": "t-1"},
        )  # fmt: skip
    assert len(recorder.requests) == retries + 1  # the first request of the call, and its retries
    for request in recorder.requests:
        assert request.extensions["timeout"] == {"connect": 1.5, "read": 1.5, "write": 1.5, "pool": 1.5}
        assert request.headers["x-trace-id"] == "t-1"
        assert request.headers["x-api-key"] == "sk-test-SECRET-0123456789abcdef"


async def test_options_apply_to_that_call_only(face: str) -> None:
    recorder = Recorder()
    client = make_client(face, recorder, max_retries=1, timeout=30)
    for options in ({"timeout": 2.0, "max_retries": 0, "extra_headers": {"x-a": "1"}}, {}):
        with pytest.raises(RateLimitError):
            await resolve(client.avatars.get_look("l1", **options))
    first, *rest = recorder.requests
    assert first.extensions["timeout"]["read"] == 2.0 and first.headers["x-a"] == "1"
    assert len(rest) == 2  # the client's own budget again: one retry
    for request in rest:
        assert request.extensions["timeout"]["read"] == 30.0 and "x-a" not in request.headers


async def test_extra_headers_cannot_replace_the_key(face: str) -> None:
    recorder = Recorder()
    client = make_client(face, recorder, max_retries=0)
    with pytest.raises(RateLimitError):
        await resolve(client.avatars.get_look("l1", extra_headers={"X-Api-Key": "stolen"}))
    assert recorder.requests[0].headers.get_list("x-api-key") == ["sk-test-SECRET-0123456789abcdef"]


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ({"timeout": 0}, "timeout"),
        ({"timeout": float("nan")}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"extra_headers": {"bad name": "x"}}, "extra_headers"),
        ({"extra_headers": {"x-a": "line\r\nbreak"}}, "extra_headers['x-a']"),
        ({"extra_headers": "x-a: 1"}, "extra_headers"),
        ({"retries": 3}, "retries"),
    ],
)
async def test_bad_options_are_refused_before_anything_is_sent(
    face: str, options: dict[str, Any], field: str
) -> None:
    recorder = Recorder()
    client = make_client(face, recorder)
    for name in ("avatars.get_look", "videos.list", "photo_avatars.train"):
        args, kwargs = CALLS[name]
        with pytest.raises(InputValidationError) as caught:
            await send(method_of(client, name), *args, **kwargs, **options)
        assert caught.value.field == field
    assert recorder.requests == []


def status_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, json={"data": {"id": "v1", "status": "completed", "video_url": "https://x/v.mp4"}}
    )


async def test_job_polls_take_request_options_and_waits_their_own_deadline(face: str) -> None:
    seen: list[httpx.Request] = []
    flaky = iter([httpx.Response(503, json={"error": {"code": "x", "message": "busy"}})])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return next(flaky, None) or status_answer(request)

    client = make_client(face, handler, max_retries=0)
    job = client.jobs.get("video", "v1")
    snapshot = await resolve(job.poll(timeout=4.0, max_retries=1, extra_headers={"x-b": "2"}))
    assert snapshot.status == "completed" and len(seen) == 2  # the 503, then its retry
    fresh = client.jobs.get("video", "v1")  # `job` has seen the end: it would not poll again
    video = await resolve(fresh.result(timeout=60, request_timeout=3.0, extra_headers={"x-c": "3"}))
    assert video.id == "v1"
    assert [r.extensions["timeout"]["read"] for r in seen] == [4.0, 4.0, 3.0]
    assert seen[0].headers["x-b"] == "2" and seen[2].headers["x-c"] == "3"
    with pytest.raises(InputValidationError) as caught:
        await resolve(job.wait(timeout=60, request_timeout=-1))
    assert caught.value.field == "timeout"
