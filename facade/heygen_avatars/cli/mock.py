"""``heygen-avatars mock``: the mock server's own command line (`heygen_avatars.mock.__main__`)."""

from __future__ import annotations

import argparse
from typing import Any

from ..errors import MockUnavailableError

__all__ = ["add_mock"]


def _serve(args: argparse.Namespace, mock: Any) -> int:
    from ..mock.__main__ import run

    return run(args, prog="heygen-avatars mock")


def add_mock(subparsers: Any) -> None:
    """The ``mock`` command, with the options of ``python -m heygen_avatars.mock``."""
    parser = subparsers.add_parser(
        "mock",
        help="serve the HeyGen mock on 127.0.0.1",
        description="Serve a stateful HeyGen mock on loopback.",
    )
    try:
        from ..mock.__main__ import add_arguments
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        parser.set_defaults(run=_unavailable(exc))
        return
    add_arguments(parser)
    parser.set_defaults(run=_serve)


def _unavailable(exc: ImportError) -> Any:
    def run(args: argparse.Namespace, mock: Any) -> int:
        raise MockUnavailableError(f'serving the mock needs the "mock" extra: {exc}')

    return run
