"""The main job (`heygen-avatars demo`, `scripts/demo`, `heygen_avatars.cli.demo.play_story`): the whole
story on the mock, the folder and contact sheet it leaves, and its command line (mock by default, live only
when asked)."""

from __future__ import annotations

import json
import shlex
import struct
import subprocess
import sys
from html import escape
from pathlib import Path

import pytest
from heygen_avatars import HeyGen, JobFailedError
from heygen_avatars.cli import main as cli_main
from heygen_avatars.cli.demo import command as demo_command, play_story, story as story_module
from heygen_avatars.mock import MockHeyGen

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(autouse=True)
def no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """The story must not need a key: none is set unless a test sets one."""
    monkeypatch.delenv("HEYGEN_API_KEY", raising=False)


def test_the_whole_story_on_the_mock(heygen_client: HeyGen, heygen_mock: MockHeyGen, tmp_path: Path) -> None:
    result = play_story(heygen_client, tmp_path / "story")
    chapters = [p.chapter for p in result.pictures]
    assert chapters.count("1. AI photos") == 4
    assert chapters.count("2. The group and its looks") == 4  # the first photo's group + 3 more looks
    assert chapters.count("3. New looks after training") == 8  # two prompts, four images each
    assert chapters.count("4. A v3 avatar and a new look of the same person") == 2
    assert chapters.count("5. The video") == 1
    assert chapters.count("6. A talking photo") == 1
    for picture in result.pictures:
        data = (result.folder / picture.file).read_bytes()
        assert data.startswith(PNG), picture.file
        width, height = struct.unpack(">II", data[16:24])  # IHDR
        assert min(width, height) >= 512, picture.file  # big enough to upload again as a photo
    assert result.video_file and (result.folder / result.video_file).read_bytes()[4:8] == b"ftyp"
    assert (
        result.talking_photo_file and (result.folder / result.talking_photo_file).read_bytes()[4:8] == b"ftyp"
    )

    state = heygen_mock.state
    group = state.photo_groups[result.ids["group_id"]]
    assert group.training is not None and group.training.status == "ready"
    assert len(group.look_ids) == 12
    office = heygen_client.avatars.get_look(result.ids["office_look_id"])
    assert office.group_id == result.ids["avatar_group_id"]  # the new look kept the identity's group
    assert heygen_client.videos.get(result.ids["video_id"]).status == "completed"
    talking = state.videos[result.ids["talking_photo_video_id"]]
    assert talking.type == "image" and talking.job.status == "completed" and talking.avatar_id is None
    assert result.heygen_seconds > 600  # about 12 minutes of HeyGen jobs, in no wall time


def test_the_contact_sheet_shows_every_image_with_its_ids(heygen_client: HeyGen, tmp_path: Path) -> None:
    result = play_story(heygen_client, tmp_path, name="Mia <3")
    html = result.sheet.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    assert "The story of Mia &lt;3" in html  # escaped
    for picture in result.pictures:  # an image, or a video's first frame as its poster
        assert f'src="{picture.file}"' in html or f'poster="{picture.file}"' in html
        for _kind, value in picture.ids:
            assert value in html
    assert '<video src="5-video.mp4"' in html
    assert "drawn by the mock" in html  # where the pictures come from
    for step in result.inputs:  # what each step asked, beside what came back
        section = html[html.index(f"<h2>{step.chapter}</h2>") :]
        assert all(escape(value)[:20] in section for _name, value in step.fields)
    saved = json.loads((tmp_path / "story.json").read_text(encoding="utf-8"))
    assert saved == result.ids and saved["video_id"]


def test_the_contact_sheet_shows_the_talking_photo_made_from_an_ai_photo(
    heygen_client: HeyGen, tmp_path: Path
) -> None:
    result = play_story(heygen_client, tmp_path)
    (talking,) = [p for p in result.pictures if p.chapter == "6. A talking photo"]
    assert talking.video == "6-talking-photo.mp4" == result.talking_photo_file
    assert dict(talking.ids) == {"video": result.ids["talking_photo_video_id"]}
    # the talking photo's first frame is the AI photo it was made from: the second one
    assert (tmp_path / talking.file).read_bytes() == (tmp_path / "1-photo-2.png").read_bytes()
    html = result.sheet.read_text(encoding="utf-8")
    section = html[html.index("<h2>6. A talking photo</h2>") :]
    assert '<video src="6-talking-photo.mp4" poster="6-talking-photo.png"' in section
    assert 'src="1-photo-2.png"' in section  # the photo it was asked to animate, among the inputs


def test_a_failure_stops_the_story_with_heygens_reason(
    heygen_client: HeyGen, heygen_mock: MockHeyGen, tmp_path: Path
) -> None:
    heygen_mock.script_next("video", fail=("render_failed", "The script could not be voiced"))
    with pytest.raises(JobFailedError, match="could not be voiced"):
        play_story(heygen_client, tmp_path)
    assert (tmp_path / "1-photo-1.png").is_file()  # what was made before is still there


