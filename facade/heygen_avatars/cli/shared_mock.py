"""The mock every ``heygen-avatars --mock ...`` command shares: one background mock server, started on first
use and reused, so that chained commands see each other's work (generate, then make a group of the keys).

Discovery: the server writes a state file (its URL, key and pid) once it listens and removes it when it
exits; a command reads the file and checks that the server answers with that key. Locking: starting one
is done under a lock file, so two commands started together start one server. Cleanup: the server exits
after `IDLE_TIMEOUT` without a request, and ``heygen-avatars mock --stop`` stops it at once. When it died
(killed, machine restarted), the next command finds the stale file, says so and starts a new one: what the
old one held is gone. The folder is ``$HEYGEN_MOCK_HOME``, else ``heygen-avatars/mock`` in the user's cache
folder (``$XDG_CACHE_HOME`` or ``~/.cache``); its ``server.log`` holds the server's output.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs
import httpx

from ..errors import MockUnavailableError

__all__ = ["IDLE_TIMEOUT", "SharedMock", "ensure", "folder", "running", "stop"]

IDLE_TIMEOUT = 3600.0
"""Seconds without a request after which the background mock exits."""
_START_TIMEOUT = 20.0
_launched: list[subprocess.Popen[bytes]] = []  # servers this process started (reaped by `stop`)


@attrs.frozen
class SharedMock:
    """Where the background mock is, the key it takes, and whether this command just started it."""

    url: str
    api_key: str
    pid: int
    started: bool = False


def folder() -> Path:
    """Where the background mock's state file, lock and log live."""
    explicit = os.environ.get("HEYGEN_MOCK_HOME", "").strip()
    if explicit:
        return Path(explicit)
    cache = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(cache) / "heygen-avatars" / "mock"


def _state_file() -> Path:
    return folder() / "server.json"


def running() -> SharedMock | None:
    """The background mock, if one is running and answering (a stale state file counts as none)."""
    try:
        info = json.loads(_state_file().read_text(encoding="utf-8"))
        found = SharedMock(str(info["url"]), str(info["api_key"]), int(info["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if _answers(found) else None


def _answers(mock: SharedMock) -> bool:
    if not _alive(mock.pid):
        return False
    try:
        response = httpx.get(
            f"{mock.url}/v3/voices", params={"limit": 1}, headers={"x-api-key": mock.api_key}, timeout=3
        )
    except httpx.HTTPError:
        return False
    return response.status_code == 200


def _alive(pid: int) -> bool:
    for process in list(_launched):  # a child of this process that exited is a zombie until reaped
        if process.pid == pid and process.poll() is not None:
            _launched.remove(process)
            return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process reuses the pid: not our mock
        return False
    except OSError:  # pragma: no cover - platforms without signal 0 (the probe decides)
        return True
    return True


def ensure(options: Sequence[str] = (), *, note: IO[str] | None = None) -> SharedMock:
    """The running background mock, or a new one started with the mock server's `options` (flags)."""
    found = running()
    if found is not None:
        return found
    with _locked():
        found = running()  # another command may have started it while this one waited for the lock
        if found is not None:
            return found
        stale = _state_file().exists()
        started = _start(options)
    if note is not None:
        gone = "the background HeyGen mock had stopped (what it held is gone); " if stale else ""
        note.write(
            f"{gone}started a background HeyGen mock on {started.url}, shared by every --mock command "
            f"(stops after {IDLE_TIMEOUT / 60:.0f} idle minutes; heygen-avatars mock --stop stops it now)\n"
        )
    return started


def restart(options: Sequence[str] = ()) -> SharedMock:
    """A fresh background mock with `options` (the old one, if any, is stopped first)."""
    with _locked():
        _stop_unlocked()
        return _start(options)


def stop() -> SharedMock | None:
    """Stop the background mock; the one stopped, or None if none was running."""
    with _locked():
        return _stop_unlocked()


def _stop_unlocked() -> SharedMock | None:
    found = running()
    state = _state_file()
    if found is None:
        with contextlib.suppress(OSError):
            state.unlink()  # stale
        return None
    with contextlib.suppress(OSError):
        os.kill(found.pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while _alive(found.pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    with contextlib.suppress(OSError):
        if state.exists() and json.loads(state.read_text(encoding="utf-8")).get("pid") == found.pid:
            state.unlink()
    return found


def _start(options: Sequence[str]) -> SharedMock:
    home = folder()
    home.mkdir(parents=True, exist_ok=True)
    state = _state_file()
    with contextlib.suppress(OSError):
        state.unlink()
    command = [
        sys.executable, "-m", "heygen_avatars.mock", "--port", "0", "--state-file", str(state),
        "--idle-timeout", str(IDLE_TIMEOUT), "--log-requests", *options,
    ]  # fmt: skip
    log = (home / "server.log").open("ab")  # appended to by every start: only this one's lines are quoted
    start = log.tell()
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # a Ctrl-C in the shell of the command that started it leaves it running
            close_fds=True,
        )
    finally:
        log.close()
    _launched.append(process)
    deadline = time.monotonic() + _START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            code = process.returncode
            raise MockUnavailableError(
                f"the background HeyGen mock exited at start (code {code}): {_tail(home, start)}"
            )
        found = running()
        if found is not None and found.pid == process.pid:
            return attrs.evolve(found, started=True)
        time.sleep(0.05)
    process.terminate()
    raise MockUnavailableError(
        f"the background HeyGen mock did not start in {_START_TIMEOUT:g} s: {_tail(home, start)}"
    )


def _tail(home: Path, start: int) -> str:
    """The last lines this start wrote to the log (from byte `start`)."""
    try:
        with (home / "server.log").open("rb") as log:
            log.seek(start)
            lines = log.read().decode("utf-8", errors="replace").strip().splitlines()
    except OSError:
        return "(no log)"
    return " | ".join(lines[-5:]) + f" (log: {home / 'server.log'})"


@contextlib.contextmanager
def _locked() -> Iterator[None]:
    """An exclusive lock on the folder's lock file, across processes (released when the holder exits)."""
    home = folder()
    home.mkdir(parents=True, exist_ok=True)
    with (home / "lock").open("a+b") as handle:
        _lock(handle)
        try:
            yield
        finally:
            _unlock(handle)


def _lock(handle: Any) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _unlock(handle: Any) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
