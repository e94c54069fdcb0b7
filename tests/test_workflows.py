"""create_photo_avatar / resume_photo_avatar against the mock, sync and async: the whole story, faults
injected at every step, resume, and the mock's state checked for anything created twice."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import resolve
from heygen_avatars import (
    AsyncHeyGen,
    InputValidationError,
    JobFailedError,
    LookPrompt,
    PhotoAvatarResult,
    PhotoAvatarWorkflowError,
    Step,
    StepSkipped,
    WaitTimeoutError,
    create_photo_avatar,
    resume_photo_avatar,
)
from heygen_avatars.mock import Fault, MockHeyGen
from heygen_avatars.mock.media import png
from heygen_avatars.workflows import JobStatusChanged

pytestmark = pytest.mark.anyio

PHOTOS = [png("front", 512, 512), png("side", 600, 600), png("smile", 640, 512)]
LOOKS = [
    "Navy blazer, modern office",
    LookPrompt("Hoodie in a park", orientation="square", style="Cinematic"),
]


def count(mock: MockHeyGen, operation: str) -> int:
    return len(mock.journal.for_operation(operation))


def assert_made_once(mock: MockHeyGen, result: PhotoAvatarResult, photos: int, prompts: int) -> None:
    """The mock's state holds exactly one of everything the story makes."""
    state = mock.state
    assert len(state.photo_groups) == 1
    assert list(state.photo_groups) == [result.group_id]
    assert len(state.assets) == photos
    assert len(state.generations) == prompts
    group = state.photo_groups[result.group_id]
    assert len(group.look_ids) == photos + 4 * prompts
    assert group.training is not None and group.training.status == "ready"
    assert len(result.look_ids) == photos and len(result.generated_look_ids) == 4 * prompts
    assert set(result.look_ids) | set(result.generated_look_ids) == set(group.look_ids)


async def test_the_whole_story_in_one_call(client: Any, mock: MockHeyGen) -> None:
    events: list[Any] = []
    result = await resolve(
        client.create_photo_avatar(name="Sylvia", photos=PHOTOS, looks=LOOKS, on_progress=events.append)
    )
    assert isinstance(result, PhotoAvatarResult)
    assert result.trained and result.group_id == result.look_ids[0]
    assert len(result.asset_ids) == 3 and len(result.image_keys) == 3
    assert len(result.generation_ids) == 2 and len(result.generated_image_keys) == 8
    assert_made_once(mock, result, photos=3, prompts=2)
    steps = [(type(e).__name__, e.step) for e in events if not isinstance(e, JobStatusChanged)]
    assert steps == [(kind, step) for step in Step for kind in ("StepStarted", "StepFinished")]
    changes = [e for e in events if isinstance(e, JobStatusChanged)]
    assert {e.step for e in changes} == {Step.ADD_LOOKS, Step.TRAIN, Step.GENERATE_LOOKS}
    assert {e.snapshot.kind for e in changes} == {"look", "training", "look_generation"}
    generations = mock.journal.for_operation("generate-photo-avatar-looks")
    assert len(generations) == 2
    assert count(mock, "add-looks-to-photo-avatar-group") == 1


async def test_the_module_function_and_async_callbacks(client: Any, mock: MockHeyGen) -> None:
    seen: list[str] = []

    def record(event: Any) -> None:
        seen.append(type(event).__name__)

    async def arecord(event: Any) -> None:  # the async client awaits coroutine callbacks
        record(event)

    on_progress = arecord if isinstance(client, AsyncHeyGen) else record
    result = await resolve(
        create_photo_avatar(client, name="Solo", photos=PHOTOS[:1], on_progress=on_progress)
    )
    assert result.look_ids == (result.group_id,) and result.generation_ids == ()
    assert "StepSkipped" in seen  # no extra looks' calls and no prompts
    assert count(mock, "add-looks-to-photo-avatar-group") == 0
    assert count(mock, "generate-photo-avatar-looks") == 0


