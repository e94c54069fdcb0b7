"""Client robustness as properties: any response the built spec allows, and its real-world drift.

(a) the generated clients' `_parse_response` never raises on a body the spec allows, for every documented
    JSON response of every operation;
(b) the facade's response handling (`read_response` + the models' `from_raw`) turns the same bodies with
    drift (nulls, unknown values, extra/missing fields, int/float swaps, `error` as string or object) and
    HTML pages into a model or a typed `HeyGenError`, never an unhandled KeyError/TypeError;
(c) a status outside the documented success spellings is never taken as success, by the job table nor by a
    `Job.wait()` polling it.

Deterministic (`derandomize=True`, no example database); example counts are small on purpose.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import httpx
import pytest
from _generated_index import client, endpoint_module
from _spec_strategies import (
    FUTURE_VALUES,
    drift,
    html_pages,
    json_responses,
    operation_for_path,
    response_bodies,
    validator,
)
from conftest import FakeClock, make_client
from heygen_avatars import HeyGenError, JobState, WaitTimeoutError, errors, types as m
from heygen_avatars._core.responses import Api, read_response
from heygen_avatars.jobs.kinds import JOB_KINDS, JobKind
from heygen_avatars.jobs.snapshot import snapshot_of
from hypothesis import HealthCheck, given, settings, strategies as st

PROPERTY = settings(
    max_examples=10,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

RESPONSES = [(v, *r) for v in ("v2", "v3") for r in json_responses(v, distinct_errors=True)]
OK_RESPONSES = [(v, method, op) for v, method, op, status in RESPONSES if status == "200"]


def _response(status: int, content: bytes, content_type: str = "application/json") -> httpx.Response:
    request = httpx.Request("GET", "http://mock.test/x")
    return httpx.Response(status, content=content, headers={"content-type": content_type}, request=request)


def _json(status: int, body: Any) -> httpx.Response:
    return _response(status, json.dumps(body).encode())


# ------------------------------------------------------------------------------ (a) the generated client


def test_every_operation_has_a_documented_json_response() -> None:
    operations = {(v, op) for v, _m, op, _s in RESPONSES}
    assert len(operations) == 42, sorted(operations)
    assert {v for v, *_ in OK_RESPONSES} == {"v2", "v3"}


@pytest.mark.parametrize(("version", "method", "operation_id", "status"), RESPONSES)
def test_generated_client_parses_anything_the_spec_allows(
    version: str, method: str, operation_id: str, status: str
) -> None:
    module = endpoint_module(version, operation_id)
    check = validator(version, operation_id, status)
    code = int(status) if status.isdigit() else 400

    @PROPERTY
    @given(response_bodies(version, operation_id, status))
    def parses(body: Any) -> None:
        assert check.is_valid(body), "the strategy left the spec"
        parsed = module._parse_response(client=client(version), response=_json(code, body))
        assert parsed is not None

    parses()


@pytest.mark.parametrize(("version", "method", "operation_id"), OK_RESPONSES)
def test_generated_client_survives_json_drift(version: str, method: str, operation_id: str) -> None:
    """Drifted JSON (not HTML: the facade never hands that to the generated parser) never raises."""
    module = endpoint_module(version, operation_id)

    @PROPERTY
    @given(response_bodies(version, operation_id).flatmap(lambda body: drift(_without_error(body))))
    def parses(body: Any) -> None:
        if isinstance(body, dict) and isinstance(body.get("error"), str | int | list | bool):
            return  # an error in a 200 is the facade's business (read_response raises before parsing)
        module._parse_response(client=client(version), response=_json(200, body))

    parses()


def _without_error(body: Any) -> Any:
    return {k: v for k, v in body.items() if k != "error"} if isinstance(body, dict) else body


# -------------------------------------------------------------------------------------------- (b) facade


def _items(data: Any, key: str | None = None) -> list[Any]:
    listed = data.get(key) if key and isinstance(data, Mapping) else data
    return listed if isinstance(listed, list) else []


def _mapping(data: Any) -> Mapping[str, Any]:
    return data if isinstance(data, Mapping) else {}


# How the facade reads each operation's `data`: the models its resource methods return.
FACADE_READERS: dict[str, tuple[Api, Callable[[Any], Any]]] = {
    "upload-asset": (Api.V1, m.UploadedAsset.from_raw),
    "list-all-avatar-groups": (
        Api.V2, lambda d: [m.PhotoAvatarGroup.from_raw(x) for x in _items(d, "avatar_group_list")]
    ),
    "list-all-avatars-in-one-avatar-group": (
        Api.V2, lambda d: [m.PhotoAvatarLook.from_raw(x) for x in _items(d, "avatar_list")]
    ),
    "add-motion": (Api.V2, lambda d: _mapping(d).get("id")),
    "add-sound-effect": (Api.V2, _mapping),
    "add-looks-to-photo-avatar-group": (
        Api.V2, lambda d: [m.PhotoAvatarLook.from_raw(x) for x in _items(d, "photo_avatar_list")]
    ),
    "create-photo-avatar-group": (Api.V2, m.PhotoAvatarLook.from_raw),
    "check-photolook-generation-status": (Api.V2, m.PhotoGeneration.from_raw),
    "generate-photo-avatar-looks": (Api.V2, lambda d: _mapping(d).get("generation_id")),
    "generate-photo-avatar-photos": (Api.V2, lambda d: _mapping(d).get("generation_id")),
    "train-photo-avatar-group": (Api.V2, _mapping),
    "get-training-job-status": (Api.V2, m.TrainingStatus.from_raw),
    "upscale-an-avatar": (Api.V2, lambda d: _mapping(d).get("id")),
    "delete-photo-avatar": (Api.V2, _mapping),
    "photo-avatar-details": (Api.V2, m.PhotoAvatarLook.from_raw),
    "delete-photo-avatar-group": (Api.V2, _mapping),
    "uploadAsset": (Api.V3, m.Asset.from_raw),
    "createAssetUpload": (Api.V3, m.DirectUpload.from_raw),
    "completeAssetUpload": (Api.V3, m.Asset.from_raw),
    "getAsset": (Api.V3, m.Asset.from_raw),
    "listAvatarGroups": (Api.V3, lambda d: [m.AvatarGroup.from_raw(x) for x in _items(d)]),
    "createAvatar": (Api.V3, m.CreatedAvatar.from_raw),
    "listAvatarLooks": (Api.V3, lambda d: [m.AvatarLook.from_raw(x) for x in _items(d)]),
    "deleteAvatarLook": (Api.V3, _mapping),
    "getAvatarLook": (Api.V3, m.AvatarLook.from_raw),
    "updateAvatarLook": (Api.V3, m.AvatarLook.from_raw),
    "deleteAvatarGroup": (Api.V3, _mapping),
    "getAvatarGroup": (Api.V3, m.AvatarGroup.from_raw),
    "createAvatarConsent": (Api.V3, m.Consent.from_raw),
    "listVideosV3": (Api.V3, lambda d: [m.Video.from_raw(x) for x in _items(d)]),
    "createVideo": (Api.V3, _mapping),
    "deleteVideoV3": (Api.V3, _mapping),
    "getVideoV3": (Api.V3, m.Video.from_raw),
    "listVoicesV3": (Api.V3, lambda d: [m.Voice.from_raw(x) for x in _items(d)]),
    "getUserMeV3": (Api.V3, m.User.from_raw),
    "createWebhookEndpoint": (Api.V3, m.WebhookEndpoint.from_raw),
    "listWebhookEndpoints": (Api.V3, lambda d: [m.WebhookEndpoint.from_raw(x) for x in _items(d)]),
    "updateWebhookEndpoint": (Api.V3, m.WebhookEndpoint.from_raw),
    "deleteWebhookEndpoint": (Api.V3, _mapping),
    "rotateWebhookEndpointSecret": (Api.V3, m.WebhookSecret.from_raw),
    "listWebhookEventTypes": (Api.V3, lambda d: [m.WebhookEventTypeInfo.from_raw(x) for x in _items(d)]),
    "listWebhookEvents": (Api.V3, lambda d: [m.WebhookEvent.from_raw(x) for x in _items(d)]),
}  # fmt: skip


def test_facade_readers_cover_every_operation() -> None:
    assert {op for _v, _m, op in OK_RESPONSES} == set(FACADE_READERS)


def facade_reads(operation_id: str, response: httpx.Response) -> Any:
    """What the facade makes of a response: a model, or one of its typed errors (returned, not raised).

    Anything else escaping (KeyError, TypeError, AttributeError, ValueError...) fails the property.
    """
    api, reader = FACADE_READERS[operation_id]
    try:
        decoded = read_response(response, api=api)
    except HeyGenError as error:
        return error
    return reader(decoded.data)


def _carries_error(body: Any) -> bool:
    if not isinstance(body, Mapping):
        return False
    error = body.get("error")
    if isinstance(error, list):  # a list of errors: its first one ([] is none)
        error = error[0] if error else None
    if isinstance(error, Mapping):  # {} or an object of nulls is no error
        return any(value not in (None, "") for value in error.values())
    return bool(error) and error not in ("", False) and not (isinstance(error, str) and not error.strip())


@pytest.mark.parametrize(("version", "method", "operation_id"), OK_RESPONSES)
def test_facade_maps_drifted_responses_to_models_or_typed_errors(
    version: str, method: str, operation_id: str
) -> None:
    statuses = st.sampled_from([200, 200, 200, 400, 401, 404, 429, 500, 502])

    @PROPERTY
    @given(response_bodies(version, operation_id).flatmap(drift), statuses)
    def reads(body: Any, status: int) -> None:
        outcome = facade_reads(operation_id, _json(status, body))
        if status >= 400:
            assert isinstance(outcome, errors.APIStatusError) and outcome.status_code == status
        elif _carries_error(body):
            assert isinstance(outcome, errors.APIStatusError), f"an error in a 200 was taken as data: {body}"
        assert not isinstance(outcome, errors.HeyGenError) or str(outcome)

    reads()


@pytest.mark.parametrize(
    "operation_id", ["check-photolook-generation-status", "getAvatarLook", "upload-asset"]
)
def test_facade_turns_html_pages_and_junk_into_typed_errors(operation_id: str) -> None:
    statuses = st.sampled_from([200, 400, 401, 403, 404, 429, 500, 502, 503, 504])
    junk = html_pages() | st.sampled_from([b'{"data": <html', b"\xff\xfe\x00", b"null", b"[]", b'"ok"'])

    @PROPERTY
    @given(junk, statuses, st.sampled_from(["text/html; charset=utf-8", "application/json", "text/plain"]))
    def reads(content: bytes, status: int, content_type: str) -> None:
        outcome = facade_reads(operation_id, _response(status, content, content_type))
        if status >= 400:
            assert isinstance(outcome, errors.APIStatusError) and outcome.status_code == status
        elif content.lstrip().startswith((b"<", b'{"data": <', b"\xff")):
            assert isinstance(outcome, errors.ResponseValidationError), outcome

    reads()


def test_html_error_page_message_is_readable() -> None:
    page = b"<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    outcome = facade_reads("getVideoV3", _response(502, page, "text/html"))
    assert isinstance(outcome, errors.InternalServerError)
    assert "502 Bad Gateway" in str(outcome)


# --------------------------------------------------------------------- (c) unknown status is not success

# The success spellings HeyGen uses anywhere (its specs, guides and skills); independent of the table.
DOCUMENTED_SUCCESS = frozenset({"success", "succeeded", "completed", "ready"})


def _norm(status: Any) -> str:
    return str(status).strip().lower().replace(" ", "_").replace("-", "_")


def _status_operation(kind: JobKind) -> tuple[str, str]:
    status_call = kind.status_call("job-id-1")
    return operation_for_path(status_call.method, status_call.path)


KINDS = sorted(JOB_KINDS)
ANY_STATUS = st.one_of(
    st.sampled_from([*FUTURE_VALUES, "SUCCESS", "Completed ", "in-progress", "pending_consent", "failed"]),
    st.text(max_size=12),
    st.integers(),
    st.booleans(),
    st.none(),
)


def test_job_table_success_spellings_are_documented_ones() -> None:
    for kind in JOB_KINDS.values():
        assert kind.succeeded <= DOCUMENTED_SUCCESS, (kind.name, kind.succeeded - DOCUMENTED_SUCCESS)


@pytest.mark.parametrize("kind_name", KINDS)
def test_only_documented_success_statuses_count_as_success(kind_name: str) -> None:
    kind = JOB_KINDS[kind_name]
    version, operation_id = _status_operation(kind)

    @PROPERTY
    @given(response_bodies(version, operation_id).flatmap(drift), ANY_STATUS)
    def classify(body: Any, status: Any) -> None:
        if isinstance(body, dict) and isinstance(body.get("data"), dict):
            body = {**body, "data": {**body["data"], "status": status}}
        outcome = facade_reads(operation_id, _json(200, body))
        if isinstance(outcome, HeyGenError):
            return
        data = read_response(_json(200, body), api=Api.V3 if version == "v3" else Api.V2).data
        snapshot = snapshot_of(kind, "job-id-1", data)
        if snapshot.state is JobState.SUCCEEDED:
            assert _norm(snapshot.status) in DOCUMENTED_SUCCESS, (snapshot.status, data)
        if isinstance(data, Mapping) and "status" in data and _norm(status) not in DOCUMENTED_SUCCESS:
            assert snapshot.state is not JobState.SUCCEEDED
        for model in _status_models(kind_name, data):
            if model.state is JobState.SUCCEEDED:
                assert _norm(model.status) in DOCUMENTED_SUCCESS, model

    classify()


def _status_models(kind_name: str, data: Any) -> list[Any]:
    readers: dict[str, Callable[[Any], Any]] = {
        "photo_generation": m.PhotoGeneration.from_raw,
        "look_generation": m.PhotoGeneration.from_raw,
        "look": m.PhotoAvatarLook.from_raw,
        "training": m.TrainingStatus.from_raw,
        "avatar": m.AvatarLook.from_raw,
        "avatar_group": m.AvatarGroup.from_raw,
        "video": m.Video.from_raw,
    }
    reader = readers.get(kind_name)
    return [reader(data)] if reader else []


@pytest.mark.parametrize("kind_name", KINDS)
def test_a_job_with_an_unknown_status_never_succeeds(kind_name: str) -> None:
    """Polled forever with a status from the future, `Job.wait()` times out; it never returns success."""
    kind = JOB_KINDS[kind_name]
    version, operation_id = _status_operation(kind)
    # statuses in none of the kind's vocabularies (hypothesis also draws words it finds in the loaded
    # source, like "failed": those are known statuses, tested by the classification property above)
    unknown = (st.sampled_from(FUTURE_VALUES) | st.text(min_size=1, max_size=10)).filter(
        lambda s: kind.state_of(s) is JobState.UNKNOWN
    )

    @settings(PROPERTY, max_examples=5)
    @given(response_bodies(version, operation_id), unknown)
    def waits(body: Any, status: str) -> None:
        data = {**(body.get("data") or {}), "status": status, "preview_image_url": "https://x.test/p.png"}
        payload = {"data": data} if version == "v3" else {"error": None, "data": data}
        heygen = make_client("sync", lambda request: _json(200, payload), clock=FakeClock())
        job = heygen.jobs.get(kind_name, "job-id-1")
        with pytest.raises(WaitTimeoutError) as raised:
            job.wait(timeout=120)
        assert job.state is JobState.UNKNOWN
        assert raised.value.snapshots[0].state is JobState.UNKNOWN

    waits()


# ------------------------------------------------- (b, end to end) the public resource methods themselves

PHOTO_FIELDS = {
    "name": "Lina", "age": "Young Adult", "gender": "Woman", "ethnicity": "Asian American",
    "orientation": "horizontal", "pose": "half_body", "style": "Realistic", "appearance": "A woman in a park",
}  # fmt: skip

# operationId -> a call of the public API whose response that operation answers
RESOURCE_CALLS: dict[str, Callable[[Any], Any]] = {
    "photo-avatar-details": lambda c: c.photo_avatars.get_look("look-1"),
    "check-photolook-generation-status": lambda c: c.photo_avatars.get_generation("gen-1"),
    "get-training-job-status": lambda c: c.photo_avatars.training_status("group-1"),
    "list-all-avatar-groups": lambda c: c.photo_avatars.list_groups(),
    "list-all-avatars-in-one-avatar-group": lambda c: c.photo_avatars.list_looks("group-1"),
    "generate-photo-avatar-photos": lambda c: c.photo_avatars.generate_photos(**PHOTO_FIELDS),
    "getAvatarLook": lambda c: c.avatars.get_look("look-1"),
    "getAvatarGroup": lambda c: c.avatars.get_group("group-1"),
    "listAvatarLooks": lambda c: list(c.avatars.list_looks(max_items=5)),
    "listAvatarGroups": lambda c: list(c.avatars.list_groups(max_items=5)),
    "getVideoV3": lambda c: c.videos.get("video-1"),
    "listVideosV3": lambda c: list(c.videos.list(max_items=5)),
    "listVoicesV3": lambda c: list(c.voices.list(max_items=5)),
    "listWebhookEndpoints": lambda c: list(c.webhooks.list(max_items=5)),
    "listWebhookEvents": lambda c: list(c.webhooks.list_events(max_items=5)),
    "listWebhookEventTypes": lambda c: c.webhooks.list_event_types(),
    "createWebhookEndpoint": lambda c: c.webhooks.create("https://example.com/hook"),
    "rotateWebhookEndpointSecret": lambda c: c.webhooks.rotate_secret("ep-1"),
}


@pytest.mark.parametrize("operation_id", sorted(RESOURCE_CALLS))
def test_resource_methods_return_models_or_typed_errors_on_drift(operation_id: str) -> None:
    """The whole public call (validation, request, paging, reading) on a drifted answer: a value or a
    HeyGenError, nothing else."""
    version = "v3" if operation_id[0].islower() and "-" not in operation_id else "v2"
    invoke = RESOURCE_CALLS[operation_id]

    @settings(PROPERTY, max_examples=8)
    @given(response_bodies(version, operation_id).flatmap(drift), st.sampled_from([200, 200, 200, 404, 503]))
    def calls(body: Any, status: int) -> None:
        answers = iter([_json(status, body)])

        def handler(request: httpx.Request) -> httpx.Response:
            return next(answers, None) or _json(200, {"data": [], "has_more": False, "error": None})

        heygen = make_client("sync", handler, clock=FakeClock(), max_retries=0)
        try:
            result = invoke(heygen)
        except HeyGenError:
            return
        assert status == 200, f"HTTP {status} was taken as success: {result!r}"

    calls()
