"""`MockHeyGen`, the sans-IO core: `handle(MockRequest) -> MockResponse` on plain data."""

from __future__ import annotations

import json
import math
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .._core import clock as _clock
from . import api_v2, api_v3, api_webhooks, settings, storage  # noqa: F401  (api_*, storage: register the handlers)
from ._admission import admit, authorized
from ._events import Events
from ._fault_answers import answer_instead, apply_after, http_date
from ._http import MockRequest, MockResponse
from ._request_parsing import parse_request
from ._routing import HANDLERS, ApiError, Context, Route, error_response
from .backend import Backend, Options
from .clock import VirtualClock
from .delivery import Dispatcher, SignatureShape
from .faults import FaultEngine
from .idempotency import IdempotencyKeys
from .jobs import REALISTIC_DURATIONS, Job, JobBoard, Outcome, default_vocabularies
from .journal import Journal, JournalEntry
from .specs import SPEC_FILES, Operation, RouteTable, find_spec, load_operations
from .state import IdFactory, MockState, WebhookEvent
from .storage import Receiver, StorageRequest, open_receiver, streams_body

if TYPE_CHECKING:
    import httpx

    from .transports import ASGIApp

__all__ = ["MockHeyGen", "RequestListener", "ResponseHook"]

#: called with (request, operation, response) after every API response, faults included (checks, recording)
ResponseHook = Callable[[MockRequest, Operation, MockResponse], None]
#: called with (request, response, seconds taken) after every request the mock answers
RequestListener = Callable[[MockRequest, MockResponse, float], None]


