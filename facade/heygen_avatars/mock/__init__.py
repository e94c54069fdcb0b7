"""heygen_avatars.mock: a stateful HeyGen (v1 upload, v2 photo avatars, v3 avatars/assets/videos/voices).

Routed and validated from the built specs, with lifecycles on a clock, faults, a journal and a control
plane. In-process through `mock.transport()` (httpx, no sockets) or served by uvicorn on 127.0.0.1
(`python -m heygen_avatars.mock`, `MockServer`). Needs the ``mock`` extra (uvicorn, jsonschema-rs).
"""

from .clock import ScaledClock, VirtualClock
from .core import MockHeyGen, ResponseHook
from .faults import FAULT_KINDS, Fault, FaultEngine, FiredFault
from .jobs import JOB_KINDS, REALISTIC_DURATIONS, Job, Outcome
from .journal import Journal, JournalEntry
from .server import DEFAULT_SPEED, MockServer, make_server_mock, serve
from .transports import ASGIApp, MockHeyGenTransport

__all__ = [
    "DEFAULT_SPEED",
    "FAULT_KINDS",
    "JOB_KINDS",
    "REALISTIC_DURATIONS",
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
    "VirtualClock",
    "make_server_mock",
    "serve",
]
