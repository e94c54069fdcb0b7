"""Keep a job's resume token, then pick the job up again later, in this or another process.

    python examples/resume_job.py           # on HeyGen (HEYGEN_API_KEY)
    python examples/resume_job.py --mock    # on a mock in this process

A resume token is a small JSON string with the job's kind and id and no secret: store it anywhere. A wait
that runs out of time raises `WaitTimeoutError` carrying the token too, and the job keeps running.
"""

import sys
import tempfile
from pathlib import Path

from heygen_avatars import HeyGen, PhotoGeneration, WaitTimeoutError


def connect() -> tuple[HeyGen, HeyGen]:
    """Two clients of the same HeyGen (two processes, say): live, or with --mock one mock in this process."""
    if "--mock" in sys.argv:
        from heygen_avatars.mock import MockHeyGen

        mock = MockHeyGen()
        a, b = (HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock) for _ in "ab")
        return a, b
    return HeyGen(), HeyGen()


first, later = connect()
token_file = Path(tempfile.gettempdir()) / "heygen-avatars-example.token"

with first:
    job = first.photo_avatars.generate_photos(
        name="Lina", age="Young Adult", gender="Woman", ethnicity="Asian American",
        orientation="square", pose="close_up", style="Realistic", appearance="A woman with a warm smile",
    )  # fmt: skip
    try:
        job.wait(timeout=5)  # too short on purpose: the job is still running when the wait gives up
    except WaitTimeoutError as error:
        print(f"gave up after {error.timeout:g} s; {job.kind} {job.id} is {job.status}")
    token_file.write_text(job.resume_token())
    print(f"token saved to {token_file}")

with later:  # another client, as another process would have
    resumed = later.jobs.resume(token_file.read_text())
    photos: PhotoGeneration = resumed.result()  # a resumed job results in its facade model too
    print(f"resumed {resumed.kind} {resumed.id}: {photos.status}, {len(photos.image_keys)} photos")
