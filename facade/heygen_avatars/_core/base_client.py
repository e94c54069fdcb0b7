"""What `HeyGen` and `AsyncHeyGen` share: configuration, the pooled httpx client, namespaces, `_run`.

Each face (`heygen_avatars._client`) adds only how it runs a flow (`runtime.run(flow)` or `await ...`) and
how it closes. For resource authors: write the logic as a flow and hand it to `client._run(flow, options)`.
On `HeyGen` that returns the flow's result; on `AsyncHeyGen` an awaitable of it. ``options`` are the
caller's per-call options (`RequestOptions`), applied to every request the flow makes.
"""

from __future__ import annotations

import importlib
import os
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload

from ..errors import ClientClosedError, InputValidationError
from .clock import Clock, SystemClock
from .config import (
    ClientConfig,
    TimeoutLike,
    Timeouts,
    check_headers,
    check_max_retries,
    resolve_config,
    to_timeouts,
)
from .limiter import Limiter, default_limiter
from .options import context_with, response_sink
from .redact import Secret, register_secret

if TYPE_CHECKING:
    import random

    from .. import workflows
    from ..batch import faces as batch_faces
    from .retry import RetryPolicy

__all__ = ["ClientBase", "Namespace", "PushSlot", "Workflow"]

N = TypeVar("N")


class _Pool:
    """The httpx client shared by a client and its `with_options` copies.

    The SDK's own httpx client is made at the first request, not with the `HeyGen` object: building
    one loads httpx and an SSL context, most of what `import heygen_avatars; HeyGen()` would cost.
    """

    def __init__(self, make: Callable[[], Any] | None = None, http: Any = None) -> None:
        self._make = make  # None: the caller's own httpx client, which we never close
        self._http = http
        self._lock = threading.Lock()
        self.closed = False

    @property
    def http(self) -> Any:
        """The httpx client, made on first use."""
        if self.closed:
            raise ClientClosedError("this client is closed; create a new one")
        if self._http is None:
            with self._lock:
                if self._http is None and self._make is not None:
                    self._http = self._make()
        return self._http

    @property
    def owned(self) -> bool:
        """Whether the SDK made the httpx client (and so closes it, and set its default headers)."""
        return self._make is not None

    def close(self) -> Any:
        """Mark closed; the httpx client to close, if the SDK made one (else None)."""
        self.closed = True
        return self._http if self.owned else None


class PushSlot:
    """Where a client's webhook state lives, shared by its `with_options` copies: the push inbox that feeds
    its job waits (`heygen_avatars.jobs.push`; made with the first receiver, until then waits poll as they
    always did), the event ids already received, and the ``callback_id`` values it issued."""

    __slots__ = ("callbacks", "inbox", "replay")

    def __init__(self) -> None:
        self.inbox: Any = None
        self.replay: Any = None
        self.callbacks: set[str] = set()


class Namespace(Generic[N]):
    """A resource namespace such as `client.avatars`, named by its module and class: the module loads, and
    the object is built, on first use; it is then kept on the client (an instance attribute hides this
    descriptor)."""

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._attr = ""

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = attr

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: object, owner: type) -> N: ...
    def __get__(self, client: object | None, owner: type) -> N | Self:
        if client is None:
            return self
        cls = getattr(importlib.import_module(self._module), self._name)
        namespace: N = cls(client)
        client.__dict__[self._attr] = namespace
        return namespace


class Workflow:
    """A client method defined as a function elsewhere (e.g. `client.create_photo_avatar` in `workflows`,
    `client.batch` in `batch`), loaded on first call."""

    def __init__(self, name: str, module: str = "heygen_avatars.workflows") -> None:
        self._name = name
        self._module = module

    def __get__(self, client: object | None, owner: type) -> Any:
        function = getattr(importlib.import_module(self._module), self._name)
        return function if client is None else function.__get__(client, owner)