class MockHeyGen(Events):
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

    # the public control API ---------------------------------------------------------------------------

    @property
    def state(self) -> MockState:
        """Every resource (`MockState`), with due transitions applied first."""
        self.settle()
        return self.backend.state

    def settle(self) -> None:
        """Apply every job transition that is due on the mock's clock, then deliver the webhooks due."""
        with self._lock:
            self.jobs.settle(self.clock.monotonic())
        self._deliver_due()

    def advance(self, seconds: float) -> None:
        """Advance a `VirtualClock` by `seconds` (applies every transition that came due)."""
        if not isinstance(self.clock, VirtualClock):
            raise TypeError("advance() needs a VirtualClock; this mock runs on real time")
        self.clock.advance(seconds)

    def reset(self, *, seed: int | None = None) -> None:
        """Forget everything: resources, jobs, scripts, durations, faults, journal and the clock.

        ``seed``: start again from this seed instead (ids, images and faults as a new mock's with it).
        """
        with self._lock:
            reset_clock = getattr(self.clock, "reset", None)
            if callable(reset_clock):  # first: the backend's wall clock is set from it
                reset_clock()
            if seed is not None:
                new_seed: int = settings.check(seed=seed)["seed"]
                self.seed = self.backend.seed = self.faults.seed = self.webhooks.seed = new_seed
                self.backend.ids = IdFactory(self.seed)
            self.jobs.clear()
            self.jobs.set_durations(self._initial_durations)
            self.backend.reset()
            self.faults.clear()
            self.idempotency.clear()
            self.journal.clear()
            self.webhooks.reset()
            self.storage_requests.clear()
            self.conformance_errors.clear()
            self._seq = 0

    def configure(self, **options: Any) -> None:
        """Change options of the running mock, as the constructor takes them (``seed``, ``speed`` on a
        scaled clock, ``durations``, ``training_vocabulary``, ``digital_twin_type``, ``max_concurrent_jobs``,
        ``strict_responses``, ``url_ttl``, ``journal_limit``, ``api_key``, the direct uploads' and the
        webhooks' options: `settings.SETTINGS`). All are checked first; a new ``seed`` resets the mock.
        The control plane's ``POST /_mock/config`` calls this."""
        with self._lock:
            settings.configure(self, **options)

    def settings(self) -> dict[str, Any]:
        """Every option's current value (never the key): what ``GET /_mock/config`` answers."""
        with self._lock:
            return settings.current(self)

    def set_durations(self, **durations: Sequence[float | None]) -> None:
        """Per-phase durations (seconds) per job kind, e.g. `set_durations(training=(5, 60))`."""
        with self._lock:
            self.jobs.set_durations(durations)

    def script_next(self, kind: str, *, fail: tuple[str, str] | None = None) -> None:
        """The next job of `kind` succeeds, or fails with `fail=(code, message)`.

        Kinds: photo_generation, look_generation, training, look, motion, avatar, digital_twin, video.
        """
        if fail is not None and (len(fail) != 2 or not all(isinstance(x, str) for x in fail)):
            raise ValueError(f"fail must be a (code, message) tuple of strings, got {fail!r}")
        with self._lock:
            self.jobs.script_next(kind, Outcome(fail=fail))

    def job(self, job_id: str) -> Job:
        """A job by id (generation, look, video id; training jobs are ``train-<group>-...``)."""
        self.settle()
        return self.jobs.get(job_id)

    def complete_job(self, job_id: str) -> Job:
        """Finish a job successfully now."""
        with self._lock:
            return self.jobs.complete(job_id, self.clock.monotonic())

    def fail_job(self, job_id: str, code: str, message: str) -> Job:
        """Fail a job now with HeyGen's error code and message."""
        with self._lock:
            return self.jobs.fail(job_id, code, message, self.clock.monotonic())

    def advance_job(self, job_id: str) -> Job:
        """Move a job to its next phase now (also releases a waiting phase)."""
        with self._lock:
            return self.jobs.advance(job_id, self.clock.monotonic())

    def training_job(self, group_id: str) -> Job:
        """The latest training job of a v2 photo-avatar group."""
        group = self.backend.photo_group(group_id)
        if group.training is None:
            raise KeyError(f"group {group_id!r} was never trained")
        return group.training

    def file_video(self, video_id: str, folder_id: str | None) -> None:
        """Act as the user moving a video into a folder in HeyGen's web app (the API has no such call):
        ``GET /v3/videos?folder_id=`` then lists it there. None moves it back to the root."""
        if folder_id is not None and (not isinstance(folder_id, str) or not folder_id):
            raise ValueError(f"folder_id must be a non-empty string or None, got {folder_id!r}")
        with self._lock:
            try:
                self.backend.file_video(video_id, folder_id)
            except ApiError:
                raise KeyError(f"no video {video_id!r}") from None

    def complete_consent(self, group_id: str) -> None:
        """Act as the avatar's subject approving consent: waiting digital twins start processing."""
        with self._lock:
            try:
                self.backend.complete_consent(group_id)
            except ApiError:
                raise KeyError(f"no avatar group {group_id!r}") from None

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

    # request handling -----------------------------------------------------------------------------------

    def on_request(self, listener: RequestListener) -> None:
        """Call `listener(request, response, seconds)` after every request answered (control plane, unknown
        routes and storage PUTs too): the server's ``--log-requests`` prints one line each."""
        self._request_listeners.append(listener)

    def route_for(self, operation: Operation) -> Route | None:
        """The hand-written handler serving `operation` (None: in the spec, not implemented)."""
        return self._routes_by_op.get(operation)

    def body_limit(self, request: MockRequest) -> int:
        """How many body bytes a transport should read for `request`, judged from its method, path and
        headers alone: 0 when it is refused before its body (not authenticated, unknown route, declared
        too large). A storage PUT's limit is the size its upload announced (its presigned URL checked)."""
        with self._lock:
            gate = admit(self, request)
        return 0 if gate.refusal is not None else gate.limit

    streams = staticmethod(streams_body)

    def receive(self, request: MockRequest) -> Receiver:
        """Begin a storage request from its head; transports feed its body (`storage.Receiver`)."""
        return open_receiver(self, request)

    def handle(self, request: MockRequest) -> MockResponse:
        """Answer one request. Thread-safe; never raises for a bad request. Webhooks that came due go out
        after the answer is made.

        Before anything else (faults included): the route, the key (a storage PUT: its presigned URL),
        and the body's size.
        """
        if self.streams(request.path):  # (its `Receiver` tells the request listeners)
            return self.receive(request).feed(request.body)
        if not self._request_listeners:
            return self._handle(request)
        started = time.perf_counter()
        response = self._handle(request)
        self.heard(request, response, time.perf_counter() - started)
        return response

    def heard(self, request: MockRequest, response: MockResponse, seconds: float) -> None:
        """Tell the request listeners (`on_request`) that `request` was answered, in `seconds`."""
        for listener in list(self._request_listeners):
            listener(request, response, seconds)

    def _handle(self, request: MockRequest) -> MockResponse:
        with self._lock:
            response = self._handle_locked(request)
        self._deliver_due()
        return response

    def _handle_locked(self, request: MockRequest) -> MockResponse:
        self.jobs.settle(self.clock.monotonic())
        self._seq += 1
        gate = admit(self, request)
        operation = gate.operation
        created: list[str] = []
        fired: list[str] = []
        if gate.refusal is not None:
            response = gate.refusal
        elif operation is None:
            from .control import handle_control

            response = handle_control(self, request)
        else:
            self.backend.base_url = request.base_url  # links in events point where the client reached us
            self.backend.own_bases.add(request.base_url)
            response = self._handle_operation(request, operation, gate.raw_path, created, fired)
        if operation is not None:  # as HeyGen's every answer; the date on the mock's clock
            response.headers.append(("x-request-id", f"mock-{self._seq:08d}"))
            response.headers.append(("date", http_date(self.backend.epoch())))
        self._record(request, operation, response, fired, created)
        if operation is not None:
            for hook in self.response_hooks:  # every answer, injected faults included
                hook(request, operation, response)
        return response

    def _handle_operation(
        self,
        request: MockRequest,
        operation: Operation,
        raw_path: dict[str, str],
        created: list[str],
        fired: list[str],
    ) -> MockResponse:
        try:
            fault = self.faults.pick(
                self._seq,
                operation.names,
                request.method,
                raw_path.values(),
                request.headers.get("x-mock-fault"),
            )
        except (ValueError, TypeError) as exc:
            return error_response(operation.api, 400, "invalid_mock_fault", f"x-mock-fault header: {exc}")
        delay = 0.0
        if fault is not None:
            fired.append(fault.kind)
            if fault.kind == "latency":  # delay, then the real answer
                delay, fault = self.faults.draw_latency(fault), None
            elif not fault.after_handling:  # the server does not act: the fault is the whole answer
                if fault.kind == "reset":
                    return MockResponse(0, transport_fault="reset")
                return answer_instead(operation.api, fault, self.backend.epoch())
        caller = None
        if authorized(request.headers, self.api_key, bearer=operation.api == "v3"):  # keys: per caller
            caller = request.headers.get("x-api-key") or request.headers.get("authorization", "")
        stall = fault.seconds if fault is not None and fault.kind == "timeout" else 0.0
        response, replayed = self.idempotency.serve(
            request, operation, caller, self.clock.monotonic(), delay + stall,
            lambda: self._respond(request, operation, raw_path, created),
        )  # fmt: skip
        if replayed:
            fired.append("idempotent_replay")
        if fault is not None:
            response = apply_after(response, fault)
        response.delay += delay
        return response

    def _respond(
        self, request: MockRequest, operation: Operation, raw_path: dict[str, str], created: list[str]
    ) -> MockResponse:
        route = self.route_for(operation)
        try:
            context = self._validated_context(request, operation, raw_path, route)
            if route is None:
                raise ApiError(501, "not_implemented", f"The mock does not implement {operation.key}.")
            if route.starts_job:
                self._check_concurrency(operation)
            context.created = created
            response = route.handler(context)
            if context.polled and self.gives_poll_hints:
                self._hint(response, context.polled, request.time_scale)
        except ApiError as error:
            response = error_response(
                operation.api, error.status, error.code, error.message, error.param, error.headers
            )
        except Exception as exc:  # a bug in a handler must still answer in HeyGen's shape
            response = error_response(
                operation.api, 500, "internal_error", f"Mock error: {type(exc).__name__}"
            )
        self._check_conformance(request, operation, response)
        return response

    @property
    def gives_poll_hints(self) -> bool:
        """Whether status reads of running jobs carry Retry-After (see `poll_hints`)."""
        if self.poll_hints is not None:
            return self.poll_hints
        return not isinstance(self.clock, VirtualClock)

    def _hint(self, response: MockResponse, jobs: Sequence[Job], time_scale: float) -> None:
        """Tell the client when the soonest of `jobs` changes next: mock seconds over `time_scale` (the
        clock's speed for a client on real time; 1 for one sleeping on the mock's own clock)."""
        now = self.clock.monotonic()
        due = [job.due - now for job in jobs if not job.done and job.due is not None]
        if not due or response.status != 200:
            return
        seconds = max(0.0, min(due)) / time_scale
        response.headers.append(("retry-after", str(max(1, math.ceil(seconds)))))
        response.headers.append(("retry-after-ms", str(max(1, math.ceil(seconds * 1000)))))

    def _validated_context(
        self, request: MockRequest, operation: Operation, raw_path: dict[str, str], route: Route | None
    ) -> Context:
        path, query, body = parse_request(
            request, operation, raw_path, route.body if route else "json", self._normalize_body
        )
        return Context(request, self.backend, path, query, body)

    def _normalize_body(self, operation: Operation, body: Any) -> Any:
        body = self.backend.own_urls_as_https(body)  # the mock's own files count as HeyGen's file host
        # April 2026 spelling of a digital twin, accepted when selected (the built spec has July's)
        if (
            operation.template == "/v3/avatars"
            and isinstance(body, dict)
            and body.get("type") == "video"
            and self.options.digital_twin_type == "video"
        ):
            return {**body, "type": "digital_twin"}
        return body

    def _check_concurrency(self, operation: Operation) -> None:
        running = sum(1 for _ in self.jobs.running())
        if running < self.max_concurrent_jobs:
            return
        next_finish = self.jobs.next_finish()
        wait = 30 if next_finish is None else max(1, math.ceil(next_finish - self.clock.monotonic()))
        raise ApiError(
            429,
            "rate_limit_exceeded",
            f"Too many concurrent jobs ({running} running, limit "
            f"{self.max_concurrent_jobs}). Retry after the Retry-After header.",
            headers=[("retry-after", str(wait))],
        )

    def _check_conformance(self, request: MockRequest, operation: Operation, response: MockResponse) -> None:
        if self.strict_responses and response.body:
            try:
                payload = json.loads(response.body)
            except ValueError:
                payload = None
            problem = operation.check_response(response.status, payload)
            if problem:
                self.conformance_errors.append(problem)

    # journal ----------------------------------------------------------------------------------------------

    def _record(
        self,
        request: MockRequest,
        operation: Operation | None,
        response: MockResponse,
        fired: list[str],
        created: list[str],
    ) -> None:
        operation_id = operation.operation_id if operation else None
        entry = JournalEntry.of(self._seq, self.clock.monotonic(), request, operation_id, response)
        entry.faults, entry.created_ids = list(fired), list(created)
        self.journal.record(entry)

    def __repr__(self) -> str:
        return f"MockHeyGen(seed={self.seed}, clock={self.clock!r}, operations={len(self.operations)})"
