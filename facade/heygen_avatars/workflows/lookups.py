"""What a resume finds on HeyGen before it creates anything, so that no token, replayed any number of times,
makes (or pays for) anything twice.

A token is a snapshot: what was made after it (by a create whose answer was lost, or by another resume of
the same token) is not in it. So a resumed run asks HeyGen, step by step:

* the group: a group named like the plan that did not exist before the run (`Progress.groups_before`),
  preferring the one made from the run's first image (its looks show the key, or its image has the first
  photo's SHA-256: another upload of the same photo); a token from before the run listed its groups (cut
  short at its first request) takes only a group made from that image;
* the looks: the group's looks, matched to the image keys by the image their ``image_url`` shows (HeyGen's
  image URLs carry the key: ``https://files2.heygen.ai/image/<id>/original?...`` for
  ``image/<id>/original``), then, for looks made from another upload of the same photos, by the order
  they were made in (looks are added in the order of the keys, before training and generations);
  a look that failed (moderation) is deleted so that its key is added again;
* the training: its status (`steps`);
* look generations: HeyGen lists none, so they are seen by their looks: looks of the group that neither
  the image keys nor a known generation explain were made by generations the token has no id for.
  A generation whose request was sent without an answer is waited for by its looks (never sent again);
  one whose looks never appear within the wait's deadline most likely never started, and the next resume
  starts it again.

Limits: a generation started by another resume and still running shows no looks yet; resume from the
latest token, never run two resumes of one run at the same time, nor two runs with the same name (a
resume takes a group made under its name since its run began for its own).
"""

from __future__ import annotations

import contextlib
import hashlib
import math
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Final, TypeVar
from urllib.parse import urlsplit

from .._core.flow import Flow, fetch, now, rand, sleep
from .._core.log import logger
from ..errors import HeyGenError, JobFailedError, NotFoundError
from ..jobs.kinds import JobState, get_job_kind
from ..jobs.snapshot import JobSnapshot
from ..jobs.waiting import resolve_timeout
from ..resources.photo_avatars.checks import PHOTO_URL_MAX_BYTES
from ..resources.photo_avatars.flows import delete_look_flow, list_groups_flow, list_looks_flow
from ..types.photo_avatars import PhotoAvatarGroup, PhotoAvatarLook

if TYPE_CHECKING:
    from .steps import Run

__all__ = [
    "IMAGES_PER_GENERATION",
    "await_lost_generations",
    "find_group",
    "generated_looks",
    "reconcile_looks",
    "shows_key",
]

IMAGES_PER_GENERATION: Final = 4
"""A look generation usually makes 4 images (HeyGen's photo-avatar guide); used only when no generation of
the run has reported its own count."""


def shows_key(look: PhotoAvatarLook, key: str) -> bool:
    """Whether ``look`` shows the image ``key`` (its image URL's path ends with the key)."""
    if not look.image_url:
        return False
    try:
        path = urlsplit(look.image_url).path
    except ValueError:
        return False
    return path == "/" + key or path.endswith("/" + key)


Made = TypeVar("Made", PhotoAvatarLook, PhotoAvatarGroup)


def _by_creation(made: Iterable[Made]) -> list[Made]:
    """Looks or groups, oldest first (one without a time first of all)."""
    return sorted(made, key=lambda item: item.created_at.timestamp() if item.created_at else 0.0)


def group_names_flow(name: str) -> Flow[list[str]]:
    """The ids of the groups named ``name`` that exist now."""
    groups = yield from list_groups_flow(False)
    return [group.id for group in groups if group.name == name]


def _made_from(run: Run, group_id: str, first_key: str) -> Flow[bool]:
    """Whether the group was made from this run's first image: its looks show the key, or (another upload
    of the same photo) its first look's image has the photo's SHA-256."""
    looks = yield from list_looks_flow(group_id)
    if any(shows_key(look, first_key) for look in looks):
        return True
    if not run.plan.photo_digests or not looks:
        return False
    first = next((look for look in looks if look.id == group_id), _by_creation(looks)[0])
    if not first.image_url:
        return False
    try:
        data = yield from fetch(first.image_url, PHOTO_URL_MAX_BYTES)
    except HeyGenError as error:
        logger.info("create_photo_avatar: could not read group %s's image (%s)", group_id, error)
        return False
    return hashlib.sha256(data).hexdigest() == run.plan.photo_digests[0]


