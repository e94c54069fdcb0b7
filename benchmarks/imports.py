"""Row 1: import and construct a client in a fresh process: wall time and peak RSS, median of N runs.

All three run on the benchmarks' own interpreter (benchmarks/.venv: heygen-avatars without extras, as a
user installs it, and openai-python), so they share Python, site-packages and disk cache.
"""

from __future__ import annotations

import os
import subprocess
import time

from .common import API_KEY, BENCH_PYTHON, Row, median, not_measured, ratio

__all__ = ["SNIPPETS", "measure", "run_once"]

# The first request, in-process (an httpx.MockTransport answering one canned body), so that the
# figures include what import + construct defers: httpx, the models, the generated endpoint.
_LOOK = {"data": {"id": "l1", "name": "Bench", "group_id": "g1", "status": "completed"}}
_MODEL = {"id": "gpt-x", "object": "model", "created": 1, "owned_by": "openai"}
_ANSWER = "transport=httpx.MockTransport(lambda request: httpx.Response(200, json={body!r}))"

SNIPPETS = {
    "heygen_avatars": f"import heygen_avatars; heygen_avatars.HeyGen(api_key={API_KEY!r})",
    "httpx": "import httpx; httpx.Client()",
    "openai": f"import openai; openai.OpenAI(api_key={API_KEY!r})",
    "python": "pass",
    "heygen_avatars+call": (
        "import httpx, heygen_avatars; "
        f"heygen_avatars.HeyGen(api_key={API_KEY!r}, {_ANSWER.format(body=_LOOK)}).avatars.get_look('l1')"
    ),
    "openai+call": (
        "import httpx, openai; "
        f"openai.OpenAI(api_key={API_KEY!r}, http_client=httpx.Client({_ANSWER.format(body=_MODEL)}))"
        ".models.retrieve('gpt-x')"
    ),
}


# The child reports its own peak RSS (VmHWM belongs to the address space exec made; getrusage's maxrss
# would carry over the benchmark process's size from the fork).
_REPORT_PEAK = "\nprint(open('/proc/self/status').read().split('VmHWM:')[1].split()[0])"


def run_once(python: str, code: str) -> tuple[float, float]:
    """(wall seconds, peak RSS in MB) of `python -c code` in a fresh process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEYGEN_", "OPENAI_", "PYTHON"))}
    start = time.perf_counter()
    done = subprocess.run([python, "-c", code + _REPORT_PEAK], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{code!r} exited with {done.returncode}: {done.stderr.strip()[-300:]}")
    return wall, int(done.stdout.split()[-1]) / 1024


def _medians(python: str, runs: int) -> tuple[dict[str, tuple[float, float]], list[str]]:
    """Median (wall, RSS) per snippet; the snippets take turns so that a busy moment hits all of them."""
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in SNIPPETS}
    errors: dict[str, str] = {}
    for round_index in range(runs + 1):  # round 0 warms the disk cache and writes bytecode
        for name, code in SNIPPETS.items():
            if name in errors:
                continue
            try:
                sample = run_once(python, code)
            except (OSError, RuntimeError) as exc:
                errors[name] = f"{name}: {exc}"
                continue
            if round_index:
                samples[name].append(sample)
    figures = {
        name: (median([s[0] for s in values]), median([s[1] for s in values]))
        for name, values in samples.items()
        if values and name not in errors
    }
    return figures, list(errors.values())


def measure(quick: bool) -> tuple[list[Row], list[str]]:
    """Rows for wall time and peak RSS (ours vs openai; httpx as reference) and detail lines."""
    runs = 5 if quick else 11
    python = str(BENCH_PYTHON)
    if not BENCH_PYTHON.exists():
        why = "benchmarks/.venv is missing (its install failed)"
        return [not_measured("1", "import + construct", why, "openai-python", "≤ 0.25x")], []
    figures, errors = _medians(python, runs)
    details = [
        f"{name:15} {wall * 1000:7.0f} ms  {rss:6.1f} MB   `{SNIPPETS[name]}`"
        for name, (wall, rss) in figures.items()
    ]
    details.append(f"median of {runs} fresh processes each (taking turns), after one warm-up round")
    versions = "import importlib.metadata as m; print(*(m.version(p) for p in ('openai', 'httpx')))"
    try:
        done = subprocess.run([python, "-c", versions], capture_output=True, text=True, timeout=60)
        found = done.stdout.split()
        details.append(f"openai-python {found[0]}, httpx {found[1]} (benchmarks/.venv)")
    except (OSError, subprocess.SubprocessError, IndexError):
        pass
    details += errors
    if "heygen_avatars" not in figures:
        return [not_measured("1", "import + construct", "; ".join(errors), "openai-python")], details
    rows: list[Row] = []
    for index, label, unit in (
        (0, "import + construct: wall", "ms"),
        (1, "import + construct: peak RSS", "MB"),
    ):
        show = (lambda v: f"{v * 1000:.0f} ms") if unit == "ms" else (lambda v: f"{v:.1f} MB")
        ours = figures["heygen_avatars"][index]
        if "openai" in figures:
            theirs = figures["openai"][index]
            r = ratio(ours, theirs)
            met = r is not None and r <= 0.25
            rows.append(Row("1", label, show(ours), "openai-python", show(theirs), r, "≤ 0.25x", met))
        else:
            rows.append(
                not_measured("1", label, "openai-python is not installed", "openai-python", "≤ 0.25x")
            )
        if "httpx" in figures:
            theirs = figures["httpx"][index]
            r = ratio(ours, theirs)
            rows.append(
                Row(
                    "1", "  … beside bare httpx", show(ours), "httpx.Client()", show(theirs), r, "(reference)"
                )
            )
        if "heygen_avatars+call" in figures and "openai+call" in figures:
            # what construction defers is paid here: shown so that laziness hides nothing
            ours, theirs = figures["heygen_avatars+call"][index], figures["openai+call"][index]
            r = ratio(ours, theirs)
            label = "  … + first call"
            rows.append(Row("1", label, show(ours), "openai + call", show(theirs), r, "(reference)"))
    return rows, details
