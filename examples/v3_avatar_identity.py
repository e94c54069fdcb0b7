"""A v3 avatar from one photo, then new looks of the same person (a prompt plus the look's id).

    python examples/v3_avatar_identity.py https://example.com/sarah.png    # on HeyGen (HEYGEN_API_KEY)
    python examples/v3_avatar_identity.py sarah.png                        # a local file is uploaded first
    python examples/v3_avatar_identity.py --mock                           # on a mock in this process

`avatar_id` is what keeps the identity: HeyGen conditions the new look on that look's image and saves it
to the same avatar group. (`avatar_group_id` alone only chooses where a look is saved.)
"""

import sys

from heygen_avatars import HeyGen


def connect() -> HeyGen:
    """HeyGen with HEYGEN_API_KEY, or with --mock a stateful HeyGen mock running in this process."""
    if "--mock" in sys.argv:
        from heygen_avatars.mock import MockHeyGen

        mock = MockHeyGen()
        return HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock)
    return HeyGen()


given = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
photo = given[0] if given else "https://example.com/sarah-headshot.png"

with connect() as client:
    base = client.avatars.create_from_photo(name="Sarah", photo=photo).job.result()
    print(f"avatar group {base.group_id}, look {base.id} ({base.status})")

    for outfit in ["Navy blazer, modern office with plants", "Denim jacket on a rooftop at sunset"]:
        look = client.avatars.create_from_prompt(name=f"Sarah, {outfit}", prompt=outfit, avatar_id=base.id)
        done = look.job.result()
        same = "same person" if done.group_id == base.group_id else "another group?"
        print(f"  new look {done.id} in group {done.group_id} ({same})")
