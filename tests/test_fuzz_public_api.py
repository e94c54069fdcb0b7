"""Every public method of both clients, called with arbitrary values for every argument (hypothesis).

Whatever it is given, a method raises only the SDK's own exceptions (`HeyGenError`), and input it refuses
(`InputValidationError`) is refused before any request: a recording transport sees none. Each argument is
left out, given a valid value, or given an arbitrary one (None, numbers, NaN, text with unpaired
surrogates, path-changing ids, bytes, nested lists and dicts, objects, tampered resume tokens...), so that
checks deep in a method are reached as well as the first. The server answers every request with a 500.

The methods are found on the objects (as tests/test_api_md.py finds the public surface), so a method added
later is fuzzed without being listed here.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import math
import os
import random
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import API_KEY, FakeClock
from heygen_avatars import (
    AsyncHeyGen,
    AsyncJob,
    HeyGen,
    HeyGenError,
    InputValidationError,
    Job,
    WebhookEvent,
)
from heygen_avatars.mock.media import png
from heygen_avatars.resources.webhooks.signatures import sign
from hypothesis import HealthCheck, given, seed, settings, strategies as st
from test_api_md import NAMESPACES, public_members

# CI runs a modest, fixed set of examples; a longer hunt: HEYGEN_FUZZ_EXAMPLES=2000 HEYGEN_FUZZ_SEED=1
EXAMPLES = int(os.environ.get("HEYGEN_FUZZ_EXAMPLES", "25"))
PHOTO = png("fuzz", 512, 512)
KEY = "image/k1/original"
JOB_TOKEN = json.dumps(
    {"heygen_avatars_job": 1, "kind": "video", "id": "v1", "base_url": "https://api.heygen.com",
     "created_at": 1.0, "context": {}}
)  # fmt: skip
WORKFLOW_TOKEN = json.dumps(
    {
        "heygen_avatars_workflow": 3,
        "workflow": "create_photo_avatar",
        "base_url": "https://api.heygen.com",
        "plan": {
            "name": "Lina", "photo_digests": [], "image_keys": [KEY], "generation_id": None, "looks": [],
        },
        "progress": {
            "asset_ids": [], "uploaded_keys": [], "groups_before": [], "group_id": "g1", "look_ids": ["g1"],
            "look_keys": [KEY], "looks_ready": False, "train_attempted": False, "trained": False,
            "generation_ids": [], "generation_sent": [], "generated_image_keys": [], "generated_look_ids": [],
            "looks_generated": False, "sending": "train",
        },
    }
)  # fmt: skip

SECRET = "whsec_fuzz_0123456789abcdef"
BODY = json.dumps({"event_type": "avatar_video.success", "event_data": {"video_id": "v1"}}).encode()
SIGNED = {"x-heygen-signature": sign(BODY, SECRET), "heygen-event-id": "evt_1"}  # (a shape with no time)


def _ignore(value: object) -> None:
    """A callback that takes anything."""


# a valid value for each parameter, by name (then by method where one name means two things)
VALID: dict[str, Any] = {
    "name": "Lina", "age": "Young Adult", "gender": "Woman", "ethnicity": "White", "orientation": "square",
    "pose": "half_body", "style": "Realistic", "appearance": "A person", "generation_id": "gen1",
    "photo": PHOTO, "photos": [PHOTO], "source": PHOTO, "image_key": KEY, "image_keys": [KEY],
    "group_id": "g1", "look_id": "l1", "video_id": "v1", "job_id": "v1", "avatar_id": "l1", "video": "v1",
    "prompt": "Office", "url": "https://cdn.example.com/a.png", "script": "Hi!", "voice_id": "v1",
    "kind": "video", "token": JOB_TOKEN, "limit": 5, "max_items": 3, "timeout": 60,
    "endpoint_id": "we1", "entity_id": "v1", "events": ["avatar_video.success"], "payload": BODY,
    "event_type": "avatar_video.success", "headers": SIGNED, "secret": SECRET, "on_progress": _ignore,
    "on_upload_progress": _ignore, "on_event": _ignore, "filename": "me.png", "title": "Hello",
    "callback_url": "https://hooks.example.com/cb", "callback_id": "cb1", "motion_prompt": "nods",
    "expressiveness": "high", "background": "#ffffff", "voice_settings": {"speed": 1.0},
    "event": WebhookEvent.from_raw(json.loads(BODY), event_id="evt_1", signed=True),
    "manifest": [
        {"key": "r1", "op": "videos.create", "args": {"avatar_id": "l1", "script": "Hi!", "voice_id": "v1"}},
        {"key": "r2", "op": "photo_avatars.train", "args": {"group_id": "g1"}},
    ],
    "wait_timeout": 60, "max_in_flight": 2,
}  # fmt: skip
VALID_FOR: dict[tuple[str, str], Any] = {
    ("resume_photo_avatar", "token"): WORKFLOW_TOKEN,
    ("create_photo_avatar", "photos"): [PHOTO],
    ("generation_job", "kind"): "look_generation",
    ("rename_look", "name"): "Office look",
    ("list_groups", "token"): None,
    ("list_looks", "token"): None,
    ("list", "token"): None,
    ("list", "gender"): None,
    ("create_digital_twin", "url"): "https://cdn.example.com/me.mp4",
    ("download", "to"): None,
    ("with_options", "timeout"): 30,
    ("complete", "asset_id"): "a1",
    ("get", "asset_id"): "a1",
    ("create_from_image", "url"): None,
    ("upload", "filename"): "me.png",
    ("upload", "photo"): True,
}

HOSTILE_TEXT = [
    ".", "..", "/", "", " ", "a/b", "../x", "%2e%2e", "a?b", "a#b", "\x00", "\n", "\ud800", "a\udfffb",
    "https://x", "http://", "ftp://x/a", "javascript:x", "-1", "nan", "é" * 3, "x" * 5000,
]  # fmt: skip
# text of every kind, unpaired surrogates (category Cs) and control characters included
CHARACTERS = st.one_of(
    st.characters(categories=["Cs"]),
    st.characters(categories=["Cc", "Zs", "Lu", "Ll", "Lo", "Nd", "Po", "Sm"]),
)
TEXT = st.one_of(st.sampled_from(HOSTILE_TEXT), st.text(CHARACTERS, min_size=1, max_size=8))
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    TEXT,
    st.binary(max_size=20),
    st.just(PHOTO),
    st.builds(object),
    st.just(math.pi),
)
# the values most likely to slip past a check, tried often
NASTY = st.sampled_from(
    [None, True, 0, -1, 2**70, 10**400, -(10**400), math.nan, math.inf, -0.0, b"", b"\xff\xfe", [], {}, (),
     PHOTO, object(), "\ud800", "a\udfffb", "k\udc80/original", *HOSTILE_TEXT]
)  # fmt: skip
ANY = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.tuples(inner, inner),
        st.dictionaries(TEXT, inner, max_size=3),
        st.frozensets(st.integers(), max_size=2),
    ),
    max_leaves=6,
)


def _near(valid: Any) -> st.SearchStrategy[Any]:
    """A valid value with one part made hostile: one list entry, one mapping value, or the text itself."""
    part = st.one_of(NASTY, TEXT)
    if isinstance(valid, list) and valid:
        return st.builds(lambda i, v: [*valid[:i], v, *valid[i + 1 :]], st.integers(0, len(valid) - 1), part)
    if isinstance(valid, dict) and valid:
        return st.builds(lambda k, v: {**valid, k: v}, st.sampled_from(sorted(valid)), part)
    if isinstance(valid, str):
        return st.one_of(TEXT, st.builds(lambda t: valid + t, TEXT))
    return ANY


def _tampered(token: str) -> st.SearchStrategy[str]:
    """A real token with one value replaced, or made huge or deep."""
    data = json.loads(token)
    paths: list[tuple[str, ...]] = []

    def walk(value: Any, path: tuple[str, ...]) -> None:
        paths.append(path)
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))

    walk(data, ())

    def replace(path: tuple[str, ...], value: Any) -> str:
        copy = json.loads(token)
        if not path:
            return json.dumps(value, default=repr)
        target = copy
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return json.dumps(copy, default=repr)

    return st.one_of(
        st.builds(replace, st.sampled_from(paths), ANY),
        st.just("[" * 100_000 + "]" * 100_000),
        st.just(json.dumps({"x": "y" * (2 * 1024 * 1024)})),
        st.just(token.replace('"v1"', '"\\ud800"').replace('"g1"', '"\\udc00"')),
    )


TOKENS = st.one_of(_tampered(JOB_TOKEN), _tampered(WORKFLOW_TOKEN))
OPTION_NAMES = ["timeout", "max_retries", "extra_headers", "request_timeout", "retries", "idempotency_key"]
OPTIONS = st.dictionaries(
    st.sampled_from(OPTION_NAMES),
    st.one_of(
        ANY,
        st.dictionaries(TEXT, TEXT, max_size=2),
        st.just({"x-api-key": "stolen"}),
        st.sampled_from(["order-42", "a" * 240, "a" * 241, "key with space", "k\u00e9y"]),
    ),
    max_size=2,
)


class Recorder:
    """Answers every request with a 500, and keeps them."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500, json={"error": {"code": "internal_error", "message": "fuzz"}})


