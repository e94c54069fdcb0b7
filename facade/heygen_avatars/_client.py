"""`HeyGen` (blocking) and `AsyncHeyGen` (async): the two faces of one client.

Both share `ClientBase` (configuration, the pooled httpx client, per-call options, namespaces); each adds
only how it runs a flow (the result, or an awaitable of it) and how it closes. The namespaces
(``client.avatars``, ``client.jobs``...) load on first use.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, overload

from ._core.base_client import ClientBase, Namespace
from ._core.config import TimeoutLike
from ._core.redact import Secret

if TYPE_CHECKING:
    import random
    from pathlib import Path
    from types import TracebackType

    import httpx

    from ._core.clock import Clock
    from ._core.download import DownloadDestination
    from ._core.flow import Flow
    from ._core.retry import RetryPolicy
    from .jobs.namespace import AsyncJobs, Jobs
    from .resources.assets import Assets, AsyncAssets
    from .resources.avatars import AsyncAvatars, Avatars
    from .resources.photo_avatars import AsyncPhotoAvatars, PhotoAvatars
    from .resources.users import AsyncUsers, Users
    from .resources.videos import AsyncVideos, Videos
    from .resources.voices import AsyncVoices, Voices
    from .resources.webhooks import AsyncWebhooks, Webhooks

__all__ = ["AsyncHeyGen", "HeyGen"]

T = TypeVar("T")
_RESOURCES = "heygen_avatars.resources"


class HeyGen(ClientBase):
    """The blocking HeyGen client.

    `api_key` defaults to the `HEYGEN_API_KEY` environment variable, read now (MissingAPIKeyError if
    neither is set). `timeout`: seconds for every call, or `Timeouts(read=, write=, upload=, connect=)`
    (defaults 30/120/600/10 s, per attempt). `max_retries` (default 2) applies only to failures that are
    safe to retry. Both can also be given to any single call (``timeout=``, ``max_retries=``,
    ``extra_headers=``). `http_client=` injects your own `httpx.Client` (you keep ownership: `close()`
    leaves it open); `transport=` an httpx transport (e.g. the mock's). `clock=` and `rng=` make every wait
    and jitter deterministic in tests.
    """

    _face = ("Client", "SyncRuntime")
    jobs: Namespace[Jobs] = Namespace("heygen_avatars.jobs.namespace", "Jobs")
    photo_avatars: Namespace[PhotoAvatars] = Namespace(f"{_RESOURCES}.photo_avatars", "PhotoAvatars")
    avatars: Namespace[Avatars] = Namespace(f"{_RESOURCES}.avatars", "Avatars")
    assets: Namespace[Assets] = Namespace(f"{_RESOURCES}.assets", "Assets")
    voices: Namespace[Voices] = Namespace(f"{_RESOURCES}.voices", "Voices")
    videos: Namespace[Videos] = Namespace(f"{_RESOURCES}.videos", "Videos")
    users: Namespace[Users] = Namespace(f"{_RESOURCES}.users", "Users")
    webhooks: Namespace[Webhooks] = Namespace(f"{_RESOURCES}.webhooks", "Webhooks")

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
        key = Secret(api_key)
        del api_key  # from here on, a traceback showing this frame's variables shows Secret('***')
        self._setup(
            api_key=key,
            base_url=base_url,
            upload_base_url=upload_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            clock=clock,
            rng=rng,
            retry_policy=retry_policy,
            http_client=http_client,
            transport=transport,
        )

    @overload
    def download(self, url: str, to: None = None, *, timeout: float | None = None) -> bytes: ...
    @overload
    def download(self, url: str, to: DownloadDestination, *, timeout: float | None = None) -> Path: ...
    def download(
        self, url: str, to: DownloadDestination | None = None, *, timeout: float | None = None
    ) -> Path | bytes:
        """Download an image or video URL (your API key is not sent): the bytes, or the path written.

        ``to`` is a file path or an existing directory; ``timeout`` bounds each network wait (default:
        the client's read timeout). Example: ``client.download(look.preview_image_url, to="look.png")``
        """
        from ._core.download import download

        self._ensure_open()
        return download(self._pool.http, url, to, timeout=timeout)

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

    def _run(self, flow: Flow[T], options: Mapping[str, Any] | None = None) -> T:
        """Run a flow to completion with the call's ``options`` (the hook resources use)."""
        result: T = self._runtime_for(options).run(flow)
        return result

    def close(self) -> None:
        """Close the connection pool (idempotent). An injected `http_client` is left open."""
        if self._pool.closed:
            return
        http = self._pool.close()
        if http is not None:
            http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncHeyGen(ClientBase):
    """The async HeyGen client: the same arguments and surface as `HeyGen`, with ``await``.

    ``async with AsyncHeyGen() as client: look = await client.avatars.get_look(look_id)``; lists iterate
    with ``async for``; a cancelled task stops its request or wait cleanly.
    """

    _face = ("AsyncClient", "AsyncRuntime")
    jobs: Namespace[AsyncJobs] = Namespace("heygen_avatars.jobs.namespace", "AsyncJobs")
    photo_avatars: Namespace[AsyncPhotoAvatars] = Namespace(
        f"{_RESOURCES}.photo_avatars", "AsyncPhotoAvatars"
    )
    avatars: Namespace[AsyncAvatars] = Namespace(f"{_RESOURCES}.avatars", "AsyncAvatars")
    assets: Namespace[AsyncAssets] = Namespace(f"{_RESOURCES}.assets", "AsyncAssets")
    voices: Namespace[AsyncVoices] = Namespace(f"{_RESOURCES}.voices", "AsyncVoices")
    videos: Namespace[AsyncVideos] = Namespace(f"{_RESOURCES}.videos", "AsyncVideos")
    users: Namespace[AsyncUsers] = Namespace(f"{_RESOURCES}.users", "AsyncUsers")
    webhooks: Namespace[AsyncWebhooks] = Namespace(f"{_RESOURCES}.webhooks", "AsyncWebhooks")

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
        key = Secret(api_key)
        del api_key  # from here on, a traceback showing this frame's variables shows Secret('***')
        self._setup(
            api_key=key,
            base_url=base_url,
            upload_base_url=upload_base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            clock=clock,
            rng=rng,
            retry_policy=retry_policy,
            http_client=http_client,
            transport=transport,
        )

    @overload
    async def download(self, url: str, to: None = None, *, timeout: float | None = None) -> bytes: ...
    @overload
    async def download(self, url: str, to: DownloadDestination, *, timeout: float | None = None) -> Path: ...
    async def download(
        self, url: str, to: DownloadDestination | None = None, *, timeout: float | None = None
    ) -> Path | bytes:
        """Download an image or video URL without your API key: ``await client.download(url, to="a.mp4")``
        returns the path written (or the bytes when ``to`` is None)."""
        from ._core.download import adownload

        self._ensure_open()
        return await adownload(self._pool.http, url, to, timeout=timeout)

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

    def _run(self, flow: Flow[T], options: Mapping[str, Any] | None = None) -> Awaitable[T]:
        """An awaitable running the flow with the call's ``options`` (the hook resources use)."""
        awaitable: Awaitable[T] = self._runtime_for(options).run(flow)
        return awaitable

    async def aclose(self) -> None:
        """Close the connection pool (idempotent). An injected `http_client` is left open."""
        if self._pool.closed:
            return
        http = self._pool.close()
        if http is not None:
            await http.aclose()

    async def close(self) -> None:
        """Close the connection pool (idempotent), as `aclose()` does: ``await client.close()``."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
