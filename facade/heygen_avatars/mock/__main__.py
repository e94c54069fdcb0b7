"""`python -m heygen_avatars.mock --port N [--api-key KEY] [--speed F | --realistic]`."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Sequence

from .server import DEFAULT_SPEED, serve

__all__ = ["build_parser", "main"]


def build_parser(prog: str = "python -m heygen_avatars.mock") -> argparse.ArgumentParser:
    """The mock server's command line (reused by `heygen-avatars mock`)."""
    parser = argparse.ArgumentParser(prog=prog, description="Serve a stateful HeyGen mock on loopback.")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and serve until interrupted."""
    args = build_parser().parse_args(argv)
    if args.speed <= 0:
        build_parser().error("--speed must be > 0")
    with contextlib.suppress(KeyboardInterrupt):
        serve(
            args.port,
            host=args.host,
            api_key=args.api_key,
            speed=1.0 if args.realistic else args.speed,
            seed=args.seed,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
