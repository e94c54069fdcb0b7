# pyright: strict, reportUnnecessaryTypeIgnoreComment=true
"""Typical user code, for the type checkers only: `tests/test_typing.py` runs ``mypy --strict`` and pyright
(strict, by the comment above) on this folder. Every call sits in a function nobody calls, so nothing here
is sent; `assert_type` pins what a user's checker must infer, and pyright strict that nothing is unknown."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any, assert_type

import httpx
from heygen_avatars import (
    AddedLooks,
    Age,
    Asset,
    AsyncHeyGen,
    AsyncJob,
    AsyncPager,
    AvatarGroup,
    AvatarLook,
    AvatarVideoEvent,
    Consent,
    HeyGen,
    HeyGenError,
    Job,
    JobFailedError,
    JobSnapshot,
    JobState,
    LookPrompt,
    NewAvatar,
    NewGroup,
    NotFoundError,
    Page,
    Pager,
    PhotoAvatarGroup,
    PhotoAvatarLook,
    PhotoAvatarResult,
    PhotoAvatarWorkflowError,
    PhotoGeneration,
    Pose,
    RateLimitError,
    RawResponse,
    Style,
    Timeouts,
    TrainingStatus,
    UploadedAsset,
    Video,
    Voice,
    WaitTimeoutError,
    WebhookEndpoint,
    WebhookEvent,
    WebhookEventTypeInfo,
    WebhookReceiver,
    WebhookReply,
    WebhookSecret,
    WebhookVerificationError,
    create_photo_avatar,
)
from heygen_avatars.mock import Fault, JournalEntry, MockHeyGen


def clients() -> None:
    assert_type(HeyGen(), HeyGen)
    assert_type(HeyGen(api_key="k", timeout=30, max_retries=0), HeyGen)
    assert_type(HeyGen(timeout=Timeouts(read=10, upload=300)), HeyGen)
    assert_type(HeyGen(timeout=httpx.Timeout(20.0), default_headers={"x-team": "a"}), HeyGen)
    assert_type(HeyGen(http_client=httpx.Client()), HeyGen)
    assert_type(AsyncHeyGen(http_client=httpx.AsyncClient()), AsyncHeyGen)

    mock = MockHeyGen()
    with HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock) as client:
        assert_type(client, HeyGen)
        assert_type(client.with_options(max_retries=5), HeyGen)
        assert_type(client.timeout, Timeouts)
        assert_type(client.max_retries, int)
        assert_type(client.base_url, str)
        assert_type(client.download("https://example.com/a.png"), bytes)
        assert_type(client.download("https://example.com/a.png", to="a.png"), Path)


def mock_controls(mock: MockHeyGen) -> None:
    mock.script_next("video", fail=("render_failed", "Voice unavailable"))
    mock.faults.push("createVideo", Fault.status(503))
    mock.faults.push("*", Fault.rate_limited(retry_after=0))
    mock.advance(300)
    assert_type(mock.journal.for_operation("createVideo"), list[JournalEntry])
    mock.complete_consent("gid")


def photo_avatars(client: HeyGen, photo: bytes) -> None:
    age: Age = "Young Adult"
    pose: Pose = "half_body"
    style: Style = "Realistic"
    job = client.photo_avatars.generate_photos(
        name="Lina", age=age, gender="Woman", ethnicity="Asian American", orientation="horizontal",
        pose=pose, style=style, appearance="A woman in casual attire", timeout=10, max_retries=1,
    )  # fmt: skip
    assert_type(job, Job[PhotoGeneration])
    photos = job.result(timeout=600, on_progress=lambda s: print(s.status, s.elapsed))
    assert_type(photos, PhotoGeneration)
    assert_type(photos.image_keys, tuple[str, ...])

    new = client.photo_avatars.create_group(
        name="Lina", image_key=photos.image_keys[0], generation_id=photos.id
    )
    assert_type(new, NewGroup[Job[PhotoAvatarLook]])
    assert_type(new.job.result(), PhotoAvatarLook)
    added = client.photo_avatars.add_looks(new.group_id, photos=[photo], extra_headers={"x-trace": "1"})
    assert_type(added, AddedLooks[Job[PhotoAvatarLook]])
    snapshots = client.jobs.wait_all([new.job, *added.jobs], timeout=900, request_timeout=5)
    assert_type(snapshots, list[JobSnapshot | JobFailedError])

    training = client.photo_avatars.train(new.group_id)
    assert_type(training, Job[TrainingStatus])
    assert_type(training.result().status, str)
    assert_type(client.photo_avatars.training_status(new.group_id), TrainingStatus)
    looks = client.photo_avatars.generate_looks(
        new.group_id, prompt="White shirt", orientation="square", pose="close_up", style="Cinematic"
    )
    assert_type(looks.result(), PhotoGeneration)

    assert_type(client.photo_avatars.upload_photo(photo), UploadedAsset)
    assert_type(client.photo_avatars.get_look("lid"), PhotoAvatarLook)
    assert_type(client.photo_avatars.get_generation("gid"), PhotoGeneration)
    assert_type(client.photo_avatars.list_groups(include_public=True), list[PhotoAvatarGroup])
    assert_type(client.photo_avatars.list_looks(new.group_id), list[PhotoAvatarLook])
    assert_type(client.photo_avatars.add_motion("lid", prompt="nods"), Job[PhotoAvatarLook])
    assert_type(client.photo_avatars.upscale("lid"), Job[PhotoAvatarLook])
    assert_type(client.photo_avatars.delete_look("lid"), None)

    # handles on jobs started elsewhere: no request
    assert_type(client.photo_avatars.look_job("lid"), Job[PhotoAvatarLook])
    assert_type(client.photo_avatars.training_job(new.group_id), Job[TrainingStatus])
    assert_type(client.photo_avatars.generation_job("gid", kind="look_generation"), Job[PhotoGeneration])


def avatars(client: HeyGen) -> None:
    new = client.avatars.create_from_photo(name="Sarah", photo="sarah.png", timeout=60)
    assert_type(new, NewAvatar[Job[AvatarLook]])
    assert_type(new.needs_consent, bool)
    look = new.job.result()
    assert_type(look, AvatarLook)
    more = client.avatars.create_from_prompt(name="Sarah, office", prompt="Navy blazer", avatar_id=look.id)
    assert_type(more.job, Job[AvatarLook])

    twin = client.avatars.create_digital_twin(name="Me", footage=Path("me.mp4"))
    if twin.job.wait().state is JobState.ACTION_REQUIRED:
        consent = client.avatars.request_consent(twin.group_id)
        assert_type(consent, Consent)
        assert_type(consent.url, str | None)

    groups = client.avatars.list_groups(ownership="private", max_items=100)
    assert_type(groups, Pager[AvatarGroup])
    for group in groups:
        assert_type(group, AvatarGroup)
    first = client.avatars.list_looks(group_id="gid", limit=50).first_page()
    assert_type(first, Page[AvatarLook])
    assert_type(first.items, tuple[AvatarLook, ...])
    assert_type(first.next_token, str | None)
    for page in client.avatars.list_looks(avatar_type="photo_avatar").pages():
        assert_type(page, Page[AvatarLook])
    assert_type(client.avatars.list_looks().to_list(), Sequence[AvatarLook])

    assert_type(client.avatars.get_look("x"), AvatarLook)
    assert_type(client.avatars.get_group("gid", max_retries=3), AvatarGroup)
    assert_type(client.avatars.rename_look("x", "New name"), AvatarLook)
    assert_type(client.avatars.look_job("x"), Job[AvatarLook])
    client.avatars.delete_group("gid")


def assets_videos_voices(client: HeyGen) -> None:
    asset = client.assets.upload("talk.mp3")
    assert_type(asset, Asset)
    assert_type(client.assets.upload(b"...", endpoint="v1", photo=True), UploadedAsset)

    voice = next(iter(client.voices.list(language="English", gender="female", max_items=1)))
    assert_type(voice, Voice)
    job = client.videos.create(
        avatar_id="look", script="Hi!", voice_id=voice.id, aspect_ratio="16:9", resolution="1080p"
    )
    assert_type(job, Job[Video])
    assert_type(job.id, str)
    assert_type(job.status, str | None)
    token = job.resume_token()
    assert_type(token, str)
    assert_type(job.wait(timeout=None), JobSnapshot)
    assert_type(job.poll(timeout=5), JobSnapshot)
    video = job.result()
    assert_type(video, Video)
    assert_type(client.videos.download(video, to="talk.mp4"), Path)
    assert_type(client.videos.download(video.id), bytes)
    assert_type(client.videos.get(video.id), Video)
    assert_type(client.videos.job(video.id), Job[Video])
    assert_type(client.videos.list(title="Hello").first_page(), Page[Video])
    assert_type(client.videos.create(avatar_id="look", audio_asset_id=asset.id).result(), Video)

    # a job from a token or a bare id: its result type is a runtime fact, so the user states it
    resumed: Job[Video] = client.jobs.resume(token, kind="video")
    assert_type(resumed.result(), Video)
    by_id = client.jobs.get("video", video.id)
    assert_type(by_id, Job[Any])
    assert_type(client.jobs.kinds(), list[str])


def raw_responses(client: HeyGen) -> None:
    raw = client.avatars.with_raw_response.get_look("x")
    assert_type(raw, RawResponse[AvatarLook])
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx.Headers)
    assert_type(raw.request_id, str | None)
    assert_type(raw.parse(), AvatarLook)

    created = client.videos.with_raw_response.create(avatar_id="look", script="Hi", voice_id="v")
    assert_type(created.parse(), Job[Video])
    page = client.voices.with_raw_response.list(language="English")
    assert_type(page.parse(), Page[Voice])
    generation = client.photo_avatars.with_raw_response.generate_photos(
        name="Lina", age="Early Middle Age", gender="Man", ethnicity="Unspecified", orientation="vertical",
        pose="full_body", style="Pixar", appearance="A man in a suit",
    )  # fmt: skip
    assert_type(generation.parse(), Job[PhotoGeneration])
    assert_type(client.assets.with_raw_response.upload("a.png").parse(), Asset)
    assert_type(client.photo_avatars.with_raw_response.delete_group("gid").parse(), None)


def errors(client: HeyGen) -> None:
    try:
        client.avatars.get_look("missing")
    except NotFoundError as e:
        assert_type(e.status_code, int)
        assert_type(e.request_id, str | None)
        assert_type(e.code, str | None)
    except RateLimitError as e:
        assert_type(e.retry_after, float | None)
    except HeyGenError as e:
        print(e)

    try:
        client.videos.job("vid").result(timeout=60)
    except WaitTimeoutError as e:
        assert_type(e.resume_token, str | None)
        assert_type(e.snapshot, JobSnapshot | None)
    except JobFailedError as e:
        assert_type(e.code, str | None)
        assert_type(e.snapshot, JobSnapshot)


def workflows(client: HeyGen, async_client: AsyncHeyGen) -> None:
    try:
        result = client.create_photo_avatar(
            name="Sylvia",
            photos=["a.jpg", Path("b.jpg")],
            looks=["Office", LookPrompt("Beach", pose="full_body")],
        )
        assert_type(result, PhotoAvatarResult)
        assert_type(result.group_id, str | None)
    except PhotoAvatarWorkflowError as error:
        assert_type(client.resume_photo_avatar(error.resume_token, photos=["a.jpg"]), PhotoAvatarResult)
    assert_type(create_photo_avatar(client, name="Sylvia", image_keys=["k"]), PhotoAvatarResult)

    async def run() -> PhotoAvatarResult:
        return await async_client.create_photo_avatar(name="Sylvia", photos=["a.jpg"])

    assert_type(asyncio.run(run()), PhotoAvatarResult)


async def async_usage() -> None:
    async with AsyncHeyGen(max_retries=1) as client:
        job = await client.videos.create(avatar_id="look", script="Hi", voice_id="v", timeout=10)
        assert_type(job, AsyncJob[Video])
        assert_type(await job.result(), Video)
        assert_type(await job.wait(max_retries=0), JobSnapshot)
        assert_type(job.resume_token(), str)

        new = await client.avatars.create_from_photo(name="Sarah", url="https://example.com/s.png")
        assert_type(new, NewAvatar[AsyncJob[AvatarLook]])
        group = await client.photo_avatars.create_group(name="Lina", photo="lina.jpg")
        assert_type(group, NewGroup[AsyncJob[PhotoAvatarLook]])
        assert_type(await group.job.result(), PhotoAvatarLook)
        assert_type(client.photo_avatars.training_job(group.group_id), AsyncJob[TrainingStatus])
        assert_type(await client.jobs.wait_all([new.job, group.job]), list[JobSnapshot | JobFailedError])

        looks = client.avatars.list_looks(ownership="public")
        assert_type(looks, AsyncPager[AvatarLook])
        async for look in looks:
            assert_type(look, AvatarLook)
        assert_type(await looks.first_page(), Page[AvatarLook])
        async for voice in client.voices.list():
            assert_type(voice, Voice)

        raw = await client.avatars.with_raw_response.get_group("gid", extra_headers={"x-trace": "1"})
        assert_type(raw, RawResponse[AvatarGroup])
        assert_type(raw.parse(), AvatarGroup)
        videos = await client.videos.with_raw_response.list(max_items=5)
        assert_type(videos.parse(), Page[Video])
        assert_type(await client.download("https://example.com/v.mp4"), bytes)


def webhooks(client: HeyGen, async_client: AsyncHeyGen, body: bytes, headers: dict[str, str]) -> None:
    endpoint = client.webhooks.create("https://example.com/hooks", events=["avatar_video.success"])
    assert_type(endpoint, WebhookEndpoint)
    assert_type(endpoint.secret, str | None)
    assert_type(client.webhooks.list(), Pager[WebhookEndpoint])
    assert_type(client.webhooks.update(endpoint.id, events=["avatar_video.fail"]), WebhookEndpoint)
    assert_type(client.webhooks.rotate_secret(endpoint.id), WebhookSecret)
    assert_type(client.webhooks.list_event_types(), list[WebhookEventTypeInfo])
    assert_type(client.webhooks.list_events(event_type="avatar_video.success"), Pager[WebhookEvent])
    assert_type(client.webhooks.delete(endpoint.id), None)
    assert_type(client.webhooks.with_raw_response.rotate_secret(endpoint.id).parse(), WebhookSecret)
    try:
        event = client.webhooks.unwrap(body, headers, secret=[endpoint.secret or "", "whsec_old"])
        assert_type(event, WebhookEvent)
        if isinstance(event, AvatarVideoEvent):
            assert_type(event.video_id, str | None)
        assert_type(event.succeeded, bool | None)
    except WebhookVerificationError as error:
        assert_type(error.reason, str)
    assert_type(client.webhooks.verify_signature(body, headers, tolerance=None), None)
    receiver = client.webhooks.receiver(on_event=lambda event: print(event.event_type))
    assert_type(receiver, WebhookReceiver)
    assert_type(receiver.handle(body, headers), WebhookReply)
    assert_type(client.webhooks.new_callback_id(), str)
    assert_type(async_client.webhooks.receiver(), WebhookReceiver)

    async def run() -> None:
        created = await async_client.webhooks.create("https://example.com/hooks")
        assert_type(created, WebhookEndpoint)
        assert_type(async_client.webhooks.list_events(entity_id="vid"), AsyncPager[WebhookEvent])
        assert_type(await async_client.webhooks.list_event_types(), list[WebhookEventTypeInfo])
        assert_type(async_client.webhooks.unwrap(body, headers), WebhookEvent)

    asyncio.run(run())


def mistakes(client: HeyGen, async_client: AsyncHeyGen) -> None:
    """Errors a user's checker must report: each ignore is needed (mypy and pyright report unused ones)."""
    pose: Pose = "sitting"  # type: ignore[assignment]
    client.avatars.list_looks(ownership="mine")  # type: ignore[arg-type]
    client.avatars.get_look("x", retries=2)  # type: ignore[call-arg]
    client.avatars.get_look("x", timeout="10")  # type: ignore[arg-type]
    video: Video = async_client.videos.job("vid").result()  # type: ignore[assignment]
    client.webhooks.create("https://example.com/h", events=["video.done"])  # type: ignore[list-item]
    print(pose, video)
