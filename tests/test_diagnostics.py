"""What a user sees when something goes wrong: ``HEYGEN_LOG=debug`` shows every request with its status and
duration and every retry with its reason (never the key), ``info`` the job changes, an unknown value warns;
ids passed in the wrong place are named as what they are; a folder passed as a photo is named a folder."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import resolve
from heygen_avatars import InputValidationError, NotFoundError
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.mock.media import png

pytestmark = pytest.mark.anyio
KEY = "sk-live-DIAGNOSE-0123456789"
# a 404, then a call whose first answer is a 503 (retried), in a process of its own with HEYGEN_LOG set
SCRIPT = f"""
from heygen_avatars import HeyGen, NotFoundError
from heygen_avatars.mock import Fault, MockHeyGen

mock = MockHeyGen(api_key={KEY!r})
with HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock) as client:
    try:
        client.videos.get("no-such-video")
    except NotFoundError:
        pass
    mock.faults.push("*", Fault.status(503))
    client.voices.list(language="English").first_page()
    job = client.avatars.create_from_prompt(name="P", prompt="A teacher").job
    job.result()
"""


def run_logged(level: str) -> str:
    env = {**os.environ, "HEYGEN_LOG": level, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stderr


def test_debug_logs_each_request_with_status_and_duration_and_each_retry_with_its_reason() -> None:
    logged = run_logged("debug")
    assert KEY not in logged
    assert re.search(r"HTTP GET https://api\.heygen\.com/v3/videos/no-such-video -> 404 in [\d.]+ ms", logged)
    assert re.search(r"HTTP GET \S+/v3/voices\?\S*language=English\S* -> 503 in [\d.]+ ms", logged)
    assert re.search(r"Retrying \S+ in [\d.]+ s \(retry 1 of 2\) after HTTP 503 service_unavailable", logged)
    assert re.search(r"HTTP GET \S+/v3/voices\?\S* -> 200 in [\d.]+ ms \[request_id=mock-", logged)
    assert re.search(r"avatar job \w+: completed after", logged)  # and the job's changes


def test_info_logs_job_changes_and_retries_but_not_every_request() -> None:
    logged = run_logged("info")
    assert "avatar job" in logged and "Retrying" in logged
    assert "-> 404" not in logged


def test_an_unknown_heygen_log_value_warns_once() -> None:
    logged = run_logged("verbose")
    assert logged.count("HEYGEN_LOG='verbose' is not a level") == 1
    assert "debug" in logged and "HTTP GET" not in logged


@pytest.fixture
def mock() -> MockHeyGen:
    return MockHeyGen(strict_responses=True)


async def grouped(client: Any) -> tuple[str, str]:
    """A group with two looks: (group id, the second look's id)."""
    pa = client.photo_avatars
    photos = await resolve((await resolve(pa.generate_photos(
        name="L", age="Young Adult", gender="Woman", ethnicity="White", orientation="square",
        pose="close_up", style="Realistic", appearance="a person",
    ))).result())  # fmt: skip
    group = await resolve(pa.create_group(name="L", image_key=photos.image_keys[0], generation_id=photos.id))
    added = await resolve(
        pa.add_looks(group.group_id, image_keys=photos.image_keys[1:2], generation_id=photos.id)
    )
    return group.group_id, added.looks[0].id


async def test_a_look_id_given_for_a_group_is_named_as_a_look_of_its_group(
    client: Any, mock: MockHeyGen
) -> None:
    group_id, look_id = await grouped(client)
    with pytest.raises(InputValidationError) as refused:
        await resolve(client.photo_avatars.generate_looks(
            look_id, prompt="White shirt", orientation="square", pose="half_body", style="Realistic"
        ))  # fmt: skip
    assert refused.value.field == "group_id"
    assert f"{look_id} is a photo avatar look id (one image of group {group_id})" in str(refused.value)
    assert f"generate_looks takes the group id, {group_id}" in str(refused.value)
    assert not mock.journal.for_operation("generate-photo-avatar-looks")  # nothing paid for
    with pytest.raises(NotFoundError) as missing:
        await resolve(client.photo_avatars.train(look_id))
    assert f"train takes the group id, {group_id}" in str(missing.value)


async def test_an_unknown_id_given_for_a_group_says_what_was_expected(client: Any) -> None:
    with pytest.raises(InputValidationError, match="a v2 group id, not a look id or a v3 avatar id"):
        await resolve(client.photo_avatars.generate_looks(
            "0" * 32, prompt="White shirt", orientation="square", pose="half_body", style="Realistic"
        ))  # fmt: skip


async def test_a_folder_given_as_a_photo_is_named_a_folder(client: Any, tmp_path: Path) -> None:
    (tmp_path / "me.png").write_bytes(png("me", 512, 512))
    with pytest.raises(InputValidationError, match="is a folder; expected a file in it") as refused:
        await resolve(client.avatars.create_from_photo(name="Me", photo=tmp_path))
    assert refused.value.field == "photo"
