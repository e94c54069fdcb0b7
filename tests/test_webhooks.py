"""``client.webhooks``: endpoints on the mock (both faces), verification of every signature shape HeyGen has
used, typed events, and the receiver's answers (verified, deduplicated, refused)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import resolve
from heygen_avatars import (
    AsyncHeyGen,
    AvatarVideoEvent,
    HeyGen,
    InputValidationError,
    InstantAvatarEvent,
    PhotoAvatarGenerationEvent,
    PhotoAvatarMotionEvent,
    PhotoAvatarTrainEvent,
    VideoTranslateEvent,
    WebhookEndpoint,
    WebhookEvent,
    WebhookVerificationError,
)
from heygen_avatars.jobs import token
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.resources.webhooks.signatures import sign
from hypothesis import given, settings, strategies as st

pytestmark = pytest.mark.anyio

SECRET = "whsec_test_0123456789abcdef"
NOW = 1_800_000_000.0


@pytest.fixture(autouse=True)
def pinned_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(token, "wall_time", lambda: NOW)
    monkeypatch.delenv("HEYGEN_WEBHOOK_SECRET", raising=False)


@pytest.fixture
def client(face: str, heygen_mock: MockHeyGen) -> Any:
    cls = HeyGen if face == "sync" else AsyncHeyGen
    return cls(api_key=heygen_mock.api_key, transport=heygen_mock.transport(), clock=heygen_mock.clock)


def body_of(event_type: str = "avatar_video.success", **data: Any) -> bytes:
    return json.dumps({"event_type": event_type, "event_data": data or {"video_id": "v1"}}).encode()


def heygen_headers(
    body: bytes, secret: str = SECRET, *, at: float = NOW, event_id: str = "evt_1"
) -> dict[str, str]:
    return {
        "Heygen-Signature": sign(body, secret),
        "Heygen-Timestamp": str(int(at)),
        "Heygen-Event-Id": event_id,
    }


# ------------------------------------------------------------------------------------------- endpoints


async def test_endpoints_are_created_listed_updated_rotated_and_deleted(client: Any) -> None:
    made = await resolve(
        client.webhooks.create(
            "http://127.0.0.1:8787/hook", events=["avatar_video.success", "avatar_video.fail"]
        )
    )
    assert (
        isinstance(made, WebhookEndpoint)
        and made.enabled
        and made.secret
        and made.secret.startswith("whsec_")
    )
    assert made.events == ("avatar_video.success", "avatar_video.fail")
    listed = (
        [e async for e in client.webhooks.list()]
        if isinstance(client, AsyncHeyGen)
        else list(client.webhooks.list())
    )
    assert [e.id for e in listed] == [made.id] and listed[0].secret is None  # shown on create only
    changed = await resolve(client.webhooks.update(made.id, events=["photo_avatar_train.success"]))
    assert changed.events == ("photo_avatar_train.success",) and changed.url == made.url
    rotated = await resolve(client.webhooks.rotate_secret(made.id))
    assert rotated.endpoint_id == made.id and rotated.secret not in (None, made.secret)
    await resolve(client.webhooks.delete(made.id))
    first = await resolve(client.webhooks.list().first_page())
    assert first.items == ()


async def test_event_types_and_delivered_events_are_listed(client: Any, heygen_mock: MockHeyGen) -> None:
    types = await resolve(client.webhooks.list_event_types())
    assert {"avatar_video.success", "photo_avatar_train.fail", "video_agent.fail"} <= {
        t.event_type for t in types
    }
    assert all(t.description for t in types)
    heygen_mock.backend.emit("avatar_video.success", {"video_id": "v9", "url": "https://files/v9.mp4"}, None)
    heygen_mock.backend.emit("photo_avatar_train.fail", {"group_id": "g1", "msg": "no face"}, None)
    pager = client.webhooks.list_events(entity_id="v9")
    events = [e async for e in pager] if isinstance(client, AsyncHeyGen) else list(pager)
    assert [type(e) for e in events] == [AvatarVideoEvent] and events[0].video_id == "v9"
    assert events[0].event_id and events[0].created_at is not None and not events[0].signed
    by_type = client.webhooks.list_events(event_type="photo_avatar_train.fail")
    (failed,) = [e async for e in by_type] if isinstance(client, AsyncHeyGen) else list(by_type)
    assert (
        isinstance(failed, PhotoAvatarTrainEvent) and failed.group_id == "g1" and failed.message == "no face"
    )


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda w: w.create("http://example.com/hook"), "url"),  # http only on loopback
        (lambda w: w.create("ftp://127.0.0.1/x"), "url"),
        (lambda w: w.create("https://example.com/h", events=["avatar_video.sucess"]), "events[0]"),
        (lambda w: w.create("https://example.com/h", events=[]), "events"),
        (lambda w: w.create("https://example.com/h", events="avatar_video.success"), "events"),
        (lambda w: w.update("ep_1"), "url"),  # nothing to update
        (lambda w: w.update("ep/1", url="https://example.com/h"), "endpoint_id"),
        (lambda w: w.delete(""), "endpoint_id"),
        (lambda w: w.list(limit=101), "limit"),
        (lambda w: w.list_events(event_type="video.done"), "event_type"),
        (lambda w: w.unwrap(b"{}", {}, SECRET, tolerance=-1), "tolerance"),
    ],
)
async def test_bad_input_is_refused_before_any_request(
    client: Any, heygen_mock: MockHeyGen, call: Any, field: str
) -> None:
    before = len(heygen_mock.journal)
    with pytest.raises(InputValidationError) as refused:
        await resolve(call(client.webhooks))
    assert refused.value.field == field and len(heygen_mock.journal) == before


def test_a_typo_in_an_event_type_gets_a_suggestion(heygen_client: HeyGen) -> None:
    with pytest.raises(InputValidationError, match=r"did you mean 'avatar_video\.success'"):
        heygen_client.webhooks.create("https://example.com/h", events=["Avatar_Video.Success"])


# ------------------------------------------------------------------------------------------ verification


@pytest.mark.parametrize(
    "headers_for",
    [
        pytest.param(lambda b: heygen_headers(b), id="Heygen-Signature + Timestamp + Event-Id"),
        pytest.param(lambda b: {"X-HeyGen-Signature": sign(b, SECRET)}, id="x-heygen-signature"),
        pytest.param(lambda b: {"x-heygen-signature": "sha256=" + sign(b, SECRET)}, id="sha256= prefix"),
        pytest.param(lambda b: {"Signature": sign(b, SECRET)}, id="v1 Signature"),
        pytest.param(lambda b: [(b"signature", sign(b, SECRET).upper().encode())], id="ASGI byte pairs"),
    ],
)
def test_every_documented_signature_shape_is_accepted(heygen_client: HeyGen, headers_for: Any) -> None:
    body = body_of(video_id="v1", url="https://files/v1.mp4", callback_id="cb-1")
    event = heygen_client.webhooks.unwrap(body, headers_for(body), SECRET)
    assert isinstance(event, AvatarVideoEvent) and event.signed and event.succeeded is True
    assert (event.video_id, event.url, event.callback_id) == ("v1", "https://files/v1.mp4", "cb-1")


def test_a_changed_byte_a_wrong_secret_and_a_missing_signature_are_refused(heygen_client: HeyGen) -> None:
    body = body_of()
    headers = heygen_headers(body)
    cases = {
        "signature": [
            (body.replace(b"v1", b"v2"), headers, SECRET),
            (body, headers, "whsec_someone_elses_secret"),
            (body, {**headers, "Heygen-Signature": "not hex"}, SECRET),
        ],
        "no_signature": [(body, {"Heygen-Timestamp": str(int(NOW))}, SECRET)],
    }
    for reason, attempts in cases.items():
        for payload, sent, secret in attempts:
            with pytest.raises(WebhookVerificationError) as refused:
                heygen_client.webhooks.verify_signature(payload, sent, secret)
            assert refused.value.reason == reason


def test_a_stale_or_missing_timestamp_is_refused_and_tolerance_is_the_callers(heygen_client: HeyGen) -> None:
    # each accepted delivery is another event (body): one body accepted twice would be a replay
    body = body_of()
    stale = heygen_headers(body, at=NOW - 301)
    with pytest.raises(WebhookVerificationError) as refused:
        heygen_client.webhooks.unwrap(body, stale, SECRET)
    assert refused.value.reason == "stale"
    future = heygen_headers(body, at=NOW + 301, event_id="evt_f")
    with pytest.raises(WebhookVerificationError, match="tolerance"):
        heygen_client.webhooks.unwrap(body, future, SECRET)
    assert heygen_client.webhooks.unwrap(body, stale, SECRET, tolerance=600).event_id == "evt_1"
    body = body_of(video_id="v2")
    no_time = {k: v for k, v in heygen_headers(body, event_id="evt_2").items() if k != "Heygen-Timestamp"}
    with pytest.raises(WebhookVerificationError) as missing:
        heygen_client.webhooks.unwrap(body, no_time, SECRET)
    assert missing.value.reason == "timestamp"
    assert heygen_client.webhooks.unwrap(body, no_time, SECRET, tolerance=None).event_id == "evt_2"
    body = body_of(video_id="v3")
    in_ms = {**heygen_headers(body, event_id="evt_3"), "Heygen-Timestamp": str(int(NOW * 1000))}
    assert heygen_client.webhooks.unwrap(body, in_ms, SECRET).event_id == "evt_3"


def test_a_replayed_event_id_is_refused_across_shapes_and_copies(heygen_client: HeyGen) -> None:
    body = body_of()
    heygen_client.webhooks.unwrap(body, heygen_headers(body), SECRET)
    for again in (heygen_client, heygen_client.with_options(max_retries=0)):  # copies share the memory
        with pytest.raises(WebhookVerificationError) as replayed:
            again.webhooks.unwrap(body, heygen_headers(body), SECRET)
        assert replayed.value.reason == "replay"
    legacy = body_of(video_id="v2")  # no event id: the body itself is the id
    heygen_client.webhooks.unwrap(legacy, {"x-heygen-signature": sign(legacy, SECRET)}, SECRET)
    with pytest.raises(WebhookVerificationError, match="already received"):
        heygen_client.webhooks.unwrap(legacy, {"x-heygen-signature": sign(legacy, SECRET)}, SECRET)
    # verify_signature checks only the signature: it remembers nothing
    heygen_client.webhooks.verify_signature(body, heygen_headers(body), SECRET)


def test_a_header_event_id_that_contradicts_the_signed_body_is_refused(heygen_client: HeyGen) -> None:
    body = json.dumps({"event_id": "evt_body", "event_type": "avatar_video.fail", "event_data": {}}).encode()
    with pytest.raises(WebhookVerificationError) as refused:
        heygen_client.webhooks.unwrap(body, heygen_headers(body, event_id="evt_other"), SECRET)
    assert refused.value.reason == "event_id"
    assert heygen_client.webhooks.unwrap(body, heygen_headers(body, event_id="evt_body"), SECRET).event_id


def test_several_secrets_verify_during_a_rotation_and_the_env_var_is_the_default(
    heygen_client: HeyGen, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = body_of()
    new = "whsec_new_0123456789"
    assert heygen_client.webhooks.unwrap(body, heygen_headers(body, new), [SECRET, new]).signed
    with pytest.raises(WebhookVerificationError) as none:
        heygen_client.webhooks.unwrap(body, heygen_headers(body, new, event_id="evt_9"))
    assert none.value.reason == "no_secret" and "HEYGEN_WEBHOOK_SECRET" in str(none.value)
    monkeypatch.setenv("HEYGEN_WEBHOOK_SECRET", f"{SECRET}, {new}")
    later = body_of(video_id="v9")
    assert (
        heygen_client.webhooks.unwrap(later, heygen_headers(later, new, event_id="evt_9")).event_id == "evt_9"
    )


def test_unsigned_callback_deliveries_are_refused_unless_the_caller_opts_in(heygen_client: HeyGen) -> None:
    body = body_of(video_id="v1", callback_id="cb")
    with pytest.raises(WebhookVerificationError) as refused:
        heygen_client.webhooks.unwrap(body, {"content-type": "application/json"}, SECRET)
    assert refused.value.reason == "no_signature" and "allow_unsigned" in str(refused.value)
    event = heygen_client.webhooks.unwrap(body, {}, SECRET, allow_unsigned=True)
    assert not event.signed and event.callback_id == "cb"
    forged = {"x-heygen-signature": "0" * 64}  # a signature that is present is still checked
    with pytest.raises(WebhookVerificationError):
        heygen_client.webhooks.unwrap(body_of(video_id="v3"), forged, SECRET, allow_unsigned=True)


def test_a_body_that_is_not_an_event_is_refused_after_its_signature(heygen_client: HeyGen) -> None:
    for body in (b"not json", b"[1]", b'{"event_data": {}}'):
        with pytest.raises(WebhookVerificationError) as refused:
            heygen_client.webhooks.unwrap(body, {"x-heygen-signature": sign(body, SECRET)}, SECRET)
        assert refused.value.reason == "payload"
    with pytest.raises(WebhookVerificationError, match="raw request body"):
        heygen_client.webhooks.unwrap({"event_type": "x"}, {}, SECRET)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(
    data=st.dictionaries(st.text(max_size=12), st.text(max_size=30) | st.integers() | st.none(), max_size=6),
    event_type=st.sampled_from(["avatar_video.success", "photo_avatar_train.fail", "brand_new.event"]),
    secret=st.text(min_size=1, max_size=40),
    flip=st.integers(min_value=0),
)
def test_random_payloads_signed_verify_and_any_flipped_byte_does_not(
    data: dict[str, Any], event_type: str, secret: str, flip: int
) -> None:
    client = HeyGen(api_key="sk-property-0123456789")
    body = json.dumps({"event_type": event_type, "event_data": data}).encode()
    client.webhooks.verify_signature(
        body, {"heygen-signature": sign(body, secret), "heygen-timestamp": str(NOW)}, secret
    )
    index = flip % len(body)
    changed = body[:index] + bytes([body[index] ^ 0x01]) + body[index + 1 :]
    with pytest.raises(WebhookVerificationError) as refused:
        client.webhooks.verify_signature(changed, {"x-heygen-signature": sign(body, secret)}, secret)
    assert refused.value.reason == "signature"
    event = client.webhooks.unwrap(body, {"signature": sign(body, secret)}, secret)
    assert event.event_type == event_type and dict(event.data) == data


# ------------------------------------------------------------------------------------------ typed events


@pytest.mark.parametrize(
    ("event_type", "data", "cls", "check"),
    [
        ("avatar_video.fail", {"video_id": "v", "msg": "long"}, AvatarVideoEvent, ("message", "long")),
        ("avatar_video_gif.success", {"video_id": "v", "url": "u"}, AvatarVideoEvent, ("url", "u")),
        ("photo_avatar_generation.success", {"generation_id": "g", "image_key_list": ["k"]},
         PhotoAvatarGenerationEvent, ("image_keys", ("k",))),
        ("photo_avatar_train.success", {"group_id": "g"}, PhotoAvatarTrainEvent, ("group_id", "g")),
        ("photo_avatar_add_motion.fail", {"id": "m", "msg": "x"}, PhotoAvatarMotionEvent, ("look_id", "m")),
        ("instant_avatar.success", {"avatar_id": "a", "avatar_group_id": "g"}, InstantAvatarEvent,
         ("avatar_group_id", "g")),
        ("video_translate.fail", {"video_translate_id": "t", "message": "no"}, VideoTranslateEvent,
         ("message", "no")),
        ("personalized_video", {"project_id": "p", "video_id": "v"}, WebhookEvent, ("entity_id", "v")),
        ("something_new.success", {"thing_id": "t"}, WebhookEvent, ("succeeded", True)),
    ],
)  # fmt: skip
def test_events_are_typed_by_their_type_and_unknown_types_are_kept(
    event_type: str, data: dict[str, Any], cls: type, check: tuple[str, Any]
) -> None:
    event = WebhookEvent.from_raw({"event_type": event_type, "event_data": data})
    assert type(event) is cls and event.event_type == event_type and dict(event.data) == data
    assert getattr(event, check[0]) == check[1]


def test_event_models_never_raise_on_odd_payloads() -> None:
    for raw in (
        None,
        3,
        "x",
        [],
        {"event_type": 5},
        {"event_type": "avatar_video.success", "event_data": [1]},
    ):
        event = WebhookEvent.from_raw(raw)
        assert isinstance(event.event_type, str) and isinstance(dict(event.data), dict)
        repr(event)


# ------------------------------------------------------------------------------------------- the receiver


async def test_the_asgi_receiver_answers_each_kind_of_request_and_awaits_on_event(
    heygen_client: HeyGen,
) -> None:
    import httpx

    seen: list[WebhookEvent] = []

    async def on_event(event: WebhookEvent) -> None:
        seen.append(event)

    receiver = heygen_client.webhooks.receiver(SECRET, on_event=on_event)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver), base_url="http://app") as http:
        body = body_of(video_id="v7")
        first = await http.post("/webhooks/heygen", content=body, headers=heygen_headers(body))
        again = await http.post("/webhooks/heygen", content=body, headers=heygen_headers(body))
        forged = await http.post("/", content=body, headers=heygen_headers(body, "whsec_wrong_0123456789"))
        junk = b"not json"
        broken = await http.post("/", content=junk, headers=heygen_headers(junk, event_id="evt_j"))
        too_big = await http.post("/", content=b"x" * (2 << 20))
        probe = await http.options("/")
        wrong = await http.get("/")
    assert (first.status_code, first.json()) == (200, {"received": True})
    assert (again.status_code, again.json()) == (200, {"received": True, "duplicate": True})
    assert (forged.status_code, forged.json()) == (401, {"error": "signature"})
    assert (broken.status_code, too_big.status_code, probe.status_code) == (400, 413, 200)
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST, OPTIONS"
    assert [e.event_id for e in seen] == ["evt_1"] and receiver.received == 1
    assert heygen_client._push.inbox.has([("video", "v7")])  # fed to the client's waits


async def test_an_event_whose_on_event_raised_is_taken_again_when_heygen_resends_it(
    heygen_client: HeyGen,
) -> None:
    # HeyGen sends an event again until it is acknowledged; a handler that failed must get that retry,
    # not have it acknowledged as a duplicate of the delivery it failed on.
    import httpx

    failures = ["asgi", "plain"]
    seen: list[str | None] = []

    def on_event(event: WebhookEvent) -> None:
        if failures and failures[0] in (event.event_id or ""):
            raise RuntimeError(f"the handler failed ({failures.pop(0)})")
        seen.append(event.event_id)

    receiver = heygen_client.webhooks.receiver(SECRET, on_event=on_event)
    body = body_of(video_id="v8")
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver), base_url="http://app") as http:
        failed = await http.post("/", content=body, headers=heygen_headers(body, event_id="evt_asgi"))
        resent = await http.post("/", content=body, headers=heygen_headers(body, event_id="evt_asgi"))
        again = await http.post("/", content=body, headers=heygen_headers(body, event_id="evt_asgi"))
    assert (failed.status_code, failed.json()) == (500, {"error": "on_event"})
    assert (resent.status_code, resent.json()) == (200, {"received": True})
    assert again.json() == {"received": True, "duplicate": True}  # once it succeeded, a duplicate
    body = body_of(video_id="v9")
    with pytest.raises(RuntimeError, match="plain"):
        receiver.handle(body, heygen_headers(body, event_id="evt_plain"))
    retried = receiver.handle(body, heygen_headers(body, event_id="evt_plain"))
    assert retried.status == 200 and not retried.duplicate
    assert seen == ["evt_asgi", "evt_plain"]


def test_a_captured_delivery_resent_under_a_new_event_id_or_another_header_shape_is_a_replay(
    heygen_client: HeyGen,
) -> None:
    # Only the body is signed: the event-id and timestamp headers can be changed at will, and a
    # Heygen-Signature can be resent as X-HeyGen-Signature, which carries no timestamp at all.
    body = body_of(video_id="v5")
    assert heygen_client.webhooks.unwrap(body, heygen_headers(body, event_id="evt_5"), SECRET)
    resends = [
        heygen_headers(body, event_id="evt_forged"),
        heygen_headers(body, at=NOW + 60, event_id="evt_later"),
        {"X-HeyGen-Signature": sign(body, SECRET)},
    ]
    for headers in resends:
        with pytest.raises(WebhookVerificationError) as replayed:
            heygen_client.webhooks.unwrap(body, headers, SECRET)
        assert replayed.value.reason == "replay"
    other = body_of(video_id="v6")  # another event is not a replay, with or without an id
    assert heygen_client.webhooks.unwrap(other, {"X-HeyGen-Signature": sign(other, SECRET)}, SECRET)


async def test_a_number_too_large_for_a_float_in_a_body_is_not_a_crash(heygen_client: HeyGen) -> None:
    # JSON integers have no size limit: float() of a 400-digit one raises OverflowError. With unsigned
    # callbacks accepted, the body is parsed before its callback_id is checked, so any sender can send one.
    import httpx

    huge = "1" + "0" * 400
    bodies = [
        f'{{"event_type": "avatar_video.success", "created_at": {huge}, "event_data": {{"video_id": "v"}}}}',
        f'{{"event_type": "avatar_video.success", "event_data": {{"video_id": "v", "duration": {huge}}}}}',
    ]
    for body in bodies:
        event = heygen_client.webhooks.unwrap(body.encode(), {}, SECRET, allow_unsigned=True)
        assert event.created_at is None and getattr(event, "duration", None) is None
    receiver = heygen_client.webhooks.receiver(SECRET, accept_unsigned_callbacks=True)
    transport = httpx.ASGITransport(app=receiver, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        answer = await http.post("/", content=bodies[0].replace('"v"', '"v2"').encode())
    assert (answer.status_code, answer.json()) == (401, {"error": "unsigned"})


def test_the_replay_memory_does_not_keep_long_event_ids_whole(heygen_client: HeyGen) -> None:
    # Heygen-Event-Id is not signed: one captured delivery can be sent again and again, each time with a
    # new id as long as the server lets a header be. The memory keeps 100,000 ids: it must not keep each
    # one whole (100,000 x 256 KB), only something of bounded size that still tells them apart.
    import tracemalloc

    bodies = [body_of(video_id=f"v_long{i}") for i in range(41)]  # one event each (a body is remembered too)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(40):  # each id made here and dropped after its delivery: only the memory keeps it
            heygen_client.webhooks.unwrap(
                bodies[i], heygen_headers(bodies[i], event_id=f"{i:04d}{'x' * (256 << 10)}"), SECRET
            )
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept < 1 << 20, f"{kept} bytes kept for 40 event ids"
    long_id = f"0007{'x' * (256 << 10)}"  # a long id is still remembered, also under another body
    with pytest.raises(WebhookVerificationError) as replayed:
        heygen_client.webhooks.unwrap(bodies[40], heygen_headers(bodies[40], event_id=long_id), SECRET)
    assert replayed.value.reason == "replay"