def _check_parts(face: str, **parts: object) -> None:
    """The injected clock, jitter source, retry policy and limiter have what the client calls on them."""
    prefix = "a" if face == "AsyncClient" else ""
    needs = {
        "clock": ("monotonic", prefix + "sleep"),
        "rng": ("random",),
        "limiter": (
            *(prefix + m for m in ("acquire", "settle", "observe", "throttled", "adopt")),
            "cancel",
            "discard",
        ),
    }
    for name, value in parts.items():
        if value is None:
            continue
        if name == "retry_policy":
            from .retry import RetryPolicy

            if not isinstance(value, RetryPolicy):
                raise InputValidationError(name, f"expected a RetryPolicy, got {type(value).__name__}")
        elif not all(callable(getattr(value, method, None)) for method in needs[name]):
            raise InputValidationError(
                name, f"expected an object with {', '.join(needs[name])}(), got {type(value).__name__}"
            )


def _check_http(face: str, http_client: object, transport: object) -> None:
    """An injected httpx client (or transport) of this face: blocking for HeyGen, async for AsyncHeyGen."""
    if http_client is None and transport is None:
        return
    import httpx

    if http_client is not None and not isinstance(http_client, getattr(httpx, face)):
        raise InputValidationError(
            "http_client", f"expected an httpx.{face}, got {type(http_client).__name__}"
        )
    base = httpx.AsyncBaseTransport if face == "AsyncClient" else httpx.BaseTransport
    if transport is not None and not isinstance(transport, base):
        raise InputValidationError(
            "transport", f"expected an httpx.{base.__name__}, got {type(transport).__name__}"
        )


