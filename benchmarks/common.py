"""What every benchmark row shares: paths, the result row, timing helpers, the machine's facts."""

from __future__ import annotations

import os
import platform
import socket
import statistics
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "BENCH_PYTHON",
    "ROOT",
    "Row",
    "free_port",
    "machine_facts",
    "median",
    "not_measured",
    "ratio",
]

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "benchmarks"
BENCH_PYTHON = BENCH_DIR / ".venv" / "bin" / "python"
"""The benchmarks' own environment: heygen-avatars (no extras) and the anchors (openai-python)."""
PRISM = BENCH_DIR / "node_modules" / ".bin" / "prism"
API_KEY = "bench-key-0123456789abcdef"


@dataclass(frozen=True)
class Row:
    """One line of the table: our figure beside an anchor's, their ratio, the target and whether it is met.

    `met` is None when the row has no target (a reference line) or was not measured.
    """

    item: str
    measure: str
    ours: str
    anchor: str
    theirs: str
    ratio: float | None = None
    target: str = ""
    met: bool | None = None

    @property
    def verdict(self) -> str:
        return "" if self.met is None else ("yes" if self.met else "NO")


def not_measured(item: str, measure: str, why: str, anchor: str = "", target: str = "") -> Row:
    """A row for a step that could not run (missing tool, failed install): says why instead of failing."""
    return Row(item, measure, f"not measured: {why}", anchor, "", None, target, None)


def ratio(ours: float, theirs: float) -> float | None:
    return ours / theirs if theirs else None


def median(values: list[float]) -> float:
    return statistics.median(values)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gb() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
    except OSError:
        pass
    return "RAM unknown"


def _version_of(*command: str) -> str:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=20).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "absent"


def machine_facts() -> list[str]:
    """The facts a reader needs to compare these figures with another run."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"{platform.system()} {platform.release()}, {_cpu_model()}, {os.cpu_count()} CPUs, {_memory_gb()}",
        f"load average at start: {load} (the machine may be shared: ratios are steadier than absolutes)",
        f"Python {platform.python_version()} ({sys.executable}), node {_version_of('node', '--version')}",
    ]
