"""Sans-IO flows and their two drivers.

Every decision the SDK makes (retrying a call, polling a job, chaining a workflow) is written once,
as a generator that *yields effects* and receives their results:

    def fetch_look(look_id: str) -> Flow[ApiResponse]:
        response = yield from call(Call.raw("GET", f"/v3/avatars/looks/{look_id}", op=Op.READ, api=Api.V3))
        return response

`run_sync(flow, runtime)` and `await run_async(flow, runtime)` perform the effects: the first with
`httpx.Client` and `clock.sleep`, the second with `httpx.AsyncClient` and `await clock.asleep`.
If performing an effect raises, the driver throws the exception into the flow at the `yield`, so flows
handle failures with ordinary `try/except`. Interrupts (`KeyboardInterrupt`, `asyncio.CancelledError`,
`SystemExit`) are thrown in too: no flow catches them (flows catch `Exception`s), but a flow that made
something may attach a report of it on the way out (`_core.interrupts`); the interrupt itself always goes on.

**A cancellation never loses a created id**: on the async driver a create request (a `Send` with
``creates``) in flight when the task is cancelled is let finish first (`interrupts.finish_shielded`).

Effects: `Send` (one HTTP request), `SendFile` (a file streamed from disk to a URL outside HeyGen's API:
a direct upload's PUT), `Fetch` (a media URL, without the key), `Sleep`, `Now` (monotonic time), `Random`
(jitter source), `Emit` (call a user callback; the async driver awaits it if it returns an awaitable),
`Context` (the client's configuration and retry policy), `Listen` (a sleep that a pushed job event, i.e. a
verified webhook, ends early) and `PushMissed` (a finished job's event never came). Larger steps are flows
of their own, run with `yield from`: e.g. `_core.call.call`, which reads the `Context` and then sends with
retries.

`Listen` is how push joins the waits without a second logic: the wait flow says which jobs it waits for
and how long it would sleep; the driver asks the client's push inbox (`heygen_avatars.jobs.push`), which
waits on a condition (blocking face), an asyncio event (async face) or, on a clock that can tell when
something happens next (the mock's `VirtualClock`), jumps time from event to event.
"""

from __future__ import annotations

import contextlib
import inspect
import random
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, NamedTuple, Protocol, Self, TypeAlias, TypeVar, cast

import attrs
import httpx

from .. import __version__
from .clock import Clock
from .interrupts import finish_shielded, report_held_failure, report_held_result
from .redact import RedactedHeaders

if TYPE_CHECKING:
    from .config import ClientConfig
    from .responses import ApiResponse
    from .retry import RetryPolicy

__all__ = [
    "AsyncRuntime",
    "Context",
    "Emit",
    "Fetch",
    "Flow",
    "FlowContext",
    "Listen",
    "Now",
    "PushMissed",
    "Random",
    "Send",
    "SendFile",
    "Sleep",
    "SyncRuntime",
    "client_headers",
    "fetch",
    "run_async",
    "run_sync",
]

T = TypeVar("T")
Flow: TypeAlias = Generator[Any, Any, T]
"""A flow: yields effects, receives their results, returns T."""

USER_AGENT = f"heygen-avatars-python/{__version__}"


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


