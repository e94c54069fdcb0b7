"""`HeyGen` and `AsyncHeyGen`: configuration, one pooled httpx client, and the hook resources use.

Both faces share `_ClientBase` (configuration, options, repr, job handles); each adds only how it
runs a flow (`run_sync` or `await run_async`) and how it closes.

For resource authors (e.g. `client.photo_avatars`): write the logic as a flow and hand it to
`client._run(flow)`. On `HeyGen` that returns the flow's result; on `AsyncHeyGen` it returns an
awaitable of it. So one resource class can serve both faces:

    class Looks:
        def __init__(self, client):
            self._client = client
        def get(self, look_id: str):          # HeyGen: returns a Look; AsyncHeyGen: an awaitable
            return self._client._run(get_look_flow(look_id))

(a typed `AsyncLooks` with `async def get(...) -> Look: return await self._client._run(...)` is the
one-line-per-method alternative). Jobs: `client.jobs.get(kind, id, context=..., result_of=...)`.
"""

from __future__ import annotations

import random
from collections.abc import Awaitable, Mapping
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar, overload

import attrs
import httpx

from . import workflows
from ._clock import Clock, SystemClock
from ._config import ClientConfig, TimeoutLike, Timeouts, check_max_retries, resolve_config, to_timeouts
from ._download import DownloadDestination, adownload, download
from ._flow import AsyncRuntime, Flow, FlowContext, SyncRuntime, run_async, run_sync
from ._logging import register_secret, setup_logging
from ._retry import RetryPolicy
from .assets import Assets, AsyncAssets
from .avatars import AsyncAvatars, Avatars
from .errors import HeyGenError, InputValidationError
from .jobs import AsyncJobs, Jobs
from .photo_avatars import AsyncPhotoAvatars, PhotoAvatars
from .videos import AsyncVideos, Videos
from .voices import AsyncVoices, Voices

__all__ = ["AsyncHeyGen", "ClientClosedError", "HeyGen"]

T = TypeVar("T")
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)


class ClientClosedError(HeyGenError):
    """The client (or the client it was copied from with `with_options`) was closed."""


@attrs.define
class _Pool:
    """The httpx client shared by a client and its `with_options` copies."""

    http: Any
    owned: bool
    closed: bool = False


class _ClientBase:
    _config: ClientConfig
    _retry_policy: RetryPolicy
    _clock: Clock
    _rng: random.Random
    _pool: _Pool

    def _setup(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        upload_base_url: str | None,
        timeout: TimeoutLike | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        clock: Clock | None,
        rng: random.Random | None,
        retry_policy: RetryPolicy | None,
    ) -> None:
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
        self._retry_policy = retry_policy or RetryPolicy()
        self._clock = clock or SystemClock()
        self._rng = rng or random.Random()

    @staticmethod
    def _check_http(http_client: object, transport: object) -> None:
        if http_client is not None and transport is not None:
            raise InputValidationError("transport", "pass either http_client or transport, not both")

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
    def is_closed(self) -> bool:
        """True once `close()` / `aclose()` ran on this client or a copy sharing its pool."""
        return self._pool.closed

    def _context(self) -> FlowContext:
        return FlowContext(config=self._config, retry_policy=self._retry_policy)

    def _copy(
        self,
        timeout: TimeoutLike | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        retry_policy: RetryPolicy | None,
    ) -> Self:
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        changes: dict[str, Any] = {}
        if timeout is not None:
            changes["timeouts"] = to_timeouts(timeout, self._config.timeouts)
        if max_retries is not None:
            changes["max_retries"] = check_max_retries(max_retries)
        if default_headers is not None:
            changes["default_headers"] = {**self._config.default_headers, **default_headers}
        clone._config = attrs.evolve(self._config, **changes)
        clone._retry_policy = retry_policy or self._retry_policy
        clone._bind()
        return clone

    def _bind(self) -> None:
        """(Re)create what depends on the configuration: namespaces added by resource modules hook here."""

    def _ensure_open(self) -> None:
        if self._pool.closed:
            raise ClientClosedError(f"this {type(self).__name__} client is closed; create a new one")

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, upload_base_url={self.upload_base_url!r}, "
            f"api_key='***', max_retries={self.max_retries})"
        )


