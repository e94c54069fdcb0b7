"""Fault matrix: every fault kind of the mock x each operation class, through the facade client.

Classes: read (`photo_avatars.get_look`), billable create (`photo_avatars.generate_photos`), upload
(`photo_avatars.upload_photo`), status poll (`Job.result()` of a photo generation). A *transient* fault
hits one request; a *persistent* one every request. Transient faults must end in success wherever the
request may safely be repeated; otherwise, and for persistent faults, in the right typed error. On the
mock's state: never two jobs (or assets) for one call, and no id lost when the client reports success.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from heygen_avatars import AsyncHeyGen, HeyGen, errors
from heygen_avatars.mock import FAULT_KINDS, Fault, MockHeyGen
from heygen_avatars.mock.media import png

PHOTO = png("fault-matrix", 512, 512)
PHOTO_FIELDS: dict[str, Any] = {
    "name": "Lina",
    "age": "Young Adult",
    "gender": "Woman",
    "ethnicity": "Asian American",
    "orientation": "horizontal",
    "pose": "half_body",
    "style": "Realistic",
    "appearance": "A stylish woman in casual attire walking through a bustling city street",
}

FAULTS: dict[str, Fault] = {
    "status_503": Fault.status(503),
    "status_500": Fault.status(500),
    "rate_limited": Fault.rate_limited(0.5),
    "rate_limited_date": Fault.rate_limited(1.0, http_date=True),
    "latency": Fault.latency(3.0),
    "drop": Fault.drop(),
    "reset_before_handling": Fault.reset(),
    "reset_after_handling": Fault.reset(after_handling=True),
    "timeout": Fault.timeout(5.0),
    "truncated_json": Fault.truncated_json(),
    "malformed_json": Fault.malformed_json(),
    "html_error": Fault.html_error(502),
    "error_envelope_200": Fault.error_envelope_200(),
    "empty_body": Fault.empty_body(),
}

OK = "ok"
# What one transient fault leads to, per operation class. "ok" = the call succeeds (after a retry).
TRANSIENT: dict[str, dict[str, Any]] = {
    # a read is retried after any unreadable answer, and after an error in a 200 that names no mistake
    "read": dict.fromkeys(FAULTS, OK),
    # create and upload: repeated only where the server certainly did not act (429, connect failure)
    "create": {
        **dict.fromkeys(["rate_limited", "rate_limited_date", "latency", "drop"], OK),
        "status_503": errors.InternalServerError,
        "status_500": errors.InternalServerError,
        "html_error": errors.InternalServerError,
        "reset_before_handling": errors.APIConnectionError,
        "reset_after_handling": errors.APIConnectionError,
        "timeout": errors.APITimeoutError,
        "truncated_json": errors.ResponseValidationError,
        "malformed_json": errors.ResponseValidationError,
        "empty_body": errors.ResponseValidationError,
        "error_envelope_200": errors.APIStatusError,
    },
    # a status check inside a wait: every transient failure is absorbed by the retries or the wait loop
    "poll": dict.fromkeys(FAULTS, OK),
}  # fmt: skip
TRANSIENT["upload"] = TRANSIENT["create"]

# A fault on every request: the typed error once retries (and the wait's transient budget) run out.
PERSISTENT: dict[str, Any] = {
    "status_503": errors.InternalServerError,
    "status_500": errors.InternalServerError,
    "rate_limited": errors.RateLimitError,
    "rate_limited_date": errors.RateLimitError,
    "latency": OK,
    "drop": errors.APIConnectionError,
    "reset_before_handling": errors.APIConnectionError,
    "reset_after_handling": errors.APIConnectionError,
    "timeout": errors.APITimeoutError,
    "truncated_json": errors.ResponseValidationError,
    "malformed_json": errors.ResponseValidationError,
    "html_error": errors.InternalServerError,
    "error_envelope_200": errors.APIStatusError,
    "empty_body": errors.ResponseValidationError,
}

OPERATIONS = {
    "read": "photo-avatar-details",
    "create": "generate-photo-avatar-photos",
    "upload": "upload-asset",
    "poll": "check-photolook-generation-status",
}


def test_the_matrix_covers_every_fault_kind_the_mock_offers() -> None:
    assert {fault.kind for fault in FAULTS.values()} == set(FAULT_KINDS)


def _setup() -> tuple[MockHeyGen, HeyGen, str]:
    mock = MockHeyGen(api_key="fault-matrix-key", seed=3)
    client = HeyGen(
        api_key=mock.api_key,
        transport=mock.transport(),
        clock=mock.clock,
        rng=random.Random(0),
        base_url="https://api.heygen.com",
        upload_base_url="https://upload.heygen.com",
    )
    group = client.photo_avatars.create_group(name="Fixture", photo=PHOTO)
    mock.complete_job(group.look.id)
    return mock, client, group.look.id


def _run(operation: str, mock: MockHeyGen, client: HeyGen, look_id: str) -> Any:
    """Perform one call of the class; returns (result, id of what it created or None)."""
    if operation == "read":
        return client.photo_avatars.get_look(look_id), None
    if operation == "create":
        job = client.photo_avatars.generate_photos(**PHOTO_FIELDS)
        return job, job.id
    if operation == "upload":
        asset = client.photo_avatars.upload_photo(PHOTO)
        return asset, asset.id
    job = client.jobs.get("photo_generation", mock.backend.generate_photos("polled").id)
    return job.result(), None


def _created(mock: MockHeyGen, operation: str) -> set[str]:
    state = mock.state
    if operation == "create":
        return set(state.generations)
    if operation == "upload":
        return set(state.assets)
    return set()


def _check(operation: str, fault_name: str, expected: Any, *, persistent: bool) -> None:
    mock, client, look_id = _setup()
    before = _created(mock, operation)
    fault = FAULTS[fault_name]
    if persistent:
        mock.faults.set_probability(OPERATIONS[operation], fault, 1.0)
    else:
        mock.faults.push(OPERATIONS[operation], fault)
    try:
        result, created_id = _run(operation, mock, client, look_id)
    except errors.HeyGenError as error:
        outcome: Any = error
    else:
        outcome = OK
    new = _created(mock, operation) - before
    assert len(new) <= 1, f"{fault_name}: duplicate {operation}s {sorted(new)}"
    if outcome is OK:
        assert expected is OK, f"{fault_name} on {operation}: succeeded, expected {expected.__name__}"
        assert result is not None
        if operation in ("create", "upload"):
            assert new == {created_id}, f"{fault_name}: lost id: created {new}, client saw {created_id}"
    else:
        assert expected is not OK, f"{fault_name} on {operation}: raised {outcome!r}, expected success"
        assert isinstance(outcome, expected), f"{fault_name} on {operation}: {outcome!r}"
        if isinstance(outcome, errors.APIConnectionError) and new:
            assert outcome.request_sent, "the error must say the request may have been acted on"
    assert mock.faults.fired, "the fault never fired"


@pytest.mark.parametrize("fault_name", sorted(FAULTS))
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_one_transient_fault(operation: str, fault_name: str) -> None:
    _check(operation, fault_name, TRANSIENT[operation][fault_name], persistent=False)


@pytest.mark.parametrize("fault_name", sorted(FAULTS))
@pytest.mark.parametrize("operation", ["read", "poll"])
def test_a_persistent_fault(operation: str, fault_name: str) -> None:
    _check(operation, fault_name, PERSISTENT[fault_name], persistent=True)


ASYNC_SAMPLE = ["drop", "empty_body", "rate_limited", "reset_after_handling", "status_503", "timeout"]


@pytest.mark.anyio
@pytest.mark.parametrize("fault_name", ASYNC_SAMPLE)
@pytest.mark.parametrize("operation", ["create", "poll"])
async def test_async_face_has_the_same_outcomes(operation: str, fault_name: str) -> None:
    """`AsyncHeyGen` runs the same flows: a sample of the matrix through it gives the same outcomes."""
    mock, setup_client, _look_id = _setup()
    setup_client.close()
    before = _created(mock, operation)
    client = AsyncHeyGen(
        api_key=mock.api_key, transport=mock.transport(), clock=mock.clock, rng=random.Random(0)
    )
    mock.faults.push(OPERATIONS[operation], FAULTS[fault_name])
    expected = TRANSIENT[operation][fault_name]
    try:
        if operation == "create":
            job = await client.photo_avatars.generate_photos(**PHOTO_FIELDS)
            created_id: str | None = job.id
        else:
            job = client.jobs.get("photo_generation", mock.backend.generate_photos("polled").id)
            await job.result()
            created_id = None
    except errors.HeyGenError as error:
        assert expected is not OK and isinstance(error, expected), f"{fault_name}: {error!r}"
    else:
        assert expected is OK, f"{fault_name} on {operation}: succeeded, expected {expected.__name__}"
        if created_id is not None:
            assert _created(mock, operation) - before == {created_id}
    finally:
        await client.aclose()
    assert len(_created(mock, operation) - before) <= 1