async def test_generated_image_keys_need_their_generation_id(client: Any, mock: MockHeyGen) -> None:
    photos = await resolve((await resolve(client.photo_avatars.generate_photos(
        name="Gen", age="Young Adult", gender="Woman", ethnicity="White", orientation="square",
        pose="half_body", style="Realistic", appearance="Smiling, studio light",
    ))).result())  # fmt: skip
    result = await resolve(
        client.create_photo_avatar(
            name="Gen", photos=PHOTOS[:1], image_keys=photos.image_keys[:3], generation_id=photos.id
        )
    )
    assert len(result.look_ids) == 4
    assert result.image_keys[1:] == photos.image_keys[:3]
    assert count(mock, "add-looks-to-photo-avatar-group") == 1


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"photos": []}, "photos"),
        ({"photos": "me.jpg"}, "photos"),
        ({"photos": [png("tiny", 100, 100)]}, "photos[0]"),
        ({"name": " "}, "name"),
        ({"looks": ["x" * 1001]}, "looks[0]"),
        ({"looks": ["ok"], "orientation": "portrait"}, "orientation"),
        ({"looks": [LookPrompt("ok", pose="sitting")]}, "looks[0].pose"),  # type: ignore[arg-type]
        ({"looks": [42]}, "looks[0]"),
        ({"looks": "one prompt"}, "looks"),
        ({"image_keys": ["image/a/original"], "generation_id": "a/b"}, "generation_id"),
        ({"generation_id": "g1"}, "generation_id"),
        ({"on_progress": "print"}, "on_progress"),
    ],
)
async def test_bad_input_is_refused_before_any_request(
    client: Any, mock: MockHeyGen, kwargs: dict[str, Any], field: str
) -> None:
    arguments: dict[str, Any] = {"name": "Sylvia", "photos": PHOTOS[:1], **kwargs}
    with pytest.raises(InputValidationError) as caught:
        await resolve(client.create_photo_avatar(**arguments))
    assert caught.value.field == field
    assert len(mock.journal) == 0


# --- failures at each step, then resume -----------------------------------------------------------------

# (step, operation, how many calls of it succeed before the fault)
FAULTS = [
    (Step.UPLOAD, "upload-asset", 1),
    (Step.CREATE_GROUP, "create-photo-avatar-group", 0),
    (Step.ADD_LOOKS, "add-looks-to-photo-avatar-group", 0),
    (Step.TRAIN, "train-photo-avatar-group", 0),
    (Step.GENERATE_LOOKS, "generate-photo-avatar-looks", 1),
]


@pytest.mark.parametrize(("step", "operation", "ok_before"), FAULTS, ids=[f[0].value for f in FAULTS])
async def test_a_failure_at_each_step_then_resume_creates_nothing_twice(
    client: Any, mock: MockHeyGen, step: Step, operation: str, ok_before: int
) -> None:
    mock.faults.push(operation, *[Fault.latency(0)] * ok_before, Fault.status(500, message="boom"))
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS, looks=LOOKS))
    error = caught.value
    assert error.step is step
    assert f"step {step.value!r}" in str(error) and "boom" in str(error)
    assert error.__cause__ is not None
    made = error.created
    assert len(made.asset_ids) == (1 if step is Step.UPLOAD else 3)
    assert (made.group_id is None) == (step in (Step.UPLOAD, Step.CREATE_GROUP))
    assert len(made.generation_ids) == (1 if step is Step.GENERATE_LOOKS else 0)
    assert all(i in error.resume_token for i in made.all_ids)
    assert mock.api_key not in error.resume_token

    events: list[Any] = []
    result = await resolve(
        client.resume_photo_avatar(error.resume_token, photos=PHOTOS, on_progress=events.append)
    )
    assert_made_once(mock, result, photos=3, prompts=2)
    assert set(made.all_ids) <= set(result.all_ids)
    skipped = [e.step for e in events if isinstance(e, StepSkipped)]
    assert skipped == list(Step)[: list(Step).index(step)]
    # the failed upload call (if any) plus one per photo: none uploaded twice
    assert count(mock, "upload-asset") == 3 + (1 if step is Step.UPLOAD else 0)
    assert count(mock, "train-photo-avatar-group") == (2 if step is Step.TRAIN else 1)


