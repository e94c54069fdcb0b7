"""`Call`: one HeyGen operation, sent with timeouts and safe retries, read into an `ApiResponse`.

A `Call` describes the operation; a flow sends it with `response = yield from call(c)`. It names either a
generated endpoint module (`Call.generated(endpoint, op=..., api=..., **kwargs)`: the request is built by
the module's own `_get_kwargs`, i.e. by openapi-python-client's code) or a raw request the generator
cannot express (`Call.raw(...)`, e.g. raw bytes to the upload host). `call` reads the client's
configuration (the `Context` effect) and owns the retry loop; the response is read by
`responses.read_response`.

Why the request is built with the generated `_get_kwargs` but sent by the facade (instead of calling
`sync_detailed`): the facade needs the per-attempt timeout of the operation class, needs to retry the
same request, and must keep the raw body of any response. The generated `_parse_response` raises on
HTML pages and on undeclared shapes, which would lose the body and the error it carries.
"""

from __future__ import annotations

import enum
import secrets
import time
from collections.abc import Callable, Mapping
from logging import DEBUG
from types import MappingProxyType, ModuleType
from typing import Any, NamedTuple
from urllib.parse import urlencode

import httpx

from .. import errors
from .config import Op
from .flow import Admission, Context, Flow, FlowContext, Random, Send, Sleep
from .interrupts import attach_report, is_interrupt
from .log import logger
from .responses import Api, ApiResponse, read_response
from .retry import is_connect_phase, retryable_exception, retryable_status

__all__ = ["Call", "Host", "call", "next_idempotency_key"]


class Host(enum.Enum):
    """Which HeyGen host a call goes to (both overridable on the client)."""

    API = "api"
    UPLOAD = "upload"


_NO_OPTIONS: Mapping[str, Any] = MappingProxyType({})
# A global, not `Host.UPLOAD` on every request: on Python 3.11 an enum's class attributes are read through
# EnumType.__getattr__ (~0.2 µs each)
_UPLOAD = Host.UPLOAD
_CONTEXT = Context()


class Call(NamedTuple):
    """One HeyGen operation; `yield from call(c)` sends it and returns its `ApiResponse`.

    `op` decides the timeout and which failures are retried; `api` the error dialect; `host` the base
    URL. Per-call options (timeout, retries, headers) come from the flow's `Context`, so that they reach
    every request of a method. `idempotency_key`: the Idempotency-Key the request carries, on operations
    whose spec says HeyGen honours one (then failures after sending are retried too). A named tuple
    (immutable; `_replace` makes a changed copy) because one is built for every request (benchmarks/
    row 2).
    """

    method: str
    path: str
    op: Op
    api: Api
    options: Mapping[str, Any] = _NO_OPTIONS
    host: Host = Host.API
    endpoint: ModuleType | None = None  # the generated endpoint module, named in logs
    idempotency_key: str | None = None
    check: Callable[[ApiResponse], object] | None = None
    """Raises `ResponseValidationError` for an answer without what the caller needs: on a keyed create that
    is retried like an unreadable answer (the repeat gets HeyGen's stored answer)."""

    @classmethod
    def generated(
        cls,
        endpoint: ModuleType,
        *,
        op: Op,
        api: Api,
        host: Host = Host.API,
        check: Callable[[ApiResponse], object] | None = None,
        **kwargs: Any,
    ) -> Call:
        """A call of an openapi-python-client endpoint module, e.g.
        `Call.generated(get_avatar_look, op=Op.READ, api=Api.V3, look_id="abc")` (`kwargs` are the
        endpoint function's arguments except `client`; ``idempotency_key=None`` sends none)."""
        key = kwargs.get("idempotency_key")
        if "idempotency_key" in kwargs and key is None:
            del kwargs["idempotency_key"]
        built = endpoint._get_kwargs(**kwargs)  # a fresh dict on every call: ours to take apart
        method = built.pop("method").upper()
        path = built.pop("url")
        options = built or _NO_OPTIONS
        # positional: a named tuple's keyword construction costs more (one Call per request)
        return cls(method, path, op, api, options, host, endpoint, key, check)

    @classmethod
    def raw(
        cls,
        method: str,
        path: str,
        *,
        op: Op,
        api: Api,
        host: Host = Host.API,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        idempotency_key: str | None = None,
    ) -> Call:
        """A request written by hand (e.g. `POST /v1/asset` with raw bytes on the upload host);
        ``idempotency_key`` only where HeyGen honours one."""
        options: dict[str, Any] = {}
        if idempotency_key is not None:
            headers = {**(headers or {}), "Idempotency-Key": idempotency_key}
        if params:
            options["params"] = {k: v for k, v in params.items() if v is not None}
        if json is not None:
            options["json"] = json
        if content is not None:
            options["content"] = content
        if headers:
            options["headers"] = dict(headers)
        return cls(
            method=method.upper(),
            path=path,
            op=op,
            api=api,
            options=options,
            host=host,
            idempotency_key=idempotency_key,
        )


