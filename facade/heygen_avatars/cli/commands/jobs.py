"""``jobs``: wait for any job from its resume token (printed by ``--json`` or by a timed-out wait)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..._client import HeyGen
from ..progress import Reporter
from .common import Subparsers, command, group, seconds, timeout_of

__all__ = ["add_jobs"]


def _jobs_wait(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    token = sys.stdin.read().strip() if args.token == "-" else args.token
    job = client.jobs.resume(token)
    return job.result(timeout=timeout_of(args), on_progress=reporter.job)


def add_jobs(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    jobs = group(subparsers, "jobs", "long-running jobs")
    wait = command(jobs, "wait", _jobs_wait, "wait for a job from its resume token", common)
    wait.add_argument("token", help="a resume token (as printed by --json or a timeout), or - for stdin")
    wait.add_argument("--timeout", type=seconds, metavar="SECONDS", help="give up after this long (exit 4)")