async def test_a_failed_training_is_trained_again_on_resume(client: Any, mock: MockHeyGen) -> None:
    mock.script_next("training", fail=("training_failed", "No face detected, please try another photo"))
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS[:2]))
    assert caught.value.step is Step.TRAIN
    assert isinstance(caught.value.__cause__, JobFailedError)
    assert "No face detected" in str(caught.value)
    result = await resolve(client.resume_photo_avatar(caught.value.resume_token))
    assert result.trained
    assert count(mock, "train-photo-avatar-group") == 2
    assert count(mock, "upload-asset") == 2 and len(mock.state.photo_groups) == 1


async def test_a_failed_generation_is_started_again_but_the_others_are_not(
    client: Any, mock: MockHeyGen
) -> None:
    mock.script_next("look_generation", fail=("generation_failed", "The prompt was rejected"))
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS[:1], looks=LOOKS))
    assert caught.value.step is Step.GENERATE_LOOKS
    assert len(caught.value.created.generation_ids) == 1  # the failed one is forgotten
    result = await resolve(client.resume_photo_avatar(caught.value.resume_token))
    assert count(mock, "generate-photo-avatar-looks") == 3
    assert len(mock.state.photo_groups) == 1
    assert len(mock.state.photo_groups[result.group_id].look_ids) == 1 + 8
    assert len(result.generation_ids) == 2 and len(result.generated_look_ids) == 8
    assert caught.value.created.generation_ids[0] in result.generation_ids


async def test_a_lost_train_response_is_resolved_by_reading_the_status(client: Any, mock: MockHeyGen) -> None:
    # the server starts training but the answer never arrives: the SDK reads the status, not trains again
    mock.faults.push("train-photo-avatar-group", Fault.timeout())
    result = await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS[:1]))
    assert result.trained
    assert count(mock, "train-photo-avatar-group") == 1


async def test_a_lost_train_response_is_not_sent_again(client: Any, mock: MockHeyGen) -> None:
    # the answer is lost and so is the status read after it: resuming asks before training again
    mock.faults.push("train-photo-avatar-group", Fault.timeout())
    mock.faults.push("get-training-job-status", *[Fault.status(500)] * 3)
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS[:1]))
    assert caught.value.step is Step.TRAIN
    result = await resolve(client.resume_photo_avatar(caught.value.resume_token))
    assert result.trained
    assert count(mock, "train-photo-avatar-group") == 1
    assert count(mock, "get-training-job-status") >= 2


async def test_a_wait_timeout_resumes_the_same_training(client: Any, mock: MockHeyGen) -> None:
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS[:1], timeout=60))
    error = caught.value
    assert error.step is Step.TRAIN and isinstance(error.__cause__, WaitTimeoutError)
    result = await resolve(client.resume_photo_avatar(error.resume_token))
    assert result.trained and count(mock, "train-photo-avatar-group") == 1


# --- the resume token -----------------------------------------------------------------------------------


async def failed_upload(client: Any, mock: MockHeyGen) -> PhotoAvatarWorkflowError:
    mock.faults.push("upload-asset", Fault.latency(0), Fault.status(500))
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS, looks=LOOKS))
    return caught.value


async def test_the_token_is_versioned_json_without_secrets(client: Any, mock: MockHeyGen) -> None:
    error = await failed_upload(client, mock)
    payload = json.loads(error.resume_token)
    assert payload["heygen_avatars_workflow"] == 3 and payload["workflow"] == "create_photo_avatar"
    assert mock.api_key not in error.resume_token
    assert "PNG" not in error.resume_token  # photos are kept by digest only