def next_idempotency_key() -> Flow[str]:
    """`key = yield from next_idempotency_key()`: the key for the call's next keyed create. The call's own key
    (``idempotency_key=`` option, or a batch row's) for the first, then ``key.2``, ``key.3``...; without
    one, a random key (enough to make the SDK's own retries of that create safe). Drawn from the OS, not from
    the client's `rng`: two clients seeded alike (deterministic jitter) must never share a key, or HeyGen
    would answer one's create with the other's job."""
    context: FlowContext = yield _CONTEXT
    base = context.idempotency_key
    if base is None:
        return f"hg-{secrets.token_hex(13)}"
    used = context.keys_used
    key = base if not used else f"{base}.{len(used) + 1}"
    used.append(key)
    return key


def _label(c: Call) -> str:
    """How logs name a call: its endpoint, else its request line."""
    return c.endpoint.__name__.rsplit(".", 1)[-1] if c.endpoint is not None else f"{c.method} {c.path}"


def _shown(url: str, options: Mapping[str, Any]) -> str:
    """The URL a log line shows: with its query (no secret travels in one: the key is a header)."""
    params = options.get("params")
    return f"{url}?{urlencode(params, doseq=True)}" if params else url


def _connection_error(exc: httpx.TransportError, c: Call, url: str) -> errors.APIConnectionError:
    sent = not is_connect_phase(exc)
    hint = ""
    if sent and c.idempotency_key is not None:
        hint = (
            f" HeyGen may have acted on it: calling again with idempotency_key={c.idempotency_key!r} within"
            " 24 hours returns its original answer instead of creating it twice."
        )
    elif sent and not c.op.idempotent:
        hint = " The request may have reached HeyGen: check whether it was created before sending it again."
    cls = errors.APITimeoutError if isinstance(exc, httpx.TimeoutException) else errors.APIConnectionError
    what = "timed out" if cls is errors.APITimeoutError else "failed"
    error = cls(
        f"{c.method} {url} {what}: {type(exc).__name__}: {exc}.{hint}",
        method=c.method,
        url=url,
        request_sent=sent,
    )
    error.idempotency_key = c.idempotency_key
    return error


