"""`heygen-avatars`: every subcommand against the mock (in-process, virtual clock), output and exit codes.

`main(argv, mock=...)` runs a command with ``--mock`` on a mock the test shares across commands; the
`heygen_client` fixture (same mock) sets up what a command needs. One test serves the mock over HTTP.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import select
import shlex
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from conftest import spy_on_created_videos
from heygen_avatars import HeyGen, JobSnapshot, JobState, PhotoGeneration, UploadProgress
from heygen_avatars.cli import build_parser, main
from heygen_avatars.cli.output import jsonable
from heygen_avatars.cli.progress import PlainReporter, RichReporter, make_reporter
from heygen_avatars.mock import STORAGE_PUT, MockHeyGen
from heygen_avatars.mock.media import MP4_BYTES, png


@attrs.frozen
class Ran:
    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def error(self) -> Any:
        """The ``--json`` error document: the last line on stderr (progress lines come before it)."""
        return json.loads(self.err.strip().splitlines()[-1])["error"]


@pytest.fixture
def cli(heygen_mock: MockHeyGen, capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """Run ``heygen-avatars --mock --json ARGS`` on the shared mock (``json=False`` for text output)."""

    def run(*argv: str, json_output: bool = True, mock: bool = True) -> Ran:
        prefix = [*(["--mock"] if mock else []), *(["--json"] if json_output else [])]
        code = main([*prefix, *argv], mock=heygen_mock)
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


def photos(client: HeyGen) -> PhotoGeneration:
    return client.photo_avatars.generate_photos(
        name="Lina", age="Young Adult", gender="Woman", ethnicity="Asian American", orientation="horizontal",
        pose="half_body", style="Realistic", appearance="A stylish woman",
    ).result()  # fmt: skip


def trained_group(client: HeyGen) -> str:
    generated = photos(client)
    new = client.photo_avatars.create_group(
        name="Lina", image_key=generated.image_keys[0], generation_id=generated.id
    )
    new.job.result()
    client.photo_avatars.train(new.group_id).result()
    return new.group_id


PHOTO_ARGS = (
    "--name", "Lina", "--age", "Young Adult", "--gender", "Woman", "--ethnicity", "Asian American",
    "--appearance", "A stylish woman",
)  # fmt: skip


# ---------------------------------------------------------------------------------------------- photos


def test_photos_generate_wait_prints_the_images_and_progress(cli: Callable[..., Ran]) -> None:
    ran = cli("photos", "generate", *PHOTO_ARGS, "--wait")
    assert ran.code == 0
    assert ran.json["status"] == "success"
    assert len(ran.json["image_keys"]) == 4 and len(ran.json["image_urls"]) == 4
    assert "photo_generation" in ran.err and "success" in ran.err  # progress went to stderr


def test_photos_generate_without_wait_prints_a_token_that_jobs_wait_resumes(cli: Callable[..., Ran]) -> None:
    started = cli("photos", "generate", *PHOTO_ARGS)
    assert started.code == 0
    assert started.json["kind"] == "photo_generation" and started.json["status"] is None
    token = started.json["resume_token"]
    assert json.loads(token)["id"] == started.json["id"]
    waited = cli("jobs", "wait", token)
    assert waited.code == 0
    assert waited.json["id"] == started.json["id"] and waited.json["status"] == "success"


def test_jobs_wait_reads_the_token_from_stdin(
    cli: Callable[..., Ran], heygen_client: HeyGen, monkeypatch: pytest.MonkeyPatch
) -> None:
    job = heygen_client.photo_avatars.generate_photos(
        name="Lina", age="Young Adult", gender="Woman", ethnicity="Asian American", orientation="horizontal",
        pose="half_body", style="Realistic", appearance="A stylish woman",
    )  # fmt: skip
    monkeypatch.setattr(sys, "stdin", io.StringIO(job.resume_token() + "\n"))
    ran = cli("jobs", "wait", "-")
    assert ran.code == 0 and ran.json["id"] == job.id


def test_text_output_is_key_value_lines(cli: Callable[..., Ran]) -> None:
    ran = cli("photos", "generate", *PHOTO_ARGS, "--wait", json_output=False)
    assert ran.code == 0
    lines = ran.out.splitlines()
    assert lines[1] == "status: success"
    assert lines[0].startswith("id: ") and "image_keys:" in lines


# ---------------------------------------------------------------------------------------------- groups


def test_groups_create_from_a_generated_image_and_wait(
    cli: Callable[..., Ran], heygen_client: HeyGen
) -> None:
    generated = photos(heygen_client)
    ran = cli(
        "groups", "create", "--name", "Lina", "--image-key", generated.image_keys[0],
        "--generation-id", generated.id, "--wait",
    )  # fmt: skip
    assert ran.code == 0
    assert ran.json["look"]["status"] == "completed"
    assert ran.json["group_id"] == ran.json["look"]["group_id"]
    assert ran.json["job"]["kind"] == "look"


def test_groups_create_from_a_local_photo(cli: Callable[..., Ran], tmp_path: Path) -> None:
    photo = tmp_path / "me.png"
    photo.write_bytes(png("me", 512, 512))
    ran = cli("groups", "create", "--name", "Me", "--photo", str(photo))
    assert ran.code == 0 and ran.json["look"]["status"] == "pending"


def test_groups_add_then_train_then_list_then_delete(
    cli: Callable[..., Ran], heygen_client: HeyGen, heygen_mock: MockHeyGen
) -> None:
    generated = photos(heygen_client)
    new = heygen_client.photo_avatars.create_group(
        name="Lina", image_key=generated.image_keys[0], generation_id=generated.id
    )
    keys = [arg for key in generated.image_keys[1:] for arg in ("--image-key", key)]
    added = cli("groups", "add", new.group_id, *keys, "--generation-id", generated.id, "--wait")
    assert added.code == 0
    assert [look["status"] for look in added.json["looks"]] == ["completed"] * 3
    new.job.result()

    trained = cli("groups", "train", new.group_id, "--wait")
    assert trained.code == 0 and trained.json["status"] == "ready"

    listed = cli("groups", "list")
    assert [group["id"] for group in listed.json] == [new.group_id]

    deleted = cli("groups", "delete", new.group_id)
    assert deleted.code == 0 and deleted.json == {"deleted": new.group_id}
    assert new.group_id not in heygen_mock.state.photo_groups


# ----------------------------------------------------------------------------------------------- looks


def test_looks_generate_list_get_delete(cli: Callable[..., Ran], heygen_client: HeyGen) -> None:
    group_id = trained_group(heygen_client)
    generated = cli(
        "looks", "generate", group_id, "--prompt", "White shirt", "--orientation", "square", "--wait"
    )
    assert generated.code == 0
    assert generated.json["status"] == "success" and len(generated.json["image_keys"]) == 4

    listed = cli("looks", "list", group_id)
    look_ids = [look["id"] for look in listed.json]
    assert len(look_ids) == 5  # the group's first look and the four generated ones

    got = cli("looks", "get", look_ids[-1])
    assert got.code == 0 and got.json["id"] == look_ids[-1] and got.json["image_url"]

    deleted = cli("looks", "delete", look_ids[-1])
    assert deleted.code == 0
    assert look_ids[-1] not in [look.id for look in heygen_client.photo_avatars.list_looks(group_id)]


def test_looks_generate_for_an_untrained_group_is_refused_with_exit_2(
    cli: Callable[..., Ran], heygen_client: HeyGen
) -> None:
    generated = photos(heygen_client)
    new = heygen_client.photo_avatars.create_group(
        name="Lina", image_key=generated.image_keys[0], generation_id=generated.id
    )
    ran = cli("looks", "generate", new.group_id, "--prompt", "White shirt")
    assert ran.code == 2
    assert ran.error["field"] == "group_id"


# --------------------------------------------------------------------------------------------- avatars


def test_avatars_create_from_a_photo_url_then_a_look_with_the_same_identity(
    cli: Callable[..., Ran], heygen_client: HeyGen
) -> None:
    url = photos(heygen_client).image_urls[0]
    base = cli("avatars", "create", "--name", "Lina", "--photo", url, "--wait")
    assert base.code == 0 and base.json["look"]["status"] == "completed"
    office = cli(
        "avatars", "create", "--name", "Lina, office", "--prompt", "Navy blazer, office",
        "--avatar-id", base.json["look_id"], "--wait",
    )  # fmt: skip
    assert office.code == 0
    assert office.json["group_id"] == base.json["group_id"]  # the identity's group
    assert office.json["look"]["status"] == "completed"


def test_avatars_create_avatar_id_without_prompt_is_a_usage_error(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen
) -> None:
    ran = cli("avatars", "create", "--name", "X", "--photo", "https://example.com/a.png", "--avatar-id", "l1")
    assert ran.code == 2
    assert len(heygen_mock.journal) == 0


def test_avatars_digital_twin_stops_for_consent_then_consent_gives_a_url(
    cli: Callable[..., Ran], tmp_path: Path
) -> None:
    footage = tmp_path / "me.mp4"
    footage.write_bytes(MP4_BYTES)
    twin = cli("avatars", "create", "--name", "Me", "--footage", str(footage), "--wait")
    assert twin.code == 0
    assert twin.json["status"] == "pending_consent" and "look" not in twin.json
    assert twin.json["consent_url"]
    (hint,) = [line for line in twin.err.splitlines() if "waiting for consent:" in line]
    command = shlex.split(hint.split("(a new link:", 1)[1].rstrip(")"))
    assert command == [
        "heygen-avatars",
        "--mock",
        "avatars",
        "consent",
        twin.json["group_id"],
    ]  # the same mock
    consent = cli(*command[2:], "--reroute-url", "https://example.com/done")
    assert consent.code == 0 and consent.json["url"].startswith("http")


def test_avatars_create_from_large_footage_shows_the_upload_then_the_training_then_the_consent_url(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, tmp_path: Path
) -> None:
    footage = tmp_path / "footage.mp4"
    with footage.open("wb") as handle:  # 40 MB, sparse: above the 32 MB of /v3/assets
        handle.write(MP4_BYTES)
        handle.truncate(40 * 1024 * 1024)
    ran = cli("avatars", "create", "--name", "Me", "--footage", str(footage), "--wait", json_output=False)
    assert ran.code == 0, ran.err
    last = ran.out.strip().splitlines()[-1]
    assert re.fullmatch(r"consent_url: http\S+/_mock/consent/\w+", last), ran.out
    lines = ran.err.splitlines()
    assert lines[0] == f"==> uploading {footage} (41.9 MB)"
    sent = [line for line in lines if "footage.mp4:" in line]
    assert sent[0].endswith("0 KB of 41.9 MB sent (0 %)") and sent[-1].endswith(
        "41.9 MB of 41.9 MB sent (100 %)"
    )
    assert lines.index("==> training") > lines.index(sent[-1])
    assert any(line.startswith("    avatar ") and "pending_consent" in line for line in lines)
    ops = [entry.operation for entry in heygen_mock.journal]
    assert ops[:4] == ["createAssetUpload", "PUT /_storage/{asset_id}", "completeAssetUpload", "createAvatar"]
    assert ops[-1] == "createAvatarConsent"


def test_assets_upload_direct(cli: Callable[..., Ran], heygen_mock: MockHeyGen, tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(MP4_BYTES)
    ran = cli("assets", "upload", str(path), "--direct")
    assert ran.code == 0 and ran.json["size_bytes"] == len(MP4_BYTES)
    assert [e.operation for e in heygen_mock.journal] == [
        "createAssetUpload",
        STORAGE_PUT,
        "completeAssetUpload",
    ]


def test_avatars_list_groups_and_looks_then_delete(cli: Callable[..., Ran], heygen_client: HeyGen) -> None:
    new = heygen_client.avatars.create_from_prompt(name="Sam", prompt="A friendly man")
    new.job.result()
    groups = cli("avatars", "list", "--ownership", "private")
    assert [group["id"] for group in groups.json] == [new.group_id]
    public = cli("avatars", "list", "--ownership", "public", "--max-items", "2")
    assert len(public.json) == 2
    looks = cli("avatars", "list", "--looks", "--group-id", new.group_id)
    assert [look["id"] for look in looks.json] == [new.look_id]

    assert cli("avatars", "delete", new.look_id, "--look").code == 0
    gone = cli("avatars", "list", "--ownership", "private")
    assert gone.json == []  # deleting a group's last look deletes the group


def test_avatars_delete_a_group(
    cli: Callable[..., Ran], heygen_client: HeyGen, heygen_mock: MockHeyGen
) -> None:
    new = heygen_client.avatars.create_from_prompt(name="Sam", prompt="A friendly man")
    ran = cli("avatars", "delete", new.group_id)
    assert ran.code == 0 and new.group_id not in heygen_mock.state.avatar_groups


# ------------------------------------------------------------------------------ assets, voices, videos


def test_assets_upload_a_file(cli: Callable[..., Ran], tmp_path: Path) -> None:
    path = tmp_path / "face.png"
    path.write_bytes(png("face", 512, 512))
    ran = cli("assets", "upload", str(path))
    assert ran.code == 0 and ran.json["id"] and ran.json["mime_type"] == "image/png"
    assert f"==> uploading {path} ({path.stat().st_size / 1e3:.0f} KB)" in ran.err
    assert "face.png: 0 KB of 2 KB sent (0 %)" in ran.err and "face.png: 2 KB of 2 KB sent (100 %)" in ran.err
    v1 = cli("assets", "upload", str(path), "--endpoint", "v1", "--photo")
    assert v1.code == 0 and v1.json["image_key"]


def test_assets_upload_a_missing_file_is_a_usage_error(cli: Callable[..., Ran], tmp_path: Path) -> None:
    ran = cli("assets", "upload", str(tmp_path / "nope.png"))
    assert ran.code == 2


def test_voices_list_with_filters(cli: Callable[..., Ran]) -> None:
    ran = cli("voices", "list", "--language", "English", "--max-items", "3")
    assert ran.code == 0
    assert 1 <= len(ran.json) <= 3 and {voice["language"] for voice in ran.json} == {"English"}
    text = cli("voices", "list", "--max-items", "2", json_output=False)
    assert len(text.out.splitlines()) == 2


def test_videos_create_wait_download_then_get(
    cli: Callable[..., Ran], heygen_client: HeyGen, tmp_path: Path
) -> None:
    look = heygen_client.avatars.create_from_prompt(name="Sam", prompt="A friendly man").job.result()
    voice = next(iter(heygen_client.voices.list(max_items=1)))
    target = tmp_path / "hello.mp4"
    ran = cli(
        "videos", "create", "--avatar-id", look.id, "--script", "Hello!", "--voice-id", voice.id,
        "--wait", "--download", str(target),
    )  # fmt: skip
    assert ran.code == 0 and ran.json["status"] == "completed"
    assert target.read_bytes()[4:8] == b"ftyp"
    got = cli("videos", "get", ran.json["id"])
    assert got.code == 0 and got.json["status"] == "completed" and got.json["video_url"]


def test_videos_create_with_a_group_id_is_refused_before_the_paid_request(
    cli: Callable[..., Ran], heygen_client: HeyGen, heygen_mock: MockHeyGen
) -> None:
    new = heygen_client.avatars.create_from_prompt(name="Sam", prompt="A friendly man")
    new.job.result()
    ran = cli("videos", "create", "--avatar-id", new.group_id, "--script", "Hi", "--voice-id", "v1")
    assert ran.code == 2
    assert "group" in ran.error["message"]
    assert heygen_mock.journal.for_operation("getAvatarLook")  # the look check ran...
    assert heygen_mock.journal.for_operation("createVideo") == []  # ...and nothing was paid for


VOICE_FIELDS = ("script", "voice_id", "audio_url", "audio_asset_id")


@pytest.mark.parametrize("form", [("script", "voice_id"), ("audio_url",), ("audio_asset_id",)])
def test_videos_create_sends_each_voice_input(
    cli: Callable[..., Ran],
    heygen_client: HeyGen,
    heygen_mock: MockHeyGen,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    form: tuple[str, ...],
) -> None:
    value = {
        "script": lambda: "Hello!",
        "voice_id": lambda: next(iter(heygen_client.voices.list(max_items=1))).id,
        "audio_url": lambda: "https://example.com/hello.mp3",
        "audio_asset_id": lambda: cli("assets", "upload", str(mp3)).json["id"],
    }
    mp3 = tmp_path / "hello.mp3"
    mp3.write_bytes(b"ID3" + bytes(256))
    voice = {name: value[name]() for name in form}
    sent = spy_on_created_videos(heygen_mock, monkeypatch)
    options = [part for name in form for part in (f"--{name.replace('_', '-')}", voice[name])]
    ran = cli("videos", "create", "--avatar-id", "public_look_0", *options, "--wait")
    assert ran.code == 0, ran.err
    assert ran.json["status"] == "completed"
    assert len(sent) == 1
    assert {name: sent[0][name] for name in VOICE_FIELDS if name in sent[0]} == voice


AUDIO = "https://example.com/a.mp3"


@pytest.mark.parametrize(
    ("options", "field", "says"),
    [
        (("--script", "Hi", "--audio-url", AUDIO), "script, audio_url", "cannot be combined"),
        (("--audio-url", AUDIO, "--audio-asset-id", "a1"), "audio_url, audio_asset_id", "cannot be combined"),
        (("--script", "Hi", "--voice-id", "v1", "--audio-asset-id", "a1"), "script, voice_id, audio_asset_id",
         "cannot be combined"),
        (("--voice-id", "v1", "--audio-url", AUDIO), "voice_id, audio_url", "cannot be combined"),
        (("--script", "Hi"), "voice_id", "is needed with script"),
        ((), "script", "no voice input"),
    ],
)  # fmt: skip
def test_videos_create_with_a_wrong_voice_combination_exits_2_before_any_request(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, options: tuple[str, ...], field: str, says: str
) -> None:
    ran = cli("videos", "create", "--avatar-id", "public_look_0", *options)
    assert ran.code == 2 and ran.out == ""
    assert ran.error["type"] == "InputValidationError" and ran.error["field"] == field
    assert says in ran.error["message"]
    assert "allowed: 'script + voice_id', 'audio_url', 'audio_asset_id'" in ran.error["message"]
    assert len(heygen_mock.journal) == 0


def test_a_wrong_voice_combination_in_text_mode_names_the_fields(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen
) -> None:
    ran = cli(
        "videos", "create", "--avatar-id", "public_look_0", "--audio-url", AUDIO, "--audio-asset-id", "a1",
        json_output=False,
    )  # fmt: skip
    assert ran.code == 2 and ran.out == ""
    assert ran.err.startswith("heygen-avatars: error: audio_url, audio_asset_id: cannot be combined")
    assert len(heygen_mock.journal) == 0


def test_a_wrong_voice_combination_needs_no_key_to_be_refused(
    cli: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HEYGEN_API_KEY", raising=False)
    options = ("--avatar-id", "look_1", "--script", "Hi", "--audio-url", AUDIO)
    ran = cli("videos", "create", *options, mock=False)
    assert ran.code == 2, "input errors come before the missing key (exit 3)"
    assert ran.error["field"] == "script, audio_url"
    assert cli("videos", "create", "--avatar-id", "look_1", "--audio-url", AUDIO, mock=False).code == 3


# -------------------------------------------------------------------------- talking photos, the account

PORTRAIT = png("portrait", 512, 512)
SARA = "1bd001e7e50f421d891986aad5158bc8"


def test_videos_create_a_talking_photo_waits_and_downloads(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    photo = tmp_path / "portrait.png"
    photo.write_bytes(PORTRAIT)
    target = tmp_path / "out.mp4"
    sent = spy_on_created_videos(heygen_mock, monkeypatch)
    ran = cli(
        "videos", "create", "--photo", str(photo), "--script", "Hi!", "--voice-id", SARA,
        "--motion-prompt", "nods and smiles", "--expressiveness", "high", "--wait", "--download", str(target),
    )  # fmt: skip
    assert ran.code == 0, ran.err
    assert ran.json["status"] == "completed" and target.read_bytes()[4:8] == b"ftyp"
    assert "uploading" in ran.err and "saved" in ran.err
    (body,) = sent
    assert body["type"] == "image" and body["image"]["type"] == "asset_id"
    assert (body["motion_prompt"], body["expressiveness"], body["script"]) == (
        "nods and smiles",
        "high",
        "Hi!",
    )
    assert heygen_mock.state.videos[ran.json["id"]].type == "image"


@pytest.mark.parametrize("source", ["url", "asset"])
def test_videos_create_a_talking_photo_from_a_url_or_an_uploaded_photo(
    cli: Callable[..., Ran],
    heygen_mock: MockHeyGen,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    source: str,
) -> None:
    if source == "url":
        options = ["--photo", "https://example.com/portrait.png"]
    else:
        photo = tmp_path / "portrait.png"
        photo.write_bytes(PORTRAIT)
        options = ["--photo-asset-id", cli("assets", "upload", str(photo)).json["id"]]
    sent = spy_on_created_videos(heygen_mock, monkeypatch)
    ran = cli("videos", "create", *options, "--audio-url", "https://example.com/hi.mp3")
    assert ran.code == 0 and ran.json["kind"] == "video" and ran.json["resume_token"]
    assert sent[0]["image"] == (
        {"type": "url", "url": options[1]}
        if source == "url"
        else {"type": "asset_id", "asset_id": options[1]}
    )


@pytest.mark.parametrize(
    ("options", "field"),
    [
        (("--photo", "SMALL", "--script", "Hi", "--voice-id", SARA), "photo"),
        (("--photo", "PORTRAIT", "--script", "Hi"), "voice_id"),
        (("--photo", "http://elsewhere.example/a.png", "--script", "Hi", "--voice-id", SARA), "photo"),
        (("--avatar-id", "public_look_0", "--expressiveness", "low", "--script", "Hi", "--voice-id", SARA),
         "--expressiveness"),
        (("--photo", "PORTRAIT", "--script", "Hi", "--voice-id", SARA, "--download", "x.mp4"), "--download"),
    ],
)  # fmt: skip
def test_a_bad_talking_photo_exits_2_before_any_request_and_needs_no_key(
    cli: Callable[..., Ran],
    heygen_mock: MockHeyGen,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    options: tuple[str, ...],
    field: str,
) -> None:
    files = {"SMALL": png("small", 100, 100), "PORTRAIT": PORTRAIT}
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    argv = [str(tmp_path / part) if part in files else part for part in options]
    ran = cli("videos", "create", *argv)
    assert ran.code == 2 and ran.out == "" and ran.error["field"] == field, ran.err
    assert len(heygen_mock.journal) == 0
    if "elsewhere" not in options[1]:  # refused by the checks before the client is made: no key needed
        monkeypatch.delenv("HEYGEN_API_KEY", raising=False)
        assert cli("videos", "create", *argv, mock=False).code == 2


def test_videos_create_refuses_two_speakers_and_a_bad_expressiveness(cli: Callable[..., Ran]) -> None:
    both = cli(
        "videos", "create", "--avatar-id", "l1", "--photo", "https://example.com/a.png", "--script", "x"
    )
    assert both.code == 2
    wild = cli("videos", "create", "--photo", "https://example.com/a.png", "--expressiveness", "wild")
    assert wild.code == 2


def test_a_failed_talking_photo_exits_1_a_slow_one_4_and_a_wrong_key_3(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen
) -> None:
    talk = ("videos", "create", "--photo", "https://example.com/p.png", "--script", "Hi", "--voice-id", SARA)
    heygen_mock.script_next("video", fail=("face_not_detected", "No face found in the image"))
    failed = cli(*talk, "--wait")
    assert failed.code == 1 and "No face found" in failed.error["message"]
    slow = cli(*talk, "--wait", "--timeout", "30")  # a video takes 120 s
    assert slow.code == 4 and slow.error["resume_tokens"]
    assert cli("--api-key", "wrong-key-0123456789", *talk).code == 3


def test_users_me_shows_the_account_and_its_balance(cli: Callable[..., Ran]) -> None:
    ran = cli("users", "me")
    assert ran.code == 0
    assert ran.json["username"] == "mock_user" and ran.json["billing_type"] == "wallet"
    assert ran.json["wallet"]["remaining_balance"] == 100.0
    text = cli("users", "me", json_output=False)
    assert "username: mock_user" in text.out and "remaining_balance: 100.0" in text.out
    assert cli("--api-key", "wrong-key-0123456789", "users", "me").code == 3


# ------------------------------------------------------------------------------------------ exit codes


@pytest.mark.parametrize(
    "argv",
    [
        ("photos", "generate", "--name", "Lina"),  # required options missing
        ("photos", "generate", *PHOTO_ARGS, "--style", "Watercolor"),  # not an allowed value
        ("groups", "frobnicate"),  # no such action
        ("videos", "create", "--avatar-id", "l", "--script", "s", "--voice-id", "v", "--download", "x.mp4"),
    ],
)
def test_usage_errors_exit_2_before_any_request(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, argv: tuple[str, ...]
) -> None:
    ran = cli(*argv)
    assert ran.code == 2
    assert ran.out == ""
    assert len(heygen_mock.journal) == 0


def test_no_command_exits_2_with_help(cli: Callable[..., Ran]) -> None:
    ran = cli(mock=False, json_output=False)
    assert ran.code == 2 and "COMMAND" in ran.err


def test_help_and_version_exit_0(cli: Callable[..., Ran]) -> None:
    assert cli("--version", mock=False, json_output=False).code == 0
    helped = cli("videos", "create", "--help", mock=False, json_output=False)
    assert helped.code == 0 and "--avatar-id" in helped.out
    assert "voice (exactly one)" in helped.out
    for option in ("--script", "--voice-id", "--audio-url", "--audio-asset-id"):
        assert option in helped.out


def test_help_and_the_readme_list_every_exit_code_the_cli_uses(cli: Callable[..., Ran]) -> None:
    """The --help epilog listed 0-4 but not 130 (Ctrl-C), which the README documents and main returns."""
    from heygen_avatars.cli import output

    codes = {getattr(output, name) for name in dir(output) if name.startswith("EXIT_")}
    helped = cli("--help", mock=False, json_output=False)
    epilog = " ".join(helped.out.split()).split("Exit codes:", 1)[1]
    readme = " ".join((Path(__file__).parent.parent / "README.md").read_text().split())
    readme = readme.split("Exit codes follow", 1)[1].split(". Also", 1)[0]
    for code in codes:
        assert re.search(rf"\b{code} ", epilog), (code, epilog)
        assert re.search(rf"\b{code} ", readme), (code, readme)


def test_a_wrong_key_exits_3(cli: Callable[..., Ran]) -> None:
    ran = cli("--api-key", "wrong-key-0123456789", "groups", "list")
    assert ran.code == 3
    error = ran.error
    assert error["type"] == "AuthenticationError" and error["status_code"] == 401
    assert "wrong-key-0123456789" not in ran.err


def test_no_key_at_all_exits_3_with_a_hint_that_works(
    cli: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HEYGEN_API_KEY", raising=False)
    ran = cli("voices", "list", "--language", "English", "--api-key=", mock=False, json_output=False)
    assert ran.code == 3
    (hint,) = [line for line in ran.err.splitlines() if "without a key:" in line]
    command = shlex.split(hint.split("without a key:", 1)[1])
    assert command == ["heygen-avatars", "--mock", "voices", "list", "--language", "English"]  # no key echoed
    again = cli(*command[1:], mock=False, json_output=False)  # (on the test's mock: `cli` passes it)
    assert again.code == 0 and "Sara" in again.out


def test_json_and_mock_work_anywhere_on_the_line(cli: Callable[..., Ran]) -> None:
    for argv in (["--json", "voices", "list"], ["voices", "--json", "list"], ["voices", "list", "--json"]):
        ran = cli(*argv, json_output=False)
        assert ran.code == 0 and isinstance(ran.json, list), argv
    assert cli("voices", "list", "--mock", json_output=False, mock=False).code == 0


def test_a_wait_timeout_exits_4_with_a_token_that_resumes(
    cli: Callable[..., Ran], heygen_client: HeyGen
) -> None:
    generated = photos(heygen_client)
    new = heygen_client.photo_avatars.create_group(
        name="Lina", image_key=generated.image_keys[0], generation_id=generated.id
    )
    new.job.result()
    ran = cli("groups", "train", new.group_id, "--wait", "--timeout", "60")  # training takes 300 s
    assert ran.code == 4
    error = ran.error
    assert error["type"] == "WaitTimeoutError"
    (token,) = error["resume_tokens"]
    resumed = cli("jobs", "wait", token)
    assert resumed.code == 0 and resumed.json["status"] == "ready"


def test_a_wait_timeout_in_text_mode_says_how_to_wait_again(
    cli: Callable[..., Ran], heygen_client: HeyGen
) -> None:
    job = heygen_client.photo_avatars.generate_photos(
        name="Lina", age="Young Adult", gender="Woman", ethnicity="Asian American", orientation="horizontal",
        pose="half_body", style="Realistic", appearance="A stylish woman",
    )  # fmt: skip
    ran = cli("jobs", "wait", job.resume_token(), "--timeout", "1", json_output=False)
    assert ran.code == 4
    (hint,) = [line for line in ran.err.splitlines() if "wait again with:" in line]
    command = shlex.split(hint.split("wait again with:", 1)[1])
    assert command[:4] == ["heygen-avatars", "--mock", "jobs", "wait"]  # on the same mock, as it ran
    again = cli(*command[2:])  # the hint is a command that works: the job is picked up and finishes
    assert again.code == 0 and again.json["status"] == "success"


def test_an_api_error_exits_1(cli: Callable[..., Ran]) -> None:
    ran = cli("groups", "train", "no-such-group")
    assert ran.code == 1
    assert ran.error["status_code"] == 404


def test_a_failed_job_exits_1_with_heygens_reason(cli: Callable[..., Ran], heygen_mock: MockHeyGen) -> None:
    heygen_mock.script_next("photo_generation", fail=("moderation_failed", "The appearance was rejected"))
    ran = cli("photos", "generate", *PHOTO_ARGS, "--wait")
    assert ran.code == 1
    assert "The appearance was rejected" in ran.error["message"]


def test_a_bad_token_is_a_usage_error(cli: Callable[..., Ran]) -> None:
    assert cli("jobs", "wait", "not-a-token").code == 2


# ------------------------------------------------------------------------------------ the mock command


def test_mock_rejects_a_non_positive_speed(cli: Callable[..., Ran]) -> None:
    ran = cli("mock", "--speed", "0", mock=False, json_output=False)
    assert ran.code == 2 and "--speed" in ran.err


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_mock_refuses_a_port_outside_0_to_65535_with_exit_2(cli: Callable[..., Ran], port: str) -> None:
    """--port 99999 raised OverflowError out of bind(), with a traceback."""
    ran = cli("mock", "--port", port, mock=False, json_output=False)
    assert ran.code == 2 and "argument --port" in ran.err and "Traceback" not in ran.err


def test_mock_serves_on_loopback_and_the_cli_talks_to_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "heygen_avatars", "mock", "--port", "0", "--api-key", "served-key-123"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        ready, _, _ = select.select([server.stdout], [], [], 30)  # bounded: never hang on a dead server
        assert ready, "the mock server printed nothing within 30 s"
        first = server.stdout.readline()
        assert first.startswith("HeyGen mock on http://127.0.0.1:"), first
        base = first.split(" on ")[1].strip()
        monkeypatch.setenv("HEYGEN_API_BASE", base)
        monkeypatch.setenv("HEYGEN_UPLOAD_BASE", base)
        monkeypatch.setenv("HEYGEN_API_KEY", "served-key-123")
        code = main(["--json", "voices", "list", "--max-items", "2"])
        voices = json.loads(capsys.readouterr().out)
        assert code == 0 and len(voices) == 2
        monkeypatch.setenv("HEYGEN_API_KEY", "another-key-123")
        assert main(["voices", "list"]) == 3
    finally:
        server.terminate()
        server.wait(10)


# ------------------------------------------------------------------------------------- output, progress


def test_jsonable_drops_raw_and_renders_dates_and_enums() -> None:
    snapshot = JobSnapshot(kind="video", id="v1", status="processing", state=JobState.PENDING, data={"x": 1})
    assert jsonable(snapshot) == {"kind": "video", "id": "v1", "status": "processing", "state": "pending"}
    generation = PhotoGeneration.from_raw({"id": "g", "status": "success", "image_key_list": ["k"]})
    assert "raw" not in jsonable(generation) and jsonable(generation)["image_keys"] == ["k"]


def test_progress_is_plain_lines_off_a_terminal_and_rich_bars_on_one() -> None:
    stream = io.StringIO()
    assert isinstance(make_reporter(stream), PlainReporter)
    snapshot = JobSnapshot(kind="training", id="g1", status="training", state=JobState.PENDING, data={})
    rich = RichReporter(io.StringIO())
    rich.step("training")
    rich.job(snapshot)
    rich.job(attrs.evolve(snapshot, status="ready", state=JobState.SUCCEEDED, elapsed=300.0))
    with rich.activity("uploading me.png"):
        pass
    for sent in (0, 20_000_000, 0, 40_000_000):
        rich.upload(UploadProgress(filename="me.mp4", sent=sent, total=40_000_000, attempt=1 + (sent < 1)))
    rich.close()
    drawn = rich._progress.console.file.getvalue()  # type: ignore[attr-defined]
    assert "training g1" in drawn and "ready" in drawn and "300 s" in drawn
    assert "uploading me.png" in drawn and "done" in drawn
    assert "upload me.mp4" in drawn and "40.0 MB / 40.0 MB" in drawn


def test_every_subcommand_has_a_test_here() -> None:
    """Each `resource action` of the parser is run by some test in this module (or test_story for demo)."""
    source = Path(__file__).read_text(encoding="utf-8")
    (commands,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    for name, parser in commands.choices.items():
        inner = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not inner:
            assert f'"{name}"' in source or name == "demo", name
        for action in inner[0].choices if inner else ():
            assert re.search(rf'"{name}",\s*"{action}"', source), f"{name} {action} has no test"


def test_mock_on_a_taken_port_exits_1(cli: Callable[..., Ran]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = cli("mock", "--port", str(port), mock=False, json_output=False)
    assert ran.code == 1 and f"cannot serve on 127.0.0.1:{port}" in ran.err


def test_batch_runs_a_manifest_then_refuses_a_bad_one_with_exit_2(
    cli: Callable[..., Ran], tmp_path: Path
) -> None:
    voice = "1bd001e7e50f421d891986aad5158bc8"
    rows = [
        {
            "key": f"v{i}",
            "op": "videos.create",
            "args": {"avatar_id": "public_look_0", "script": "Hi", "voice_id": voice},
        }
        for i in range(3)
    ]
    manifest = tmp_path / "jobs.jsonl"
    manifest.write_text("".join(json.dumps(row) + "\n" for row in rows))
    ran = cli("batch", str(manifest), "--out", str(tmp_path / "results.jsonl"))
    assert ran.code == 0 and json.loads(ran.out)["counts"] == {"succeeded": 3}
    assert len((tmp_path / "results.jsonl").read_text().splitlines()) == 3
    assert "3 done, 0 failed" in ran.err  # the progress line
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"key": "x", "op": "videos.create", "args": {"avatar_id": "a", "script": "hi"}}\n')
    refused = cli("batch", str(bad), json_output=False)
    assert refused.code == 2 and "line 1, key 'x': args.voice_id" in refused.err


def test_a_bad_mock_speed_is_a_usage_error_naming_the_variable(
    cli: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HEYGEN_MOCK_SPEED", "fast")
    manifest = tmp_path / "m.jsonl"
    manifest.write_text("")
    ran = cli("batch", str(manifest), mock=False, json_output=False)
    assert ran.code == 2 and "HEYGEN_MOCK_SPEED" in ran.err


# --- Ctrl-C ---------------------------------------------------------------------------------------------

GENERATE = ["photos", "generate", "--name", "Lina", "--age", "Young Adult", "--gender", "Woman"]
GENERATE += ["--ethnicity", "White", "--appearance", "A person", "--wait"]


@pytest.mark.parametrize("json_output", [False, True])
def test_ctrl_c_during_a_wait_prints_the_full_id_and_the_command_to_wait_again(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, monkeypatch: pytest.MonkeyPatch, json_output: bool
) -> None:
    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(heygen_mock.clock, "sleep", interrupted)  # Ctrl-C while the wait sleeps
    ran = cli(*GENERATE, json_output=json_output)
    assert ran.code == 130 and ran.out == ""
    (generation_id,) = heygen_mock.state.generations
    if json_output:
        error = ran.error
        assert error["type"] == "KeyboardInterrupt" and generation_id in error["operation"]
        (token,) = error["resume_tokens"]
        (command,) = error["resume_commands"]
    else:
        assert f"photo_generation job {generation_id}" in ran.err
        (line,) = [line for line in ran.err.splitlines() if "jobs wait" in line]
        command = line.split("wait again with:", 1)[1].strip()
        token = shlex.split(command)[-1]
    # on the same HeyGen the job runs on: the mock's (--mock)
    assert shlex.split(command) == ["heygen-avatars", "--mock", "jobs", "wait", token]
    assert json.loads(token)["id"] == generation_id
    monkeypatch.undo()
    assert cli(*shlex.split(command)[2:]).json["id"] == generation_id  # the printed command works


@pytest.mark.parametrize("json_output", [False, True])
def test_ctrl_c_before_a_direct_upload_completes_prints_its_asset_id(
    cli: Callable[..., Ran],
    heygen_mock: MockHeyGen,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    json_output: bool,
) -> None:
    """Ctrl-C once the bytes are stored, before the upload is completed: the announced asset id is printed
    in full, with how to finish it."""
    from heygen_avatars.resources.assets import flows

    def interrupted(asset_id: str) -> Any:
        raise KeyboardInterrupt
        yield  # a flow

    monkeypatch.setattr(flows, "complete_flow", interrupted)
    path = tmp_path / "talk.mp4"
    path.write_bytes(MP4_BYTES)
    ran = cli("assets", "upload", str(path), "--direct", json_output=json_output)
    assert ran.code == 130 and ran.out == ""
    asset_id = next(iter(heygen_mock.state.direct_uploads))
    finish = f"client.assets.complete({asset_id!r})"
    if json_output:
        (made,) = ran.error["created"]
        assert asset_id in made and finish in made
    else:
        assert f"created: asset {asset_id} (direct upload stored" in ran.err and finish in ran.err


@pytest.mark.parametrize("json_output", [False, True])
def test_ctrl_c_during_avatars_create_wait_prints_the_group_id_plainly(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, monkeypatch: pytest.MonkeyPatch, json_output: bool
) -> None:
    """The avatar group made before the wait showed only inside the resume token's JSON."""

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(heygen_mock.clock, "sleep", interrupted)
    ran = cli("avatars", "create", "--name", "X", "--prompt", "A teacher", "--wait", json_output=json_output)
    assert ran.code == 130 and ran.out == ""
    (group_id,) = [g.id for g in heygen_mock.state.avatar_groups.values() if not g.public]
    if json_output:
        assert f"avatar group {group_id}" in ran.error["created"], ran.error
        assert len(ran.error["resume_commands"]) == 1
    else:
        assert f"created: avatar group {group_id}\n" in ran.err, ran.err
        assert "wait again with:" in ran.err