def _methods() -> list[str]:
    """Every public method: the client's, each namespace's (and its raw twin's), a job handle's."""
    names = [m for m in public_members(HeyGen) if callable(getattr(HeyGen, m))]
    for namespace, (cls, _) in NAMESPACES.items():
        for member in sorted(public_members(cls)):
            if member == "with_raw_response":
                names += [f"{namespace}.with_raw_response.{m}" for m in _raw_members(namespace)]
            elif callable(getattr(cls, member)):
                names.append(f"{namespace}.{member}")
    names += [f"job.{m}" for m in public_members(Job) if callable(getattr(Job, m))]
    receiver = type(HeyGen(api_key=API_KEY).webhooks.receiver(SECRET))
    names += [f"receiver.{m}" for m in public_members(receiver) if callable(getattr(receiver, m))]
    return sorted(names)


def _raw_members(namespace: str) -> list[str]:
    raw = getattr(HeyGen(api_key=API_KEY), namespace).with_raw_response  # its methods are attributes
    return sorted(m for m in vars(raw) if not m.startswith("_") and callable(getattr(raw, m)))


METHODS = _methods()


def _target(client: Any, name: str) -> Callable[..., Any]:
    parts = name.split(".")
    if parts[0] in ("job", "receiver"):  # a job handle's method, a webhook receiver's
        owner: Any = client.jobs.get("video", "v1") if parts[0] == "job" else client.webhooks.receiver(SECRET)
        return getattr(owner, parts[-1])  # type: ignore[no-any-return]
    owner = client
    for part in parts[:-1]:
        owner = getattr(owner, part)
    return getattr(owner, parts[-1])  # type: ignore[no-any-return]


