"""Contract tests: schemathesis drives the mock in-process (ASGI) from the built specs, every check on.

* stateless: every operation of both specs, examples + coverage + fuzzing phases, positive and negative
  data; checks: all of schemathesis' defaults (not_a_server_error, status_code/content_type/headers/
  response_schema conformance, positive_data_acceptance, negative_data_rejection, missing_required_header,
  unsupported_method, ignored_auth, use_after_free, ensure_resource_availability, ...). The few
  per-operation adjustments live in schemathesis.toml, each with its reason.
* stateful: `as_state_machine()` follows the links the overlays declare (generate -> status; create group
  -> add looks -> train -> training status -> generate looks -> generation; v3 create -> look -> group ->
  consent; video create -> get), with the mock's virtual clock moving between calls so jobs progress.

Deterministic: schemathesis.toml sets `deterministic = true`, hypothesis runs derandomized, no database.
Auth comes from schemathesis.toml (`[auth.openapi.sec0]` / `[auth.openapi.ApiKeyAuth]`), fed the mock's
key through HEYGEN_CONTRACT_KEY.
"""

from __future__ import annotations

import copy
import os

os.environ.setdefault("HEYGEN_CONTRACT_KEY", "contract-test-key")

from typing import Any

import contract_hooks
import pytest
import schemathesis
from heygen_avatars.mock import MockHeyGen
from hypothesis import HealthCheck, settings
from schemathesis.core.failures import FailureGroup

