"""The mock's storage host: the presigned PUTs of direct uploads, received chunk by chunk.

A direct upload's URL points at the mock's own host (``/_storage/<asset_id>``, see `_rules_assets`). Its
body can be hundreds of megabytes, so it is not read into a `MockRequest`: a transport opens a `Receiver`
with the request's head, feeds it the body as it arrives and sends the answer it ends with. The bytes go
into a `Blob` (a temporary file above the mock's ``spool_bytes``). Everything is decided here, once:

* before the body: S3's checks of the URL and headers (`DirectUploadRules.check_put`, through
  `_admission.admit`: the URL's signature and expiry are the PUT's authentication, so they come before any
  fault, as the key does for the API), then the fault for this request (the same engine as every
  operation: ``"*"`` queues hit it too); a refusal is the answer and the transport reads no body;
* while it arrives: at most the announced ``size_bytes`` (the Content-Length checked above), written as it
  comes (never held whole); a ``reset`` fault drops the connection half-way through the body;
* after it: the bytes are kept (`storage_put`), or an after-handling fault spoils the answer.

Every request is journaled and, with its headers (credential values masked), kept in
`MockHeyGen.storage_requests`: tests check that no API key ever reached the storage host.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._admission import admit
from ._fault_answers import answer_instead, apply_after, http_date
from ._http import MockRequest, MockResponse
from ._routing import ApiError, Context, error_response, route
from ._rules_assets import CREDENTIAL_HEADERS, STORAGE_PREFIX
from .blobs import Blob
from .faults import Fault

if TYPE_CHECKING:
    from .core import MockHeyGen
    from .specs import Operation

__all__ = ["STORAGE_PREFIX", "STORAGE_PUT", "Receiver", "StorageRequest", "open_receiver", "streams_body"]

#: the storage PUT's operation name, for faults and the journal (``mock.faults.push(STORAGE_PUT, ...)``)
STORAGE_PUT = "PUT /_storage/{asset_id}"


@dataclass(frozen=True, slots=True)
class StorageRequest:
    """One request the storage host received: method, path, headers (credentials masked) and its answer."""

    method: str
    path: str
    headers: dict[str, str]
    status: int


@route("PUT", "/_storage/{asset_id}", "storage", body="none", secured=False)
def storage_put(ctx: Context) -> MockResponse:
    """The body arrived whole (`ctx.body`, a `Blob`): keep it for the upload's completion."""
    blob: Blob = ctx.body
    upload = ctx.backend.state.direct_uploads.get(ctx.path["asset_id"])
    if upload is None:  # the mock was reset while the body arrived
        blob.close()
        raise ApiError(404, "NoSuchUpload", "The specified upload does not exist.")
    ctx.backend.store_put(upload, blob)
    return MockResponse(200, [("etag", f'"{blob.sha256[:32]}"')])


