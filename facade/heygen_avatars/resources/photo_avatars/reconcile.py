"""After a v2 create whose answer was lost: find what HeyGen made, by what the call set.

The v2 photo-avatar API honours no Idempotency-Key, so a create that may have reached HeyGen (a reset or a
timeout after sending, an unreadable answer) is never sent again blind. It is looked up instead:

- a group by its name and its photo: HeyGen serves each image at a URL that holds its image key (seed
  000: key ``image/<id>/original``, URL ``https://files2.heygen.ai/image/<id>/original?...``), so the
  group whose preview shows that key is the one made;
- looks added to a group by their image keys, the same way;
- a training by the group's training status (started: pending, training or done).

Exactly what was asked found: the create succeeded and the call goes on. Nothing, or more than one
candidate: the original error is raised, with ``error.looked_up`` (what was searched) and ``error.found``
(the ids of the candidates) set and a note in its message. Generations (photos, looks) and motion can't be
looked up: HeyGen lists neither; their error says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from ..._core.flow import Flow
from ..._core.log import logger
from ...errors import APIError, HeyGenError, NotFoundError
from ...jobs.kinds import JobState

__all__ = ["give_up", "resolved"]

T = TypeVar("T")


def _holds_key(url: Any, image_key: str) -> bool:
    return isinstance(url, str) and bool(image_key) and image_key in url.split("?", 1)[0]


def resolved(error: HeyGenError, found: Sequence[T], looked_up: str, ids: Iterable[str]) -> T:
    """The one resource found, or `error` raised with what was looked up and found."""
    if len(found) == 1:
        logger.warning(
            "A create's answer was lost (%s); found what it made by looking up %s: %s",
            type(error).__name__, looked_up, ", ".join(ids),
        )  # fmt: skip
        return found[0]
    raise give_up(error, looked_up, tuple(ids))


def give_up(error: HeyGenError, looked_up: str | None, found: tuple[str, ...] = ()) -> HeyGenError:
    """`error`, annotated with the lookup made and its candidates (for the caller to raise)."""
    if isinstance(error, APIError):
        error.looked_up = looked_up
        error.found = found
    if looked_up is None:
        error.add_note(
            "HeyGen may have acted on this create, and its API offers no way to look the result up: check "
            "your HeyGen account before sending it again."
        )
    elif found:
        error.add_note(
            f"HeyGen may have acted on this create: looked up {looked_up} and found several candidates "
            f"({', '.join(found)}); check them before sending it again."
        )
    else:
        error.add_note(
            f"HeyGen may have acted on this create: looked up {looked_up} and found nothing yet; check "
            "again before sending it a second time."
        )
    return error


def find_group(name: str, image_key: str) -> Flow[list[str]]:
    """Ids of the groups named `name` whose preview is the image `image_key`."""
    from .flows import list_groups_flow

    groups = yield from list_groups_flow(False)
    return [
        group.id for group in groups if group.name == name and _holds_key(group.preview_image_url, image_key)
    ]


def find_looks(group_id: str, image_keys: Sequence[str]) -> Flow[list[Any]]:
    """The looks of a group made from `image_keys` (one per key found, in the keys' order)."""
    from .flows import list_looks_flow

    looks = yield from list_looks_flow(group_id)
    found = []
    for key in image_keys:
        matches = [look for look in looks if _holds_key(look.image_url, key)]
        if len(matches) == 1:
            found.append(matches[0])
    return found


def training_started(group_id: str) -> Flow[bool]:
    """Whether the group's training started (pending, running or done; a group with no training: no)."""
    from .flows import training_status_flow

    try:
        status = yield from training_status_flow(group_id)
    except NotFoundError:
        return False
    return status.state in (JobState.PENDING, JobState.SUCCEEDED)
