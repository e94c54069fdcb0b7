"""Your photos to a trained photo avatar with new looks, in one resumable call.

    python examples/train_and_new_looks.py me1.jpg me2.jpg me3.jpg    # on HeyGen (HEYGEN_API_KEY)
    python examples/train_and_new_looks.py --mock                     # on a mock, with made-up photos

`create_photo_avatar` uploads the photos, makes a group of the first, adds the others as looks, trains
the group and generates one set of new looks per prompt. If a step fails, the error carries every id made
so far and a resume token: `resume_photo_avatar` continues without creating anything twice.
"""

import sys

from heygen_avatars import HeyGen, LookPrompt, PhotoAvatarWorkflowError, StepStarted


def connect() -> HeyGen:
    """HeyGen with HEYGEN_API_KEY, or with --mock a stateful HeyGen mock running in this process."""
    if "--mock" in sys.argv:
        from heygen_avatars.mock import MockHeyGen

        mock = MockHeyGen()
        return HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock)
    return HeyGen()


def photos() -> list[str] | list[bytes]:
    paths = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    if paths or "--mock" not in sys.argv:
        return paths
    from heygen_avatars.mock.media import png  # three made-up 512x512 PNGs for the mock

    return [png(f"photo {i}", 512, 512) for i in range(3)]


def show(event: object) -> None:
    if isinstance(event, StepStarted):
        print(f"step: {event.step.value}")


looks = ["White shirt, front-facing", LookPrompt("Hoodie in a park", orientation="square")]
with connect() as client:
    try:
        result = client.create_photo_avatar(name="Me", photos=photos(), looks=looks, on_progress=show)
    except PhotoAvatarWorkflowError as error:
        print(f"failed at {error.step.value}; made so far: {error.created.all_ids}")
        result = client.resume_photo_avatar(error.resume_token, photos=photos(), on_progress=show)
    print(f"group {result.group_id}: trained={result.trained}")
    print(f"  {len(result.look_ids)} looks from the photos, {len(result.generated_look_ids)} new looks")
