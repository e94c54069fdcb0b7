"""The whole v2 photo-avatar story in one call: upload → group → add looks → train → new looks.

    result = client.create_photo_avatar(
        name="Sylvia", photos=["front.jpg", "side.jpg", "smile.png"],
        looks=["Navy blazer, modern office", "Casual hoodie, park"], on_progress=print,
    )
    result.group_id, result.look_ids, result.generated_look_ids     # every id it made

    # async: result = await async_client.create_photo_avatar(...)

Written once as a flow (`steps.photo_avatar_flow`), run by both clients. Progress events (`StepStarted`,
`StepFinished`, `StepSkipped`, `JobStatusChanged`) go to ``on_progress`` (a coroutine function is awaited
on `AsyncHeyGen`).

**Failures and resume.** Every id is recorded the moment HeyGen returns it. If a step fails,
`PhotoAvatarWorkflowError` names the step, carries the ids created so far (``.created``) and a resume
token (``.resume_token``: versioned JSON, no secret). `resume_photo_avatar(client, token, photos=...)`
continues from there: finished steps are skipped, uploaded photos are not uploaded again, looks already
added are not added again, a training already started is waited for (its status is read before training
again), a look generation already started is waited for. Pass the same photos again only if some were
not uploaded yet (they are matched by their SHA-256). Resume from the *latest* token: a token is a
snapshot, and an older one does not know about what was made after it.

One limit remains, as for any API without idempotency keys: if a *create* request reached HeyGen but its
response was lost (a timeout after sending), its id is unknown and resuming creates it again. The SDK
never retries such a request by itself (see `Op.CREATE`).

Modules: `events` (steps and progress events), `progress` (plan, ids made, result, resume token),
`steps` (the flow), `photo_avatar` (the entry points and their argument checks).
"""

from .events import JobStatusChanged, Step, StepFinished, StepSkipped, StepStarted, WorkflowEvent
from .photo_avatar import create_photo_avatar, resume_photo_avatar
from .progress import LookPrompt, PhotoAvatarResult

__all__ = [
    "JobStatusChanged",
    "LookPrompt",
    "PhotoAvatarResult",
    "Step",
    "StepFinished",
    "StepSkipped",
    "StepStarted",
    "WorkflowEvent",
    "create_photo_avatar",
    "resume_photo_avatar",
]
