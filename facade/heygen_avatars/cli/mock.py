"""``heygen-avatars mock``: the mock server's own command line (`heygen_avatars.mock.__main__`), and the
background mock that ``--mock`` commands share (``--background``, ``--status``, ``--stop``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from ..errors import MockUnavailableError

__all__ = ["add_mock", "server_flags"]

_OWN_FLAGS = ("--background", "--status", "--stop", "--json", "--quiet", "-q", "--mock")


def server_flags(argv: Sequence[str]) -> list[str]:
    """The mock server's flags in a ``heygen-avatars ... mock ...`` command line (this command's own
    flags left out), to start the background mock with."""
    words = list(argv)
    after = words[words.index("mock") + 1 :] if "mock" in words else words
    return [word for word in after if word not in _OWN_FLAGS]


def _serve(args: argparse.Namespace, mock: Any) -> int:
    from . import shared_mock

    as_json = bool(getattr(args, "json", False))
    if args.stop:
        stopped = shared_mock.stop()
        _say(as_json, {"stopped": stopped.url if stopped else None},
             f"stopped the background HeyGen mock on {stopped.url}" if stopped
             else "no background HeyGen mock was running")  # fmt: skip
        return 0
    if args.status:
        found = shared_mock.running()
        text = (
            f"background HeyGen mock on {found.url} (key {found.api_key}); --mock commands use it"
            if found
            else "no background HeyGen mock is running; the next --mock command starts one"
        )
        _say(as_json, {"running": found.url if found else None, "folder": str(shared_mock.folder())}, text)
        return 0
    if args.background:
        from ..mock.__main__ import option_error

        problem = option_error(args)  # before the running mock is replaced, and as `run` words it
        if problem is not None:
            sys.stderr.write(f"heygen-avatars mock: error: {problem}\n")
            return 2
        started = shared_mock.restart(server_flags(getattr(args, "argv", None) or sys.argv[1:]))
        _say(as_json, {"url": started.url, "api_key": started.api_key, "pid": started.pid},
             f"background HeyGen mock on {started.url} (key {started.api_key}): every --mock command now "
             "uses it; heygen-avatars mock --stop stops it")  # fmt: skip
        return 0
    from ..mock.__main__ import run

    return run(args, prog="heygen-avatars mock")


def _say(as_json: bool, data: dict[str, Any], text: str) -> None:
    sys.stdout.write((json.dumps(data, sort_keys=True) if as_json else text) + "\n")


def add_mock(subparsers: Any) -> None:
    """The ``mock`` command, with the options of ``python -m heygen_avatars.mock``."""
    parser = subparsers.add_parser(
        "mock",
        help="serve the HeyGen mock on 127.0.0.1 (or manage the one --mock commands share)",
        description="Serve a stateful HeyGen mock on loopback. With --background: start the mock that "
        "--mock commands share with these options (replacing a running one); --status, --stop: see it, "
        "stop it.",
    )
    try:
        from ..mock.__main__ import add_arguments
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        parser.set_defaults(run=_unavailable(exc))
        return
    add_arguments(parser)
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help="print as JSON (the served mock: one line with its URL, key and routes)",
    )
    shared = parser.add_mutually_exclusive_group()
    shared.add_argument(
        "--background",
        action="store_true",
        help="start the mock --mock commands share, with these options, and return",
    )
    shared.add_argument("--status", action="store_true", help="where the shared background mock is")
    shared.add_argument("--stop", action="store_true", help="stop the shared background mock")
    parser.set_defaults(run=_serve)


def _unavailable(exc: ImportError) -> Any:
    def run(args: argparse.Namespace, mock: Any) -> int:
        raise MockUnavailableError(f'serving the mock needs the "mock" extra: {exc}')

    return run