class Receiver:
    """One storage request, fed its body in chunks. ``answer`` is set when the response is known before the
    body (a refusal, a fault): the transport sends it and discards the body."""

    def __init__(self, mock: MockHeyGen, request: MockRequest, seq: int) -> None:
        self._mock = mock
        self._request = request
        self._seq = seq
        self._operation: Operation | None = None
        self._path: dict[str, str] = {}
        self._fired: list[str] = []
        self._after: Fault | None = None
        self._cut_at: int | None = None
        self._delay = 0.0
        self._blob: Blob | None = None
        self._started = time.perf_counter()
        #: the most body bytes this PUT may have: the size its upload announced
        self.limit = 0
        self.answer: MockResponse | None = None

    def _open(self) -> None:
        mock, request = self._mock, self._request
        gate = admit(mock, request)  # route, presigned URL, signed headers, Content-Length: before any fault
        self._operation, self._path, self.limit = gate.operation, gate.raw_path, gate.limit
        if gate.refusal is not None:
            self._end(gate.refusal)
            return
        assert self._operation is not None  # (admit refuses what no route serves)
        try:
            fault = mock.faults.pick(
                self._seq, self._operation.names, request.method, self._path.values(),
                request.headers.get("x-mock-fault"),
            )  # fmt: skip
        except (ValueError, TypeError) as exc:
            self._end(error_response("storage", 400, "InvalidMockFault", f"x-mock-fault header: {exc}"))
            return
        if fault is not None:
            self._fired.append(fault.kind)
            if fault.kind == "latency":
                self._delay = mock.faults.draw_latency(fault)
            elif fault.kind == "reset" and not fault.after_handling:  # the connection drops mid-body
                declared = request.headers.get("content-length", "")
                self._cut_at = max(1, int(declared) // 2) if declared.isdigit() else 1
            elif fault.after_handling:
                self._after = fault
            else:
                self._end(answer_instead("storage", fault, mock.backend.epoch()))
                return
        self._blob = mock.backend.new_blob()

    def write(self, chunk: bytes) -> MockResponse | None:
        """Take the next part of the body; a response means: stop sending, this is the end."""
        if self.answer is not None:
            return self.answer
        assert self._blob is not None
        if self._blob.size + len(chunk) > self.limit:  # only in-process: a socket's framing stops at it
            self._blob.close()
            why = f"The body is longer than its Content-Length, {self.limit} bytes (the upload's size_bytes)."
            return self._end(error_response("storage", 400, "InvalidRequest", why))
        if self._cut_at is not None and self._blob.size + len(chunk) >= self._cut_at:
            self._blob.close()
            return self._end(MockResponse(0, transport_fault="reset"))
        self._blob.write(chunk)
        return None

    def finish(self) -> MockResponse:
        """The body ended: the answer."""
        if self.answer is not None:
            return self.answer
        mock, blob, operation = self._mock, self._blob, self._operation
        assert blob is not None and operation is not None
        if self._cut_at is not None:  # the body was shorter than the point where the fault drops it
            blob.close()
            return self._end(MockResponse(0, transport_fault="reset"))
        with mock._lock:
            route = mock._routes_by_op[operation]
            assert route is not None
            try:
                response = route.handler(Context(self._request, mock.backend, self._path, {}, blob))
            except ApiError as error:
                response = error_response("storage", error.status, error.code, error.message)
        if self._after is not None:
            response = apply_after(response, self._after)
        return self._end(response)

    def feed(self, body: bytes) -> MockResponse:
        """The whole body at once (`MockHeyGen.handle`)."""
        return self.write(body) or self.finish() if body else self.finish()

    def _end(self, response: MockResponse) -> MockResponse:
        response.delay += self._delay
        response.headers.append(("x-amz-request-id", f"mock-{self._seq:08d}"))
        response.headers.append(("date", http_date(self._mock.backend.epoch())))  # on the mock's clock
        self.answer = response
        mock, request = self._mock, self._request
        masked = {
            name: "***" if name in CREDENTIAL_HEADERS else value for name, value in request.headers.items()
        }
        with mock._lock:
            mock._record(request, self._operation, response, self._fired, [])
            mock.storage_requests.append(
                StorageRequest(request.method, request.path, masked, response.status)
            )  # (not the API's response hooks: the storage host is not in HeyGen's specs)
        mock.heard(request, response, time.perf_counter() - self._started)
        return response


def streams_body(path: str) -> bool:
    """Whether a request to `path` is the storage host's: its body is fed to a `Receiver` in chunks."""
    return path.startswith(STORAGE_PREFIX)


def open_receiver(mock: MockHeyGen, request: MockRequest) -> Receiver:
    """Begin a storage request from its head (method, path, query, headers); feed it the body next."""
    with mock._lock:
        mock.jobs.settle(mock.clock.monotonic())
        mock._seq += 1
        receiver = Receiver(mock, request, mock._seq)
        receiver._open()
    return receiver
