"""Direct uploads over real sockets, against the mock served on 127.0.0.1.

* A 300 MB file (sparse, made here) goes from a child process through the direct flow; the child's peak
  resident memory grows by less than 50 MB over the upload (the file is streamed, never held), and the
  mock holds exactly its bytes (same SHA-256, in a temporary file). About 4 s per face on a 2-core machine:
  the child's figures are printed (``-s`` shows them).
* The storage host never receives the API key (nor the client's default or per-call headers): the mock
  records every header of every PUT.
* ``heygen-avatars avatars create --name Me --footage footage.mp4 --wait``, the installed command, against
  the served mock, ends with the consent URL.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import footage
from heygen_avatars.mock import MockHeyGen, MockServer

MIB = 1024 * 1024
SIZE = 300 * MIB
GROWTH_LIMIT = 50 * MIB
CHILD = Path(__file__).with_name("_upload_child.py")
KEY = "served-key-0123456789"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MockServer]:
    storage = tmp_path_factory.mktemp("storage")
    with MockServer(MockHeyGen(api_key=KEY, storage_dir=storage, strict_responses=True)) as running:
        yield running
    assert running.mock.conformance_errors == []
    running.mock.reset()  # frees the received files


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(4 * MIB):
            digest.update(chunk)
    return digest.hexdigest()


@pytest.mark.parametrize("face", ["sync", "async"])
def test_a_300_mb_file_is_streamed_by_direct_upload_in_bounded_memory(
    server: MockServer, tmp_path: Path, face: str
) -> None:
    path = footage(tmp_path / "footage.mp4", SIZE)
    started = time.perf_counter()
    child = subprocess.run(
        [sys.executable, str(CHILD), server.url, KEY, str(path), *(["--async"] if face == "async" else [])],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    wall = time.perf_counter() - started
    assert child.returncode == 0, child.stderr[-3000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    before, after = report["before"], report["after"]
    # the peak (VmHWM) during the upload over what was resident (VmRSS) before it. (ru_maxrss is printed,
    # not used: Linux keeps it across exec, so a child started from pytest inherits pytest's own peak.)
    growth = after["hwm"] - before["rss"]
    print(
        f"\n[{face}] 300 MB direct upload: {report['seconds']:.1f} s upload, {wall:.1f} s with the child's "
        f"start; VmRSS before {before['rss'] / MIB:.1f} MB, VmHWM after {after['hwm'] / MIB:.1f} MB: "
        f"growth {growth / MIB:.1f} MB (limit 50 MB); ru_maxrss {after['maxrss'] / MIB:.1f} MB"
    )
    assert growth < GROWTH_LIMIT
    assert report["size_bytes"] == SIZE
    assert report["progress_calls"] == 1 + SIZE // MIB and report["last_sent"] == SIZE  # 0, then per MiB

    mock = server.mock
    asset_id = report["asset_id"]
    assert asset_id in mock.state.assets
    blob = mock.state.direct_uploads[asset_id].blob
    assert blob is not None and blob.on_disk and blob.size == SIZE
    assert blob.sha256 == sha256(path)


def test_the_storage_host_never_receives_the_api_key(server: MockServer, tmp_path: Path) -> None:
    """Every PUT the served mock received (this test's, and the 300 MB ones when they ran first)."""
    child = subprocess.run(
        [sys.executable, str(CHILD), server.url, KEY, str(footage(tmp_path / "f.mp4", 40 * MIB))],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    mock = server.mock
    puts = [request for request in mock.storage_requests if request.method == "PUT"]
    assert len(puts) >= 2  # the child's warm-up upload and its upload of the file (40 MB: direct)
    for request in puts:
        assert request.status == 200
        assert "x-api-key" not in request.headers and "authorization" not in request.headers
        # exactly upload_headers and HTTP's framing: not the client's defaults, not the call's extra headers
        assert set(request.headers) == {"host", "content-type", "content-length"}, request.headers
    api_calls = [entry for entry in mock.journal if entry.operation == "createAssetUpload"]
    assert api_calls and all(entry.status == 200 for entry in api_calls)  # the API calls carried the key


def test_the_command_creates_a_digital_twin_from_footage_and_ends_with_the_consent_url(
    server: MockServer, tmp_path: Path
) -> None:
    clip = footage(tmp_path / "footage.mp4", 40 * MIB)
    script = Path(sys.executable).with_name("heygen-avatars")  # the installed command (else the module)
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "heygen_avatars"]
    env = {**os.environ, "HEYGEN_API_BASE": server.url, "HEYGEN_API_KEY": KEY}
    ran = subprocess.run(
        [*command, "avatars", "create", "--name", "Me", "--footage", "footage.mp4", "--wait"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    last = ran.stdout.strip().splitlines()[-1]
    match = re.fullmatch(r"consent_url: (http://127\.0\.0\.1:\d+/_mock/consent/\w+)", last)
    assert match, ran.stdout
    assert "footage.mp4: 41.9 MB of 41.9 MB sent (100 %)" in ran.stderr
    assert "==> training" in ran.stderr and "pending_consent" in ran.stderr
    group_id = re.search(r"^group_id: (\w+)$", ran.stdout, re.MULTILINE)
    assert group_id and server.mock.state.avatar_groups[group_id.group(1)].consent_status == "pending"
    assert clip.stat().st_size == 40 * MIB
