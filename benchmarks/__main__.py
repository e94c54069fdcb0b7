"""`python -m benchmarks [--quick] [--skip-suite] [--only 1,3]`: run the rows, print one table, write
benchmarks/RESULTS.md (the table, the date, the machine and each row's details)."""

from __future__ import annotations

import argparse
import datetime
import time
import traceback
from collections.abc import Callable, Sequence
from typing import Any

from . import cadence, concurrency, imports, overhead, readme_timings, throughput, tooling, uploads
from .common import BENCH_DIR, Row, machine_facts, not_measured

SECTIONS: dict[str, tuple[str, Callable[[argparse.Namespace], tuple[list[Any], list[str]]]]] = {
    "1": ("Import and construct", lambda a: imports.measure(a.quick)),
    "2": ("Per-call overhead", lambda a: overhead.measure(a.quick)),
    "3": ("Polling cadence (virtual time)", lambda a: cadence.measure(a.quick)),
    "4": ("Mock throughput (loopback)", lambda a: throughput.measure(a.quick)),
    "5": ("Concurrency (virtual time)", lambda a: concurrency.measure(a.quick)),
    "6": ("Regeneration and the test suite", lambda a: tooling.measure(a.skip_suite)),
    "7": ("Direct upload of a large file (loopback)", lambda a: uploads.measure(a.quick)),
    "8": ("The README on the served mock", lambda a: readme_timings.measure(a.quick)),
}
HEADER = ("#", "measure", "ours", "anchor", "anchor's", "ratio", "target", "met")


def _cells(row: Row) -> tuple[str, ...]:
    shown = "" if row.ratio is None else f"{row.ratio:.2f}x"
    return (row.item, row.measure, row.ours, row.anchor, row.theirs, shown, row.target, row.verdict)


def markdown_table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table (also what the terminal shows)."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(cell.replace("|", "/") for cell in _cells(row)) + " |" for row in rows]
    return "\n".join(lines)


def text_table(rows: Sequence[Row]) -> str:
    """The rows aligned in columns for a terminal."""
    table = [HEADER, *(_cells(row) for row in rows)]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADER))]
    out = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) for line in table]
    out.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks/run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer samples and rounds (about a minute)")
    parser.add_argument("--skip-suite", action="store_true", help="do not time scripts/test (row 6)")
    parser.add_argument("--only", default="", help="comma-separated rows to run, e.g. 1,3 (default: all)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"--only: unknown rows {unknown}; allowed: {', '.join(SECTIONS)}")
    started = datetime.datetime.now(datetime.UTC)
    facts = machine_facts()
    rows: list[Row] = []
    details: list[str] = []
    for key in chosen:
        title, run = SECTIONS[key]
        print(f"== {key}. {title} ...", flush=True)
        begin = time.perf_counter()
        try:
            section_rows, section_details = run(args)
        except Exception as exc:  # a broken row is reported, the others still run
            traceback.print_exc()
            section_rows, section_details = [not_measured(key, title, f"{type(exc).__name__}: {exc}")], []
        rows += section_rows
        details += ["", f"### {key}. {title} ({time.perf_counter() - begin:.0f} s)", "", *section_details]
    print()
    print(text_table(rows))
    if not args.no_write:
        mode = "quick" if args.quick else "full"
        report = [
            "# Benchmarks: heygen-avatars beside its anchors",
            "",
            f"Written by `benchmarks/run` ({mode} run) on {started:%Y-%m-%d %H:%M} UTC. "
            "What each row means: benchmarks/README.md.",
            "",
            *(f"- {fact}" for fact in facts),
            "",
            markdown_table(rows),
            "",
            "## Details",
            *details,
            "",
        ]
        (BENCH_DIR / "RESULTS.md").write_text("\n".join(report))
        print(f"\nwritten to {BENCH_DIR / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
