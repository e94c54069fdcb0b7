"""Fault matrix: every fault kind of the mock x each operation class, through the facade client.

Classes: read (`photo_avatars.get_look`), billable create (`photo_avatars.generate_photos`), upload
(`photo_avatars.upload_photo`), status poll (`Job.result()` of a photo generation). A *transient* fault
hits one request; a *persistent* one every request. Transient faults must end in success wherever the
request may safely be repeated; otherwise, and for persistent faults, in the right typed error. On the
mock's state: never two jobs (or assets) for one call, and no id lost when the client reports success.

Every other create is in the matrix too: the v3 creates (avatars, videos, v3 asset uploads) carry an
Idempotency-Key, so a lost answer (reset or timeout after sending, a cut body) ends in success with one
job; the v2 creates that can be looked up (a group by name and photo, looks by image key, a training by
its status) end in success with the job found; generations, which HeyGen can't look up, say so.
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

# Creates that can always be resolved: every transient fault ends in success with exactly one resource,
# except an error envelope in a 200 (HeyGen said no: nothing was made).
RESOLVED = {**dict.fromkeys(FAULTS, OK), "error_envelope_200": errors.APIStatusError}
LOST = ["reset_after_handling", "timeout", "truncated_json"]  # HeyGen acted, the answer did not arrive
KEYED = {
    "avatar": "createAvatar",
    "video": "createVideo",
    "v3_upload": "uploadAsset",
    "consent": "createAvatarConsent",
}
V2_LOOKED_UP = {
    "group": "create-photo-avatar-group",
    "add_looks": "add-looks-to-photo-avatar-group",
    "train": "train-photo-avatar-group",
}
# a lost answer on these is resolved by a lookup; a fault that stops the request is retried or raised
# as for any create (the transient table)
V2_EXPECTED = {**TRANSIENT["create"], **dict.fromkeys(LOST, OK)}


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


# --- every other create ----------------------------------------------------------------------------------


def _mock_and_client() -> tuple[MockHeyGen, HeyGen]:
    mock = MockHeyGen(api_key="fault-matrix-key", seed=3)
    return mock, HeyGen(
        api_key=mock.api_key, transport=mock.transport(), clock=mock.clock, rng=random.Random(0)
    )


def _created_of(mock: MockHeyGen, what: str) -> set[str]:
    state = mock.state
    return {
        "avatar": set(state.avatar_looks),
        "video": set(state.videos),
        "v3_upload": set(state.assets),
        "consent": set(state.consents),
        "group": set(state.photo_groups),
        "add_looks": set(state.photo_looks),
        "train": {g.training.id for g in state.photo_groups.values() if g.training is not None},
    }[what]


def _v2_fixture(mock: MockHeyGen, client: HeyGen, what: str) -> tuple[str, str]:
    """A group (completed first look) and an image key uploaded for it."""
    key = client.photo_avatars.upload_photo(PHOTO).image_key
    group = client.photo_avatars.create_group(name="Fixture", image_key=key)
    mock.complete_job(group.look.id)
    second = client.photo_avatars.upload_photo(png("second", 512, 512)).image_key
    return group.group_id, str(second)


def _do(what: str, client: HeyGen, group_id: str, image_key: str) -> set[str]:
    """One create of the class; the ids the client reports it made."""
    if what == "avatar":
        return {client.avatars.create_from_photo(name="Mia", url="https://example.com/mia.png").look_id}
    if what == "video":
        job = client.videos.create(
            avatar_id="public_look_0", script="Hello", voice_id=VOICE, check_avatar=False
        )
        return {job.id}
    if what == "v3_upload":
        return {client.assets.upload(PHOTO).id}
    if what == "consent":
        client.avatars.request_consent(group_id)
        return set()
    if what == "group":
        return {client.photo_avatars.create_group(name="Nova", image_key=image_key).group_id}
    if what == "add_looks":
        return {look.id for look in client.photo_avatars.add_looks(group_id, image_keys=[image_key]).looks}
    client.photo_avatars.train(group_id)  # the job is the group's training (counted on the mock's state)
    return set()


VOICE = "1bd001e7e50f421d891986aad5158bc8"


def _one_create(what: str, operation: str, fault_name: str, expected: Any) -> None:
    mock, client = _mock_and_client()
    group_id, image_key = _v2_fixture(mock, client, what)
    if what == "consent":  # a digital twin's group waits for consent
        twin = client.avatars.create_digital_twin(name="Twin", url="https://example.com/me.mp4")
        group_id = twin.group_id
    before = _created_of(mock, what)
    mock.faults.push(operation, FAULTS[fault_name])
    try:
        reported = _do(what, client, group_id, image_key)
    except errors.HeyGenError as error:
        outcome: Any = error
    else:
        outcome = OK
    new = _created_of(mock, what) - before
    assert len(new) <= 1, f"{fault_name} on {what}: duplicates {sorted(new)}"
    assert mock.faults.fired, "the fault never fired"
    if outcome is OK:
        assert expected is OK, f"{fault_name} on {what}: succeeded, expected {expected.__name__}"
        assert len(new) == 1, f"{fault_name} on {what}: success but nothing made"
        if reported:
            assert reported == new, f"{fault_name} on {what}: lost id: made {new}, reported {reported}"
    else:
        assert expected is not OK, f"{fault_name} on {what}: raised {outcome!r}, expected success"
        assert isinstance(outcome, expected), f"{fault_name} on {what}: {outcome!r}"


@pytest.mark.parametrize("fault_name", sorted(FAULTS))
@pytest.mark.parametrize("what", sorted(KEYED))
def test_a_keyed_v3_create_survives_every_transient_fault(what: str, fault_name: str) -> None:
    """Lost answers included: the retry carries the same Idempotency-Key and gets the first answer."""
    _one_create(what, KEYED[what], fault_name, RESOLVED[fault_name])


@pytest.mark.parametrize("fault_name", sorted(FAULTS))
@pytest.mark.parametrize("what", sorted(V2_LOOKED_UP))
def test_a_lost_v2_create_answer_is_resolved_by_looking_it_up(what: str, fault_name: str) -> None:
    _one_create(what, V2_LOOKED_UP[what], fault_name, V2_EXPECTED[fault_name])


@pytest.mark.parametrize("fault_name", LOST)
def test_a_lost_generation_answer_says_it_cannot_be_looked_up(fault_name: str) -> None:
    mock, client = _mock_and_client()
    mock.faults.push("generate-photo-avatar-photos", FAULTS[fault_name])
    with pytest.raises(errors.APIError) as caught:
        client.photo_avatars.generate_photos(**PHOTO_FIELDS)
    assert caught.value.looked_up is None and "no way to look the result up" in str(caught.value.__notes__)
    assert len(mock.state.generations) == 1  # made once, never sent again blind


@pytest.mark.parametrize("fault_name", LOST)
def test_a_persistently_lost_keyed_create_makes_one_job_and_names_its_key(fault_name: str) -> None:
    mock, client = _mock_and_client()
    mock.faults.set_probability("createVideo", FAULTS[fault_name], 1.0)
    with pytest.raises(errors.APIError) as caught:
        client.videos.create(avatar_id="public_look_0", script="Hi", voice_id=VOICE, check_avatar=False)
    key = caught.value.idempotency_key
    assert key is not None
    assert len(mock.state.videos) == 1
    mock.faults.clear()  # calling again with the key gets HeyGen's first answer: the same video
    job = client.videos.create(
        avatar_id="public_look_0", script="Hi", voice_id=VOICE, check_avatar=False, idempotency_key=key
    )
    assert set(mock.state.videos) == {job.id}
