"""``avatars``: v3 avatars (characters and their looks), from a photo, a prompt or footage; consent."""

from __future__ import annotations

import argparse
from typing import Any

from ..._client import HeyGen
from ...errors import InputValidationError
from ...jobs.handles import Job
from ...jobs.kinds import JobState
from ...types.avatars import AvatarLook, NewAvatar
from ...types.literals import AVATAR_TYPES, OWNERSHIPS
from ..progress import Reporter
from .common import (
    Subparsers,
    add_wait,
    command,
    group,
    made_before_failure,
    made_before_interrupt,
    timeout_of,
    upload_progress,
    uploading,
)

__all__ = ["add_avatars"]


def _create_avatar(
    client: HeyGen, args: argparse.Namespace, reporter: Reporter
) -> NewAvatar[Job[AvatarLook]]:
    if args.prompt is not None:
        return client.avatars.create_from_prompt(
            name=args.name,
            prompt=args.prompt,
            reference_images=args.reference_image or (),
            avatar_id=args.avatar_id,
            avatar_group_id=args.group_id,
        )
    if args.footage is not None:  # footage may be large: a bar for its upload (direct above 32 MB)
        return client.avatars.create_digital_twin(
            name=args.name,
            footage=args.footage,
            avatar_group_id=args.group_id,
            on_upload_progress=upload_progress(reporter, args.footage),
        )
    return client.avatars.create_from_photo(
        name=args.name, photo=args.photo, asset_id=args.asset_id, avatar_group_id=args.group_id
    )


def _check_avatars_create(args: argparse.Namespace) -> None:
    if args.prompt is None and (args.avatar_id or args.reference_image):
        raise InputValidationError("--avatar-id", "--avatar-id and --reference-image go with --prompt")


def _avatars_create(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    with uploading(reporter, args.photo, *(args.reference_image or ())):
        new = _create_avatar(client, args, reporter)
    result: dict[str, Any] = {"look_id": new.look_id, "group_id": new.group_id, "job": new.job}
    if args.wait:
        reporter.step("training" if args.footage is not None else "creating")
        made = (f"avatar group {new.group_id}", f"look {new.look_id}")
        waiting = f"waiting for avatar look {new.look_id}"
        with made_before_interrupt(waiting, *made), made_before_failure(*made):
            snapshot = new.job.wait(timeout=timeout_of(args), on_progress=reporter.job)
        if snapshot.state is JobState.ACTION_REQUIRED:  # a digital twin: its subject must consent first
            result["status"] = snapshot.status
            result["consent_url"] = client.avatars.request_consent(new.group_id).url
            on = "--mock " if getattr(args, "mock", False) else ""  # the same HeyGen the avatar is on
            reporter.note(
                f"waiting for consent: the subject opens {result['consent_url']} "
                f"(a new link: heygen-avatars {on}avatars consent {new.group_id})"
            )
        else:
            result["look"] = new.job.result()  # already seen completed: no request
    return result


def _avatars_consent(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.avatars.request_consent(args.group_id, reroute_url=args.reroute_url)


def _check_avatars_list(args: argparse.Namespace) -> None:
    if not args.looks and (args.group_id or args.type):
        raise InputValidationError("--group-id", "--group-id and --type filter looks: add --looks")


def _avatars_list(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    if args.looks:
        pager: Any = client.avatars.list_looks(
            group_id=args.group_id, avatar_type=args.type, ownership=args.ownership, max_items=args.max_items
        )
    else:
        pager = client.avatars.list_groups(ownership=args.ownership, max_items=args.max_items)
    return list(pager)


def _avatars_delete(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    if args.look:
        client.avatars.delete_look(args.id)
    else:
        client.avatars.delete_group(args.id)
    return {"deleted": args.id}


def add_avatars(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    avatars = group(subparsers, "avatars", "v3 avatars: characters (groups) and their looks")
    create = command(
        avatars, "create", _avatars_create, "create an avatar from a photo, a prompt or footage", common,
        check=_check_avatars_create,
    )  # fmt: skip
    create.add_argument("--name", required=True)
    source = create.add_mutually_exclusive_group(required=True)
    source.add_argument("--photo", metavar="PATH_OR_URL", help="a JPEG/PNG file or https URL")
    source.add_argument("--asset-id", help="an uploaded photo's asset id")
    source.add_argument("--prompt", help="describe the avatar (<= 1000 chars)")
    source.add_argument("--footage", metavar="PATH_OR_URL", help="digital twin: an MP4/WebM of the person")
    create.add_argument("--avatar-id", metavar="LOOK_ID", help="with --prompt: keep this look's identity")
    create.add_argument("--reference-image", action="append", metavar="PATH_OR_URL", help="with --prompt")
    create.add_argument("--group-id", help="save the new look to this avatar group")
    add_wait(create)

    consent = command(avatars, "consent", _avatars_consent, "start a digital twin's consent flow", common)
    consent.add_argument("group_id")
    consent.add_argument("--reroute-url", help="where the subject lands after consenting")

    listing = command(
        avatars, "list", _avatars_list, "list avatar groups (or looks with --looks)", common,
        check=_check_avatars_list,
    )  # fmt: skip
    listing.add_argument("--looks", action="store_true", help="list looks instead of groups")
    listing.add_argument("--group-id", help="with --looks: only this group's")
    listing.add_argument("--type", choices=AVATAR_TYPES, help="with --looks: only this type")
    listing.add_argument("--ownership", choices=OWNERSHIPS)
    listing.add_argument("--max-items", type=int, default=50, metavar="N", help="at most N (default 50)")

    delete = command(avatars, "delete", _avatars_delete, "delete an avatar group (or a look)", common)
    delete.add_argument("id")
    delete.add_argument("--look", action="store_true", help="the id is a look's, delete only that look")
