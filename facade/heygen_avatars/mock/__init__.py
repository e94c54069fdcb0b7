"""heygen_avatars.mock: a stateful HeyGen (v1 upload, v2 photo avatars, v3 avatars/assets/videos/voices).

Routed and validated from the built specs (``openapi/v2-photo-avatar.json``, ``openapi/v3-avatars.json``),
with lifecycles on a clock, faults, a journal and a control plane. Needs the ``mock`` extra (uvicorn,
jsonschema-rs, and Pillow and PyAV: its pictures are drawn from each request and its videos filmed, see
`heygen_avatars.mock.pictures`; without those two it answers with plain pictures and warns once).

In-process (no sockets; sync and async httpx clients)::

    mock = MockHeyGen(api_key="mock-key", seed=0)          # VirtualClock: time moves only when told
    client = HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock)
    mock.clock.advance(300)                                 # every due transition applies, in order

Scripted outcomes and job control::

    mock.script_next("training", fail=("training_failed", "No face detected"))
    mock.set_durations(video=(5, 30))                       # seconds per phase (pending, processing)
    mock.complete_job(job_id); mock.fail_job(job_id, code, message); mock.complete_consent(group_id)

Faults (per-operation queues by operationId or "METHOD /template", "*" for all; consumed in order)::

    mock.faults.push("get-training-job-status", Fault.status(503))    # the next status read only
    mock.faults.push("createAvatar", Fault.timeout())                 # server acts, response lost
    mock.faults.push("*", Fault.rate_limited(retry_after=0, http_date=True))
    mock.faults.on_poll(look_id, 3, Fault.reset())                    # the 3rd GET naming look_id
    mock.faults.set_probability("*", Fault.status(500), 0.1)          # seeded
    mock.faults.pending(); mock.faults.fired                          # accounting
    # per request: header `x-mock-fault: status:503` (or the JSON of Fault.to_dict())

Direct uploads (files above 32 MB): ``POST /v3/assets/direct-uploads`` answers a presigned URL on the mock's
own host (``/_storage/<asset_id>``, expiring on its clock); the PUT is checked as S3 checks it, its body
streamed to a temporary file above ``spool_bytes``; ``complete`` makes the asset usable (idempotently).
Faults hit the PUT like any request (``mock.faults.push(STORAGE_PUT, Fault.reset())`` drops it mid-body);
``mock.storage_requests`` keeps each PUT's headers (credential values masked).

Webhooks (`heygen_avatars.mock.delivery`): events go by HTTP POST, signed like HeyGen, to the endpoints
registered with ``POST /v3/webhooks/endpoints`` and to ``callback_url``s; only loopback hosts are contacted
unless others are named (``MockHeyGen(webhook_hosts=[...])``)::

    mock.webhooks.deliver_through(receiver.transport())   # in-process, to a client's WebhookReceiver
    mock.webhooks.configure(delay=Fault.latency(1, distribution="lognormal", upper=10), drop=0.3)
    mock.webhooks.script("duplicate", "bad_signature"); mock.webhooks.take_down(600)
    mock.webhooks.attempts; mock.events                    # every try (with its outcome), every event

Inspection: ``mock.state`` (resources), ``mock.journal`` (every request, never the key),
``mock.reset()`` (everything back to the start; ``reset(seed=1)``: from another seed).

Options: every constructor argument can be changed on a running mock (``mock.configure(max_concurrent_jobs=2,
training_vocabulary="success", webhook_hosts=["hooks.example.com"])``, ``mock.settings()`` reads them), from
the control plane (``POST /_mock/config``) and from the command line's flags; the objects (a clock, a
webhook transport) apart (`heygen_avatars.mock.settings.NOT_SETTINGS` says why).

Its own files count as HeyGen's file host: a URL the mock served (a v2 AI photo's ``image_url``, an asset's
``url``) is accepted wherever it takes a URL, over plain http on loopback too, and the very file is used.

Over HTTP on 127.0.0.1: ``python -m heygen_avatars.mock --port 8000 [--api-key K] [--speed F | --realistic |
--virtual] [--duration KIND=S,S] [--training-vocabulary ...]`` (jobs run 60x faster by default; ``--help``
lists every flag), or ``with MockServer(mock) as server: server.url``. The control plane lives under
``/_mock/`` (see `heygen_avatars.mock.control`; it takes the API key, as the API does), the specs under
``/openapi/``. The server answers only a ``Host`` naming the address it is bound on, reads no body before
the request is authenticated (the key; a storage PUT: its presigned URL) nor past its size limit (413; a
storage PUT: its announced ``size_bytes``), and stops within a second or so.
"""

from .clock import ScaledClock, VirtualClock
from .core import MockHeyGen, ResponseHook
from .faults import FAULT_KINDS, Fault, FaultEngine, FiredFault
from .jobs import JOB_KINDS, REALISTIC_DURATIONS, Job, Outcome
from .journal import Journal, JournalEntry
from .server import DEFAULT_SPEED, MockServer, make_server_mock, serve
from .storage import STORAGE_PUT, StorageRequest
from .transports import ASGIApp, MockHeyGenTransport

__all__ = [
    "DEFAULT_SPEED",
    "FAULT_KINDS",
    "JOB_KINDS",
    "REALISTIC_DURATIONS",
    "STORAGE_PUT",
    "ASGIApp",
    "Fault",
    "FaultEngine",
    "FiredFault",
    "Job",
    "Journal",
    "JournalEntry",
    "MockHeyGen",
    "MockHeyGenTransport",
    "MockServer",
    "Outcome",
    "ResponseHook",
    "ScaledClock",
    "StorageRequest",
    "VirtualClock",
    "make_server_mock",
    "serve",
]
