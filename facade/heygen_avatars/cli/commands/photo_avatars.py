"""``photos``, ``groups`` and ``looks``: v2 AI photos, photo avatar groups and their looks."""

from __future__ import annotations

import argparse
from typing import Any

from ..._client import HeyGen
from ...types.literals import AGES, ETHNICITIES, GENDERS, ORIENTATIONS, POSES, STYLES
from ..progress import Reporter
from .common import (
    Subparsers,
    add_wait,
    command,
    finish,
    group,
    made_before_failure,
    timeout_of,
    uploading,
)

__all__ = ["add_groups", "add_looks", "add_photos"]


def _photos_generate(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    job = client.photo_avatars.generate_photos(
        name=args.name, age=args.age, gender=args.gender, ethnicity=args.ethnicity,
        orientation=args.orientation, pose=args.pose, style=args.style, appearance=args.appearance,
    )  # fmt: skip
    return finish(job, args, reporter)


def add_photos(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    photos = group(subparsers, "photos", "AI-generated photos of a person who does not exist (v2)")
    generate = command(photos, "generate", _photos_generate, "generate AI photos (usually 4)", common)
    generate.add_argument("--name", required=True)
    generate.add_argument("--age", required=True, choices=AGES)
    generate.add_argument("--gender", required=True, choices=GENDERS)
    generate.add_argument("--ethnicity", required=True, choices=ETHNICITIES)
    generate.add_argument("--orientation", default="horizontal", choices=ORIENTATIONS)
    generate.add_argument("--pose", default="half_body", choices=POSES)
    generate.add_argument("--style", default="Realistic", choices=STYLES)
    generate.add_argument("--appearance", required=True, help="what the person looks like (<= 1000 chars)")
    add_wait(generate)


def _groups_create(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    with uploading(reporter, args.photo):
        new = client.photo_avatars.create_group(
            name=args.name,
            photo=args.photo,
            url=args.url,
            image_key=args.image_key,
            generation_id=args.generation_id,
        )
    look = new.job.result(timeout=timeout_of(args), on_progress=reporter.job) if args.wait else new.look
    return {"group_id": new.group_id, "look": look, "job": new.job}


def _groups_add(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    with uploading(reporter, *(args.photo or ())):
        added = client.photo_avatars.add_looks(
            args.group_id,
            image_keys=args.image_key or None,
            photos=args.photo or None,
            name=args.name,
            generation_id=args.generation_id,
        )
    looks: Any = added.looks
    if args.wait:
        with made_before_failure(*(f"look {job.id}" for job in added.jobs)):
            client.jobs.wait_all(added.jobs, timeout=timeout_of(args), on_progress=reporter.job)
        looks = [job.result() for job in added.jobs]  # already seen completed: no request
    return {"group_id": added.group_id, "looks": looks, "jobs": added.jobs}


def _groups_train(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return finish(client.photo_avatars.train(args.group_id), args, reporter)


def _groups_list(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.photo_avatars.list_groups(include_public=args.include_public)


def _groups_delete(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    client.photo_avatars.delete_group(args.group_id)
    return {"deleted": args.group_id}


def add_groups(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    groups = group(subparsers, "groups", "photo avatar groups: one person, many looks (v2)")
    create = command(groups, "create", _groups_create, "create a group from one photo or image key", common)
    create.add_argument("--name", required=True)
    source = create.add_mutually_exclusive_group(required=True)
    source.add_argument("--photo", metavar="PATH", help="a local JPEG/PNG, at least 512x512 (uploaded)")
    source.add_argument("--url", help="an image URL (downloaded without your key, then uploaded)")
    source.add_argument("--image-key", help="an image key (from an upload or a photo generation)")
    create.add_argument("--generation-id", help="the generation an --image-key came from")
    add_wait(create)

    add = command(groups, "add", _groups_add, "add looks to a group from image keys and/or photos", common)
    add.add_argument("group_id")
    add.add_argument("--image-key", action="append", metavar="KEY", help="repeat for several")
    add.add_argument("--photo", action="append", metavar="PATH", help="repeat for several")
    add.add_argument("--name", help="the new looks' name")
    add.add_argument("--generation-id", help="the generation the image keys came from")
    add_wait(add)

    train = command(groups, "train", _groups_train, "train a group (needed before new looks)", common)
    train.add_argument("group_id")
    add_wait(train)

    listing = command(groups, "list", _groups_list, "list your photo avatar groups", common)
    listing.add_argument("--include-public", action="store_true", help="also HeyGen's public groups")

    delete = command(groups, "delete", _groups_delete, "delete a group and all its looks", common)
    delete.add_argument("group_id")


def _looks_generate(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    job = client.photo_avatars.generate_looks(
        args.group_id, prompt=args.prompt, orientation=args.orientation, pose=args.pose, style=args.style
    )
    return finish(job, args, reporter)


def _looks_get(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.photo_avatars.get_look(args.look_id)


def _looks_list(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.photo_avatars.list_looks(args.group_id)


def _looks_delete(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    client.photo_avatars.delete_look(args.look_id)
    return {"deleted": args.look_id}


def add_looks(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    looks = group(subparsers, "looks", "looks of a photo avatar group (v2)")
    generate = command(looks, "generate", _looks_generate, "generate new looks of a trained group", common)
    generate.add_argument("group_id")
    generate.add_argument("--prompt", required=True, help="the new look (<= 1000 chars)")
    generate.add_argument("--orientation", default="horizontal", choices=ORIENTATIONS)
    generate.add_argument("--pose", default="half_body", choices=POSES)
    generate.add_argument("--style", default="Realistic", choices=STYLES)
    add_wait(generate)

    get = command(looks, "get", _looks_get, "one look, with a fresh image URL", common)
    get.add_argument("look_id")

    listing = command(looks, "list", _looks_list, "the looks of one group", common)
    listing.add_argument("group_id")

    delete = command(looks, "delete", _looks_delete, "delete one look", common)
    delete.add_argument("look_id")