def _arguments(
    method_name: str, function: Callable[..., Any]
) -> st.SearchStrategy[tuple[list[Any], dict[str, Any]]]:
    """Positional and keyword arguments: one or two of them hostile (arbitrary, or a valid value with one
    part made hostile), the others valid (or their default), so that every check of a method is reached."""
    short = method_name.rsplit(".", 1)[-1]
    parameters = [p for p in inspect.signature(function).parameters.values() if p.kind is not p.VAR_KEYWORD]
    takes_options = any(p.kind is p.VAR_KEYWORD for p in inspect.signature(function).parameters.values())
    baseline: dict[str, Any] = {}
    hostile: dict[str, st.SearchStrategy[Any]] = {}
    for parameter in parameters:
        valid = VALID_FOR.get((short, parameter.name), VALID.get(parameter.name, inspect.Parameter.empty))
        if valid is inspect.Parameter.empty:
            valid = parameter.default if parameter.default is not parameter.empty else None
        baseline[parameter.name] = valid
        choices = [NASTY, _near(valid), ANY]
        if parameter.name == "token" or short == "resume":
            choices.append(TOKENS)
        hostile[parameter.name] = st.one_of(*choices)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[list[Any], dict[str, Any]]:
        names = [p.name for p in parameters]
        chosen = draw(st.sets(st.sampled_from(names), min_size=1, max_size=2)) if names else set()
        values = {name: draw(hostile[name]) if name in chosen else baseline[name] for name in names}
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for parameter in parameters:
            if parameter.kind is parameter.POSITIONAL_OR_KEYWORD and parameter.default is parameter.empty:
                args.append(values[parameter.name])
            elif parameter.name in chosen or parameter.default is parameter.empty or draw(st.booleans()):
                kwargs[parameter.name] = values[parameter.name]
        if takes_options and draw(st.booleans()):
            kwargs.update(draw(OPTIONS))
        return args, kwargs

    return build()


async def _call(
    face: str, method: str, args: list[Any], kwargs: dict[str, Any]
) -> tuple[BaseException | None, int]:
    recorder = Recorder()
    cls = HeyGen if face == "sync" else AsyncHeyGen
    client = cls(
        api_key=API_KEY, transport=httpx.MockTransport(recorder), clock=FakeClock(), rng=random.Random(0),
        max_retries=0,
    )  # fmt: skip
    try:
        result = _target(client, method)(*args, **kwargs)
        if inspect.isawaitable(result):
            result = await result
        if hasattr(result, "first_page"):  # a pager sends when it is read
            page = result.first_page()
            if inspect.isawaitable(page):
                await page
        repr(result)
    except BaseException as error:
        return error, len(recorder.requests)
    return None, len(recorder.requests)