@pytest.mark.parametrize(
    ("mutate", "photos", "message"),
    [
        (lambda t: "not json", PHOTOS, "not JSON"),
        (lambda t: json.dumps({"x": 1}), PHOTOS, "not a create_photo_avatar resume token"),
        (
            lambda t: t.replace('"heygen_avatars_workflow":3', '"heygen_avatars_workflow":9'),
            PHOTOS,
            "version",
        ),
        (
            lambda t: t.replace("https://api.heygen.com", "https://other.example"),
            PHOTOS,
            "this client talks to",
        ),
        (lambda t: t.replace('"name":"Sylvia"', '"nom":"Sylvia"'), PHOTOS, "damaged"),
        (lambda t: t.replace('"uploaded_keys":[', '"uploaded_keys":[null,'), PHOTOS, "damaged"),
        (lambda t: t, None, "not uploaded yet"),
        (lambda t: t, PHOTOS[:2], "the same 3 photos"),
        (lambda t: t, [PHOTOS[0], PHOTOS[2], PHOTOS[1]], "is not the photo"),
    ],
)
async def test_a_bad_resume_is_refused_before_any_request(
    client: Any, mock: MockHeyGen, mutate: Any, photos: Any, message: str
) -> None:
    error = await failed_upload(client, mock)
    sent = len(mock.journal)
    with pytest.raises(InputValidationError, match=message):
        await resolve(client.resume_photo_avatar(mutate(error.resume_token), photos=photos))
    assert len(mock.journal) == sent


async def test_resume_of_a_finished_step_sends_no_create(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push("generate-photo-avatar-looks", Fault.status(500))
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS[:2], looks=LOOKS[:1]))
    sent = len(mock.journal)
    events: list[Any] = []
    result = await resolve(resume_photo_avatar(client, caught.value.resume_token, on_progress=events.append))
    later = mock.journal.entries[sent:]
    assert [e.operation for e in later if e.method == "POST"] == ["generate-photo-avatar-looks"]
    assert [e.step for e in events if isinstance(e, StepSkipped)] == list(Step)[:4]
    assert len(result.generated_look_ids) == 4


async def test_a_look_rejected_by_moderation_is_added_again_on_resume(client: Any, mock: MockHeyGen) -> None:
    mock.script_next("look")  # the group's own look
    mock.script_next("look", fail=("moderation_rejected", "Nudity detected"))
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS[:2]))
    assert caught.value.step is Step.ADD_LOOKS and "Nudity detected" in str(caught.value)
    result = await resolve(client.resume_photo_avatar(caught.value.resume_token))
    assert result.trained and len(result.look_ids) == 2
    group = mock.state.photo_groups[result.group_id]
    assert group.look_ids == list(result.look_ids)  # the rejected look is gone, its photo added again
    assert count(mock, "add-looks-to-photo-avatar-group") == 2 and count(mock, "upload-asset") == 2


async def test_a_version_1_token_is_still_read(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push("train-photo-avatar-group", Fault.status(500))
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS[:2]))
    payload = json.loads(caught.value.resume_token)
    payload["heygen_avatars_workflow"] = 1
    progress = payload["progress"]
    for new in ("groups_before", "look_keys", "generation_sent"):
        del progress[new]
    progress.update(keys_added=len(progress["look_ids"]), training_started=False)
    result = await resolve(client.resume_photo_avatar(json.dumps(payload)))
    assert result.trained and len(mock.state.photo_groups) == 1
    assert count(mock, "add-looks-to-photo-avatar-group") == 1


