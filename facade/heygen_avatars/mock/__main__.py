"""`python -m heygen_avatars.mock --port N [--api-key KEY] [--speed F | --realistic]` (and, with the same
options, `heygen-avatars mock`)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from .server import DEFAULT_SPEED, serve

__all__ = ["add_arguments", "build_parser", "main", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The mock server's options, on any parser (`heygen-avatars mock` adds them to its subcommand)."""
    parser.add_argument("--port", type=int, default=8000, help="port (0 = any free port; default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1, loopback only)")
    parser.add_argument(
        "--api-key", default="mock-key", help="the API key the mock accepts (default mock-key)"
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for ids and images (default 0)")
    pace = parser.add_mutually_exclusive_group()
    pace.add_argument(
        "--speed",
        type=float,
        default=DEFAULT_SPEED,
        help=f"run jobs this many times faster than HeyGen (default {DEFAULT_SPEED:g})",
    )
    pace.add_argument("--realistic", action="store_true", help="HeyGen's real durations (same as --speed 1)")
    parser.add_argument(
        "--webhook-host",
        action="append",
        default=[],
        metavar="HOST",
        help="also deliver webhooks to this host (default: loopback only; repeat for several)",
    )


def build_parser(prog: str = "python -m heygen_avatars.mock") -> argparse.ArgumentParser:
    """The mock server's command line."""
    parser = argparse.ArgumentParser(prog=prog, description="Serve a stateful HeyGen mock on loopback.")
    add_arguments(parser)
    return parser


def run(args: argparse.Namespace, prog: str = "python -m heygen_avatars.mock") -> int:
    """Serve as ``args`` say until interrupted; the exit code (2: bad options, 1: cannot serve)."""
    if args.speed <= 0:
        sys.stderr.write(f"{prog}: error: --speed must be > 0\n")
        return 2
    if args.port:
        base = f"http://{args.host}:{args.port}"
        sys.stderr.write(
            f"Point the SDK or the CLI at it from another shell:\n  export HEYGEN_API_BASE={base} "
            f"HEYGEN_UPLOAD_BASE={base} HEYGEN_API_KEY={args.api_key}\n"
        )
    try:
        with contextlib.suppress(KeyboardInterrupt):
            serve(
                args.port,
                host=args.host,
                api_key=args.api_key,
                speed=1.0 if args.realistic else args.speed,
                seed=args.seed,
                webhook_hosts=args.webhook_host,
            )
    except OSError as error:  # the port is taken, the host is not ours...
        sys.stderr.write(f"{prog}: error: cannot serve on {args.host}:{args.port}: {error}\n")
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and serve until interrupted."""
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
