"""``heygen-avatars``: the SDK on the command line (also ``python -m heygen_avatars``).

    heygen-avatars --mock photos generate --name Lina --age "Young Adult" --gender Woman \\
        --ethnicity "Asian American" --appearance "A stylish woman" --wait
    heygen-avatars groups train GROUP_ID --wait --timeout 900
    heygen-avatars --json videos create --avatar-id LOOK_ID --script "Hi!" --voice-id VOICE_ID
    heygen-avatars jobs wait "$TOKEN"        # a token from --json or from a timed-out wait
    heygen-avatars webhooks listen           # a local receiver printing verified events
    heygen-avatars mock --port 8000          # serve the mock; heygen-avatars demo: the whole story

The key comes from ``HEYGEN_API_KEY`` (or ``--api-key``); ``--mock`` runs the command against the local
mock instead: one background mock server, started by the first ``--mock`` command and shared by the next
ones (``heygen-avatars mock --status`` / ``--stop``). Results go to stdout (``--json``: JSON only),
progress and errors to stderr.
Exit codes, as HeyGen's own CLI: 0 ok, 1 error, 2 usage, 3 auth, 4 timeout; 130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..errors import HeyGenError
from .commands import add_commands
from .commands.common import flags
from .connect import connect
from .demo import command as demo_command
from .mock import add_mock
from .output import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    PROG,
    exit_code,
    print_error,
    print_interrupted,
    print_result,
)
from .progress import make_reporter

if TYPE_CHECKING:
    from ..mock import MockHeyGen

__all__ = ["build_parser", "main"]


def _output_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument(
        "--json", action="store_true", help="print the result as JSON (stdout: JSON only)", **default
    )
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr", **default)


def _connection_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default: dict[str, Any] = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument(
        "--mock",
        action="store_true",
        help="run against the local HeyGen mock (no key): a background mock every --mock command shares",
        **default,
    )
    parser.add_argument(
        "--api-key",
        help="the key (default: HEYGEN_API_KEY; a key typed here shows in your shell history)",
        **default,
    )


def _demo(args: argparse.Namespace, mock: MockHeyGen | None) -> int:
    return demo_command.run(args)


def _add_demo(subparsers: Any) -> None:
    demo = subparsers.add_parser(
        "demo",
        help="play the whole story (AI photos to a video) and save a contact sheet",
        description=demo_command.DESCRIPTION,
    )
    demo_command.add_arguments(demo)
    demo.set_defaults(run=_demo)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: global options, then a resource and an action (or ``mock`` / ``demo``)."""
    common = argparse.ArgumentParser(add_help=False)
    _output_options(common, suppress=True)
    _connection_options(common, suppress=True)
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="HeyGen photo avatars (v2) and avatars (v3) from the command line.",
        epilog="Exit codes: 0 ok, 1 error, 2 usage, 3 auth, 4 timeout, 130 interrupted (Ctrl-C). "
        "Try: heygen-avatars demo",
    )
    _output_options(parser, suppress=False)
    _connection_options(parser, suppress=False)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_commands(subparsers, common)
    for area in subparsers.choices.values():  # `voices --json list`: the global options between too
        if any(isinstance(action, argparse._SubParsersAction) for action in area._actions):
            _output_options(area, suppress=True)
            _connection_options(area, suppress=True)
    add_mock(subparsers)
    _add_demo(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, *, mock: MockHeyGen | None = None) -> int:
    """Run one command; the exit code. ``mock``: the mock ``--mock`` uses (tests share one across calls).

    Ctrl-C exits 130 after printing what the command had made (full ids) and how to pick up the jobs that
    keep running (`print_interrupted`), with no traceback.
    """
    try:
        return _main(argv, mock)
    except KeyboardInterrupt as interrupt:
        if argv is None:  # the console command: a second Ctrl-C must not break the exit with a traceback
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        command = sys.argv[1:] if argv is None else argv
        print_interrupted(interrupt, sys.stderr, as_json=_wants_json(argv), prog=PROG, command=command)
        return EXIT_INTERRUPTED


def _wants_json(argv: Sequence[str] | None) -> bool:
    return "--json" in (sys.argv[1:] if argv is None else argv)


def _main(argv: Sequence[str] | None, mock: MockHeyGen | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse: --help/--version (0) or a usage error (2)
        return int(stop.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    args.argv = list(sys.argv[1:] if argv is None else argv)  # the mock command passes its flags on
    as_json = bool(getattr(args, "json", False))
    try:
        if hasattr(args, "run"):  # a command that makes its own client, or none
            return int(args.run(args, mock))
        if args.check is not None:  # input the command can refuse without a client (or a key)
            args.check(args)
        reporter = make_reporter(sys.stderr, quiet=bool(getattr(args, "quiet", False)))
        client, _ = connect(use_mock=bool(args.mock), api_key=args.api_key, mock=mock, note=sys.stderr)
        with client:
            try:
                result = args.handler(client, args, reporter)
            finally:
                reporter.close()
        print_result(result, sys.stdout, as_json=as_json)
    except HeyGenError as error:
        parser_of = getattr(args, "command_parser", None)  # the SDK's field names, shown as the flags
        named = flags(parser_of) if parser_of is not None else None
        print_error(error, sys.stderr, as_json=as_json, prog=PROG, command=args.argv, flags=named)
        return exit_code(error)
    return EXIT_OK