class HeyGen(_ClientBase):
    """The blocking HeyGen client.

    `api_key` defaults to the `HEYGEN_API_KEY` environment variable, read now (MissingAPIKeyError if
    neither is set). `timeout`: seconds for every call, or `Timeouts(read=, write=, upload=, connect=)`
    (defaults 30/120/600/10 s, per attempt). `max_retries` (default 2) applies only to failures that are
    safe to retry. `http_client=` injects your own `httpx.Client` (you keep ownership: `close()` leaves it
    open); `transport=` an httpx transport (e.g. the mock's). `clock=` and `rng=` make every wait and
    jitter deterministic in tests.
    """

    jobs: Jobs
    photo_avatars: PhotoAvatars
    avatars: Avatars
    assets: Assets
    voices: Voices
    videos: Videos
    create_photo_avatar = workflows.create_photo_avatar
    resume_photo_avatar = workflows.resume_photo_avatar

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        upload_base_url: str | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self._check_http(http_client, transport)
        self._setup(
            api_key=api_key,
            base_url=base_url,
            upload_base_url=upload_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            clock=clock,
            rng=rng,
            retry_policy=retry_policy,
        )
        if http_client is None:
            http = httpx.Client(
                transport=transport, limits=_LIMITS, timeout=self._config.timeouts.for_op_default()
            )
            self._pool = _Pool(http=http, owned=True)
        else:
            self._pool = _Pool(http=http_client, owned=False)
        self._bind()

    def _bind(self) -> None:
        self.jobs = Jobs(self)
        self.photo_avatars = PhotoAvatars(self)
        self.avatars = Avatars(self)
        self.assets = Assets(self)
        self.voices = Voices(self)
        self.videos = Videos(self)

    @overload
    def download(self, url: str, to: None = None) -> bytes: ...
    @overload
    def download(self, url: str, to: DownloadDestination) -> Path: ...
    def download(self, url: str, to: DownloadDestination | None = None) -> Path | bytes:
        """Download an image or video URL (your API key is not sent): the bytes, or the path written.

        Example: ``client.download(look.preview_image_url, to="look.png")`` (or an existing directory)
        """
        self._ensure_open()
        return download(self._pool.http, url, to)

    def with_options(
        self,
        *,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> HeyGen:
        """A copy with other options, sharing this client's connection pool (closing either closes both)."""
        return self._copy(timeout, max_retries, default_headers, retry_policy)

    def _run(self, flow: Flow[T]) -> T:
        """Run a flow to completion (the hook resources use; see the module docstring)."""
        self._ensure_open()
        runtime = SyncRuntime(context=self._context(), clock=self._clock, rng=self._rng, http=self._pool.http)
        return run_sync(flow, runtime)

    def close(self) -> None:
        """Close the connection pool (idempotent). An injected `http_client` is left open."""
        if self._pool.closed:
            return
        self._pool.closed = True
        if self._pool.owned:
            self._pool.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncHeyGen(_ClientBase):
    """The async HeyGen client: the same arguments and surface as `HeyGen`, with `await`."""

    jobs: AsyncJobs
    photo_avatars: AsyncPhotoAvatars
    avatars: AsyncAvatars
    assets: AsyncAssets
    voices: AsyncVoices
    videos: AsyncVideos
    create_photo_avatar = workflows.create_photo_avatar
    resume_photo_avatar = workflows.resume_photo_avatar

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        upload_base_url: str | None = None,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        self._check_http(http_client, transport)
        self._setup(
            api_key=api_key,
            base_url=base_url,
            upload_base_url=upload_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            clock=clock,
            rng=rng,
            retry_policy=retry_policy,
        )
        if http_client is None:
            http = httpx.AsyncClient(
                transport=transport, limits=_LIMITS, timeout=self._config.timeouts.for_op_default()
            )
            self._pool = _Pool(http=http, owned=True)
        else:
            self._pool = _Pool(http=http_client, owned=False)
        self._bind()

    def _bind(self) -> None:
        self.jobs = AsyncJobs(self)
        self.photo_avatars = AsyncPhotoAvatars(self)
        self.avatars = AsyncAvatars(self)
        self.assets = AsyncAssets(self)
        self.voices = AsyncVoices(self)
        self.videos = AsyncVideos(self)

    @overload
    async def download(self, url: str, to: None = None) -> bytes: ...
    @overload
    async def download(self, url: str, to: DownloadDestination) -> Path: ...
    async def download(self, url: str, to: DownloadDestination | None = None) -> Path | bytes:
        """See `HeyGen.download`: ``await client.download(video.video_url, to="talk.mp4")``."""
        self._ensure_open()
        return await adownload(self._pool.http, url, to)

    def with_options(
        self,
        *,
        timeout: TimeoutLike | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> AsyncHeyGen:
        """A copy with other options, sharing this client's connection pool (closing either closes both)."""
        return self._copy(timeout, max_retries, default_headers, retry_policy)

    def _run(self, flow: Flow[T]) -> Awaitable[T]:
        """An awaitable running the flow (the hook resources use; see the module docstring)."""
        self._ensure_open()
        runtime = AsyncRuntime(
            context=self._context(), clock=self._clock, rng=self._rng, http=self._pool.http
        )
        return run_async(flow, runtime)

    async def aclose(self) -> None:
        """Close the connection pool (idempotent). An injected `http_client` is left open."""
        if self._pool.closed:
            return
        self._pool.closed = True
        if self._pool.owned:
            await self._pool.http.aclose()

    async def close(self) -> None:
        """Same as `aclose()`."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
