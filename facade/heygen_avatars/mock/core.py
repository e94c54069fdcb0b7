"""`MockHeyGen`, the sans-IO core: `handle(MockRequest) -> MockResponse` on plain data.

This module sets a mock up (its options, specs, routes and parts) and hands it to the transports; what it
does is in its mixins: `_answering` (answering a request), `_scripting` (the in-process control API: state,
jobs, scripts, reset, configure) and `_events` (webhook events and their deliveries).
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .._core import clock as _clock
from . import api_v2, api_v3, api_webhooks, settings, storage  # noqa: F401  (api_*, storage: register the handlers)
from ._answering import Answering, RequestListener, ResponseHook
from ._events import Events
from ._routing import HANDLERS
from ._scripting import Scripting
from .backend import Backend, Options
from .clock import VirtualClock
from .delivery import Dispatcher, SignatureShape
from .faults import FaultEngine
from .idempotency import IdempotencyKeys
from .jobs import REALISTIC_DURATIONS, JobBoard, default_vocabularies
from .journal import Journal
from .specs import SPEC_FILES, Operation, RouteTable, find_spec, load_operations
from .state import WebhookEvent
from .storage import StorageRequest

if TYPE_CHECKING:
    import httpx

    from .transports import ASGIApp

__all__ = ["MockHeyGen", "RequestListener", "ResponseHook"]


class MockHeyGen(Scripting, Answering, Events):
    """A stateful HeyGen for tests and local development.

    >>> mock = MockHeyGen(api_key="mock-key", seed=0)
    >>> client = httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com")

    Deterministic for a given seed and sequence of requests. Options:

    - `clock`: a `VirtualClock` by default (`mock.clock.advance(s)`, or the SDK sleeping on it, moves
      jobs on); `ScaledClock(speed)` for real time.
    - `durations`: seconds per phase per job kind, e.g. ``{"training": (5, 60)}`` (see `REALISTIC_DURATIONS`).
    - `training_vocabulary`: ``"ready"`` (pending -> training -> ready, the built spec's) or ``"success"``
      (pending -> in_progress -> success).
    - `digital_twin_type`: ``"digital_twin"`` (July 2026, the built spec's) or ``"video"`` (April 2026:
      accepts ``type: "video"`` and reports looks as ``video_avatar``).
    - `max_concurrent_jobs`: running jobs per key before creates answer 429 + Retry-After (HeyGen: 10).
    - `strict_responses`: check every response against the built spec (`conformance_errors`).
    - `url_ttl`: seconds the file URLs it returns stay valid; `journal_limit`: entries kept (None = all).
    - `upload_url_ttl`, `direct_upload_max_bytes`: a direct upload's URL lifetime (seconds) and size cap;
      `spool_bytes`, `storage_dir`: received uploads above this size go to temporary files (in that folder).
    - `webhook_hosts`: hosts besides loopback that webhooks may be delivered to (default none: any other
      URL is recorded, never contacted); `webhook_transport`: an httpx transport deliveries go through
      (e.g. a receiver's ``transport()``, in-process); `webhook_signature`: the signature shape sent
      (see `heygen_avatars.mock.delivery`). ``mock.webhooks`` sets delivery faults.
    - `poll_hints`: a status read of a running job says when to look again (``Retry-After`` and
      ``retry-after-ms``: the time to its next change, in the client's seconds), so clients poll at its
      pace instead of HeyGen's. None (the default): on when the clock runs in real time (`ScaledClock`).
    """

    def __init__(
        self,
        api_key: str = "mock-key",
        *,
        seed: int = 0,
        clock: _clock.Clock | None = None,
        durations: Mapping[str, Sequence[float | None]] | None = None,
        training_vocabulary: Literal["ready", "success"] = "ready",
        digital_twin_type: Literal["digital_twin", "video"] = "digital_twin",
        max_concurrent_jobs: int = 10,
        strict_responses: bool = False,
        url_ttl: float = 7 * 86400.0,
        specs_dir: Path | None = None,
        journal_limit: int | None = None,
        poll_hints: bool | None = None,
        upload_url_ttl: int = 900,
        direct_upload_max_bytes: int = 5 * 1024**3,
        spool_bytes: int = 4 * 1024 * 1024,
        storage_dir: Path | None = None,
        webhook_hosts: Iterable[str] = (),
        webhook_transport: httpx.BaseTransport | None = None,
        webhook_signature: SignatureShape = "heygen-signature",
    ) -> None:
        checked = settings.check(
            api_key=api_key, seed=seed, training_vocabulary=training_vocabulary,
            digital_twin_type=digital_twin_type, max_concurrent_jobs=max_concurrent_jobs,
            strict_responses=strict_responses, url_ttl=url_ttl, journal_limit=journal_limit,
            upload_url_ttl=upload_url_ttl, direct_upload_max_bytes=direct_upload_max_bytes,
            spool_bytes=spool_bytes, storage_dir=storage_dir, webhook_hosts=webhook_hosts,
            webhook_signature=webhook_signature, poll_hints=poll_hints,
            **({} if durations is None else {"durations": durations}),
        )  # fmt: skip
        self.api_key = api_key
        self.seed = seed
        self.clock: _clock.Clock = clock if clock is not None else VirtualClock()
        self.max_concurrent_jobs = max_concurrent_jobs
        self.strict_responses = strict_responses
        self.poll_hints = poll_hints
        self.conformance_errors: list[str] = []
        self.response_hooks: list[ResponseHook] = []
        self._initial_durations = {**REALISTIC_DURATIONS, **checked.get("durations", {})}
        self._lock = threading.RLock()
        self.jobs = JobBoard(default_vocabularies(training_vocabulary), self._initial_durations)
        self.options = Options(  # (positional: the fields' order)
            digital_twin_type, url_ttl, upload_url_ttl, direct_upload_max_bytes, spool_bytes, storage_dir
        )
        self.backend = Backend(seed=seed, clock=self.clock, jobs=self.jobs, options=self.options)
        self.journal = Journal(journal_limit)
        #: every request the storage host received, with its headers (credential values masked)
        self.storage_requests: list[StorageRequest] = []
        self._event_listeners: list[Callable[[WebhookEvent], None]] = []
        self._request_listeners: list[RequestListener] = []
        #: webhook deliveries (faults, attempts): see `heygen_avatars.mock.delivery`
        self.webhooks = Dispatcher(
            seed, self.clock.monotonic, hosts=checked["webhook_hosts"], transport=webhook_transport,
            signature_shape=checked["webhook_signature"],
        )  # fmt: skip
        self._delivering: threading.Event | None = None
        self.backend.emit = self._emit
        self.specs: dict[str, dict[str, Any]] = {}
        self.operations = self._load_operations(specs_dir)
        self.routes = RouteTable(self.operations)
        self._routes_by_op = {op: HANDLERS.get((op.method, op.template)) for op in self.operations}
        self.faults = FaultEngine(seed=seed, known_operations=self._operation_names)
        #: Idempotency-Keys seen in the last 24 hours (mock clock) and the answers they replay
        self.idempotency = IdempotencyKeys()
        self._seq = 0
        if isinstance(self.clock, VirtualClock):
            self.clock.subscribe(self.settle, next_due=self.next_due)
        self._asgi: ASGIApp | None = None

    # setup ------------------------------------------------------------------------------------------

    def _load_operations(self, specs_dir: Path | None) -> list[Operation]:
        operations: list[Operation] = []
        for name, api in SPEC_FILES.items():
            path = (specs_dir / name) if specs_dir else find_spec(name)
            if path is None or not path.is_file():
                warnings.warn(
                    f"built spec {name} not found: its operations are served without validation",
                    RuntimeWarning,
                    stacklevel=3,
                )
                continue
            document, compiled = load_operations(path, api)
            self.specs[name] = document
            operations.extend(compiled)
        known = {(op.method, op.template) for op in operations}
        for (method, template), handler in HANDLERS.items():  # without a spec: served, not validated
            if (method, template) not in known:
                operations.append(
                    Operation(method, template, handler.api, f"{method} {template}", security=handler.secured)
                )
        return operations

    def _operation_names(self) -> list[str]:
        return [name for op in self.operations for name in op.names]

    # transports -----------------------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """An httpx transport (sync and async clients) that calls this mock in-process, no sockets."""
        from .transports import MockHeyGenTransport

        return MockHeyGenTransport(self)

    @property
    def asgi(self) -> ASGIApp:
        """This mock as an ASGI application (uvicorn, schemathesis `from_asgi`)."""
        if self._asgi is None:
            from .transports import ASGIApp

            self._asgi = ASGIApp(self)
        return self._asgi

    def __repr__(self) -> str:
        return f"MockHeyGen(seed={self.seed}, clock={self.clock!r}, operations={len(self.operations)})"
