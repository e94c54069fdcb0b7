"""Row 8: the README's quickstart block against ``heygen-avatars mock`` over HTTP at its default speed (60x),
as a newcomer runs it: the mock telling clients when to look again (``Retry-After`` on status reads), beside
the same mock with ``--no-poll-hints`` (the client polls on HeyGen's own schedule: what it did before the
hints). Each in a fresh process of its own, against a fresh mock. Target: under 20 s.

``python -m benchmarks.readme_timings`` runs it alone, from the repo root.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from .common import Row, not_measured, ratio

ROOT = Path(__file__).resolve().parent.parent
TARGET = 20.0


def quickstart() -> str:
    """The README's first Python block (the quickstart)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```", readme, re.S | re.M)[0]


def timed_on_served_mock(block: str, *flags: str, timeout: float = 600) -> float:
    """Seconds the block takes against a fresh `heygen-avatars mock` (with `flags`), its start excluded."""
    server = subprocess.Popen(
        [sys.executable, "-m", "heygen_avatars", "mock", "--port", "0", "--json", *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        info = json.loads(server.stdout.readline())
        env = {
            **os.environ,
            "HEYGEN_API_BASE": info["url"],
            "HEYGEN_UPLOAD_BASE": info["url"],
            "HEYGEN_API_KEY": info["api_key"],
        }
        started = time.monotonic()
        subprocess.run(
            [sys.executable, "-c", block], env=env, check=True, capture_output=True, timeout=timeout
        )
        return time.monotonic() - started
    finally:
        server.terminate()
        server.wait(10)


def measure(quick: bool) -> tuple[list[Row], list[str]]:
    """The quickstart with poll hints (ours) beside it without (the anchor)."""
    measure_name = "README quickstart on `heygen-avatars mock` (60x), wall"
    try:
        block = quickstart()
        ours = timed_on_served_mock(block)
        theirs = timed_on_served_mock(block, "--no-poll-hints")
    except (OSError, subprocess.SubprocessError, AssertionError, ValueError, IndexError) as exc:
        return [not_measured("8", measure_name, f"{type(exc).__name__}: {exc}")], []
    row = Row(
        "8", measure_name, f"{ours:.1f} s", "the same, no Retry-After hints (HeyGen's schedule)",
        f"{theirs:.1f} s", ratio(ours, theirs), f"< {TARGET:g} s", ours < TARGET,
    )  # fmt: skip
    details = [f"quickstart: {ours:.1f} s with poll hints, {theirs:.1f} s without (fresh mock each)"]
    return [row], details


if __name__ == "__main__":
    rows, notes = measure(quick="--quick" in sys.argv)
    for line in [
        *(f"{r.measure}: {r.ours} vs {r.theirs} ({r.anchor}); target {r.target}" for r in rows),
        *notes,
    ]:
        print(line)
