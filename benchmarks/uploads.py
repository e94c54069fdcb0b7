"""Row 7: a large file by direct upload. `HeyGen().assets.upload(path)` of a sparse 300 MB MP4 (announce,
PUT streamed from disk, complete) beside the same three requests written with httpx alone, the PUT body an
open file that httpx streams itself: the floor of a streamed upload. Both run in a fresh child process
against the mock served by uvicorn in this one (virtual clock: its URLs never expire here); each child
reports its wall time and how far its peak resident memory (VmHWM) rose over what it held before the
upload. Best of 3 rounds, taking turns."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from .common import API_KEY, Row, not_measured, ratio

MIB = 1024 * 1024
_MP4_HEAD = b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2"

_MEMORY = (
    "def vm(name):\n"
    "    line = next(l for l in open('/proc/self/status') if l.startswith(name))\n"
    "    return int(line.split()[1]) * 1024\n"
)
_OURS = _MEMORY + (
    "import sys, time, json, heygen_avatars\n"
    "with heygen_avatars.HeyGen(api_key=sys.argv[2], base_url=sys.argv[1]) as client:\n"
    "    client.assets.upload(open(sys.argv[3], 'rb').read(1024), direct=True)  # warm up, same code paths\n"
    "    before, start = vm('VmRSS'), time.perf_counter()\n"
    "    client.assets.upload(sys.argv[3])\n"
    "    print(json.dumps([time.perf_counter() - start, vm('VmHWM') - before]))\n"
)
_ANCHOR = _MEMORY + (
    "import sys, os, time, json, httpx\n"
    "base, key, path = sys.argv[1:4]\n"
    "def upload(path, size):\n"
    "    with httpx.Client(base_url=base, headers={'x-api-key': key}) as api:\n"
    "        body = {'filename': 'f.mp4', 'content_type': 'video/mp4', 'size_bytes': size}\n"
    "        d = api.post('/v3/assets/direct-uploads', json=body).raise_for_status().json()['data']\n"
    "        headers = {**d['upload_headers'], 'content-length': str(size)}\n"
    "        with open(path, 'rb') as f:\n"
    "            httpx.put(d['upload_url'], content=f, headers=headers, timeout=600).raise_for_status()\n"
    "        api.post(f\"/v3/assets/{d['asset_id']}/complete\", json={}).raise_for_status()\n"
    "small = path + '.small'\n"
    "open(small, 'wb').write(open(path, 'rb').read(1024))\n"
    "upload(small, 1024)  # warm up\n"
    "before, start = vm('VmRSS'), time.perf_counter()\n"
    "upload(path, os.path.getsize(path))\n"
    "print(json.dumps([time.perf_counter() - start, vm('VmHWM') - before]))\n"
)


def _run(code: str, url: str, path: Path) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-c", code, url, API_KEY, str(path)], capture_output=True, text=True, timeout=900
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-400:])
    wall, growth = json.loads(done.stdout.strip().splitlines()[-1])
    return float(wall), float(growth) / MIB


def measure(quick: bool, size_mb: int | None = None) -> tuple[list[Row], list[str]]:
    """Rows for the upload's wall time and memory growth (ours vs httpx alone), and detail lines."""
    size, rounds = (size_mb or (100 if quick else 300)) * MIB, 1 if quick else 3
    label = f"direct upload of {size // MIB} MB"
    try:
        from heygen_avatars.mock import MockHeyGen, MockServer
    except ImportError as exc:
        return [not_measured("7", label, f"the mock extra is missing ({exc})", "httpx alone")], []
    with tempfile.TemporaryDirectory(prefix="heygen-bench-upload-") as folder:
        path = Path(folder) / "footage.mp4"
        with path.open("wb") as handle:  # sparse: only the header is written
            handle.write(_MP4_HEAD)
            handle.truncate(size)
        ours: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        try:
            for _ in range(rounds):
                with MockServer(MockHeyGen(api_key=API_KEY, storage_dir=Path(folder))) as server:
                    ours.append(_run(_OURS, server.url, path))
                    theirs.append(_run(_ANCHOR, server.url, path))
                    server.mock.reset()  # frees the received files
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
            return [not_measured("7", label, str(exc)[-200:], "httpx alone")], []
    wall, grown = min(w for w, _ in ours), max(g for _, g in ours)
    anchor_wall, anchor_grown = min(w for w, _ in theirs), max(g for _, g in theirs)
    speed = ratio(wall, anchor_wall)
    rows = [
        Row("7", f"{label}: wall", f"{wall:.2f} s", "httpx alone", f"{anchor_wall:.2f} s", speed,
            "≤ 1.25x", speed is not None and speed <= 1.25),
        Row("7", f"{label}: peak memory growth", f"{grown:.1f} MB", "httpx alone", f"{anchor_grown:.1f} MB",
            None, "< 50 MB", grown < 50),
    ]  # fmt: skip
    details = [
        f"ours: {', '.join(f'{w:.2f} s / +{g:.1f} MB' for w, g in ours)}",
        f"httpx alone: {', '.join(f'{w:.2f} s / +{g:.1f} MB' for w, g in theirs)}",
        f"best wall and worst growth of {rounds} round(s); mock on 127.0.0.1 in the benchmark process",
    ]
    return rows, details
