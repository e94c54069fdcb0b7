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
continues from there: finished steps are skipped, and before each create the resume asks HeyGen what
exists (`lookups`): the group this run made (by its name, among the groups that did not exist before the
run), the group's looks (by the image each shows), the training's status, the generations (by their
looks). So a create whose answer was lost (a timeout, Ctrl-C), or one made by another resume of the same
token, is found, not made again: any token, replayed any number of times, pays for nothing twice. A
failed step (a training, a generation, a look rejected by moderation) is done again. Pass the same photos
again only if some were not uploaded yet (they are matched by their SHA-256); an upload whose answer was
lost is sent again (HeyGen lists no uploads; they cost nothing).

**Interrupts.** Ctrl-C, an asyncio cancellation or an exception raised by ``on_progress`` is not turned
into `PhotoAvatarWorkflowError`: it goes on, carrying that error as its report (`interrupt_report(error)`,
and a note on the interrupt, so a traceback shows the ids and the token). On `AsyncHeyGen` a create in
flight when the task is cancelled is let finish, so its id is in the report.

Limits: a look generation started by *another* resume and still running shows no looks yet (HeyGen lists
no generations), so resume from the latest token and never run two resumes of one run at once.

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
