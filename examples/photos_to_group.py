"""AI photos of a person who does not exist, then a photo avatar group made of them.

python examples/photos_to_group.py            # on HeyGen, with HEYGEN_API_KEY
python examples/photos_to_group.py --mock     # on a mock in this process: no key, no network
"""

import sys

from heygen_avatars import HeyGen


def connect() -> HeyGen:
    """HeyGen with HEYGEN_API_KEY, or with --mock a stateful HeyGen mock running in this process."""
    if "--mock" in sys.argv:
        from heygen_avatars.mock import MockHeyGen

        mock = MockHeyGen()  # virtual clock: its jobs finish as soon as the SDK waits for them
        return HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock)
    return HeyGen()


with connect() as client:
    photos = client.photo_avatars.generate_photos(
        name="Lina",
        age="Young Adult",
        gender="Woman",
        ethnicity="Asian American",
        orientation="horizontal",
        pose="half_body",
        style="Realistic",
        appearance="A stylish woman in casual attire walking through a city street",
    ).result(on_progress=lambda s: print(f"  photos: {s.status}"))
    print(f"{len(photos.image_keys)} photos, generation {photos.id}")

    # A generated image becomes a group with its key *and* the generation it came from.
    group = client.photo_avatars.create_group(
        name="Lina", image_key=photos.image_keys[0], generation_id=photos.id
    )
    added = client.photo_avatars.add_looks(
        group.group_id, image_keys=photos.image_keys[1:], generation_id=photos.id
    )
    client.jobs.wait_all([group.job, *added.jobs])  # every look is ready (training needs that)

    print(f"group {group.group_id}")
    for look in client.photo_avatars.list_looks(group.group_id):
        print(f"  look {look.id}: {look.status}")
