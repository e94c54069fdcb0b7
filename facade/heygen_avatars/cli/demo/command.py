"""``heygen-avatars demo`` (and ``scripts/demo``): play the story as the command line asks, print where."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from ..._client import HeyGen
from ...errors import HeyGenError, InputValidationError, MissingAPIKeyError
from ..connect import embedded_mock
from ..output import EXIT_INTERRUPTED, exit_code, jsonable, print_error, print_interrupted
from ..progress import make_reporter
from .story import DEFAULT_FOLDER, play_story

__all__ = ["DESCRIPTION", "STORY_SPEED", "add_arguments", "run"]

DESCRIPTION = (
    "Play the whole story (AI photos, a group, more looks, training, new looks, a v3 avatar and a new look "
    "of the same person, a video, a talking photo) and save every image with an HTML contact sheet. On the "
    "embedded mock unless --live."
)
STORY_SPEED = 300.0
"""The embedded mock runs HeyGen's jobs this many times faster: about 14 minutes of jobs in a few seconds."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``heygen-avatars demo``."""
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--live", action="store_true", help="play it on HeyGen with HEYGEN_API_KEY (costs credits)"
    )
    where.add_argument(
        "--mock",
        action="store_true",
        default=argparse.SUPPRESS,
        help="play it on the embedded mock, no key (the default)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_FOLDER,
        metavar="DIR",
        help=f"the folder (default ./{DEFAULT_FOLDER}/)",
    )
    parser.add_argument("--name", default="Lina", help="the person's name (default Lina)")
    parser.add_argument(
        "--speed",
        type=float,
        default=STORY_SPEED,
        help=f"mock: jobs run this much faster (default {STORY_SPEED:g})",
    )
    parser.add_argument("--instant", action="store_true", help="mock: virtual time, no waiting at all")
    # SUPPRESS: `heygen-avatars --json demo` keeps the --json given before the command
    parser.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print the result as JSON on stdout"
    )
    parser.add_argument(
        "--quiet", "-q", action="store_true", default=argparse.SUPPRESS, help="no progress on stderr"
    )


def _client(args: argparse.Namespace, err: Any) -> HeyGen:
    if args.live:
        if not os.environ.get("HEYGEN_API_KEY", "").strip():
            raise MissingAPIKeyError()
        err.write("Playing the story on HeyGen (live): this spends credits.\n")
        return HeyGen()
    if args.speed <= 0:
        raise InputValidationError("--speed", f"must be > 0, got {args.speed:g}")
    if os.environ.get("HEYGEN_API_KEY", "").strip() and not args.quiet:
        err.write(
            "HEYGEN_API_KEY is set, but the story plays on the embedded mock; --live plays it on HeyGen.\n"
        )
    mock = embedded_mock(args.speed, virtual=args.instant)
    return HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock)


NO_KEY_HINT = "heygen-avatars demo (or scripts/demo: the same story on the embedded mock)"


def run(args: argparse.Namespace) -> int:
    """Play the story as the command line asked; print where the folder is. Returns the exit code."""
    out, err = sys.stdout, sys.stderr
    args.json, args.quiet = bool(getattr(args, "json", False)), bool(getattr(args, "quiet", False))
    try:
        client = _client(args, err)
    except HeyGenError as error:
        print_error(error, err, as_json=args.json, prog="heygen-avatars demo", no_key_hint=NO_KEY_HINT)
        return exit_code(error)
    reporter = make_reporter(err, quiet=args.quiet)
    try:
        with client:
            result = play_story(client, args.out, reporter, name=args.name)
    except HeyGenError as error:
        reporter.close()
        print_error(error, err, as_json=args.json, prog="heygen-avatars demo")
        return exit_code(error)
    except KeyboardInterrupt as interrupt:
        reporter.close()
        # the ids made, and how to resume (live only: the embedded mock's jobs end with this process)
        print_interrupted(interrupt, err, as_json=args.json, prog="heygen-avatars", resumable=args.live)
        err.write(f"what was saved so far is in {Path(args.out).resolve()}\n")
        return EXIT_INTERRUPTED
    finally:
        reporter.close()  # also on any other error: a live progress display must not stay on screen
    sheet = result.sheet.resolve()
    if args.json:
        out.write(json.dumps(jsonable(result), indent=2, sort_keys=True) + "\n")
    else:
        where = "HeyGen" if args.live else "the embedded mock"
        out.write(
            f"The story played on {where} in {result.wall_seconds:.1f} s "
            f"({result.heygen_seconds / 60:.0f} min of job time): {len(result.pictures)} images, "
            f"{sum(1 for file in (result.video_file, result.talking_photo_file) if file)} videos.\n"
            f"Folder:        {sheet.parent}\nContact sheet: {sheet}\n"
        )
    return 0
