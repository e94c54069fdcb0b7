"""scripts/contract-test: the contract checks of tests/test_contract.py, over HTTP, against any server.

By default it starts the mock on 127.0.0.1 (a free port, jobs sped up 3000x), seeds the resources requests
can name (see tests/contract_hooks.py) and runs schemathesis' CLI (`st run`) for both built specs with
every check and the same schemathesis.toml. With `--base-url` it tests that server instead; the key
comes from HEYGEN_API_KEY and only read-only operations (GET) are sent unless `--allow-paid-jobs`.
Prints one line per operation (cases, failing cases, failed checks) and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPECS = {"v2": ROOT / "openapi" / "v2-photo-avatar.json", "v3": ROOT / "openapi" / "v3-avatars.json"}
MOCK_KEY = "contract-test-key"
MOCK_SPEED = 3000.0  # a 5-minute training takes 0.1 s: statuses move within one stateful scenario


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="scripts/contract-test", description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="test this server (default: start the mock on 127.0.0.1)")
    parser.add_argument(
        "--allow-paid-jobs",
        action="store_true",
        help="with --base-url: also send POST/PATCH/DELETE (creates billable HeyGen jobs!)",
    )
    parser.add_argument(
        "--spec", choices=["v2", "v3", "both"], default="both", help="which spec (default both)"
    )
    parser.add_argument("--max-examples", type=int, default=10, help="examples per operation (default 10)")
    parser.add_argument("--max-time", type=int, default=30, help="seconds per spec (default 30)")
    parser.add_argument(
        "--phases", default="examples,coverage,fuzzing,stateful", help="schemathesis phases (default: all)"
    )
    return parser


@contextmanager
def _server(args: argparse.Namespace) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(base URL, API key, seeded references) of the server under test."""
    if args.base_url:
        key = os.environ.get("HEYGEN_API_KEY", "").strip()
        if not key:
            raise SystemExit("contract-test: --base-url needs HEYGEN_API_KEY in the environment")
        yield args.base_url.rstrip("/"), key, {}
        return
    sys.path.insert(0, str(ROOT / "tests"))
    import contract_hooks
    from heygen_avatars.mock import MockServer, make_server_mock

    mock = make_server_mock(MOCK_KEY, speed=MOCK_SPEED)
    references = dict(contract_hooks.seed_references(mock))
    with MockServer(mock) as server:
        print(f"contract-test: mock on {server.url}", flush=True)
        yield server.url, MOCK_KEY, references


def _st_command(spec: Path, url: str, args: argparse.Namespace, report: Path) -> list[str]:
    read_only = bool(args.base_url) and not args.allow_paid_jobs
    phases = args.phases
    if read_only:  # the links all start at a POST: without POSTs there is no stateful phase to run
        phases = ",".join(p for p in phases.split(",") if p.strip() != "stateful")
    command = [
        str(Path(sys.executable).with_name("st")), "--config-file", str(_config(report.parent, read_only)),
        "run", str(spec), "--url", url,
        "--checks", "all", "--generation-deterministic", "--no-color",
        "--max-examples", str(args.max_examples), "--max-time", str(args.max_time),
        "--phases", phases, "--report", "ndjson", "--report-ndjson-path", str(report),
    ]  # fmt: skip
    if read_only:
        # documented GETs only, and no probing of other methods on the same paths
        command += ["--include-method", "GET", "--exclude-checks", "unsupported_method"]
    return command


def _templates(spec: Path) -> list[tuple[str, re.Pattern[str], str]]:
    doc = json.loads(spec.read_text())
    return [
        (method.upper(), re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"), path)
        for path, item in doc["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    ]


def _label(templates: list[tuple[str, re.Pattern[str], str]], method: str, path: str) -> str:
    """The operation a request belongs to; requests to undocumented methods are grouped together."""
    for known_method, pattern, template in templates:
        if known_method == method and pattern.match(path):
            return f"{method} {template}"
    return "(undocumented methods: unsupported_method probes)"


def _config(directory: Path, read_only: bool) -> Path:
    """The repository's schemathesis.toml; read-only runs also stop the coverage phase from sending
    undocumented methods (it would try e.g. DELETE on a path that only documents GET)."""
    text = (ROOT / "schemathesis.toml").read_text()
    if read_only:
        text += "\n[phases.coverage]\nunexpected-methods = []\n"
    path = directory / "schemathesis.toml"
    path.write_text(text)
    return path


def summarize(report: Path, spec: Path) -> dict[str, dict[str, Any]]:
    """Per operation: cases sent, cases with a failed check, and the names of the failed checks."""
    templates = _templates(spec)
    summary: dict[str, dict[str, Any]] = collections.defaultdict(
        lambda: {"cases": 0, "failures": 0, "checks": collections.Counter()}
    )
    for line in report.read_text().splitlines():
        event = json.loads(line)
        finished = event.get("ScenarioFinished")
        if not finished:
            continue
        recorder = finished.get("recorder") or {}
        checks = recorder.get("checks") or {}
        for case_id, case in (recorder.get("cases") or {}).items():
            value = case.get("value") or {}
            if case_id not in (recorder.get("interactions") or {}) and case_id not in checks:
                continue  # generated but never sent
            label = _label(templates, str(value.get("method")), str(value.get("path")))
            entry = summary[label]
            entry["cases"] += 1
            failed = [c["name"] for c in checks.get(case_id, []) if c.get("status") == "failure"]
            if failed:
                entry["failures"] += 1
                entry["checks"].update(failed)
    return dict(summary)


def print_summary(name: str, summary: dict[str, dict[str, Any]]) -> int:
    width = max([len(op) for op in summary] + [20])
    print(f"\n{name}: {'operation':<{width}}  cases  failing  failed checks")
    failing = 0
    for op in sorted(summary):
        entry = summary[op]
        checks = ", ".join(f"{check} x{count}" for check, count in sorted(entry["checks"].items()))
        print(f"{'':{len(name)}}  {op:<{width}}  {entry['cases']:>5}  {entry['failures']:>7}  {checks}")
        failing += entry["failures"]
    return failing


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.allow_paid_jobs and not args.base_url:
        print("contract-test: --allow-paid-jobs only matters with --base-url (the mock is always all-in)")
    specs = ["v2", "v3"] if args.spec == "both" else [args.spec]
    total_failing, exit_codes = 0, []
    with _server(args) as (url, key, references), tempfile.TemporaryDirectory() as tmp:
        env = {
            **os.environ,
            "HEYGEN_CONTRACT_KEY": key,
            "HEYGEN_CONTRACT_REFERENCES": json.dumps(references),
            "SCHEMATHESIS_HOOKS": "contract_hooks",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]),
        }
        for name in specs:
            report = Path(tmp) / f"{name}.ndjson"
            done = subprocess.run(
                _st_command(SPECS[name], url, args, report), cwd=ROOT, env=env, capture_output=True, text=True
            )
            if not report.exists():
                print(done.stdout[-4000:], done.stderr[-4000:], sep="\n")
                return 2
            total_failing += print_summary(name, summarize(report, SPECS[name]))
            exit_codes.append(done.returncode)
            if done.returncode != 0:
                print(done.stdout[-6000:], done.stderr[-2000:], sep="\n")
    verdict = "FAILED" if total_failing or any(exit_codes) else "passed"
    print(f"\ncontract-test {verdict}: {total_failing} failing case(s); st exit codes {exit_codes}")
    return 1 if verdict == "FAILED" else 0


if __name__ == "__main__":
    raise SystemExit(main())
