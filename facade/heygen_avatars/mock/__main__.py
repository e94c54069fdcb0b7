"""`python -m heygen_avatars.mock --port N [options]` (and, with the same options, `heygen-avatars mock`).

Every option of `MockHeyGen(...)` but the objects (the clock, a webhook transport: see
`settings.NOT_SETTINGS`) has a flag: the key, the seed, the pace (``--speed``, ``--realistic`` or
``--virtual`` time, moved with ``POST /_mock/clock/advance``), per-kind ``--duration``, the training
vocabulary, the digital-twin type, the concurrency cap, strict responses, URL lifetime, journal size, the
specs folder, direct uploads' limits and storage, and the webhooks' hosts and signature shape. A running
mock changes them through ``POST /_mock/config``.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .delivery import SIGNATURE_SHAPES
from .jobs import REALISTIC_DURATIONS
from .server import DEFAULT_SPEED, SERVER_JOURNAL_LIMIT, serve
from .settings import TRAINING_VOCABULARIES, TWIN_TYPES

__all__ = ["add_arguments", "build_parser", "main", "mock_options", "option_error", "run"]


def _duration(text: str) -> tuple[str, tuple[float | None, ...]]:
    """``KIND=S[,S...]``: seconds per phase of a job kind (``none``: wait until released)."""
    kind, sep, values = text.partition("=")
    if not sep or kind not in REALISTIC_DURATIONS:
        raise argparse.ArgumentTypeError(
            f"expected KIND=SECONDS[,SECONDS], KIND one of {', '.join(REALISTIC_DURATIONS)}; got {text!r}"
        )
    phases: list[float | None] = []
    for value in values.split(","):
        if value.strip().lower() == "none":
            phases.append(None)
            continue
        try:
            seconds = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{kind}: {value!r} is not a number of seconds") from None
        if not math.isfinite(seconds) or seconds < 0:
            raise argparse.ArgumentTypeError(f"{kind}: seconds must be >= 0, got {value!r}")
        phases.append(seconds)
    return kind, tuple(phases)


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port, 0 to 65535, got {text!r}")
    return int(text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The mock server's options, on any parser (`heygen-avatars mock` adds them to its subcommand)."""
    parser.add_argument("--port", type=_port, default=8000, help="port (0 = any free port; default 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1, loopback only)")
    parser.add_argument(
        "--api-key",
        default="mock-key",
        help="the API key the mock (and its control plane, /_mock/) accepts (default mock-key)",
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
    pace.add_argument(
        "--virtual",
        action="store_true",
        help="virtual time: jobs move only when told (POST /_mock/clock/advance), for tests",
    )
    parser.add_argument(
        "--duration",
        action="append",
        type=_duration,
        default=[],
        metavar="KIND=S[,S]",
        help="seconds per phase of a job kind, e.g. training=5,60 or digital_twin=none,180 (repeatable)",
    )
    parser.add_argument(
        "--training-vocabulary",
        choices=TRAINING_VOCABULARIES,
        default="ready",
        help="v2 training statuses: pending/training/ready (default) or pending/in_progress/success",
    )
    parser.add_argument(
        "--digital-twin-type",
        choices=TWIN_TYPES,
        default="digital_twin",
        help='a digital twin\'s type: "digital_twin" (July 2026, default) or "video" (April 2026)',
    )
    parser.add_argument(
        "--max-concurrent-jobs",
        type=int,
        default=10,
        metavar="N",
        help="running jobs per key before creates answer 429 (HeyGen: 10, the default)",
    )
    parser.add_argument(
        "--strict-responses", action="store_true", help="check every response against the built spec"
    )
    parser.add_argument(
        "--url-ttl", type=float, default=7 * 86400.0, metavar="SECONDS", help="file URLs expire (7 days)"
    )
    parser.add_argument(
        "--journal-limit",
        type=int,
        default=SERVER_JOURNAL_LIMIT,
        metavar="N",
        help=f"journal entries kept (default {SERVER_JOURNAL_LIMIT})",
    )
    parser.add_argument("--specs-dir", type=Path, metavar="DIR", help="built specs to serve (default: ours)")
    parser.add_argument(
        "--upload-url-ttl", type=int, default=900, metavar="SECONDS", help="direct-upload URLs expire (900)"
    )
    parser.add_argument(
        "--direct-upload-max-bytes",
        type=int,
        default=5 * 1024**3,
        metavar="N",
        help="direct-upload cap (5 GiB)",
    )
    parser.add_argument(
        "--spool-bytes", type=int, default=4 * 1024 * 1024, metavar="N", help="uploads above this go to disk"
    )
    parser.add_argument("--storage-dir", type=Path, metavar="DIR", help="where spooled uploads go (temp dir)")
    parser.add_argument(
        "--webhook-host",
        action="append",
        default=[],
        dest="webhook_hosts",
        metavar="HOST",
        help="also deliver webhooks to this host (default: loopback only; repeat for several)",
    )
    parser.add_argument(
        "--webhook-signature",
        choices=SIGNATURE_SHAPES,
        default="heygen-signature",
        help="the signature headers webhooks carry (default heygen-signature: Heygen-Signature, "
        "Heygen-Timestamp, Heygen-Event-Id)",
    )
    parser.add_argument(
        "--log-requests",
        action="store_true",
        help="print one line per request on stderr (method, path, status, milliseconds)",
    )
    parser.add_argument(
        "--state-file",
        type=Path,
        metavar="FILE",
        help="write the URL, key and pid here once listening; removed on exit (how --mock finds it)",
    )
    parser.add_argument(
        "--idle-timeout", type=float, metavar="SECONDS", help="exit after this long without a request"
    )
    parser.add_argument(
        "--poll-hints",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="status reads of running jobs say when to look again (Retry-After, scaled to --speed); "
        "default: on, off with --virtual",
    )


def build_parser(prog: str = "python -m heygen_avatars.mock") -> argparse.ArgumentParser:
    """The mock server's command line."""
    parser = argparse.ArgumentParser(prog=prog, description="Serve a stateful HeyGen mock on loopback.")
    add_arguments(parser)
    parser.add_argument("--json", action="store_true", help="announce the mock as one JSON line on stdout")
    return parser


def mock_options(args: argparse.Namespace) -> dict[str, Any]:
    """The `MockHeyGen` keyword arguments the flags ask for (the clock aside: see `run`)."""
    options: dict[str, Any] = {
        "training_vocabulary": args.training_vocabulary,
        "digital_twin_type": args.digital_twin_type,
        "max_concurrent_jobs": args.max_concurrent_jobs,
        "strict_responses": args.strict_responses,
        "url_ttl": args.url_ttl,
        "journal_limit": args.journal_limit,
        "specs_dir": args.specs_dir,
        "upload_url_ttl": args.upload_url_ttl,
        "direct_upload_max_bytes": args.direct_upload_max_bytes,
        "spool_bytes": args.spool_bytes,
        "storage_dir": args.storage_dir,
        "webhook_hosts": args.webhook_hosts,
        "webhook_signature": args.webhook_signature,
        "poll_hints": args.poll_hints,
    }
    if args.duration:
        options["durations"] = dict(args.duration)
    return options


def option_error(args: argparse.Namespace) -> str | None:
    """What is wrong with the flags the parser cannot check alone (None: nothing), naming the flag."""
    if args.speed <= 0:
        return "--speed must be > 0"
    if args.idle_timeout is not None and not args.idle_timeout > 0:
        return "--idle-timeout must be > 0"
    return None


def run(args: argparse.Namespace, prog: str = "python -m heygen_avatars.mock") -> int:
    """Serve as ``args`` say until interrupted; the exit code (2: bad options, 1: cannot serve)."""
    problem = option_error(args)
    if problem is not None:
        sys.stderr.write(f"{prog}: error: {problem}\n")
        return 2
    speed = 1.0 if args.realistic else args.speed
    if args.port and not getattr(args, "json", False):
        base = f"http://{args.host}:{args.port}"
        sys.stderr.write(
            f"Point the SDK or the CLI at it from another shell:\n  export HEYGEN_API_BASE={base} "
            f"HEYGEN_UPLOAD_BASE={base} HEYGEN_API_KEY={args.api_key}"
            # without poll hints, the CLI keeps the mock's pace on a clock as fast as it
            + (f" HEYGEN_MOCK_SPEED={speed:g}" if args.poll_hints is False and not args.virtual else "")
            + "\n"
        )
    try:
        with contextlib.suppress(KeyboardInterrupt):
            serve(
                args.port,
                host=args.host,
                api_key=args.api_key,
                speed=speed,
                virtual=args.virtual,
                seed=args.seed,
                options=mock_options(args),
                as_json=bool(getattr(args, "json", False)),
                log_requests=args.log_requests,
                state_file=args.state_file,
                idle_timeout=args.idle_timeout,
            )
    except ValueError as error:  # an option the mock refuses (a duration with the wrong phase count...)
        sys.stderr.write(f"{prog}: error: {error}\n")
        return 2
    except OSError as error:  # the port is taken, the host is not ours...
        sys.stderr.write(f"{prog}: error: cannot serve on {args.host}:{args.port}: {error}\n")
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and serve until interrupted."""
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