def test_sigint_exits_130_without_a_traceback(tmp_path: Path) -> None:
    """The console command, sent a real SIGINT while it waits: exit 130, ids printed, no traceback."""
    import signal

    script = (
        "import sys\n"
        "from heygen_avatars.cli import main\n"
        "from heygen_avatars.mock import MockHeyGen, ScaledClock\n"
        "sys.argv = ['heygen-avatars', *sys.argv[1:]]\n"
        "sys.exit(main(mock=MockHeyGen(clock=ScaledClock(1.0))))\n"  # real time: the wait sleeps 50 s
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-c", script, "--mock", *GENERATE], stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stderr is not None
    line = process.stderr.readline()  # the first status: the wait is now sleeping
    assert "in_progress" in line, line
    process.send_signal(signal.SIGINT)
    rest = process.stderr.read()
    assert process.wait(timeout=30) == 130
    assert "Traceback" not in rest and "Exception ignored" not in rest, rest
    assert re.search(r"photo_generation job [0-9a-f]{32}\n", rest)
    assert "heygen-avatars --mock jobs wait '" in rest  # on the mock the job runs on


# --------------------------------------------------------------------------------------------- webhooks


def test_webhooks_listen_prints_each_verified_event_once_and_refuses_the_rest() -> None:
    """`heygen-avatars webhooks listen` serves on 127.0.0.1, verifies like the SDK's receiver, prints JSON
    lines, and stops after --count events."""
    import time

    import httpx
    from heygen_avatars.resources.webhooks.signatures import sign

    secret = "whsec_cli_listen_0123456789"
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "HEYGEN_WEBHOOK_SECRET": secret}
    argv = [
        sys.executable,
        "-m",
        "heygen_avatars",
        "--json",
        "webhooks",
        "listen",
        "--port",
        "0",
        "--count",
        "2",
    ]
    listener = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert listener.stderr is not None
        ready, _, _ = select.select([listener.stderr], [], [], 30)  # bounded: never hang on a dead server
        assert ready, "webhooks listen printed nothing within 30 s"
        banner = listener.stderr.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", banner)
        assert url, banner

        def post(body: bytes, key: str = secret, event_id: str = "evt_1") -> int:
            headers = {"heygen-signature": sign(body, key), "heygen-timestamp": str(int(time.time())),
                       "heygen-event-id": event_id}  # fmt: skip
            return httpx.post(url.group(0), content=body, headers=headers, timeout=10).status_code

        first = json.dumps({"event_type": "avatar_video.success", "event_data": {"video_id": "v1"}}).encode()
        second = json.dumps(
            {"event_type": "photo_avatar_train.fail", "event_data": {"group_id": "g"}}
        ).encode()
        assert post(first, key="whsec_not_this_one") == 401
        assert [post(first), post(first), post(second, event_id="evt_2")] == [200, 200, 200]  # one duplicate
        out, err = listener.communicate(timeout=30)
    finally:
        listener.kill()
        listener.wait(10)
    events = [json.loads(line) for line in out.splitlines()]
    assert [(e["event_type"], e["event_id"]) for e in events] == [
        ("avatar_video.success", "evt_1"), ("photo_avatar_train.fail", "evt_2"),
    ]  # fmt: skip
    assert events[0]["video_id"] == "v1" and listener.returncode == 0
    assert "signature" in err and secret not in err + out


