"""``assets``, ``voices`` and ``videos``: uploads, the voices a video speaks with, and rendering videos (of a
look, or of a photo: a talking photo)."""

from __future__ import annotations

import argparse
from typing import Any

from ..._client import HeyGen
from ...errors import InputValidationError
from ...resources.videos.checks import image_video_args, voice_input
from ...types.literals import ASPECT_RATIOS, ASSET_ENDPOINTS, EXPRESSIVENESS, RESOLUTIONS, VOICE_TYPES
from ..progress import Reporter
from .common import (
    Subparsers,
    add_wait,
    command,
    finish,
    group,
    made_before_failure,
    made_before_interrupt,
    upload_progress,
    uploading,
)

__all__ = ["add_media"]


def _assets_upload(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    direct = True if args.direct else None
    if args.endpoint == "v1":
        with uploading(reporter, args.path):
            return client.assets.upload(args.path, endpoint="v1", photo=args.photo, direct=direct)
    progress = upload_progress(reporter, args.path)
    return client.assets.upload(args.path, photo=args.photo, direct=direct, on_progress=progress)


def _voices_list(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    pager = client.voices.list(
        type=args.type,
        engine=args.engine,
        language=args.language,
        gender=args.gender,
        max_items=args.max_items,
    )
    return list(pager)


def _voice(args: argparse.Namespace) -> dict[str, Any]:
    # the voice options go through as given (None = not given)
    return {
        "script": args.script, "voice_id": args.voice_id, "audio_url": args.audio_url,
        "audio_asset_id": args.audio_asset_id,
    }  # fmt: skip


def _image(args: argparse.Namespace) -> dict[str, Any]:
    """A talking photo's arguments: everything but the look (``--photo`` is a path or a URL)."""
    return {
        "photo": args.photo, "asset_id": args.photo_asset_id, **_voice(args), "title": args.title,
        "motion_prompt": args.motion_prompt, "expressiveness": args.expressiveness,
        "aspect_ratio": args.aspect_ratio, "resolution": args.resolution,
    }  # fmt: skip


def _check_videos_create(args: argparse.Namespace) -> None:
    if args.download and not args.wait:
        raise InputValidationError("--download", "needs --wait (the video must be done first)")
    if args.avatar_id is not None:
        if args.expressiveness is not None:
            raise InputValidationError("--expressiveness", "goes with --photo or --photo-asset-id")
        # the facade's own rule (exactly one voice input), so the CLI and the SDK refuse the same
        # combinations with the same words
        voice_input(_voice(args))
        return
    # the facade's own checks, the photo read and checked too: bad input needs no key to be refused
    image_video_args(
        **_image(args), url=None, inline=False, background=None, remove_background=None,
        voice_settings=None, callback_url=None, callback_id=None,
    )  # fmt: skip


def _videos_create(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    if args.avatar_id is not None:
        job = client.videos.create(
            avatar_id=args.avatar_id, **_voice(args), title=args.title, aspect_ratio=args.aspect_ratio,
            resolution=args.resolution, motion_prompt=args.motion_prompt,
        )  # fmt: skip
    else:
        with uploading(reporter, args.photo):
            job = client.videos.create_from_image(**_image(args))
    video = finish(job, args, reporter)
    if args.download:
        made = f"video {job.id} (completed)"
        with made_before_interrupt(f"downloading video {job.id}", made), made_before_failure(made):
            path = client.videos.download(video, to=args.download)
        reporter.note(f"saved {path}")
    return video


def _videos_get(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.videos.get(args.video_id)


def add_media(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    assets = group(subparsers, "assets", "upload files (photos, videos, audio)")
    upload = command(assets, "upload", _assets_upload, "upload a local file", common)
    upload.add_argument("path")
    upload.add_argument("--endpoint", choices=ASSET_ENDPOINTS, default="v3", help="v3 assets (default) or v1")
    upload.add_argument("--photo", action="store_true", help="v1: a photo for a photo avatar (image_key)")
    upload.add_argument(
        "--direct",
        action="store_true",
        help="v3: send it by direct upload even if small (files above 32 MB always go that way)",
    )

    voices = group(subparsers, "voices", "voices for videos")
    listing = command(voices, "list", _voices_list, "list voices", common)
    listing.add_argument("--type", choices=VOICE_TYPES, default="public")
    listing.add_argument("--language", help='e.g. "English"')
    listing.add_argument("--gender", help="female or male")
    listing.add_argument("--engine")
    listing.add_argument("--max-items", type=int, default=50, metavar="N", help="at most N (default 50)")

    videos = group(subparsers, "videos", "render videos of a look or a photo speaking (or lip-syncing)")
    create = command(
        videos, "create", _videos_create,
        "render a look, or a photo (a talking photo), speaking a script or lip-syncing audio", common,
        check=_check_videos_create,
    )  # fmt: skip
    who = create.add_argument_group("who speaks (exactly one)")
    source = who.add_mutually_exclusive_group(required=True)
    source.add_argument("--avatar-id", metavar="LOOK_ID", help="a look id (not a group id)")
    source.add_argument(
        "--photo",
        metavar="PATH_OR_URL",
        help="a talking photo: a JPEG/PNG (>= 512x512, < 10 MB) or https URL",
    )
    source.add_argument("--photo-asset-id", metavar="ASSET_ID", help="a talking photo from an uploaded photo")
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
    create.add_argument("--motion-prompt", metavar="TEXT", help='body motion, e.g. "nods and smiles"')
    create.add_argument(
        "--expressiveness", choices=EXPRESSIVENESS, help="a talking photo's expressiveness (HeyGen: low)"
    )
    create.add_argument("--aspect-ratio", choices=ASPECT_RATIOS)
    create.add_argument("--resolution", choices=RESOLUTIONS)
    create.add_argument("--download", metavar="PATH", help="with --wait: save the video there")
    add_wait(create)
    create.set_defaults(sdk_names={"to": "download", "asset_id": "photo_asset_id"})  # the SDK's names
    get = command(videos, "get", _videos_get, "a video's status and URLs", common)
    get.add_argument("video_id")
