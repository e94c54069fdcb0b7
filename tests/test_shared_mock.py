"""``--mock`` remembers: every ``heygen-avatars --mock ...`` command, in any process, talks to one background
mock (started on first use, found through its state file, replaced when it died, stopped on request), so
chained commands see each other's work, and what they print names the mock, not HeyGen."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from heygen_avatars.cli import main, shared_mock

GENERATE = [
    "photos", "generate", "--name", "Lina", "--age", "Young Adult", "--gender", "Woman", "--ethnicity",
    "Asian American", "--appearance", "A stylish woman", "--wait",
]  # fmt: skip


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder of its own for the background mock; whatever the test started is stopped after it."""
    monkeypatch.setenv("HEYGEN_MOCK_HOME", str(tmp_path / "mock"))
    monkeypatch.delenv("HEYGEN_API_KEY", raising=False)
    yield tmp_path / "mock"
    shared_mock.stop()


def command(*argv: str) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own, as a user types it."""
    return subprocess.run(
        [sys.executable, "-m", "heygen_avatars", *argv],
        capture_output=True, text=True, timeout=120, check=False, env=os.environ.copy(),
    )  # fmt: skip


def test_chained_commands_in_separate_processes_share_one_mock(home: Path) -> None:
    generated = command("--mock", "--json", *GENERATE)
    assert generated.returncode == 0, generated.stderr
    assert "started a background HeyGen mock on http://127.0.0.1:" in generated.stderr
    photos = json.loads(generated.stdout)
    running = shared_mock.running()
    assert running is not None
    assert all(url.startswith(f"{running.url}/_mock/files/") for url in photos["image_urls"])  # the mock's

    grouped = command(
        "groups", "create", "--name", "Lina", "--image-key", photos["image_keys"][0],
        "--generation-id", photos["id"], "--json", "--mock",
    )  # fmt: skip
    assert grouped.returncode == 0, grouped.stderr  # the second process knows the first one's keys
    assert "started" not in grouped.stderr  # it found the running mock
    token = json.loads(json.loads(grouped.stdout)["job"]["resume_token"])
    assert token["base_url"] == running.url  # a token that names the mock, not https://api.heygen.com


def test_a_mock_that_died_is_replaced_and_the_command_says_so(home: Path) -> None:
    first = shared_mock.ensure()
    os.kill(first.pid, signal.SIGKILL)  # killed: its state file stays behind
    deadline = time.monotonic() + 10
    while shared_mock.running() is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    ran = command("--mock", "voices", "list")
    assert ran.returncode == 0, ran.stderr
    assert "had stopped (what it held is gone)" in ran.stderr
    second = shared_mock.running()
    assert second is not None and second.pid != first.pid


def test_commands_started_together_start_one_mock(home: Path) -> None:
    found: list[shared_mock.SharedMock] = []
    threads = [threading.Thread(target=lambda: found.append(shared_mock.ensure())) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(found) == 3 and len({mock.pid for mock in found}) == 1
    assert sum(mock.started for mock in found) == 1


def test_status_background_and_stop(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mock", "--status"]) == 0
    assert "no background HeyGen mock is running" in capsys.readouterr().out
    assert main(["--json", "mock", "--background", "--speed", "600", "--seed", "4"]) == 0
    started = json.loads(capsys.readouterr().out)
    key = {"x-api-key": started["api_key"]}  # the control plane takes the mock's key
    config = httpx.get(f"{started['url']}/_mock/config", headers=key, timeout=10).json()
    assert (config["speed"], config["seed"], config["poll_hints"]) == (600.0, 4, True)  # its flags applied
    assert main(["mock", "--status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["running"] == started["url"]
    assert main(["mock", "--stop"]) == 0
    assert f"stopped the background HeyGen mock on {started['url']}" in capsys.readouterr().out
    assert shared_mock.running() is None and not (home / "server.json").exists()


def test_the_served_mock_logs_one_line_per_request_and_leaves_when_idle(tmp_path: Path) -> None:
    state = tmp_path / "server.json"
    server = subprocess.Popen(
        [sys.executable, "-m", "heygen_avatars.mock", "--port", "0", "--state-file", str(state),
         "--idle-timeout", "3", "--log-requests", "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None and server.stderr is not None
        banner = json.loads(server.stdout.readline())  # --json: one line
        assert json.loads(state.read_text())["url"] == banner["url"]
        key = {"x-api-key": banner["api_key"]}
        for url in banner["routes"].values():  # every route the banner lists answers (with the key)
            assert httpx.get(url, headers=key, timeout=10).status_code == 200, url
        # the control plane's without the key: 401; the specs are public
        assert httpx.get(banner["routes"]["control plane"], timeout=10).status_code == 401
        assert httpx.get(banner["routes"]["specs"], timeout=10).status_code == 200
        assert httpx.get(f"{banner['url']}/v3/voices", timeout=10).status_code == 401
        server.wait(30)  # then, idle for 3 s, it exits by itself and removes its state file
        lines = server.stderr.read().splitlines()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(10)
    assert not state.exists()
    assert "GET /_mock/ -> 200 in" in "\n".join(lines) and "GET /_mock/ -> 401 in" in "\n".join(lines)
    assert any(line.startswith("GET /v3/voices -> 401 in ") and line.endswith(" ms") for line in lines)


@pytest.mark.parametrize(("flag", "value"), [("--speed", "-3"), ("--idle-timeout", "-1")])
def test_background_with_a_bad_option_is_a_usage_error_naming_only_this_runs_flag(
    home: Path, capsys: pytest.CaptureFixture[str], flag: str, value: str
) -> None:
    """`mock --background --speed -3` exited 1 ("exited at start") and quoted the last lines of the appended
    server.log: earlier runs' errors too. Refused before anything starts: exit 2, this flag only."""
    home.mkdir(parents=True)
    (home / "server.log").write_text("python -m heygen_avatars.mock: error: an old run's error\n")
    assert main(["mock", "--background", flag, value]) == 2
    err = capsys.readouterr().err
    assert err == f"heygen-avatars mock: error: {flag} must be > 0\n"
    assert shared_mock.running() is None


def test_a_background_mock_that_exits_at_start_quotes_only_its_own_log_lines(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """server.log is appended to by every start: the error quoted the last lines, old runs' errors too."""
    home.mkdir(parents=True)
    (home / "server.log").write_text("python -m heygen_avatars.mock: error: an old run's error\n")
    assert main(["mock", "--background", "--duration", "training=1,2,3"]) == 1
    err = capsys.readouterr().err
    assert "exited at start (code 2)" in err and "durations['training']" in err
    assert "an old run's error" not in err