def test_webhooks_listen_without_a_secret_exits_1(
    cli: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HEYGEN_WEBHOOK_SECRET", raising=False)
    ran = cli("webhooks", "listen", "--port", "0", mock=False, json_output=False)
    assert ran.code == 1 and "HEYGEN_WEBHOOK_SECRET" in ran.err


# ------------------------------------------------------------------------------------ review: bad input


@pytest.mark.parametrize("seconds", ["-5", "nan"])
@pytest.mark.parametrize(
    "argv",
    [
        ("photos", "generate", *PHOTO_ARGS, "--wait"),
        ("avatars", "create", "--name", "X", "--prompt", "A teacher", "--wait"),
        ("jobs", "wait", "{}"),
    ],
)
def test_a_negative_timeout_is_refused_before_the_paid_request(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, argv: tuple[str, ...], seconds: str
) -> None:
    """`--timeout -5` used to be checked only by the wait, after the job was created: exit 2, the job's id
    never printed."""
    ran = cli(*argv, "--timeout", seconds, json_output=False)
    assert ran.code == 2 and ran.out == ""
    assert "--timeout" in ran.err and "Traceback" not in ran.err
    assert len(heygen_mock.journal) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ("photos", "generate", *PHOTO_ARGS),
        ("groups", "create", "--name", "X", "--image-key", "k1"),
        ("groups", "add", "g1", "--image-key", "k1"),
        ("groups", "train", "g1"),
        ("looks", "generate", "g1", "--prompt", "A hat"),
        ("avatars", "create", "--name", "X", "--prompt", "A teacher"),
        ("videos", "create", "--avatar-id", "l1", "--script", "Hi", "--voice-id", "v1"),
    ],
)
def test_a_timeout_without_wait_is_refused_before_any_request(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, argv: tuple[str, ...]
) -> None:
    """`--timeout 5` without `--wait` was silently ignored (the job created, nothing waited for)."""
    ran = cli(*argv, "--timeout", "5", json_output=False)
    assert ran.code == 2 and ran.out == ""
    assert "--timeout" in ran.err and "--wait" in ran.err
    assert len(heygen_mock.journal) == 0
    assert cli("jobs", "wait", "{}", "--timeout", "5").error["field"] != "--timeout"  # its own wait


