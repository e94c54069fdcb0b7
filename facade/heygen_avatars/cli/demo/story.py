"""The whole story, end to end, with the public SDK: what ``scripts/demo`` and ``heygen-avatars demo`` play.

AI photos of a person who does not exist → a photo avatar group from them (the first photo makes the group,
the others become more looks) → training → new looks from prompts → a v3 avatar from one of the photos →
a new look of that avatar that keeps its identity (a prompt plus the look's id) → a video of it speaking →
a talking photo: another of the AI photos made to speak, with no avatar at all (Avatar IV).

Every image HeyGen returns is saved in a folder with ``index.html``, a contact sheet showing each image
with its ids and status, and ``story.json`` with every id. By default the story plays on the embedded
mock (no key, no network, a few seconds); ``--live`` plays it on HeyGen with ``HEYGEN_API_KEY`` (this
spends credits). As a library::

    from heygen_avatars import HeyGen
    from heygen_avatars.cli.demo import play_story

    result = play_story(HeyGen(), "my-story/")       # live: needs HEYGEN_API_KEY
    print(result.sheet)                              # my-story/index.html
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import attrs

from ..._client import HeyGen
from ...types.videos import Video
from ...workflows import (
    JobStatusChanged,
    LookPrompt,
    Step,
    StepFinished,
    StepSkipped,
    StepStarted,
    WorkflowEvent,
)
from ..output import jsonable
from ..progress import NullReporter, Reporter
from .sheet import Inputs, Picture, render_sheet

__all__ = ["DEFAULT_FOLDER", "Inputs", "Picture", "StoryResult", "play_story"]


DEFAULT_FOLDER = Path("heygen-avatars-story")

PHOTOS = {
    "age": "Young Adult",
    "gender": "Woman",
    "ethnicity": "Asian American",
    "orientation": "horizontal",
    "pose": "half_body",
    "style": "Realistic",
    "appearance": "A stylish woman in casual attire on a city street",
}
"""What the AI photos ask for (with the person's name)."""
NEW_LOOKS = (
    LookPrompt("White shirt, front-facing, bright studio", orientation="square"),
    LookPrompt("Denim jacket on a rooftop at sunset", orientation="square", style="Cinematic"),
)
IDENTITY_PROMPT = "Wearing a navy blazer, modern office with plants, warm natural light"
SCRIPT = "Hello! I started as a few AI photos a minute ago. Now I have new looks, and I can talk."
TALKING_PHOTO_SCRIPT = "And I am one of those first photos: no avatar, no training, and I can talk too."
MOTION_PROMPT = "Smiles, nods and gestures naturally while talking"

V3_CHAPTER = "4. A v3 avatar and a new look of the same person"
TALKING_PHOTO_CHAPTER = "6. A talking photo"
STEPS = 9
"""Stages shown: photos, group, more looks, training, new looks, v3 avatar, identity look, video, talking
photo."""
_STEP_TITLES = {
    Step.CREATE_GROUP: "a photo avatar group from the first photo",
    Step.ADD_LOOKS: "the other photos become more looks of the group",
    Step.TRAIN: "training the group",
    Step.GENERATE_LOOKS: "new looks from prompts",
}


@attrs.define
class StoryResult:
    """What the story made: the folder, the saved pictures, every id, and how long it took."""

    folder: Path
    sheet: Path
    pictures: list[Picture] = attrs.field(factory=list)
    inputs: list[Inputs] = attrs.field(factory=list)
    """What each step asked for, shown beside what came back."""
    ids: dict[str, Any] = attrs.field(factory=dict)
    video_file: str | None = None
    talking_photo_file: str | None = None
    wall_seconds: float = 0.0
    heygen_seconds: float = 0.0
    """Time on the client's clock (on the mock: HeyGen's time, sped up)."""


class _Story:
    """One run: the client, the folder, the pictures saved so far."""

    def __init__(self, client: HeyGen, folder: Path, reporter: Reporter) -> None:
        self.client = client
        self.folder = folder
        self.report = reporter
        self.result = StoryResult(folder=folder, sheet=folder / "index.html")
        self._steps = 0

    def asked(self, chapter: str, *files: str, **fields: str) -> None:
        """Record what a step asked for (field names with spaces for underscores; saved input pictures)."""
        named = tuple((name.replace("_", " "), value) for name, value in fields.items())
        self.result.inputs.append(Inputs(chapter, named, files))

    def step(self, title: str) -> None:
        self._steps += 1
        self.report.step(f"[{self._steps}/{STEPS}] {title}")

    def save(
        self,
        url: str | None,
        file: str,
        chapter: str,
        title: str,
        status: str,
        video_file: str | None = None,
        **ids: str,
    ) -> None:
        """Download one image (no API key is sent with it) and add it to the contact sheet (linking to
        ``video_file`` when the image is a video's thumbnail)."""
        if not url:
            self.report.note(f"{title}: no image URL yet ({status})")
            return
        self.client.download(url, to=self.folder / file)
        self.result.pictures.append(Picture(chapter, title, file, tuple(ids.items()), status, video_file))
        self.report.note(f"saved {file}")

    def on_workflow(self, event: WorkflowEvent) -> None:
        if isinstance(event, StepStarted):
            self.step(_STEP_TITLES.get(event.step, event.step.value))
        elif isinstance(event, JobStatusChanged):
            self.report.job(event.snapshot)
        elif isinstance(event, StepFinished) and event.ids:
            self.report.note(f"{event.step.value}: {len(event.ids)} id(s), first {event.ids[0]}")
        elif isinstance(event, StepSkipped) and event.step is not Step.UPLOAD:
            self.report.note(f"{event.step.value} skipped: {event.reason}")


def play_story(
    client: HeyGen,
    folder: str | os.PathLike[str] = DEFAULT_FOLDER,
    reporter: Reporter | None = None,
    *,
    name: str = "Lina",
    mock: bool | None = None,
) -> StoryResult:
    """Play the whole story with ``client`` and save what it makes in ``folder`` (created if needed).
    ``mock``: whether ``client`` talks to the local mock (the sheet says where its pictures come from);
    by default, whether the pictures are served from the mock's file route."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    story = _Story(client, out, reporter or NullReporter())
    report, ids = story.report, story.result.ids
    started, clock_start = time.monotonic(), client.clock.monotonic()

    # 1. AI photos of a person who does not exist (v2), usually four
    story.step(f"AI photos of {name}")
    story.asked("1. AI photos", name=name, **PHOTOS)
    photos = client.photo_avatars.generate_photos(name=name, **PHOTOS).result(  # type: ignore[arg-type]
        on_progress=report.job
    )
    ids["photo_generation_id"] = photos.id
    for index, url in enumerate(photos.image_urls, 1):
        story.save(url, f"1-photo-{index}.png", "1. AI photos", f"photo {index}", photos.status,
                   generation=photos.id)  # fmt: skip

    # 2-4. group from the photos → more looks → train → new looks: one workflow call, resumable on failure
    saved_photos = [f"1-photo-{index}.png" for index in range(1, len(photos.image_urls) + 1)]
    story.asked("2. The group and its looks", *saved_photos, image_keys=f"{len(photos.image_keys)} keys of "
                f"generation {photos.id}", then="the group is trained")  # fmt: skip
    story.asked("3. New looks after training", **{
        f"look {index}": f"{look.prompt} ({look.orientation}, {look.pose}, {look.style})"
        for index, look in enumerate(NEW_LOOKS, 1)
    })  # fmt: skip
    made = client.create_photo_avatar(
        name=name,
        image_keys=photos.image_keys,
        generation_id=photos.id,
        looks=NEW_LOOKS,
        on_progress=story.on_workflow,
    )
    group_id = str(made.group_id)
    ids.update(
        group_id=group_id, look_ids=list(made.look_ids), generated_look_ids=list(made.generated_look_ids)
    )
    first_looks = set(made.look_ids)
    looks = client.photo_avatars.list_looks(group_id)
    chapters = (
        ("2. The group and its looks", "2-look", True),
        ("3. New looks after training", "3-new-look", False),
    )
    for chapter, prefix, first in chapters:
        chosen = [look for look in looks if (look.id in first_looks) == first]
        for index, look in enumerate(chosen, 1):
            story.save(look.image_url, f"{prefix}-{index}.png", chapter, look.name, look.status,
                       look=look.id, group=group_id)  # fmt: skip

    # 5. a v3 avatar from one of the photos, then a new look that keeps its identity
    story.step("a v3 avatar from the first photo")
    story.asked(V3_CHAPTER, saved_photos[0], photo="the first AI photo (by its URL)",
                then=f"a new look: “{IDENTITY_PROMPT}” with avatar_id = the avatar's look")  # fmt: skip
    avatar = client.avatars.create_from_photo(name=f"{name} (v3)", url=photos.image_urls[0])
    base = avatar.job.result(on_progress=report.job)
    ids.update(avatar_group_id=avatar.group_id, avatar_look_id=base.id)
    story.save(base.preview_image_url, "4-avatar.png", V3_CHAPTER,
               base.name, base.status or "?", look=base.id, group=avatar.group_id)  # fmt: skip

    story.step("a new look of the same person (prompt + avatar_id)")
    office = client.avatars.create_from_prompt(
        name=f"{name}, office", prompt=IDENTITY_PROMPT, avatar_id=base.id
    ).job.result(on_progress=report.job)
    ids["office_look_id"] = office.id
    story.save(office.preview_image_url, "4-avatar-office.png", V3_CHAPTER, office.name, office.status or "?",
               look=office.id, group=office.group_id or "")  # fmt: skip

    # 6. a video of the new look speaking, in an English voice
    story.step("a video of the new look speaking")
    voice = next(iter(client.voices.list(language="English", max_items=1)), None) or next(
        iter(client.voices.list(max_items=1))
    )
    voice_name = f"{voice.name} ({voice.id})"
    story.asked("5. The video", "4-avatar-office.png", avatar_id=office.id, voice=voice_name, script=SCRIPT)
    video = client.videos.create(
        avatar_id=office.id, script=SCRIPT, voice_id=voice.id, title=f"{name} says hello"
    ).result(on_progress=report.job)
    ids.update(voice_id=voice.id, video_id=video.id)
    _save_video(story, video)

    # 7. a talking photo: another AI photo speaks as it is, no avatar (POST /v3/videos type image)
    story.step("a talking photo: one of the AI photos made to speak")
    photo_url = photos.image_urls[1 if len(photos.image_urls) > 1 else 0]
    story.asked(TALKING_PHOTO_CHAPTER, saved_photos[1 if len(saved_photos) > 1 else 0],
                image="an AI photo (by its URL)", script=TALKING_PHOTO_SCRIPT, motion_prompt=MOTION_PROMPT,
                expressiveness="medium")  # fmt: skip
    talking = client.videos.create_from_image(
        url=photo_url, script=TALKING_PHOTO_SCRIPT, voice_id=voice.id, motion_prompt=MOTION_PROMPT,
        expressiveness="medium", title=f"{name}, a talking photo",
    ).result(on_progress=report.job)  # fmt: skip
    ids["talking_photo_video_id"] = talking.id
    _save_talking_photo(story, talking)

    story.result.wall_seconds = time.monotonic() - started
    story.result.heygen_seconds = client.clock.monotonic() - clock_start
    if mock is None:
        mock = any("/_mock/files/" in url for url in photos.image_urls)
    _write_sheet(story.result, name, mock=mock)
    return story.result


def _save_video(story: _Story, video: Video) -> None:
    file = None
    if video.video_url:
        file = "5-video.mp4"
        story.client.download(video.video_url, to=story.folder / file)
        story.result.video_file = file
        story.report.note(f"saved {file}")
    story.save(video.thumbnail_url, "5-video-thumbnail.png", "5. The video", video.title or "video",
               video.status, file, video=video.id)  # fmt: skip


def _save_talking_photo(story: _Story, video: Video) -> None:
    file = None
    if video.video_url:
        file = "6-talking-photo.mp4"
        story.client.download(video.video_url, to=story.folder / file)
        story.result.talking_photo_file = file
        story.report.note(f"saved {file}")
    story.save(video.thumbnail_url, "6-talking-photo.png", TALKING_PHOTO_CHAPTER,
               video.title or "talking photo", video.status, file, video=video.id)  # fmt: skip


MOCK_SOURCE = (
    "Played on the local HeyGen mock: every picture and video here was drawn by the mock from what each step "
    "asked (the attributes and prompt words, labelled small on each picture), not made by HeyGen. The looks "
    "of one person share one face; `scripts/demo --live` plays the same story on HeyGen."
)
LIVE_SOURCE = "Played on HeyGen: every picture and video here is what HeyGen returned."


def _write_sheet(result: StoryResult, name: str, *, mock: bool) -> None:
    subtitle = (
        f"{len(result.pictures)} images; every id below was returned by the API during the run "
        f"({result.heygen_seconds / 60:.0f} min of job time, {result.wall_seconds:.1f} s of wall time)"
    )
    source = MOCK_SOURCE if mock else LIVE_SOURCE
    html = render_sheet(f"The story of {name}", subtitle, result.pictures, result.inputs, source)
    result.sheet.write_text(html, encoding="utf-8")
    (result.folder / "story.json").write_text(
        json.dumps(jsonable(result.ids), indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
