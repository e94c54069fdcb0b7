"""The subcommands of `heygen-avatars`: each parses its options and makes one facade call (or a wait).

A handler receives the client, the parsed arguments and a progress `Reporter`, and returns what to print.
No HeyGen logic lives here: checks, retries and waits are the SDK's.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from .._client import HeyGen
from .._core.validation import AGES, ETHNICITIES, GENDERS, ORIENTATIONS, OWNERSHIPS, POSES, STYLES
from ..errors import InputValidationError
from ..jobs.handles import DEFAULT, Job, JobState, WaitTimeout
from ..resources.assets import ENDPOINTS
from ..resources.avatars import AVATAR_TYPES, NewAvatar
from ..resources.videos import ASPECT_RATIOS, RESOLUTIONS, voice_input
from ..resources.voices import VOICE_TYPES
from ..types.models import AvatarLook
from .progress import Reporter

__all__ = ["Handler", "add_commands"]

Handler = Callable[[HeyGen, argparse.Namespace, Reporter], Any]
Subparsers = Any  # argparse's _SubParsersAction is private


# ---------------------------------------------------------------------------------------------------------
# Shared pieces


def _timeout(args: argparse.Namespace) -> WaitTimeout:
    seconds: float | None = getattr(args, "timeout", None)
    return DEFAULT if seconds is None else seconds


def _finish(job: Job[Any], args: argparse.Namespace, reporter: Reporter) -> Any:
    """The job itself (id, status, resume token), or with ``--wait`` its result once it is done."""
    if not args.wait:
        return job
    return job.result(timeout=_timeout(args), on_progress=reporter.job)


def _uploading(reporter: Reporter, *sources: str | None) -> AbstractContextManager[None]:
    """Progress while local files are uploaded inside a call (URLs and ids upload nothing)."""
    local = [s for s in sources if s and not s.startswith(("https://", "http://")) and Path(s).is_file()]
    if not local:
        return contextlib.nullcontext()
    size = sum(Path(s).stat().st_size for s in local)
    shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} KB"
    return reporter.activity(f"uploading {', '.join(local)} ({shown})")


def _add_wait(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--wait", action="store_true", help="wait until the job is done, showing progress")
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="give up waiting after this long (exit 4; the job keeps running). Default: the job's own",
    )


def _command(
    subparsers: Subparsers,
    name: str,
    handler: Handler,
    help_text: str,
    common: argparse.ArgumentParser,
    check: Callable[[argparse.Namespace], None] | None = None,
) -> argparse.ArgumentParser:
    """A command; `check` refuses bad input before the client is made (so no key is needed to hear it)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help_text, description=help_text, parents=[common]
    )
    parser.set_defaults(handler=handler, check=check)
    return parser


def _group(subparsers: Subparsers, name: str, help_text: str) -> Subparsers:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    inner = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    return inner


# ---------------------------------------------------------------------------------------------------------
# photos: AI photos (v2)


