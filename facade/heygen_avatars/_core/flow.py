"""What a flow is, and the effects it yields: plain data, performed by the drivers (`_core.drivers`).

Every decision the SDK makes (retrying a call, polling a job, chaining a workflow) is written once,
as a generator that *yields effects* and receives their results:

    def fetch_look(look_id: str) -> Flow[ApiResponse]:
        response = yield from call(Call.raw("GET", f"/v3/avatars/looks/{look_id}", op=Op.READ, api=Api.V3))
        return response

`drivers.run_sync` performs the effects with blocking I/O, `drivers.run_async` with async I/O; if performing
one raises, the exception is thrown into the flow at the `yield`, so flows handle failures with ordinary
`try/except` (interrupts too: see `_core.drivers` and `_core.interrupts`).

Effects: `Send` (one HTTP request), `SendFile` (a file streamed from disk to a URL outside HeyGen's API:
a direct upload's PUT), `Fetch` (a media URL, without the key), `Sleep`, `Now` (monotonic time), `Random`
(jitter source), `Emit` (call a user callback; the async driver awaits it if it returns an awaitable),
`Context` (the client's configuration and retry policy), `Admission` (the client's limiter: a paid create
waits its turn under HeyGen's concurrency cap, a status poll frees a slot; see `_core.limiter`), `Listen`
(a sleep that a pushed job event, i.e. a verified webhook, ends early) and `PushMissed` (a finished job's
event never came). Larger steps are flows of their own, run with `yield from`: e.g. `_core.call.call`,
which reads the `Context` and then sends with retries.

`Listen` is how push joins the waits without a second logic: the wait flow says which jobs it waits for
and how long it would sleep; the driver asks the client's push inbox (`heygen_avatars.jobs.push`), which
waits on a condition (blocking face), an asyncio event (async face) or, on a clock that can tell when
something happens next (the mock's `VirtualClock`), jumps time from event to event.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeAlias, TypeVar, cast

import attrs
import httpx

if TYPE_CHECKING:
    from .config import ClientConfig
    from .responses import ApiResponse
    from .retry import RetryPolicy

__all__ = [
    "Admission",
    "Context",
    "Emit",
    "Fetch",
    "FileBody",
    "Flow",
    "FlowContext",
    "Listen",
    "Now",
    "PushMissed",
    "Random",
    "Send",
    "SendFile",
    "Sleep",
    "emit",
    "fetch",
    "listen",
    "now",
    "rand",
    "sleep",
]

T = TypeVar("T")
Flow: TypeAlias = Generator[Any, Any, T]
"""A flow: yields effects, receives their results, returns T."""


@attrs.frozen
class Sleep:
    """Wait `seconds` on the runtime's clock. Result: None."""

    seconds: float


@attrs.frozen
class Now:
    """Read the runtime's monotonic clock. Result: float seconds."""


@attrs.frozen
class Random:
    """Draw from the runtime's seeded random source. Result: float in [0, 1)."""


@attrs.frozen
class Context:
    """Read the client's resolved configuration and retry policy. Result: the `FlowContext`."""


@attrs.frozen
class Listen:
    """Sleep up to `seconds` on the runtime's clock, ending early when a pushed event arrives for one of
    `keys` ((job kind, job id) pairs). Result: the push inbox's `PushInfo` (the signals taken for `keys`, the
    kinds whose deliveries are trusted), or None when the client has no webhook receiver: then this is a
    plain `Sleep`. ``seconds=0`` only looks."""

    keys: tuple[tuple[str, str], ...]
    seconds: float


@attrs.frozen
class PushMissed:
    """A status check found the job (`kind`, `job_id`) finished and no event had come for it: unless the
    event still comes (late, not lost), the inbox stops trusting that kind's deliveries for a while (the
    safety poll tightens). Result: None."""

    kind: str
    job_id: str


@attrs.frozen
class Emit:
    """Call a user callback with `value` (e.g. `on_progress`). Result: None."""

    callback: Callable[[Any], Any]
    value: Any


class Admission(NamedTuple):
    """Call the client's limiter: ``limiter.<method>(clock, *args)`` (the async driver awaits
    ``limiter.a<method>``). Result: what it returns; None when the client has no limiter."""

    method: str
    args: tuple[Any, ...] = ()