def find_group(run: Run, first_key: str) -> Flow[str | None]:
    """The group this run made whose id the token lacks, or None if there is none."""
    before = run.progress.groups_before
    groups = yield from list_groups_flow(False)
    named = _by_creation(g for g in groups if g.name == run.plan.name)
    if before is None:  # a token from before the run listed its groups: only its own image tells
        for group in reversed(named):
            if (yield from _made_from(run, group.id, first_key)):
                return group.id
        return None
    candidates = [g for g in named if g.id not in set(before)]
    if len(candidates) > 1:  # e.g. made by two resumes at once: the one made from this run's first image
        for group in candidates:
            if (yield from _made_from(run, group.id, first_key)):
                return group.id
        logger.warning(
            "create_photo_avatar: %d groups named %r were made since the run began (%s); using the first",
            len(candidates), run.plan.name, ", ".join(g.id for g in candidates),
        )  # fmt: skip
    return candidates[0].id if candidates else None


def missing_keys(keys: Sequence[str], made: Sequence[str]) -> list[int]:
    """The indexes of ``keys`` no look was made from yet (a key given twice needs two looks)."""
    left = Counter(made)
    missing = []
    for index, key in enumerate(keys):
        if left[key] > 0:
            left[key] -= 1
        else:
            missing.append(index)
    return missing


def reconcile_looks(run: Run, keys: Sequence[str]) -> Flow[None]:
    """Bring the token's looks in step with the group's (see the module docstring)."""
    progress = run.progress
    group_id = str(progress.group_id)
    looks = _by_creation((yield from list_looks_flow(group_id)))
    by_id = {look.id: look for look in looks}
    for index in reversed(range(len(progress.look_ids))):
        look_id = progress.look_ids[index]
        look = by_id.get(look_id)
        if look is not None and (look.state is not JobState.FAILED or look_id == group_id):
            continue  # (the group's own look cannot be made again in its group: its failure stands)
        if look is not None:  # failed (e.g. moderation): delete it and add its image again
            with contextlib.suppress(NotFoundError):
                yield from delete_look_flow(look_id)
        del progress.look_ids[index]
        del progress.look_keys[index]
    known = set(progress.look_ids)
    unknown = [look for look in looks if look.id not in known and look.state is not JobState.FAILED]
    missing = missing_keys(keys, progress.look_keys)
    adopted: list[tuple[str, str]] = []
    for index in list(missing):  # a look showing the key: made from this very upload
        match = next((look for look in unknown if shows_key(look, keys[index])), None)
        if match is not None:
            unknown.remove(match)
            missing.remove(index)
            adopted.append((match.id, keys[index]))
    # made from another upload of the same photos (a resume of an older token): by the order of making
    for index, look in zip(missing, unknown, strict=False):
        adopted.append((look.id, keys[index]))
    for look_id, key in adopted:
        progress.look_ids.append(look_id)
        progress.look_keys.append(key)
    if adopted:
        logger.info("create_photo_avatar: found %d look(s) made before this resume", len(adopted))


def generated_looks(looks: Sequence[PhotoAvatarLook], run: Run) -> list[PhotoAvatarLook]:
    """The group's looks not made from the image keys (generated ones; failed ones left out)."""
    keyed = set(run.progress.look_ids)
    ordered = _by_creation(looks)
    return [look for look in ordered if look.id not in keyed and look.state is not JobState.FAILED]


def unexplained(
    looks: Sequence[PhotoAvatarLook], run: Run, known_keys: Iterable[str]
) -> list[PhotoAvatarLook]:
    """Generated looks no known generation's image keys explain."""
    keys = list(known_keys)
    return [look for look in generated_looks(looks, run) if not any(shows_key(look, k) for k in keys)]


def prompts_covered(count: int, per: int) -> int:
    """How many generations ``count`` unexplained looks stand for."""
    return math.ceil(count / max(per, 1))


def await_lost_generations(
    run: Run, waiting: Sequence[int], known_keys: Sequence[str], per: int
) -> Flow[None]:
    """Wait (polling the group's looks at the look-generation cadence) until looks appear for the prompts in
    ``waiting``, whose generation was requested without an answer. On the deadline their request marks are
    cleared (they most likely never started: the next resume starts them) and the step fails."""
    if not waiting:
        return
    progress = run.progress
    kind = get_job_kind("look_generation")
    start = yield from now()
    deadline = start + resolve_timeout(run.timeout, [kind])
    checks = 0
    while True:
        looks = yield from list_looks_flow(str(progress.group_id))
        found = unexplained(looks, run, known_keys)
        if prompts_covered(len(found), per) >= len(waiting):
            return
        t = yield from now()
        if t >= deadline:
            for index in waiting:
                progress.generation_sent[index] = False
            raise JobFailedError(
                JobSnapshot(
                    kind=kind.name,
                    id="(answer lost)",
                    status="not_found",
                    state=JobState.FAILED,
                    data=None,
                    error_message=(
                        f"no looks appeared within {t - start:.0f} s for {len(waiting)} look generation(s) "
                        "whose request got no answer: they most likely never started; "
                        "resuming starts them again"
                    ),
                )
            )
        pause = min(kind.cadence.delay(checks, (yield from rand())), deadline - t)
        checks += 1
        yield from sleep(pause)
