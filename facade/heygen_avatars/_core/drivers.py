"""The two drivers: `run_sync(flow, runtime)` and `await run_async(flow, runtime)` perform a flow's effects
(`_core.flow`), the first with `httpx.Client` and `clock.sleep`, the second with `httpx.AsyncClient` and
`await clock.asleep`, on the runtime a client makes at its first request (`SyncRuntime`, `AsyncRuntime`).

If performing an effect raises, the driver throws the exception into the flow at the `yield`, so flows
handle failures with ordinary `try/except`. Interrupts (`KeyboardInterrupt`, `asyncio.CancelledError`,
`SystemExit`) are thrown in too: no flow catches them (flows catch `Exception`s), but a flow that made
something may attach a report of it on the way out (`_core.interrupts`); the interrupt itself always goes on.

**A cancellation never loses a created id**: on the async driver a create request (a `Send` with
``creates``) in flight when the task is cancelled is let finish first (`interrupts.finish_shielded`). The
flow then goes on through its bookkeeping (effects that neither wait, send nor call user code: `Context`,
`Now`, `Random`, and `Admission` other than ``acquire``), so that a create admitted under the cap hands its
slot to the job it started; the cancellation is thrown in at the flow's next other effect, or carries the
flow's result if it returns first.
"""

from __future__ import annotations

import contextlib
import inspect
import random
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Final, Self, TypeVar

import attrs
import httpx

from .. import __version__
from .clock import Clock
from .flow import (
    Admission,
    Context,
    Emit,
    Fetch,
    Flow,
    FlowContext,
    Listen,
    Now,
    PushMissed,
    Random,
    Send,
    SendFile,
    Sleep,
)
from .interrupts import finish_shielded, report_held_failure, report_held_result
from .redact import RedactedHeaders

if TYPE_CHECKING:
    from .config import ClientConfig
    from .limiter import Limiter

__all__ = ["USER_AGENT", "AsyncRuntime", "SyncRuntime", "client_headers", "run_async", "run_sync"]

T = TypeVar("T")

USER_AGENT = f"heygen-avatars-python/{__version__}"

#: bytes read from a `FileBody` and handed to httpx at a time
FILE_CHUNK: Final = 1024 * 1024


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
    # admission control under HeyGen's concurrency cap (None: off)
    limiter: Limiter | None = attrs.field(default=None, kw_only=True)
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


def _request_kwargs(effect: Send, runtime: SyncRuntime | AsyncRuntime) -> dict[str, Any]:
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
    if runtime.http.follow_redirects:  # (an injected client's choice) httpx would keep the key on a
        kwargs["follow_redirects"] = False  # redirect to another origin: API requests are never redirected
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
    if isinstance(effect, Admission):
        limiter = runtime.limiter
        return None if limiter is None else getattr(limiter, effect.method)(runtime.clock, *effect.args)
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
    if isinstance(effect, Admission):
        limiter = runtime.limiter
        if limiter is None:
            return None
        return await getattr(limiter, "a" + effect.method)(runtime.clock, *effect.args)
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


_BOOKKEEPING: Final = (Context, Now, Random)


def _bookkeeping(effect: Any) -> bool:
    """An effect a flow holding a created id still gets while its cancellation waits (module docstring):
    it neither waits nor sends nor calls user code."""
    kind = type(effect)
    return kind in _BOOKKEEPING or (kind is Admission and effect.method != "acquire")


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
            if cancelled is not None and not _bookkeeping(effect):  # the create's answer is in: now stop
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
