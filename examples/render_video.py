"""Render a look speaking a script, then download the video.

python examples/render_video.py LOOK_ID       # on HeyGen (HEYGEN_API_KEY); a look id, not a group id
python examples/render_video.py               # one of HeyGen's public looks
python examples/render_video.py --mock        # on a mock in this process
"""

import sys
from pathlib import Path

from heygen_avatars import HeyGen


def connect() -> HeyGen:
    """HeyGen with HEYGEN_API_KEY, or with --mock a stateful HeyGen mock running in this process."""
    if "--mock" in sys.argv:
        from heygen_avatars.mock import MockHeyGen

        mock = MockHeyGen()
        return HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock)
    return HeyGen()


given = [arg for arg in sys.argv[1:] if not arg.startswith("--")]

with connect() as client:
    public = client.avatars.list_looks(ownership="public", max_items=1)
    look_id = given[0] if given else next(iter(public)).id
    voice = next(iter(client.voices.list(language="English", max_items=1)))
    print(f"look {look_id}, voice {voice.name} ({voice.id})")

    job = client.videos.create(
        avatar_id=look_id,  # the SDK checks it is a ready look (a group id is refused before paying)
        script="Hello! This video was made with the heygen-avatars SDK.",
        voice_id=voice.id,
        title="Hello from heygen-avatars",
    )
    video = job.result(timeout=1800, on_progress=lambda s: print(f"  {s.status} after {s.elapsed:.0f} s"))
    path = client.videos.download(video, to=Path.cwd())
    print(f"video {video.id}: {video.duration} s, saved to {path}")
