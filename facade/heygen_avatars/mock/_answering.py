"""How the mock answers one request: admitted (route, key, size), then a fault or the handler's answer
(replayed for a repeated Idempotency-Key), checked against the spec when asked, and journaled. A mixin of
`MockHeyGen`; a storage PUT goes to `storage.Receiver` instead, fed by the transports."""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, cast

from .._core import clock as _clock
from ._admission import admit, authorized
from ._fault_answers import answer_instead, apply_after, http_date
from ._http import MockRequest, MockResponse
from ._request_parsing import parse_request
from ._routing import ApiError, Context, Route, error_response
from .clock import VirtualClock
from .jobs import Job, JobBoard
from .journal import Journal, JournalEntry
from .specs import Operation
from .storage import Receiver, open_receiver, streams_body

if TYPE_CHECKING:
    from .backend import Backend, Options
    from .core import MockHeyGen
    from .faults import FaultEngine
    from .idempotency import IdempotencyKeys

__all__ = ["Answering", "RequestListener", "ResponseHook"]

#: called with (request, operation, response) after every API response, faults included (checks, recording)
ResponseHook = Callable[[MockRequest, Operation, MockResponse], None]
#: called with (request, response, seconds taken) after every request the mock answers
RequestListener = Callable[[MockRequest, MockResponse, float], None]


class Answering:
    """`MockHeyGen`'s request handling (its constructor sets the attributes below)."""

    api_key: str
    clock: _clock.Clock
    max_concurrent_jobs: int
    strict_responses: bool
    poll_hints: bool | None
    conformance_errors: list[str]
    response_hooks: list[ResponseHook]
    options: Options
    backend: Backend
    jobs: JobBoard
    faults: FaultEngine
    idempotency: IdempotencyKeys
    journal: Journal
    _lock: threading.RLock
    _seq: int
    _request_listeners: list[RequestListener]
    _routes_by_op: dict[Operation, Route | None]

    if TYPE_CHECKING:

        def _deliver_due(self) -> None: ...  # `Events`

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
            gate = admit(cast("MockHeyGen", self), request)
        return 0 if gate.refusal is not None else gate.limit

    streams = staticmethod(streams_body)

    def receive(self, request: MockRequest) -> Receiver:
        """Begin a storage request from its head; transports feed its body (`storage.Receiver`)."""
        return open_receiver(cast("MockHeyGen", self), request)

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
        mock = cast("MockHeyGen", self)
        gate = admit(mock, request)
        operation = gate.operation
        created: list[str] = []
        fired: list[str] = []
        if gate.refusal is not None:
            response = gate.refusal
        elif operation is None:
            from .control import handle_control

            response = handle_control(mock, request)
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