KEY = os.environ["HEYGEN_CONTRACT_KEY"]
STATELESS = settings(
    max_examples=6, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
STATEFUL = settings(
    max_examples=12,
    stateful_step_count=10,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)

#: each phase of a job takes this long on the mock's clock; every call advances the clock by STEP_SECONDS
JOB_PHASE_SECONDS = 20.0
STEP_SECONDS = 15.0


def make_mock() -> MockHeyGen:
    """A mock whose jobs finish within a few state-machine steps."""
    phase = (JOB_PHASE_SECONDS,)
    durations = {
        "photo_generation": phase,
        "look_generation": phase,
        "training": phase * 2,
        "look": phase,
        "motion": phase,
        "avatar": phase,
        "video": phase * 2,
    }
    return MockHeyGen(api_key=KEY, seed=0, durations=durations)


MOCK = make_mock()
contract_hooks.seed_references(MOCK)
V2 = schemathesis.openapi.from_asgi("/openapi/v2-photo-avatar.json", MOCK.asgi)
V3 = schemathesis.openapi.from_asgi("/openapi/v3-avatars.json", MOCK.asgi)


def test_both_specs_are_served_and_complete() -> None:
    assert len(list(V2.get_all_operations())) == 16
    assert len(list(V3.get_all_operations())) == 26


@V2.parametrize()
@STATELESS
def test_v2_conforms(case: Any) -> None:
    case.call_and_validate()


@V3.parametrize()
@STATELESS
def test_v3_conforms(case: Any) -> None:
    case.call_and_validate()


class _MockClockMachine:
    """Mixin for the state machines: a fresh mock state per scenario, time moving between calls."""

    schema: Any

    def setup(self) -> None:
        MOCK.reset()
        contract_hooks.seed_references(MOCK)
        super().setup()  # type: ignore[misc]

    def before_call(self, case: Any) -> None:
        MOCK.advance(STEP_SECONDS)
        super().before_call(case)  # type: ignore[misc]

    def after_call(self, response: Any, case: Any) -> None:
        super().after_call(response, case)  # type: ignore[misc]
        SEEN.append((case.operation.label, response.status_code, _status_of(response)))


SEEN: list[tuple[str, int, str | None]] = []


def _status_of(response: Any) -> str | None:
    try:
        data = response.json().get("data")
    except (ValueError, AttributeError):
        return None
    return str(data.get("status")) if isinstance(data, dict) and "status" in data else None


#: workflow -> (schema, its operations, (operation, status) it must reach at least once)
WORKFLOWS: dict[str, tuple[Any, list[str], tuple[str, str | None]]] = {
    "v2-photo-generation": (
        V2,
        ["generate-photo-avatar-photos", "check-photolook-generation-status"],
        ("GET /v2/photo_avatar/generation/{generation_id}", "success"),
    ),
    "v2-group-training-looks": (
        V2,
        [
            "create-photo-avatar-group", "add-looks-to-photo-avatar-group", "train-photo-avatar-group",
            "get-training-job-status", "generate-photo-avatar-looks", "check-photolook-generation-status",
            "photo-avatar-details", "list-all-avatars-in-one-avatar-group",
        ],
        ("GET /v2/photo_avatar/train/status/{group_id}", "ready"),
    ),
    "v3-avatar-consent": (
        V3,
        ["createAvatar", "getAvatarLook", "getAvatarGroup", "createAvatarConsent", "listAvatarLooks"],
        ("GET /v3/avatars/looks/{look_id}", "completed"),
    ),
    "v3-video": (V3, ["createVideo", "getVideoV3"], ("GET /v3/videos/{video_id}", "completed")),
    "v3-webhooks": (
        V3,
        ["createWebhookEndpoint", "updateWebhookEndpoint", "rotateWebhookEndpointSecret",
         "deleteWebhookEndpoint", "createVideo", "listWebhookEvents"],
        ("POST /v3/webhooks/endpoints/{endpoint_id}/rotate-secret", None),
    ),
    # deletes, for use_after_free / ensure_resource_availability
    "v2-delete": (
        V2,
        [
            "create-photo-avatar-group", "photo-avatar-details",
            "delete-photo-avatar", "delete-photo-avatar-group",
        ],
        ("DELETE /v2/photo_avatar/{id}", None),
    ),
    "v3-delete": (
        V3,
        ["createAvatar", "getAvatarLook", "getAvatarGroup", "deleteAvatarLook", "deleteAvatarGroup",
         "createVideo", "getVideoV3", "deleteVideoV3"],
        ("DELETE /v3/videos/{video_id}", None),
    ),
}  # fmt: skip


def _subset(schema: Any, operation_ids: list[str]) -> Any:
    """The schema with only these operations (schema.include() does not narrow a state machine)."""
    document = copy.deepcopy(schema.raw_schema)
    for path, item in list(document["paths"].items()):
        for method in [m for m in item if isinstance(item[m], dict) and "operationId" in item[m]]:
            if item[method]["operationId"] not in operation_ids:
                del item[method]
        if not any(isinstance(v, dict) and "operationId" in v for v in item.values()):
            del document["paths"][path]
    for item in document["paths"].values():  # links into operations left out go too
        for operation in (v for v in item.values() if isinstance(v, dict) and "responses" in v):
            for response in operation["responses"].values():
                links = response.get("links") if isinstance(response, dict) else None
                for name, link in list((links or {}).items()):
                    if link.get("operationId", operation_ids[0]) not in operation_ids:
                        del links[name]
    subset = schemathesis.openapi.from_dict(document)
    subset.app = MOCK.asgi
    return subset


@pytest.mark.parametrize("workflow", sorted(WORKFLOWS))
def test_stateful_workflow_follows_the_links(workflow: str) -> None:
    schema, operation_ids, (goal_operation, goal_status) = WORKFLOWS[workflow]
    machine = _subset(schema, operation_ids).as_state_machine()

    class Workflow(_MockClockMachine, machine):  # type: ignore[misc, valid-type]
        pass

    SEEN.clear()
    Workflow.run(settings=STATEFUL)
    reached = {(label, status) for label, code, status in SEEN if code == 200}
    assert (goal_operation, goal_status) in reached, sorted(reached)


# ------------------------------------------------------------------ shown able to fail: a corrupted mock

CORRUPTIONS: dict[str, tuple[Any, str]] = {
    # name: (how the 200 of GET /v3/voices is corrupted, what schemathesis must report)
    "wrong type for a field": (
        lambda r: _rewrite(r, body=b'{"data": 42, "has_more": "no"}'),
        "response_schema",
    ),
    "undocumented status": (lambda r: _rewrite(r, status=418), "status_code"),
    "undocumented content type": (lambda r: _rewrite(r, content_type="text/html"), "content_type"),
}
EXPECTED_TITLES = {
    "response_schema": "Response violates schema",
    "status_code": "Undocumented status code",
    "content_type": "Undocumented Content-Type",
}


def _rewrite(
    response: Any, *, body: bytes | None = None, status: int | None = None, content_type: str = ""
) -> None:
    if body is not None:
        response.body = body
    if status is not None:
        response.status = status
    if content_type:
        response.headers = [(k, v) for k, v in response.headers if k.lower() != "content-type"]
        response.headers.append(("content-type", content_type))
    response.headers = [(k, v) for k, v in response.headers if k.lower() != "content-length"]


@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_a_corrupted_mock_response_is_caught(corruption: str) -> None:
    corrupt, expected = CORRUPTIONS[corruption]
    broken = MockHeyGen(api_key=KEY)

    def hook(request: Any, operation: Any, response: Any) -> None:
        if operation.operation_id == "listVoicesV3" and response.status == 200:
            corrupt(response)

    broken.response_hooks.append(hook)
    schema = schemathesis.openapi.from_asgi("/openapi/v3-avatars.json", broken.asgi)
    case = schema["/v3/voices"]["GET"].Case(headers={"x-api-key": KEY})
    with pytest.raises(FailureGroup) as raised:
        case.call_and_validate()
    assert EXPECTED_TITLES[expected] in str(raised.value), str(raised.value)
    # and the same request against the intact mock passes every check
    intact = schemathesis.openapi.from_asgi("/openapi/v3-avatars.json", MOCK.asgi)["/v3/voices"]["GET"]
    response = intact.Case(headers={"x-api-key": KEY}).call_and_validate()
    assert response.status_code == 200