class ClientBase:
    _config: ClientConfig
    _retry_policy: RetryPolicy | None
    _clock: Clock
    _rng: random.Random | None
    _pool: _Pool
    _limiter: Limiter | None
    _push: PushSlot
    _runtime: Any  # SyncRuntime / AsyncRuntime, made at the first request
    # what this face is built on: (httpx client class, `drivers` runtime class), by name so that
    # neither module loads before the first request
    _face: tuple[str, str]

    if TYPE_CHECKING:
        create_photo_avatar = workflows.create_photo_avatar
        resume_photo_avatar = workflows.resume_photo_avatar
        batch = batch_faces.batch
    else:
        create_photo_avatar = Workflow("create_photo_avatar")
        resume_photo_avatar = Workflow("resume_photo_avatar")
        batch = Workflow("batch", "heygen_avatars.batch.faces")

    def _setup(
        self,
        *,
        api_key: Secret,
        base_url: str | None,
        upload_base_url: str | None,
        timeout: TimeoutLike | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        clock: Clock | None,
        rng: random.Random | None,
        retry_policy: RetryPolicy | None,
        http_client: object,
        transport: object,
        max_concurrent_jobs: int | None = None,
        limiter: Limiter | None = None,
    ) -> None:
        if http_client is not None and transport is not None:
            raise InputValidationError("transport", "pass either http_client or transport, not both")
        if limiter is not None and max_concurrent_jobs is not None:
            raise InputValidationError(
                "max_concurrent_jobs",
                "pass either max_concurrent_jobs or limiter (it has its own cap), not both",
            )
        _check_parts(self._face[0], clock=clock, rng=rng, retry_policy=retry_policy, limiter=limiter)
        _check_http(self._face[0], http_client, transport)
        if os.environ.get("HEYGEN_LOG"):  # only then is `logging` needed before the first request
            from .log import setup_logging

            setup_logging()
        self._config = resolve_config(
            api_key=api_key,
            base_url=base_url,
            upload_base_url=upload_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        register_secret(self._config.api_key)
        self._retry_policy = retry_policy
        self._limiter = limiter if limiter is not None else default_limiter(max_concurrent_jobs)
        self._clock = clock or SystemClock()
        self._rng = rng
        if http_client is not None:
            self._pool = _Pool(http=http_client)
        else:
            self._pool = _Pool(make=lambda: self._make_http(transport))
        self._push = PushSlot()
        self._runtime = None

    def _make_http(self, transport: object) -> Any:
        import httpx

        from .drivers import client_headers

        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20)
        return getattr(httpx, self._face[0])(
            transport=transport,
            limits=limits,
            timeout=self._config.timeouts.for_op_default(),
            headers=client_headers(self._config),
        )

    @property
    def base_url(self) -> str:
        """The API host (argument, else HEYGEN_API_BASE, else https://api.heygen.com)."""
        return self._config.base_url

    @property
    def upload_base_url(self) -> str:
        """The raw-upload host (argument, else HEYGEN_UPLOAD_BASE, else https://upload.heygen.com)."""
        return self._config.upload_base_url

    @property
    def timeout(self) -> Timeouts:
        """Per-attempt timeouts by operation class."""
        return self._config.timeouts

    @property
    def max_retries(self) -> int:
        """Retries after the first attempt, for the failures that are safe to retry."""
        return self._config.max_retries

    @property
    def clock(self) -> Clock:
        """The clock every wait of this client uses."""
        return self._clock

    @property
    def limiter(self) -> Limiter | None:
        """Admission control: at most this many paid jobs at once (None: off). Shared by `with_options`
        copies; give the same limiter (``limiter=``) to every client of one key in a process, or a
        `RedisLimiter` to clients in several processes."""
        return self._limiter

    @property
    def is_closed(self) -> bool:
        """True once `close()` / `aclose()` ran on this client or a copy sharing its pool."""
        return self._pool.closed

    def _open(self) -> Any:
        """The runtime flows run with, made at the first request (with the httpx client, if ours)."""
        import random

        from . import drivers
        from .flow import FlowContext
        from .retry import RetryPolicy

        if self._rng is None:
            self._rng = random.Random()
        context = FlowContext(config=self._config, retry_policy=self._retry_policy or RetryPolicy())
        http = self._pool.http
        owned = self._pool.owned
        # Requests leave out what the SDK's own httpx client already sends (`_make_http`); a with_options
        # copy may have other headers and timeouts than the client that made the shared pool.
        headers = drivers.client_headers(self._config)
        sends_headers = owned and all(http.headers.get(name) == value for name, value in headers.items())
        default_timeout = self._config.timeouts.for_op_default()
        self._runtime = getattr(drivers, self._face[1])(
            context=context,
            clock=self._clock,
            rng=self._rng,
            http=http,
            request_headers=None if sends_headers else headers,
            http_timeout=default_timeout if owned and http.timeout == default_timeout else None,
            limiter=self._limiter,
            push=self._push,
        )
        return self._runtime

    def _copy(
        self,
        timeout: TimeoutLike | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        retry_policy: RetryPolicy | None,
    ) -> Self:
        clone = object.__new__(type(self))
        # the configuration and the pool; not the namespaces, which are bound to `self`
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if k.startswith("_")})
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeouts"] = to_timeouts(timeout, self._config.timeouts)
        if max_retries is not None:
            changes["max_retries"] = check_max_retries(max_retries)
        if default_headers is not None:
            headers = check_headers("default_headers", default_headers)
            changes["default_headers"] = {**self._config.default_headers, **headers}
        _check_parts(self._face[0], retry_policy=retry_policy)
        clone._config = self._config._replace(**changes)
        clone._retry_policy = retry_policy or self._retry_policy
        clone._runtime = None
        return clone

    def _runtime_for(self, options: Mapping[str, Any] | None) -> Any:
        """The runtime a call runs in: the client's, or a copy carrying per-call options and the
        `with_raw_response` sink (only then is a copy made: most calls take neither)."""
        if self._pool.closed:
            raise ClientClosedError(f"this {type(self).__name__} client is closed; create a new one")
        runtime = self._runtime or self._open()
        sink = response_sink.get()
        if options or sink is not None:
            runtime = runtime.with_context(context_with(runtime.context, options, sink))
        return runtime

    def _ensure_open(self) -> None:
        if self._pool.closed:
            raise ClientClosedError(f"this {type(self).__name__} client is closed; create a new one")

    def __repr__(self) -> str:
        config: ClientConfig | None = getattr(self, "_config", None)
        if config is None:  # a client whose construction failed (e.g. in a traceback's locals)
            return f"{type(self).__name__}(<not configured>)"
        return (
            f"{type(self).__name__}(base_url={config.base_url!r}, "
            f"upload_base_url={config.upload_base_url!r}, api_key='***', max_retries={config.max_retries})"
        )