def demo(argv: list[str]) -> int:
    return cli_main(["demo", *argv])


def test_the_command_plays_on_the_embedded_mock_and_prints_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo(["--instant", "--quiet", "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    sheet = (tmp_path / "out" / "index.html").resolve()
    assert f"Contact sheet: {sheet}" in out and "embedded mock" in out
    assert sheet.is_file()


def test_json_output_holds_the_result(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert demo(["--instant", "--quiet", "--json", "--out", str(tmp_path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["folder"] == str(tmp_path) and len(data["pictures"]) == 20
    assert data["ids"]["video_id"] and data["ids"]["talking_photo_video_id"]


def test_progress_goes_to_stderr_step_by_step(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert demo(["--instant", "--out", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    steps = [line for line in err.splitlines() if line.startswith("==> ")]
    assert len(steps) == story_module.STEPS
    assert steps[0].startswith("==> [1/9] AI photos") and steps[-2].startswith("==> [8/9] a video")
    assert steps[-1].startswith("==> [9/9] a talking photo")
    assert "training" in err and "ready" in err


def test_a_key_in_the_environment_does_not_make_it_live(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", "a-real-looking-key-0123456789")
    assert demo(["--instant", "--out", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "--live plays it on HeyGen" in captured.err
    assert "embedded mock" in captured.out


def test_live_without_a_key_exits_3_before_anything_with_a_hint_that_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert demo(["--live", "--out", str(tmp_path / "never")]) == 3
    err = capsys.readouterr().err
    assert "HEYGEN_API_KEY" in err
    assert not (tmp_path / "never").exists()
    (hint,) = [line for line in err.splitlines() if "without a key:" in line]
    command = shlex.split(hint.split("without a key:", 1)[1].split("(")[0])
    assert command == ["heygen-avatars", "demo"]
    assert cli_main([*command[1:], "--instant", "--quiet", "--out", str(tmp_path / "hinted")]) == 0


def test_demo_takes_mock_and_json_before_or_after_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["--json", "demo", "--mock", "--instant", "--quiet", "--out", str(tmp_path)]) == 0
    assert json.loads(capsys.readouterr().out)["ids"]["video_id"]
    assert cli_main(["demo", "--mock", "--live"]) == 2  # the mock or HeyGen, not both


def test_bad_options_exit_2(tmp_path: Path) -> None:
    assert demo(["--speed", "0", "--out", str(tmp_path)]) == 2
    assert demo(["--no-such-option"]) == 2


def test_a_failure_in_the_command_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing_mock(speed: float | None = None, *, virtual: bool = False) -> MockHeyGen:
        mock = MockHeyGen()
        mock.script_next("training", fail=("training_failed", "Faces did not match"))
        return mock

    monkeypatch.setattr(demo_command, "embedded_mock", failing_mock)
    assert demo(["--quiet", "--out", str(tmp_path)]) == 1
    assert "Faces did not match" in capsys.readouterr().err


@pytest.mark.parametrize("json_output", [False, True])
def test_ctrl_c_on_the_embedded_mock_names_what_was_made_and_offers_no_dead_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, json_output: bool
) -> None:
    made: list[MockHeyGen] = []

    def interrupting_mock(speed: float | None = None, *, virtual: bool = False) -> MockHeyGen:
        mock = MockHeyGen()

        def interrupted(seconds: float) -> None:
            raise KeyboardInterrupt

        monkeypatch.setattr(mock.clock, "sleep", interrupted)  # Ctrl-C while the first wait sleeps
        made.append(mock)
        return mock

    monkeypatch.setattr(demo_command, "embedded_mock", interrupting_mock)
    assert demo(["--quiet", "--out", str(tmp_path), *(["--json"] if json_output else [])]) == 130
    err = capsys.readouterr().err
    (generation_id,) = made[0].state.generations
    assert generation_id in err and "jobs wait" not in err  # the job ended with the embedded mock
    if json_output:
        error = json.loads(err.splitlines()[0])["error"]
        assert error["resume_commands"] == [] and len(error["resume_tokens"]) == 1
    else:
        assert "ended with it: nothing keeps running" in err
    assert f"what was saved so far is in {tmp_path.resolve()}" in err


def test_heygen_avatars_demo_is_the_same_story(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["demo", "--instant", "--quiet", "--out", str(tmp_path)]) == 0
    assert (tmp_path / "index.html").is_file()
    assert "Contact sheet:" in capsys.readouterr().out


def test_python_dash_m_runs_the_story_on_real_scaled_time(tmp_path: Path) -> None:
    """The command as scripts/demo runs it: a separate process, the mock on a fast real-time clock."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "heygen_avatars",
            "demo",
            "--quiet",
            "--speed",
            "2000",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Contact sheet:" in done.stdout
    assert len(list(tmp_path.glob("*.png"))) == 20
