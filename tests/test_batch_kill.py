"""``kill -9`` a batch at random points, many times, then run the same command again: every manifest row
ends with exactly one job on the mock (no create paid twice, none lost) and RESULTS lists every id.

The batch runs as ``python -m heygen_avatars batch`` in a subprocess against the mock served over HTTP on
127.0.0.1 (jobs 200 times faster than HeyGen's; ``HEYGEN_MOCK_SPEED`` paces the command to match), with a
seeded random kill time per round covering start-up, the manifest check, creates in flight and waits.
"""

from __future__ import annotations

import collections
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from heygen_avatars import HeyGen
from heygen_avatars.mock import Fault, MockServer, ScaledClock, make_server_mock
from heygen_avatars.mock.media import png

KEY = "kill-test-key"
SPEED = 100.0
VOICE = "1bd001e7e50f421d891986aad5158bc8"
ROUNDS = 12


def manifest_rows(groups: list[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for i in range(8):
        args = {
            "avatar_id": "public_look_0",
            "script": f"Hello {i}",
            "voice_id": VOICE,
            "title": f"video-{i}",
        }
        rows.append({"key": f"video-{i}", "op": "videos.create", "args": args})
        rows.append(
            {
                "key": f"look-{i}",
                "op": "avatars.create_from_photo",
                "args": {"name": f"look-{i}", "url": "https://example.com/p.png"},
            }
        )
    rows += [
        {"key": f"train-{i}", "op": "photo_avatars.train", "args": {"group_id": g}}
        for i, g in enumerate(groups)
    ]
    return rows


@pytest.mark.slow
def test_a_batch_killed_at_random_points_ends_with_one_job_per_row(tmp_path: Path) -> None:
    mock = make_server_mock(KEY, speed=SPEED, seed=15)
    mock.poll_hints = False  # the command keeps the mock's pace on its own clock (HEYGEN_MOCK_SPEED)
    with MockServer(mock) as server:
        setup = HeyGen(api_key=KEY, base_url=server.url, upload_base_url=server.url, clock=ScaledClock(SPEED))
        groups = []
        for i in range(3):
            image_key = setup.photo_avatars.upload_photo(png(f"kill-{i}", 512, 512)).image_key
            group = setup.photo_avatars.create_group(name=f"group-{i}", image_key=image_key)
            group.job.result()
            groups.append(group.group_id)
        setup.close()
        # creates take a while to answer, so that kills often land while one is in flight (and a restarted
        # run meets a create still in flight: 409 request_in_progress, then the replay)
        for operation in ("createVideo", "createAvatar", "train-photo-avatar-group"):
            mock.faults.set_probability(operation, Fault.latency(25.0), 1.0)
        rows = manifest_rows(groups)
        manifest = tmp_path / "jobs.jsonl"
        manifest.write_text("".join(json.dumps(row) + "\n" for row in rows))
        results, journal = tmp_path / "RESULTS.jsonl", tmp_path / "journal.sqlite"
        command = [
            sys.executable, "-m", "heygen_avatars", "--quiet", "batch", str(manifest),
            "--out", str(results), "--journal", str(journal),
        ]  # fmt: skip
        env = {
            **os.environ, "HEYGEN_API_BASE": server.url, "HEYGEN_UPLOAD_BASE": server.url,
            "HEYGEN_API_KEY": KEY, "HEYGEN_MOCK_SPEED": str(SPEED), "HEYGEN_MAX_CONCURRENT_JOBS": "3",
        }  # fmt: skip
        rng = random.Random(1515)
        killed = 0
        for _ in range(ROUNDS):
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                process.wait(timeout=rng.uniform(0.3, 1.6))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
                process.wait()
                killed += 1
        final = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        print(f"{killed} of {ROUNDS} runs killed", file=sys.stderr)
        assert final.returncode == 0, final.stderr
        assert killed >= ROUNDS // 2, "most rounds must be cut short for the test to mean anything"

        lines = {line["key"]: line for line in map(json.loads, results.read_text().splitlines())}
        assert set(lines) == {row["key"] for row in rows}
        assert {line["status"] for line in lines.values()} == {"succeeded"}

        state = mock.state
        videos = collections.Counter(video.title for video in state.videos.values())
        looks = collections.Counter(look.name for look in state.avatar_looks.values() if not look.public)
        trainings = collections.Counter(
            created.split("-")[1] for created in mock.journal.created_ids() if created.startswith("train-")
        )
        for row in rows:
            ids = lines[row["key"]]["ids"]
            if row["op"] == "videos.create":
                assert videos[row["key"]] == 1, f"{row['key']}: {videos[row['key']]} videos"
                assert state.videos[ids["video_id"]].title == row["key"]
            elif row["op"] == "avatars.create_from_photo":
                assert looks[row["key"]] == 1, f"{row['key']}: {looks[row['key']]} looks"
                assert state.avatar_looks[ids["look_id"]].name == row["key"]
            else:
                group = row["args"]["group_id"]
                assert trainings[group] == 1, f"{row['key']}: group {group} trained {trainings[group]} times"
                assert ids == {"group_id": group}