@pytest.mark.parametrize("argv", [("photos", "generate", *PHOTO_ARGS, "--wait"), ("jobs", "wait", "{}")])
def test_an_infinite_timeout_is_refused_before_the_paid_request(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, argv: tuple[str, ...]
) -> None:
    """`--timeout inf` passed the parser, the job was created, then the wait refused it ("timeout: ...",
    exit 2) and the job's id was never printed."""
    ran = cli(*argv, "--timeout", "inf", json_output=False)
    assert ran.code == 2 and ran.out == "" and "argument --timeout" in ran.err
    assert len(heygen_mock.journal) == 0


def test_an_sdk_input_error_names_the_commands_flag(
    cli: Callable[..., Ran], heygen_client: HeyGen, tmp_path: Path
) -> None:
    """The SDK names its own parameters (`photo:`, `to:`, `max_items:`); the CLI user typed flags."""
    missing = str(tmp_path / "nope.png")
    ran = cli("avatars", "create", "--name", "X", "--photo", missing, json_output=False)
    assert ran.code == 2 and ran.err.startswith("heygen-avatars: error: --photo: no such file"), ran.err
    ran = cli("avatars", "create", "--name", "X", "--photo", missing)  # --json: the SDK's field, and the flag
    assert (ran.error["field"], ran.error["option"]) == ("photo", "--photo")
    ran = cli("voices", "list", "--max-items", "-1", json_output=False)
    assert ran.code == 2 and ran.err.startswith("heygen-avatars: error: --max-items: "), ran.err
    look = heygen_client.avatars.create_from_prompt(name="Sam", prompt="A friendly man").job.result()
    (tmp_path / "file").write_text("not a folder")
    ran = cli(
        "videos", "create", "--avatar-id", look.id, "--script", "Hello!", "--voice-id", SARA, "--wait",
        "--download", str(tmp_path / "file" / "hello.mp4"), json_output=False,
    )  # fmt: skip
    assert "\nheygen-avatars: error: --download: cannot write" in ran.err, ran.err  # after the progress


