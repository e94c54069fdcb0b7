"""Jobs: one handle for every long-running HeyGen job, honest waits, resume tokens.

```python
job = client.jobs.get("training", group_id)      # or returned by a resource method
snapshot = job.wait(timeout=900, on_progress=print)
token = job.resume_token()                       # JSON, no secret: store it, resume anywhere
job = other_client.jobs.resume(token)
```

The waiting logic is one sans-IO flow (`waiting.wait_flow`) shared by `Job` (blocking) and `AsyncJob`
(await):
- the first status check is immediate; then the kind's `Cadence` (backoff with jitter, capped) or the
  server's Retry-After decides the next one;
- the cadence runs on the job's age (`JobRef.created_at`, wall time, converted once when a wait starts):
  a job resumed from a token minutes after its creation (or given `created_at=` in `jobs.get`), or
  waited on again, is polled where that age falls in the plan (`Cadence.resume`), not like a fresh job;
  ages under a second are clock noise, so a job created by this client and waited on at once gets the
  fresh schedule;
- the deadline is on the client's monotonic clock; the last sleep is clamped so that a final check
  happens exactly at the deadline; then `WaitTimeoutError` (last snapshot + resume token);
- a failed job raises `JobFailedError` with HeyGen's code and message; an unknown status keeps the wait
  going (reported, never success); `pending_consent` (v3 digital twins) ends the wait with a snapshot in
  state ACTION_REQUIRED, and `result()` raises `JobActionRequiredError` for it;
- transient errors on a status check (connection, 408, 429, 5xx, unreadable body) after the call's
  own retries use a separate budget (`MAX_TRANSIENT_FAILURES` in a row per job) and never lose the job.
  A failed check says nothing about the job, so the next one follows the cadence's `FailureBackoff`
  (2 s doubling, ±20 % jitter, capped at the kind's `Cadence.cap`; reset by a success), or the error's
  Retry-After (bounded like a hint), never past the deadline; failed checks do not advance the cadence.
  Any other API error (401, 404...) ends the wait at once;
- several jobs (`client.jobs.wait_all`) share one deadline and are polled each at its own cadence;
- on a client with a webhook receiver (``client.webhooks.receiver()``) the waits also listen: a verified
  event for a job ends its sleep at once and one status read confirms it; while a kind's deliveries arrive,
  a fresh job of a kind HeyGen always announces (`PushSpec.safety`) is polled only by a slow safety poll,
  and a lost delivery (a safety check that finds the job done without its event) sends that kind back to
  its cadence (`push.PushInbox`).

Modules: `kinds` (the job table), `cadence` (how often to poll), `snapshot` (what a check saw), `token`
(resume tokens), `waiting` (the flows), `push` (the inbox of pushed events), `handles` (`Job`,
`AsyncJob`), `namespace` (``client.jobs``).
"""

from .cadence import Cadence, FailureBackoff
from .handles import AsyncJob, Job, JobHandle
from .kinds import JOB_KINDS, JobKind, JobState, PushSpec, get_job_kind, register_job_kind
from .snapshot import JobSnapshot
from .token import JobRef
from .waiting import DEFAULT, WaitTimeout

__all__ = [
    "DEFAULT",
    "JOB_KINDS",
    "AsyncJob",
    "Cadence",
    "FailureBackoff",
    "Job",
    "JobHandle",
    "JobKind",
    "JobRef",
    "JobSnapshot",
    "JobState",
    "PushSpec",
    "WaitTimeout",
    "get_job_kind",
    "register_job_kind",
]