def call(c: Call) -> Flow[ApiResponse]:
    """`response = yield from call(c)`: send `c` with its class's timeout, retrying only what is safe for
    its operation class."""
    context: FlowContext = yield _CONTEXT
    config = context.config
    policy = context.retry_policy
    max_retries = config.max_retries
    base = config.upload_base_url if c.host is _UPLOAD else config.base_url
    url = base + c.path
    options = c.options
    if context.extra_headers:
        options = {**options, "headers": {**options.get("headers", {}), **context.extra_headers}}
    creates = not c.op.idempotent
    send = Send(c.method, url, options, config.timeouts.for_op(c.op), creates)
    keyed = c.idempotency_key is not None
    starts_job = c.op is Op.CREATE  # (an upload is no job: HeyGen's cap does not count it)
    retries = 0
    while True:
        debug = logger.isEnabledFor(DEBUG)  # cheaper than logger.debug's own check, once per request
        started = time.perf_counter() if debug else 0.0
        try:
            response: httpx.Response = yield send
        except BaseException as exc:
            if not isinstance(exc, httpx.TransportError):
                if creates and is_interrupt(exc):  # Ctrl-C while a create was in flight: say so
                    line = f"{c.method} {url}"
                    attach_report(exc, errors.InterruptReport(line, in_flight=line))
                raise
            if debug:
                logger.debug(
                    "HTTP %s %s failed after %.1f ms: %s", c.method, _shown(url, options),
                    (time.perf_counter() - started) * 1000, type(exc).__name__,
                )  # fmt: skip
            if retries < max_retries and retryable_exception(c.op, exc, keyed=keyed):
                delay = policy.backoff(retries, (yield Random()))
                retries += 1
                logger.info(
                    "Retrying %s in %.2f s (retry %d of %d) after %s", _label(c), delay, retries, max_retries,
                    type(exc).__name__,
                )  # fmt: skip
                yield Sleep(delay)
                continue
            # `from None`: httpx's exception holds the request, whose headers hold the key; its type and
            # message are already in ours.
            raise _connection_error(exc, c, url) from None
        if debug:
            logger.debug(
                "HTTP %s %s -> %d in %.1f ms [request_id=%s]", c.method, _shown(url, options),
                response.status_code, (time.perf_counter() - started) * 1000,
                response.headers.get("x-request-id"),
            )  # fmt: skip
        try:
            read = read_response(response, api=c.api)
            if c.op is Op.READ and type(read.body) is not dict and not isinstance(read.body, Mapping):
                raise read.invalid(f"HTTP {read.status_code} with no JSON object (every read answers one)")
            if c.check is not None:
                c.check(read)
        except errors.ResponseValidationError as unreadable:  # truncated, malformed, HTML, empty
            # reads are asked again; a keyed create too (the repeat replays HeyGen's stored answer); an
            # unkeyed create never (its error says it may exist)
            again = c.op.idempotent or (keyed and response.status_code < 300)
            if not again or retries >= max_retries:
                unreadable.idempotency_key = c.idempotency_key
                raise
            delay = policy.backoff(retries, (yield Random()))
            retries += 1
            logger.info(
                "Retrying %s in %.2f s (retry %d of %d) after an unreadable HTTP %d [request_id=%s]%s",
                _label(c), delay, retries, max_retries, response.status_code, unreadable.request_id,
                "" if not keyed else f" (Idempotency-Key {c.idempotency_key})",
            )  # fmt: skip
            yield Sleep(delay)
            continue
        except errors.APIStatusError as err:
            status = response.status_code
            if status == 429 and starts_job:
                yield Admission("throttled")  # someone else uses part of HeyGen's cap on this key
            err.idempotency_key = c.idempotency_key
            if retries >= max_retries or not _retryable(c, status, err):
                raise
            if err.retry_after is not None and err.retry_after > policy.retry_after_cap:
                logger.info(
                    "Not retrying %s: the server asks to wait %.0f s (cap %.0f s)",
                    _label(c), err.retry_after, policy.retry_after_cap,
                )  # fmt: skip
                raise
            draw: float = yield Random()
            if err.retry_after is not None:
                delay = policy.hinted(err.retry_after, draw)
            else:
                delay = policy.backoff(retries, draw)
            retries += 1
            logger.info(
                "Retrying %s in %.2f s (retry %d of %d) after HTTP %d %s%s [request_id=%s]",
                _label(c), delay, retries, max_retries, status, err.code or "",
                " (Retry-After)" if err.retry_after is not None else "", err.request_id,
            )  # fmt: skip
            yield Sleep(delay)
            continue
        if context.responses is not None:
            context.responses.append(read)
        return read


def _retryable(c: Call, status: int, error: errors.APIStatusError) -> bool:
    """Whether an error answer may be retried: by its status (a keyed create's 409 only when it says the
    first request with its key is still in flight); in a 200, for reads, as a 5xx or 429 would."""
    if status >= 400:
        keyed = c.idempotency_key is not None and (status != 409 or error.code == "request_in_progress")
        return retryable_status(c.op, status, keyed=keyed)
    # a read's error envelope in a 200 that names no client mistake (bad request, auth, not found...)
    retryable = (errors.APIStatusError, errors.InternalServerError, errors.RateLimitError)
    return c.op.idempotent and type(error) in retryable