class Send(NamedTuple):
    """Send one HTTP request (no retries here). Result: the `httpx.Response`, body read.

    `options` are httpx request keyword arguments (params, json, content, files, data, headers, cookies).
    The key and the User-Agent come from the runtime (the SDK's httpx client sends them as defaults, else the
    driver adds them), so flows and effects never hold the key. `creates`: the request makes something on
    HeyGen, so a cancellation waits for its answer (see the module docstring).
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


#: bytes read from a `FileBody` and handed to httpx at a time
FILE_CHUNK: Final = 1024 * 1024


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


def client_headers(config: ClientConfig) -> dict[str, str]:
    """The headers every request of a client carries: User-Agent, the default headers (which may replace
    it), and the key, last, so that nothing replaces it. Names are lowercased (HTTP ignores their case), so
    a later header replaces an earlier one of the same name rather than being sent beside it. (Its repr
    masks the key: `RedactedHeaders`.)"""
    headers = RedactedHeaders({"user-agent": USER_AGENT})
    headers.update((name.lower(), value) for name, value in config.default_headers.items())
    headers["x-api-key"] = config.api_key
    return headers


@attrs.define
class _RuntimeBase:
    context: FlowContext
    clock: Clock
    rng: random.Random
    # The headers each request must carry (`client_headers`); None when `http` is the SDK's own client,
    # made with exactly these as its defaults: then requests carry none (httpx merging per-request headers
    # into its client's costs ~27k instructions a request, a tenth of a call on the mock: benchmarks/ row 2)
    request_headers: Mapping[str, str] | None
    # The timeout `http` applies when a request gives none (the SDK's own client), else None: a request
    # whose timeout is this one is sent without it (httpx copies a given timeout per request)
    http_timeout: httpx.Timeout | None
    # the client's `PushSlot` (its `inbox` is set once a webhook receiver exists), or None: no push
    push: Any = attrs.field(default=None, kw_only=True)

    def with_context(self, context: FlowContext) -> Self:
        """A copy running flows in ``context`` (a call's own options)."""
        return attrs.evolve(self, context=context)


@attrs.define
class SyncRuntime(_RuntimeBase):
    """What `run_sync` performs effects with."""

    http: httpx.Client

    def run(self, flow: Flow[T]) -> T:
        return run_sync(flow, self)


@attrs.define
class AsyncRuntime(_RuntimeBase):
    """What `run_async` performs effects with."""

    http: httpx.AsyncClient

    async def run(self, flow: Flow[T]) -> T:
        return await run_async(flow, self)


def _request_kwargs(effect: Send, runtime: _RuntimeBase) -> dict[str, Any]:
    options = effect.options
    kwargs = {k: v for k, v in options.items() if k != "headers"} if options else {}
    headers = runtime.request_headers
    extra = options.get("headers") if options else None
    if extra:  # names lowercased as in `client_headers`, and the key last: a call's headers never replace it
        merged = RedactedHeaders(headers or {})
        merged.update((name.lower(), value) for name, value in extra.items())
        merged["x-api-key"] = runtime.context.config.api_key
        headers = merged
    if headers:
        kwargs["headers"] = headers
    if effect.timeout is not runtime.http_timeout:
        kwargs["timeout"] = effect.timeout
    return kwargs


def _inbox(runtime: _RuntimeBase) -> Any:
    """The client's push inbox, or None (no receiver made yet, or a runtime without a client)."""
    return None if runtime.push is None else runtime.push.inbox


def _file_request(effect: SendFile, content: Any) -> httpx.Request:
    headers = dict(effect.headers)
    if not any(name.lower() == "content-length" for name in headers):
        headers["Content-Length"] = str(effect.body.size)  # framing: else httpx sends it chunked
    return httpx.Request(
        effect.method,
        effect.url,
        headers=headers,
        content=content,
        extensions={"timeout": effect.timeout.as_dict()},
    )


def _sync_callback(outcome: Any) -> None:
    if inspect.isawaitable(outcome):
        if inspect.iscoroutine(outcome):
            outcome.close()
        raise TypeError(
            "a callback returned an awaitable on the blocking client; use AsyncHeyGen for async ones"
        )


def _file_chunks(effect: SendFile) -> Iterator[bytes]:
    sent = 0
    for chunk in effect.body.chunks(FILE_CHUNK):
        yield chunk
        sent += len(chunk)  # httpx asks for the next chunk once this one is written
        if effect.progress is not None:
            _sync_callback(effect.progress(sent))


async def _afile_chunks(effect: SendFile) -> AsyncIterator[bytes]:
    import asyncio  # as in SystemClock.asleep: only when an async client sends a file

    chunks = effect.body.chunks(FILE_CHUNK)
    sent = 0
    try:
        # each read in a worker thread: a slow disk never blocks the event loop
        while (chunk := await asyncio.to_thread(next, chunks, None)) is not None:
            yield chunk
            sent += len(chunk)
            if effect.progress is not None:
                outcome = effect.progress(sent)
                if inspect.isawaitable(outcome):
                    await outcome
    finally:
        # cancelled while a worker thread reads: the generator is still running there and closes when
        # collected (closing it now would raise "generator already executing" over the cancellation)
        with contextlib.suppress(ValueError):
            chunks.close()


def _perform_sync(effect: Any, runtime: SyncRuntime) -> Any:
    if isinstance(effect, Send):
        return runtime.http.request(effect.method, effect.url, **_request_kwargs(effect, runtime))
    if isinstance(effect, SendFile):  # `send`, not `request`: the client's default headers stay out
        return runtime.http.send(_file_request(effect, _file_chunks(effect)), auth=None)
    if isinstance(effect, Context):
        return runtime.context
    if isinstance(effect, Sleep):
        return runtime.clock.sleep(effect.seconds)
    if isinstance(effect, Now):
        return runtime.clock.monotonic()
    if isinstance(effect, Random):
        return runtime.rng.random()
    if isinstance(effect, Fetch):
        from .download import download

        return download(runtime.http, effect.url, max_bytes=effect.max_bytes)
    if isinstance(effect, Emit):
        _sync_callback(effect.callback(effect.value))
        return None
    if isinstance(effect, Listen):
        inbox = _inbox(runtime)
        if inbox is None:
            return runtime.clock.sleep(effect.seconds) if effect.seconds > 0 else None
        return inbox.listen(effect.keys, effect.seconds, runtime.clock)
    if isinstance(effect, PushMissed):
        inbox = _inbox(runtime)
        return None if inbox is None else inbox.missed(effect.kind, effect.job_id)
    raise TypeError(f"a flow yielded {effect!r}, which is not an effect")


async def _perform_async(effect: Any, runtime: AsyncRuntime) -> Any:
    if isinstance(effect, Send):
        return await runtime.http.request(effect.method, effect.url, **_request_kwargs(effect, runtime))
    if isinstance(effect, SendFile):
        return await runtime.http.send(_file_request(effect, _afile_chunks(effect)), auth=None)
    if isinstance(effect, Context):
        return runtime.context
    if isinstance(effect, Sleep):
        return await runtime.clock.asleep(effect.seconds)
    if isinstance(effect, Now):
        return runtime.clock.monotonic()
    if isinstance(effect, Random):
        return runtime.rng.random()
    if isinstance(effect, Fetch):
        from .download import adownload

        return await adownload(runtime.http, effect.url, max_bytes=effect.max_bytes)
    if isinstance(effect, Emit):
        outcome = effect.callback(effect.value)
        if inspect.isawaitable(outcome):
            await outcome
        return None
    if isinstance(effect, Listen):
        inbox = _inbox(runtime)
        if inbox is None:
            return await runtime.clock.asleep(effect.seconds) if effect.seconds > 0 else None
        return await inbox.alisten(effect.keys, effect.seconds, runtime.clock)
    if isinstance(effect, PushMissed):
        inbox = _inbox(runtime)
        return None if inbox is None else inbox.missed(effect.kind, effect.job_id)
    raise TypeError(f"a flow yielded {effect!r}, which is not an effect")


def run_sync(flow: Flow[T], runtime: SyncRuntime) -> T:
    """Drive `flow` to completion with blocking I/O and return its result."""
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                effect = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                value = _perform_sync(effect, runtime)
            except BaseException as exc:  # handed to the flow, which decides (retry, wrap, report, re-raise)
                error = exc
    finally:
        flow.close()


async def run_async(flow: Flow[T], runtime: AsyncRuntime) -> T:
    """Drive `flow` to completion with async I/O and return its result."""
    value: Any = None
    error: BaseException | None = None
    cancelled: BaseException | None = None  # a cancellation held back while a create finished
    held_for = ""  # that create's request line
    try:
        while True:
            try:
                effect = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                if cancelled is not None:
                    report_held_result(cancelled, stop.value, held_for)
                    raise cancelled from None
                result: T = stop.value
                return result
            except BaseException as failure:
                if cancelled is None:
                    raise
                report_held_failure(cancelled, failure)  # the flow failed meanwhile: the cancellation goes on
                raise cancelled from failure
            value, error = None, None
            if cancelled is not None:  # the create's answer is in: now the flow stops
                error, cancelled = cancelled, None
                continue
            try:
                if type(effect) is Send and effect.creates:
                    value, error, cancelled = await finish_shielded(_perform_async(effect, runtime))
                    held_for = f"{effect.method} {effect.url}"
                else:
                    value = await _perform_async(effect, runtime)
            except BaseException as exc:
                error = exc
    finally:
        flow.close()


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
    """`yield from emit(cb, v)`: call a user callback through the driver (no-op when `callback` is None)."""
    if callback is not None:
        yield Emit(callback, value)
