"""README.md is executed: its first block is the two fresh-clone commands, every Python block runs unchanged
against the mock, every ``heygen-avatars`` command line in it parses, and every example and command is listed.

How the Python blocks reach the mock: they are written for live users (``HeyGen()`` reads HEYGEN_API_KEY), so
the test sets HEYGEN_API_KEY to the mock's key and swaps ``heygen_avatars.HeyGen`` / ``AsyncHeyGen`` for
subclasses that only add the mock's in-process transport and virtual clock when the block gives none. A
block that defines tests is written to a file and run by pytest, as a user would, with the plugin's fixtures.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import heygen_avatars
import httpx
import pytest
from heygen_avatars.cli import build_parser
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.mock.media import MP4_BYTES, png

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = [(lang, body) for lang, body in re.findall(r"^```(\w*)\n(.*?)^```", README, re.S | re.M)]
PYTHON = [body for lang, body in BLOCKS if lang == "python"]
SHELL = [body for lang, body in BLOCKS if lang == "bash"]
PLUGINS_OFF = ("-p", "no:cacheprovider", "-p", "no:schemathesis", "-p", "no:hypothesispytest")


def block_id(body: str) -> str:
    first = next(
        line for line in body.splitlines() if line.strip() and not line.startswith(("import", "from"))
    )
    return re.sub(r"\W+", "-", first.strip())[:40]


def test_the_first_block_is_the_two_fresh_clone_commands() -> None:
    lang, body = BLOCKS[0]
    assert lang == "bash"
    assert body.splitlines() == ["scripts/demo", "scripts/test"]
    for script in ("scripts/demo", "scripts/test", "scripts/bootstrap"):
        path = ROOT / script
        assert path.is_file() and path.stat().st_mode & 0o111, f"{script} must be an executable file"
    for script in ("scripts/demo", "scripts/test"):
        assert "scripts/bootstrap" in (ROOT / script).read_text(encoding="utf-8"), f"{script} sets up .venv"


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[MockHeyGen]:
    """One mock per block, reached through the names the block imports; the user's files in a scratch dir."""
    mock = MockHeyGen(strict_responses=True)

    def wired(kwargs: dict[str, Any]) -> dict[str, Any]:
        if kwargs.get("http_client") is None and kwargs.get("transport") is None:
            kwargs["transport"] = mock.transport()
        kwargs.setdefault("clock", mock.clock)
        return kwargs

    class HeyGen(heygen_avatars.HeyGen):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**wired(kwargs))

    class AsyncHeyGen(heygen_avatars.AsyncHeyGen):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**wired(kwargs))

    monkeypatch.setattr(heygen_avatars, "HeyGen", HeyGen)
    monkeypatch.setattr(heygen_avatars, "AsyncHeyGen", AsyncHeyGen)
    monkeypatch.setenv("HEYGEN_API_KEY", mock.api_key)
    for name in ("HEYGEN_API_BASE", "HEYGEN_BASE_URL", "HEYGEN_UPLOAD_BASE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    for name in ("front.png", "side.png", "smile.png", "sarah.png"):
        (tmp_path / name).write_bytes(png(name, 512, 512))
    (tmp_path / "footage.mp4").write_bytes(MP4_BYTES)
    yield mock
    assert mock.conformance_errors == []


@pytest.mark.parametrize("body", [b for b in PYTHON if "def test_" not in b], ids=block_id)
def test_python_block_runs_on_the_mock(
    body: str, mock: MockHeyGen, capsys: pytest.CaptureFixture[str]
) -> None:
    exec(compile(body, "README.md", "exec"), {"__name__": "__readme__"})
    # it really talked to HeyGen (the test's mock, or a mock of its own)
    assert len(mock.journal) > 0 or "base_url" in body or "MockHeyGen()" in body
    assert capsys.readouterr().out  # every block shows its result


@pytest.mark.parametrize("body", [b for b in PYTHON if "def test_" in b], ids=block_id)
def test_test_block_passes_under_pytest(body: str, tmp_path: Path) -> None:
    test_file = tmp_path / "test_from_readme.py"
    test_file.write_text(body, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", *PLUGINS_OFF, "-o", "addopts=", str(test_file)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    tests = len(re.findall(r"^def test_", body, re.M))
    assert f"{tests} passed" in done.stdout


def command_lines() -> list[str]:
    lines = []
    for body in SHELL:
        for line in body.splitlines():
            if line.startswith("heygen-avatars "):
                lines.append(re.sub(r"\s+#.*$", "", line))
    return lines


@pytest.mark.parametrize("line", command_lines())
def test_command_line_parses(line: str) -> None:
    args = build_parser().parse_args(shlex.split(line)[1:])
    assert args.command


def test_every_command_is_listed() -> None:
    parser = build_parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    for name, sub in commands.choices.items():
        actions = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        if not actions:
            assert f"`{name}`" in README
        for action in actions[0].choices if actions else ():
            assert re.search(rf"`{name} [\w|]*\b{action}\b", README), f"{name} {action}"


def test_every_example_is_listed() -> None:
    for path in sorted((ROOT / "examples").glob("*.py")):
        assert f"`{path.name}`" in README, path.name


def serve_and_stop(words: list[str]) -> None:
    """Run ``heygen-avatars mock ...`` (any port it names made 0: free), check that every route its
    banner lists answers (with the key it prints: the control plane takes it), then stop it."""
    if "--port" in words:
        words[words.index("--port") + 1] = "0"
    server = subprocess.Popen(
        [sys.executable, "-m", "heygen_avatars", *words, "--json"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        banner = json.loads(server.stdout.readline())
        for url in banner["routes"].values():
            key = {"x-api-key": banner["api_key"]}
            assert httpx.get(url, headers=key, timeout=10).status_code == 200, url
    finally:
        server.terminate()
        server.wait(10)


def listen_to_the_mock(words: list[str]) -> None:
    """Run ``heygen-avatars webhooks listen ...`` (any port made 0: free) as the README says, with the secret
    of an endpoint made on the background mock (``HEYGEN_WEBHOOK_SECRET``), and check that it prints the
    event of a job that ends there, then stop it."""
    import os
    import select

    from heygen_avatars.cli import shared_mock

    shared = shared_mock.running()
    assert shared is not None
    if "--port" in words:
        words[words.index("--port") + 1] = "0"
    with heygen_avatars.HeyGen(
        api_key=shared.api_key, base_url=shared.url, upload_base_url=shared.url
    ) as client:
        endpoint = client.webhooks.create("http://127.0.0.1:9/", events=["photo_avatar_generation.success"])
        env = {**os.environ, "HEYGEN_WEBHOOK_SECRET": endpoint.secret or "", "PYTHONUNBUFFERED": "1"}
        listener = subprocess.Popen(
            [sys.executable, "-m", "heygen_avatars", "--mock", *words],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        try:
            assert listener.stdout is not None and listener.stderr is not None
            ready, _, _ = select.select([listener.stderr], [], [], 30)  # bounded: never hang
            found = re.search(r"http://127\.0\.0\.1:\d+/", listener.stderr.readline() if ready else "")
            assert found, "webhooks listen printed no address within 30 s"
            client.webhooks.update(endpoint.id, url=found.group(0))  # now that it has a port
            client.photo_avatars.generate_photos(
                name="Hook", age="Young Adult", gender="Woman", ethnicity="White", orientation="square",
                pose="half_body", style="Realistic", appearance="A person",
            ).result()  # fmt: skip
            ready, _, _ = select.select([listener.stdout], [], [], 30)
            printed = listener.stdout.readline() if ready else ""
        finally:
            listener.terminate()
            listener.wait(10)
    assert printed.startswith("photo_avatar_generation.success "), printed


# every job finishes at once on the background mock these lines share: the test is about the lines and the
# state they share, not about waiting (the README's own timings are in benchmarks/readme_timings.py)
INSTANT_JOBS = [
    "--duration", "photo_generation=0", "--duration", "look_generation=0", "--duration", "training=0,0",
    "--duration", "look=0", "--duration", "avatar=0", "--duration", "video=0,0",
]  # fmt: skip


def test_command_lines_run_in_order_with_mock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every ``heygen-avatars`` line of the README, in order, with ``--mock`` (and ``--json``, to read
    what the next line needs): the placeholders are filled from what earlier lines printed, as a user
    would copy them, and every line exits 0."""
    from heygen_avatars.cli import main, shared_mock
    from PIL import Image

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HEYGEN_MOCK_HOME", str(tmp_path / "mock"))
    monkeypatch.delenv("HEYGEN_API_KEY", raising=False)
    (tmp_path / "footage.mp4").write_bytes(MP4_BYTES)  # the user's own footage
    assert main(["mock", "--background", *INSTANT_JOBS]) == 0
    capsys.readouterr()
    values: dict[str, str] = {}

    def run(argv: list[str]) -> Any:
        code = main(argv)
        out, err = capsys.readouterr()
        assert code == 0, f"{shlex.join(argv)} exited {code}: {err}"
        return json.loads(out) if "--json" in argv else out

    try:
        for line in command_lines():
            words = [word for word in shlex.split(line)[1:] if word not in ("--mock", "--json")]
            if "VOICE_ID" in words and "VOICE_ID" not in values:
                values["VOICE_ID"] = run(["--mock", "--json", "voices", "list", "--max-items", "1"])[0]["id"]
            filled = [values.get(word.lstrip("$"), word) for word in words]
            missing = [word for word in filled if word.lstrip("$").isupper() and len(word) > 3]
            assert not missing, f"{line}: nothing earlier printed {missing}"
            if words[0] == "mock":  # serves until stopped: in a process of its own, on a free port
                serve_and_stop(filled)
                continue
            if words[:2] == ["webhooks", "listen"]:  # the same, fed an event by the mock
                listen_to_the_mock(filled)
                continue
            if words[0] == "batch":  # the manifest the user wrote: videos of the look made above
                args = {"avatar_id": values["LOOK_ID"], "script": "Hello!", "voice_id": values["VOICE_ID"]}
                rows = [{"key": f"hello-{i}", "op": "videos.create", "args": args} for i in range(2)]
                (tmp_path / filled[1]).write_text("".join(json.dumps(row) + "\n" for row in rows))
            result = run(["--mock", "--json", *filled])
            if words[0] == "batch":
                assert result["counts"] == {"succeeded": 2}, result
            if words[:2] == ["photos", "generate"]:
                keys = result["image_keys"]
                values.update(IMAGE_KEY=keys[0], KEY1=keys[1], KEY2=keys[2], GENERATION_ID=result["id"])
                photo = httpx.get(result["image_urls"][0], timeout=30).content  # the user saves one
                (tmp_path / "sarah.png").write_bytes(photo)
                Image.open(io.BytesIO(photo)).convert("RGB").save(tmp_path / "portrait.jpg", "JPEG")
            elif words[:2] == ["groups", "create"]:
                values.update(GROUP_ID=result["group_id"], TOKEN=result["job"]["resume_token"])
            elif words[:2] == ["avatars", "create"] and "LOOK_ID" not in values:
                values["LOOK_ID"] = result["look_id"]
    finally:
        shared_mock.stop()
    assert (tmp_path / "hello.mp4").read_bytes()[4:8] == b"ftyp" and (tmp_path / "out.mp4").is_file()
    assert (tmp_path / "heygen-avatars-story" / "index.html").is_file()  # the demo line's story
