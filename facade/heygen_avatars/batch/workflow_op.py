"""``create_photo_avatar`` as a batch op: the whole v2 story per row, resumable from its journal.

The workflow's own resume token (every id made so far, and the create it was about to send) is written to
the row's journal entry at each of its steps and right before each create, so a restarted run picks the
row up with `resume_photo_avatar`: finished steps are skipped, and a create that may have been sent is
looked up before anything is sent again (see `workflows.steps`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .._core.flow import Flow
from ..workflows.photo_avatar import _resume, _start, create_photo_avatar
from ..workflows.progress import result_of, token_of
from ..workflows.steps import Run, photo_avatar_flow
from .ops import Made, OpSpec, Prepared, _params

__all__ = ["WORKFLOW_OP"]

Saver = Callable[[str, dict[str, Any]], None]


def _ids(run: Run) -> dict[str, Any]:
    return attrs.asdict(result_of(run.plan, run.progress))


def _flow(run: Run, save: Saver | None) -> Flow[Made]:
    if save is not None:

        def checkpoint(_event: object = None) -> None:
            save(token_of(run.base_url, run.plan, run.progress), _ids(run))

        run.on_progress = checkpoint
        run.on_checkpoint = checkpoint
    result = yield from photo_avatar_flow(run)
    return Made(None, attrs.asdict(result))


def _prepare(client: Any, args: Mapping[str, Any]) -> Prepared:
    fields = dict(args)
    timeout = fields.pop("timeout")
    fields.pop("on_progress", None)

    def create(token: str | None = None, save: Saver | None = None) -> Flow[Made]:
        if token is None:
            run = _start(client, on_progress=None, timeout=timeout, **fields)
        else:
            run = _resume(client, token, fields.get("photos") or None, None, timeout)
        return _flow(run, save)

    _start(client, on_progress=None, timeout=timeout, **fields)  # check everything now (no request)
    return create


WORKFLOW_OP = OpSpec(
    "create_photo_avatar",
    None,
    False,
    _params(create_photo_avatar, "on_progress"),
    ("photos",),
    _prepare,
)