def _photos_generate(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    job = client.photo_avatars.generate_photos(
        name=args.name, age=args.age, gender=args.gender, ethnicity=args.ethnicity,
        orientation=args.orientation, pose=args.pose, style=args.style, appearance=args.appearance,
    )  # fmt: skip
    return _finish(job, args, reporter)


def _add_photos(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    photos = _group(subparsers, "photos", "AI-generated photos of a person who does not exist (v2)")
    generate = _command(photos, "generate", _photos_generate, "generate AI photos (usually 4)", common)
    generate.add_argument("--name", required=True)
    generate.add_argument("--age", required=True, choices=AGES)
    generate.add_argument("--gender", required=True, choices=GENDERS)
    generate.add_argument("--ethnicity", required=True, choices=ETHNICITIES)
    generate.add_argument("--orientation", default="horizontal", choices=ORIENTATIONS)
    generate.add_argument("--pose", default="half_body", choices=POSES)
    generate.add_argument("--style", default="Realistic", choices=STYLES)
    generate.add_argument("--appearance", required=True, help="what the person looks like (<= 1000 chars)")
    _add_wait(generate)


# ---------------------------------------------------------------------------------------------------------
# groups: photo avatar groups (v2)


def _groups_create(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    with _uploading(reporter, args.photo):
        new = client.photo_avatars.create_group(
            name=args.name,
            photo=args.photo,
            url=args.url,
            image_key=args.image_key,
            generation_id=args.generation_id,
        )
    look = new.job.result(timeout=_timeout(args), on_progress=reporter.job) if args.wait else new.look
    return {"group_id": new.group_id, "look": look, "job": new.job}


def _groups_add(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    with _uploading(reporter, *(args.photo or ())):
        added = client.photo_avatars.add_looks(
            args.group_id,
            image_keys=args.image_key or None,
            photos=args.photo or None,
            name=args.name,
            generation_id=args.generation_id,
        )
    looks: Any = added.looks
    if args.wait:
        client.jobs.wait_all(added.jobs, timeout=_timeout(args), on_progress=reporter.job)
        looks = [job.result() for job in added.jobs]  # already seen completed: no request
    return {"group_id": added.group_id, "looks": looks, "jobs": added.jobs}


def _groups_train(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return _finish(client.photo_avatars.train(args.group_id), args, reporter)


def _groups_list(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.photo_avatars.list_groups(include_public=args.include_public)


def _groups_delete(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    client.photo_avatars.delete_group(args.group_id)
    return {"deleted": args.group_id}


def _add_groups(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    groups = _group(subparsers, "groups", "photo avatar groups: one person, many looks (v2)")
    create = _command(groups, "create", _groups_create, "create a group from one photo or image key", common)
    create.add_argument("--name", required=True)
    source = create.add_mutually_exclusive_group(required=True)
    source.add_argument("--photo", metavar="PATH", help="a local JPEG/PNG, at least 512x512 (uploaded)")
    source.add_argument("--url", help="an image URL (downloaded without your key, then uploaded)")
    source.add_argument("--image-key", help="an image key (from an upload or a photo generation)")
    create.add_argument("--generation-id", help="the generation an --image-key came from")
    _add_wait(create)

    add = _command(groups, "add", _groups_add, "add looks to a group from image keys and/or photos", common)
    add.add_argument("group_id")
    add.add_argument("--image-key", action="append", metavar="KEY", help="repeat for several")
    add.add_argument("--photo", action="append", metavar="PATH", help="repeat for several")
    add.add_argument("--name", help="the new looks' name")
    add.add_argument("--generation-id", help="the generation the image keys came from")
    _add_wait(add)

    train = _command(groups, "train", _groups_train, "train a group (needed before new looks)", common)
    train.add_argument("group_id")
    _add_wait(train)

    listing = _command(groups, "list", _groups_list, "list your photo avatar groups", common)
    listing.add_argument("--include-public", action="store_true", help="also HeyGen's public groups")

    delete = _command(groups, "delete", _groups_delete, "delete a group and all its looks", common)
    delete.add_argument("group_id")


# ---------------------------------------------------------------------------------------------------------
# looks: looks of a photo avatar group (v2)


def _looks_generate(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    job = client.photo_avatars.generate_looks(
        args.group_id, prompt=args.prompt, orientation=args.orientation, pose=args.pose, style=args.style
    )
    return _finish(job, args, reporter)


def _looks_get(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.photo_avatars.get_look(args.look_id)


def _looks_list(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.photo_avatars.list_looks(args.group_id)


def _looks_delete(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    client.photo_avatars.delete_look(args.look_id)
    return {"deleted": args.look_id}


def _add_looks(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    looks = _group(subparsers, "looks", "looks of a photo avatar group (v2)")
    generate = _command(looks, "generate", _looks_generate, "generate new looks of a trained group", common)
    generate.add_argument("group_id")
    generate.add_argument("--prompt", required=True, help="the new look (<= 1000 chars)")
    generate.add_argument("--orientation", default="horizontal", choices=ORIENTATIONS)
    generate.add_argument("--pose", default="half_body", choices=POSES)
    generate.add_argument("--style", default="Realistic", choices=STYLES)
    _add_wait(generate)

    get = _command(looks, "get", _looks_get, "one look, with a fresh image URL", common)
    get.add_argument("look_id")

    listing = _command(looks, "list", _looks_list, "the looks of one group", common)
    listing.add_argument("group_id")

    delete = _command(looks, "delete", _looks_delete, "delete one look", common)
    delete.add_argument("look_id")


# ---------------------------------------------------------------------------------------------------------
# avatars: v3 avatars (characters and their looks)


def _create_avatar(client: HeyGen, args: argparse.Namespace) -> NewAvatar[Job[AvatarLook]]:
    if args.prompt is not None:
        return client.avatars.create_from_prompt(
            name=args.name,
            prompt=args.prompt,
            reference_images=args.reference_image or (),
            avatar_id=args.avatar_id,
            avatar_group_id=args.group_id,
        )
    if args.footage is not None:
        return client.avatars.create_digital_twin(
            name=args.name, footage=args.footage, avatar_group_id=args.group_id
        )
    return client.avatars.create_from_photo(
        name=args.name, photo=args.photo, asset_id=args.asset_id, avatar_group_id=args.group_id
    )


def _avatars_create(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    if args.prompt is None and (args.avatar_id or args.reference_image):
        raise InputValidationError("--avatar-id", "--avatar-id and --reference-image go with --prompt")
    with _uploading(reporter, args.photo, args.footage, *(args.reference_image or ())):
        new = _create_avatar(client, args)
    result: dict[str, Any] = {"look_id": new.look_id, "group_id": new.group_id, "job": new.job}
    if args.wait:
        snapshot = new.job.wait(timeout=_timeout(args), on_progress=reporter.job)
        if snapshot.state is JobState.ACTION_REQUIRED:
            reporter.note(f"waiting for consent: heygen-avatars avatars consent {new.group_id}")
            result["status"] = snapshot.status
        else:
            result["look"] = new.job.result()  # already seen completed: no request
    return result


def _avatars_consent(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.avatars.request_consent(args.group_id, reroute_url=args.reroute_url)


def _avatars_list(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    if args.looks:
        pager: Any = client.avatars.list_looks(
            group_id=args.group_id, avatar_type=args.type, ownership=args.ownership, max_items=args.max_items
        )
    else:
        if args.group_id or args.type:
            raise InputValidationError("--group-id", "--group-id and --type filter looks: add --looks")
        pager = client.avatars.list_groups(ownership=args.ownership, max_items=args.max_items)
    return list(pager)


def _avatars_delete(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    if args.look:
        client.avatars.delete_look(args.id)
    else:
        client.avatars.delete_group(args.id)
    return {"deleted": args.id}


def _add_avatars(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    avatars = _group(subparsers, "avatars", "v3 avatars: characters (groups) and their looks")
    create = _command(
        avatars, "create", _avatars_create, "create an avatar from a photo, a prompt or footage", common
    )
    create.add_argument("--name", required=True)
    source = create.add_mutually_exclusive_group(required=True)
    source.add_argument("--photo", metavar="PATH_OR_URL", help="a JPEG/PNG file or https URL")
    source.add_argument("--asset-id", help="an uploaded photo's asset id")
    source.add_argument("--prompt", help="describe the avatar (<= 1000 chars)")
    source.add_argument("--footage", metavar="PATH_OR_URL", help="digital twin: an MP4/WebM of the person")
    create.add_argument("--avatar-id", metavar="LOOK_ID", help="with --prompt: keep this look's identity")
    create.add_argument("--reference-image", action="append", metavar="PATH_OR_URL", help="with --prompt")
    create.add_argument("--group-id", help="save the new look to this avatar group")
    _add_wait(create)

    consent = _command(avatars, "consent", _avatars_consent, "start a digital twin's consent flow", common)
    consent.add_argument("group_id")
    consent.add_argument("--reroute-url", help="where the subject lands after consenting")

    listing = _command(avatars, "list", _avatars_list, "list avatar groups (or looks with --looks)", common)
    listing.add_argument("--looks", action="store_true", help="list looks instead of groups")
    listing.add_argument("--group-id", help="with --looks: only this group's")
    listing.add_argument("--type", choices=AVATAR_TYPES, help="with --looks: only this type")
    listing.add_argument("--ownership", choices=OWNERSHIPS)
    listing.add_argument("--max-items", type=int, default=50, metavar="N", help="at most N (default 50)")

    delete = _command(avatars, "delete", _avatars_delete, "delete an avatar group (or a look)", common)
    delete.add_argument("id")
    delete.add_argument("--look", action="store_true", help="the id is a look's, delete only that look")


# ---------------------------------------------------------------------------------------------------------
# assets, voices, videos, jobs


def _assets_upload(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    with _uploading(reporter, args.path):
        return client.assets.upload(args.path, endpoint=args.endpoint, photo=args.photo)


def _voices_list(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    pager = client.voices.list(
        type=args.type,
        engine=args.engine,
        language=args.language,
        gender=args.gender,
        max_items=args.max_items,
    )
    return list(pager)


def _check_videos_create(args: argparse.Namespace) -> None:
    if args.download and not args.wait:
        raise InputValidationError("--download", "needs --wait (the video must be done first)")
    # the facade's own rule (exactly one voice input), so the CLI and the SDK refuse the same
    # combinations with the same words
    voice_input(
        {"script": args.script, "voice_id": args.voice_id, "audio_url": args.audio_url,
         "audio_asset_id": args.audio_asset_id}
    )  # fmt: skip


def _videos_create(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    # the voice options go through as given (None = not given)
    job = client.videos.create(
        avatar_id=args.avatar_id, script=args.script, voice_id=args.voice_id, audio_url=args.audio_url,
        audio_asset_id=args.audio_asset_id, title=args.title, aspect_ratio=args.aspect_ratio,
        resolution=args.resolution,
    )  # fmt: skip
    video = _finish(job, args, reporter)
    if args.download:
        path = client.videos.download(video, to=args.download)
        reporter.note(f"saved {path}")
    return video


def _videos_get(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.videos.get(args.video_id)


def _jobs_wait(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    token = sys.stdin.read().strip() if args.token == "-" else args.token
    job = client.jobs.resume(token)
    return job.result(timeout=_timeout(args), on_progress=reporter.job)


def _add_assets_voices_videos_jobs(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    assets = _group(subparsers, "assets", "upload files (photos, videos, audio)")
    upload = _command(assets, "upload", _assets_upload, "upload a local file", common)
    upload.add_argument("path")
    upload.add_argument("--endpoint", choices=ENDPOINTS, default="v3", help="v3 assets (default) or v1")
    upload.add_argument("--photo", action="store_true", help="v1: a photo for a photo avatar (image_key)")

    voices = _group(subparsers, "voices", "voices for videos")
    listing = _command(voices, "list", _voices_list, "list voices", common)
    listing.add_argument("--type", choices=VOICE_TYPES, default="public")
    listing.add_argument("--language", help='e.g. "English"')
    listing.add_argument("--gender", help="female or male")
    listing.add_argument("--engine")
    listing.add_argument("--max-items", type=int, default=50, metavar="N", help="at most N (default 50)")

    videos = _group(subparsers, "videos", "render videos of a look speaking a script or lip-syncing audio")
    create = _command(
        videos, "create", _videos_create, "render a look speaking a script or lip-syncing audio", common,
        check=_check_videos_create,
    )  # fmt: skip
    create.add_argument("--avatar-id", required=True, metavar="LOOK_ID", help="a look id (not a group id)")
    voice = create.add_argument_group(
        "voice (exactly one)", "--script + --voice-id, or --audio-url, or --audio-asset-id"
    )
    voice.add_argument("--script", help="what the avatar says (<= 5000 chars); needs --voice-id")
    voice.add_argument("--voice-id", help="the voice that speaks --script (see: voices list)")
    voice.add_argument("--audio-url", metavar="URL", help="lip-sync to the audio at this URL")
    voice.add_argument(
        "--audio-asset-id", metavar="ASSET_ID", help="lip-sync to uploaded audio (assets upload)"
    )
    create.add_argument("--title")
    create.add_argument("--aspect-ratio", choices=ASPECT_RATIOS)
    create.add_argument("--resolution", choices=RESOLUTIONS)
    create.add_argument("--download", metavar="PATH", help="with --wait: save the video there")
    _add_wait(create)
    get = _command(videos, "get", _videos_get, "a video's status and URLs", common)
    get.add_argument("video_id")

    jobs = _group(subparsers, "jobs", "long-running jobs")
    wait = _command(jobs, "wait", _jobs_wait, "wait for a job from its resume token", common)
    wait.add_argument("token", help="a resume token (as printed by --json or a timeout), or - for stdin")
    wait.add_argument("--timeout", type=float, metavar="SECONDS", help="give up after this long (exit 4)")


def add_commands(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    """Every resource command; ``common`` holds the options each accepts after its name."""
    _add_photos(subparsers, common)
    _add_groups(subparsers, common)
    _add_looks(subparsers, common)
    _add_avatars(subparsers, common)
    _add_assets_voices_videos_jobs(subparsers, common)