async def test_a_version_2_token_is_still_read(client: Any, mock: MockHeyGen) -> None:
    mock.faults.push("train-photo-avatar-group", Fault.status(400))
    with pytest.raises(PhotoAvatarWorkflowError) as caught:
        await resolve(client.create_photo_avatar(name="Sylvia", photos=PHOTOS[:2]))
    payload = json.loads(caught.value.resume_token)
    assert payload["progress"]["sending"] is None  # HeyGen answered: nothing in flight
    payload["heygen_avatars_workflow"] = 2
    del payload["progress"]["sending"]
    result = await resolve(client.resume_photo_avatar(json.dumps(payload)))
    assert result.trained and len(mock.state.photo_groups) == 1
    assert count(mock, "add-looks-to-photo-avatar-group") == 1


@pytest.mark.parametrize("sending", ["launch", "generate:2", "add_looks:2", "add_looks:-1", "train:1", 7])
async def test_a_token_naming_a_create_its_plan_does_not_make_is_refused(
    client: Any, mock: MockHeyGen, sending: object
) -> None:
    error = await failed_upload(client, mock)
    payload = json.loads(error.resume_token)
    payload["progress"]["sending"] = sending  # the plan: 3 photos, 2 look prompts
    if sending == "add_looks:2":
        payload["plan"]["photo_digests"] = payload["plan"]["photo_digests"][:2]
        payload["progress"]["asset_ids"] = payload["progress"]["asset_ids"][:2]
        payload["progress"]["uploaded_keys"] = payload["progress"]["uploaded_keys"][:2]
    sent = len(mock.journal)
    with pytest.raises(InputValidationError, match="damaged"):
        await resolve(
            client.resume_photo_avatar(
                json.dumps(payload), photos=PHOTOS[: len(payload["plan"]["photo_digests"])]
            )
        )
    assert len(mock.journal) == sent


async def test_every_token_taken_right_before_a_create_resumes_to_one_of_everything(
    client: Any, mock: MockHeyGen
) -> None:
    # a batch journals the token at each checkpoint: a kill -9 while that create is in flight leaves it
    from heygen_avatars.jobs.waiting import DEFAULT
    from heygen_avatars.workflows.photo_avatar import _start
    from heygen_avatars.workflows.progress import token_of
    from heygen_avatars.workflows.steps import photo_avatar_flow

    run = _start(
        client, name="Sylvia", photos=PHOTOS[:2], image_keys=(), generation_id=None, looks=LOOKS[:1],
        orientation="horizontal", pose="half_body", style="Realistic", on_progress=None, timeout=DEFAULT,
    )  # fmt: skip
    tokens: list[tuple[str | None, str]] = []

    def checkpoint(_: object) -> None:
        tokens.append((run.progress.sending, token_of(run.base_url, run.plan, run.progress)))

    run.on_checkpoint = checkpoint
    first = await resolve(client._run(photo_avatar_flow(run), {}))
    assert [sending for sending, _ in tokens] == ["create_group", "add_looks:1", "train", "generate:0"]
    assert run.progress.sending is None  # every answer came
    assert_made_once(mock, first, photos=2, prompts=1)
    for _, token in tokens:  # the create it names was made: the resume finds it instead of paying again
        result = await resolve(client.resume_photo_avatar(token, photos=PHOTOS[:2]))
        assert_made_once(mock, result, photos=2, prompts=1)
        assert result.group_id == first.group_id and set(result.look_ids) == set(first.look_ids)


@pytest.mark.parametrize("field", ["group_id", "seed", ""])
async def test_a_look_prompt_with_a_field_it_does_not_know_is_read_like_the_rest_of_the_token(
    client: Any, mock: MockHeyGen, field: str
) -> None:
    # a field a later version adds (or any other) is ignored, as everywhere in a token: never a TypeError
    error = await failed_upload(client, mock)
    payload = json.loads(error.resume_token)
    for look in payload["plan"]["looks"]:
        look[field] = "x1"
    result = await resolve(client.resume_photo_avatar(json.dumps(payload), photos=PHOTOS))
    assert_made_once(mock, result, photos=3, prompts=2)
    assert {g.group_id for g in mock.state.generations.values()} == {result.group_id}