@pytest.mark.parametrize("face", ["sync", "async"])
@pytest.mark.parametrize("method", METHODS)
def test_arbitrary_arguments_get_only_the_sdks_errors_and_refusals_send_nothing(
    face: str, method: str, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # (a path argument, e.g. a batch's out= or journal=, lands here)
    cls = HeyGen if face == "sync" else AsyncHeyGen
    # (a raw twin takes what its plain method takes: the plain method's signature says what)
    function = _target(cls(api_key=API_KEY), method.replace(".with_raw_response", ""))

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=not os.environ.get("HEYGEN_FUZZ_SEED"),
        suppress_health_check=list(HealthCheck),
    )
    @seed(int(os.environ.get("HEYGEN_FUZZ_SEED", "0")))
    @given(_arguments(method, function))
    def check(arguments: tuple[list[Any], dict[str, Any]]) -> None:
        args, kwargs = arguments
        error, sent = asyncio.run(_call(face, method, args, kwargs))
        if error is None:
            return
        assert isinstance(error, HeyGenError), (
            f"{method}(*{args!r:.300}, **{kwargs!r:.300}) raised {error!r:.500}"
        )
        if isinstance(error, InputValidationError):
            assert sent == 0, f"{method} sent {sent} request(s) before refusing: {error}"
        assert str(error)

    check()


def test_every_public_method_is_fuzzed() -> None:
    assert len(METHODS) > 50
    for namespace in NAMESPACES:
        assert any(m.startswith(f"{namespace}.") for m in METHODS)
    assert {"download", "with_options", "create_photo_avatar", "resume_photo_avatar", "job.result"} <= set(
        METHODS
    )
    # the newer surface: webhooks, users, talking photos, direct uploads, batch runs
    assert {
        "webhooks.create", "webhooks.update", "webhooks.delete", "webhooks.rotate_secret", "webhooks.list",
        "webhooks.list_events", "webhooks.list_event_types", "webhooks.unwrap", "webhooks.verify_signature",
        "webhooks.receiver", "webhooks.notify", "receiver.handle", "users.me", "videos.create_from_image",
        "assets.complete", "assets.get", "assets.upload", "avatars.create_digital_twin",
        "webhooks.with_raw_response.create", "users.with_raw_response.me",
        "batch",  # (and, below, the constructors' admission control and the idempotency keys)
    } <= set(METHODS)  # fmt: skip
    assert {"max_concurrent_jobs", "limiter"} <= set(inspect.signature(HeyGen).parameters)
    assert "idempotency_key" in OPTION_NAMES
    upload = inspect.signature(HeyGen(api_key=API_KEY).assets.upload).parameters
    twin = inspect.signature(HeyGen(api_key=API_KEY).avatars.create_digital_twin).parameters
    assert {"direct", "on_progress"} <= set(upload) and "on_upload_progress" in twin


CONSTRUCTOR = st.fixed_dictionaries(
    {},
    optional={
        name: st.one_of(ANY, st.just(None))
        for name in ("api_key", "base_url", "upload_base_url", "timeout", "max_retries", "default_headers",
                     "http_client", "transport", "clock", "rng", "retry_policy", "max_concurrent_jobs",
                     "limiter")
    },
)  # fmt: skip


@pytest.mark.parametrize("cls", [HeyGen, AsyncHeyGen])
@settings(max_examples=100, deadline=None, database=None, derandomize=True)
@given(kwargs=CONSTRUCTOR)
def test_the_constructors_take_anything_and_raise_only_the_sdks_errors(
    cls: type, kwargs: dict[str, Any]
) -> None:
    try:
        client = cls(**kwargs)
    except HeyGenError as error:
        assert str(error)
        return
    assert "***" in repr(client)
    for kwargs_copy in (
        {"timeout": kwargs.get("timeout")},
        {"default_headers": kwargs.get("default_headers")},
    ):
        with contextlib.suppress(HeyGenError):
            repr(client.with_options(**kwargs_copy))


def test_repr_of_a_half_built_client() -> None:
    for cls in (HeyGen, AsyncHeyGen):
        assert "not configured" in repr(object.__new__(cls))


@pytest.mark.anyio
async def test_jobs_of_the_other_face_or_kind_are_refused(face: str) -> None:
    recorder = Recorder()
    cls, other = (HeyGen, AsyncJob) if face == "sync" else (AsyncHeyGen, Job)
    client = cls(api_key=API_KEY, transport=httpx.MockTransport(recorder), clock=FakeClock())
    for jobs in ([object()], [other(client, client.jobs.get("video", "v1").ref)], "v1", None):
        with pytest.raises(InputValidationError):
            result = client.jobs.wait_all(jobs)
            if inspect.isawaitable(result):
                await result
    nothing = client.jobs.wait_all([])
    assert (await nothing if inspect.isawaitable(nothing) else nothing) == []
    for kind in ([], {}, None, "nope", "\ud800"):
        with pytest.raises(InputValidationError):
            client.jobs.get(kind, "v1")
    assert recorder.requests == []