class Send(NamedTuple):
    """Send one HTTP request (no retries here). Result: the `httpx.Response`, body read.

    `options` are httpx request keyword arguments (params, json, content, files, data, headers, cookies).
    The key and the User-Agent come from the runtime (the SDK's httpx client sends them as defaults, else the
    driver adds them), so flows and effects never hold the key. `creates`: the request makes something on
    HeyGen, so a cancellation waits for its answer (see `_core.drivers`).
    (A named tuple rather than attrs: one is built per request, benchmarks/ row 2.)
    """

    method: str
    url: str
    options: Mapping[str, Any]
    timeout: httpx.Timeout
    creates: bool = False


class Fetch(NamedTuple):
    """GET a media URL on another host (a presigned image), without the key or cookies. Result: its bytes,
    at most ``max_bytes`` (see `_core.download`)."""

    url: str
    max_bytes: int


def fetch(url: str, max_bytes: int) -> Flow[bytes]:
    """`data = yield from fetch(url, n)`: a typed helper around the `Fetch` effect."""
    return cast(bytes, (yield Fetch(url, max_bytes)))


class FileBody(Protocol):
    """A request body read in chunks when it is sent: `files.Upload` (in memory) or
    `file_stream.StreamedFile` (from disk, never whole)."""

    @property
    def size(self) -> int: ...

    def chunks(self, chunk_size: int) -> Generator[bytes, None, None]: ...


class SendFile(NamedTuple):
    """Send `body` to `url`, a host outside HeyGen's API (a presigned storage URL), read in chunks as it
    goes out. Result: the `httpx.Response`, body read.

    The request carries exactly `headers`, plus the framing HTTP needs (Host, Content-Length): it is built
    here, not by the SDK's httpx client, so none of the client's default headers (the API key, the
    User-Agent, a caller's `default_headers`) and no per-call `extra_headers` reach that host. `progress`,
    if given, is called with the bytes sent so far after each chunk (awaited on the async driver).
    """

    method: str
    url: str
    headers: Mapping[str, str]
    body: FileBody
    timeout: httpx.Timeout
    progress: Callable[[int], Any] | None = None


@attrs.frozen
class FlowContext:
    """What the `Context` effect gives a flow: the configuration and retry policy its call runs with (the
    client's, or a copy with per-call options), headers added to each request, and where
    `with_raw_response` collects the responses read (None: nowhere)."""

    config: ClientConfig
    retry_policy: RetryPolicy
    extra_headers: Mapping[str, str] | None = None
    responses: list[ApiResponse] | None = None
    idempotency_key: str | None = None
    """The base of the Idempotency-Key of the call's keyed creates (the caller's, or a batch row's); None:
    each keyed create gets a random one."""
    keys_used: list[str] = attrs.field(factory=list, eq=False, repr=False)
    """Keys derived from `idempotency_key` so far (the n-th keyed request of the call gets the n-th)."""


def sleep(seconds: float) -> Flow[None]:
    """`yield from sleep(s)`: a typed helper around the `Sleep` effect."""
    yield Sleep(seconds)


def now() -> Flow[float]:
    """`t = yield from now()`: the runtime's monotonic time."""
    return cast(float, (yield Now()))


def rand() -> Flow[float]:
    """`r = yield from rand()`: a uniform draw in [0, 1) from the runtime's seeded source."""
    return cast(float, (yield Random()))


def listen(keys: tuple[tuple[str, str], ...], seconds: float) -> Flow[Any]:
    """`info = yield from listen(keys, s)`: sleep up to `s`, woken early by a pushed event for `keys` (see
    `Listen`); the inbox's `PushInfo`, or None when the client has no webhook receiver."""
    return (yield Listen(keys, seconds))


def emit(callback: Callable[[Any], Any] | None, value: Any) -> Flow[None]:
    """`yield from emit(cb, v)`: call a user callback through the driver (no-op when `callback` is None).
    What the callback raises goes on, marked as the callback's (`interrupts.raised_by_callback`)."""
    if callback is not None:
        try:
            yield Emit(callback, value)
        except Exception as error:
            from .interrupts import mark_raised_by_callback

            mark_raised_by_callback(error)
            raise