def test_webhooks_listen_without_a_secret_names_the_flag(
    cli: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "Pass secret=", the SDK's parameter."""
    monkeypatch.delenv("HEYGEN_WEBHOOK_SECRET", raising=False)
    ran = cli("webhooks", "listen", "--port", "0", mock=False, json_output=False)
    assert ran.code == 1 and "--secret" in ran.err and "secret=" not in ran.err, ran.err


@pytest.mark.parametrize("json_output", [False, True])
def test_a_failed_talking_photo_prints_the_asset_id_of_the_photo_it_uploaded(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen, tmp_path: Path, json_output: bool
) -> None:
    """The SDK notes on the error the photo it uploaded before the create failed; the CLI printed only the
    error's message, so that asset id was lost."""
    from heygen_avatars.mock import Fault

    photo = tmp_path / "me.png"
    photo.write_bytes(png("me", 600, 600))
    heygen_mock.faults.push("POST /v3/videos", Fault.status(400))
    ran = cli("videos", "create", "--photo", str(photo), "--script", "Hi", "--voice-id", "v",
              json_output=json_output)  # fmt: skip
    assert ran.code == 1
    (asset_id,) = heygen_mock.state.assets
    if json_output:
        assert any(asset_id in note for note in ran.error["notes"])
    else:
        assert f"asset_id {asset_id}" in ran.err


@pytest.mark.parametrize("json_output", [False, True])
def test_groups_add_wait_with_one_failed_look_prints_every_look_id(
    cli: Callable[..., Ran], heygen_client: HeyGen, heygen_mock: MockHeyGen, json_output: bool
) -> None:
    """Two looks added, the first fails: the error named only the failed one; the other look, made and
    completed, was never printed."""
    generated = photos(heygen_client)
    new = heygen_client.photo_avatars.create_group(
        name="Lina", image_key=generated.image_keys[0], generation_id=generated.id
    )
    new.job.result()
    heygen_mock.script_next("look", fail=("bad_image", "No face"))
    keys = [arg for key in generated.image_keys[1:3] for arg in ("--image-key", key)]
    ran = cli("groups", "add", new.group_id, *keys, "--generation-id", generated.id, "--wait",
              json_output=json_output)  # fmt: skip
    assert ran.code == 1 and ran.out == ""
    looks = [
        look.id for look in heygen_client.photo_avatars.list_looks(new.group_id) if look.id != new.group_id
    ]
    assert len(looks) == 2
    shown = " ".join(ran.error["notes"]) if json_output else ran.err
    assert all(look in shown for look in looks), shown


@pytest.mark.parametrize("json_output", [False, True])
def test_a_failed_download_still_prints_the_video_id(
    cli: Callable[..., Ran], heygen_client: HeyGen, tmp_path: Path, json_output: bool
) -> None:
    """The video rendered (and was paid for), then --download could not write: the error named only the
    path, never the video."""
    look = heygen_client.avatars.create_from_prompt(name="Sam", prompt="A friendly man").job.result()
    voice = next(iter(heygen_client.voices.list(max_items=1)))
    (tmp_path / "file").write_text("not a folder")
    ran = cli(
        "videos", "create", "--avatar-id", look.id, "--script", "Hello!", "--voice-id", voice.id,
        "--wait", "--download", str(tmp_path / "file" / "hello.mp4"), json_output=json_output,
    )  # fmt: skip
    assert ran.code != 0 and ran.out == ""
    (video,) = heygen_client.videos.list()
    shown = " ".join(ran.error["notes"]) if json_output else ran.err
    assert video.id in shown, shown


@pytest.mark.parametrize(
    "argv",
    [
        ("avatars", "create", "--name", "X", "--photo", "https://example.com/a.png", "--avatar-id", "l1"),
        ("avatars", "list", "--group-id", "g1"),
    ],
)
def test_avatars_usage_errors_need_no_key(
    cli: Callable[..., Ran], monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...]
) -> None:
    """These combinations were refused inside the command, after the client was made: without a key the
    user heard "no API key" (exit 3) instead of what was wrong with the line (exit 2)."""
    monkeypatch.delenv("HEYGEN_API_KEY", raising=False)
    ran = cli(*argv, mock=False, json_output=False)
    assert ran.code == 2 and "API key" not in ran.err
    assert "--avatar-id" in ran.err or "--group-id" in ran.err


