"""Row 6: wall time of the project's own verbs: regeneration (and its --check) and the test suite."""

from __future__ import annotations

import subprocess
import time

from .common import ROOT, Row, not_measured

__all__ = ["VERBS", "measure"]

VERBS = {
    "scripts/regenerate --check": ["scripts/regenerate", "--check"],
    "scripts/regenerate": ["scripts/regenerate"],
    "scripts/test (the README's command)": ["scripts/test"],
}


def _timed(command: list[str], timeout: float) -> tuple[float, int, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    last = (done.stdout.strip().splitlines() or [""])[-1]
    return time.perf_counter() - start, done.returncode, last


def measure(skip_suite: bool) -> tuple[list[Row], list[str]]:
    """One row per verb (the suite skipped with `--skip-suite`); the verbs' last output lines as details."""
    rows: list[Row] = []
    details: list[str] = []
    for label, command in VERBS.items():
        if skip_suite and command[0] == "scripts/test":
            rows.append(not_measured("6", label, "skipped (--skip-suite)"))
            continue
        try:
            seconds, code, last = _timed(command, timeout=1800)
        except (OSError, subprocess.SubprocessError) as exc:
            rows.append(not_measured("6", label, f"{type(exc).__name__}: {exc}"))
            continue
        outcome = "ok" if code == 0 else f"exit {code}"
        rows.append(Row("6", label, f"{seconds:.1f} s ({outcome})", "—", "", None, "(reference)"))
        details.append(f"{label}: {last[:160]}")
    return rows, details
