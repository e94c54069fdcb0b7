"""Test your own code against the mock with the pytest plugin that ships with heygen-avatars.

    pip install "heygen-avatars[mock]"
    pytest examples/test_my_app.py

Fixtures: `heygen_client` (a `HeyGen` on a fresh mock, virtual clock: waits take no time),
`async_heygen_client`, and `heygen_mock` itself to script failures, move time or look at its state.
"""

import pytest
from heygen_avatars import HeyGen, JobFailedError
from heygen_avatars.mock import MockHeyGen


def make_talking_avatar(client: HeyGen, prompt: str, script: str) -> str:
    """Your application: an avatar from a prompt, then a video of it; the video's URL."""
    look = client.avatars.create_from_prompt(name="Presenter", prompt=prompt).job.result()
    voice = next(iter(client.voices.list(language="English", max_items=1)))
    video = client.videos.create(avatar_id=look.id, script=script, voice_id=voice.id).result()
    return str(video.video_url)


def test_it_makes_a_video(heygen_client: HeyGen, heygen_mock: MockHeyGen) -> None:
    url = make_talking_avatar(heygen_client, "A friendly teacher", "Welcome to the course!")
    assert url.startswith("https://")
    assert len(heygen_mock.journal.for_operation("createVideo")) == 1  # exactly one paid render


def test_it_reports_a_failed_render(heygen_client: HeyGen, heygen_mock: MockHeyGen) -> None:
    heygen_mock.script_next("video", fail=("render_failed", "Voice unavailable"))
    with pytest.raises(JobFailedError, match="Voice unavailable"):
        make_talking_avatar(heygen_client, "A friendly teacher", "Welcome!")