def test_avatars_create_wait_failing_prints_the_group_id(
    cli: Callable[..., Ran], heygen_mock: MockHeyGen
) -> None:
    """The avatar job failed: the error named the look's job, not the avatar group it made."""
    heygen_mock.script_next("avatar", fail=("moderation_failed", "Rejected"))
    ran = cli("avatars", "create", "--name", "X", "--prompt", "A teacher", "--wait", json_output=False)
    assert ran.code == 1 and ran.out == ""
    (group_id,) = [g.id for g in heygen_mock.state.avatar_groups.values() if not g.public]
    assert group_id in ran.err, ran.err


def test_webhooks_listen_on_a_taken_port_exits_1_without_a_traceback(cli: Callable[..., Ran]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        ran = cli("webhooks", "listen", "--secret", "s", "--port", str(port), mock=False, json_output=False)
    assert ran.code == 1 and f"127.0.0.1:{port}" in ran.err and "Traceback" not in ran.err


@pytest.mark.parametrize("argv", [("--port", "99999"), ("--port", "-1"), ("--count", "-1")])
def test_webhooks_listen_refuses_a_bad_port_or_count_with_exit_2(
    cli: Callable[..., Ran], argv: tuple[str, ...]
) -> None:
    """--port 99999 raised OverflowError with a traceback; --count -1 was taken as "stop after one"."""
    ran = cli("webhooks", "listen", "--secret", "s", *argv, mock=False, json_output=False)
    assert ran.code == 2 and f"argument {argv[0]}" in ran.err
