"""Every script in examples/ runs on the mock (``--mock``: in-process, virtual clock) and says what it made.

The scripts run in this process (runpy, as ``__main__``) from a scratch directory; the pytest example runs
under its own pytest, as a user would run it.
"""

from __future__ import annotations

import re
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ID = r"[0-9a-f]{32}"
PLUGINS_OFF = ("-p", "no:cacheprovider", "-p", "no:schemathesis", "-p", "no:hypothesispytest")


def run_example(name: str, *args: str) -> None:
    path = EXAMPLES / name
    argv = sys.argv
    sys.argv = [str(path), *args, "--mock"]
    try:
        runpy.run_path(str(path), run_name="__main__")
    finally:
        sys.argv = argv


@pytest.fixture(autouse=True)
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Examples run from an empty directory without a key: the mock needs none."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("HEYGEN_API_KEY", raising=False)
    return tmp_path


def output_of(name: str, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    run_example(name, *args)
    return capsys.readouterr().out


def test_every_example_is_tested() -> None:
    tested = {
        "photos_to_group.py", "train_and_new_looks.py", "v3_avatar_identity.py", "render_video.py",
        "resume_job.py", "test_my_app.py",
    }  # fmt: skip
    assert {path.name for path in EXAMPLES.glob("*.py")} == tested


def test_photos_to_group(capsys: pytest.CaptureFixture[str]) -> None:
    out = output_of("photos_to_group.py", capsys)
    assert re.search(rf"^4 photos, generation {ID}$", out, re.M)
    assert len(re.findall(rf"^  look {ID}: completed$", out, re.M)) == 4


def test_train_and_new_looks(capsys: pytest.CaptureFixture[str]) -> None:
    out = output_of("train_and_new_looks.py", capsys)
    steps = re.findall(r"^step: (\w+)$", out, re.M)
    assert steps == ["upload", "create_group", "add_looks", "train", "generate_looks"]
    assert re.search(rf"^group {ID}: trained=True$", out, re.M)
    assert "3 looks from the photos, 8 new looks" in out


def test_v3_avatar_and_looks_of_the_same_person(capsys: pytest.CaptureFixture[str]) -> None:
    out = output_of("v3_avatar_identity.py", capsys)
    group = re.search(rf"^avatar group ({ID}), look {ID} \(completed\)$", out, re.M)
    assert group is not None
    new_looks = re.findall(rf"^  new look {ID} in group ({ID}) \(same person\)$", out, re.M)
    assert new_looks == [group.group(1)] * 2


def test_render_video_downloads_it(capsys: pytest.CaptureFixture[str], scratch: Path) -> None:
    out = output_of("render_video.py", capsys)
    assert "look public_look_0" in out
    saved = re.search(rf"^video ({ID}): [\d.]+ s, saved to (.+)$", out, re.M)
    assert saved is not None
    path = Path(saved.group(2))
    assert path.parent == scratch and path.read_bytes()[4:8] == b"ftyp"


def test_resume_job_from_its_token(capsys: pytest.CaptureFixture[str]) -> None:
    out = output_of("resume_job.py", capsys)
    assert re.search(rf"^gave up after 5 s; photo_generation {ID} is in_progress$", out, re.M)
    assert re.search(rf"^resumed photo_generation {ID}: success, 4 photos$", out, re.M)


def test_the_pytest_example_passes_under_pytest() -> None:
    done = subprocess.run(
        # schemathesis' and hypothesis' plugins only cost start-up time here (a user's run may not have them)
        [sys.executable, "-m", "pytest", *PLUGINS_OFF, str(EXAMPLES / "test_my_app.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 passed" in done.stdout
