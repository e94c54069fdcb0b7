"""``client.<resource>.with_raw_response.<method>(...)``: the HTTP response behind a call, as openai-python.

    raw = client.avatars.with_raw_response.get_look(look_id)
    raw.status_code, raw.headers["x-request-id"], raw.request_id
    look = raw.parse()                                        # the AvatarLook the plain method returns

The wrapped method runs as usual (same checks, retries and result); the wrapper collects the responses its
requests read (`options.response_sink`) and keeps the last: for a method that uploads or checks before it
creates, that is the create's. For a list, the first page is fetched and ``parse()`` gives that `Page`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import attrs

from .options import response_sink
from .redact import redact

if TYPE_CHECKING:
    import httpx

    from .pages import AsyncPager, Page, Pager
    from .responses import ApiResponse

__all__ = ["RawResponse", "to_async_raw", "to_async_raw_page", "to_raw", "to_raw_page"]

P = ParamSpec("P")
T = TypeVar("T")


@attrs.frozen
class RawResponse(Generic[T]):
    """An HTTP response of HeyGen's (the last one a call read) and the call's result, ``parse()``."""

    http: ApiResponse = attrs.field(repr=False)
    _parsed: T = attrs.field(repr=False, alias="parsed")
    responses: tuple[ApiResponse, ...] = attrs.field(repr=False, default=())
    """Every response the call read, in order (the last is ``http``): an upload's, a check's, the create's."""

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers (a value echoing a secret is masked)."""
        import httpx

        return httpx.Headers([(name, redact(value)) for name, value in self.http.headers.items()])

    @property
    def request_id(self) -> str | None:
        """HeyGen's ``X-Request-Id`` (quote it to HeyGen support)."""
        return self.http.request_id

    @property
    def method(self) -> str:
        return self.http.method

    @property
    def url(self) -> str:
        return self.http.url

    @property
    def body(self) -> Any:
        """The decoded JSON body, envelope included."""
        return self.http.body

    def parse(self) -> T:
        """What the plain method returns (a model, a job handle, a page, None)."""
        return self._parsed

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, method={self.method!r}, url={self.url!r})"


def _raw(sink: list[ApiResponse], parsed: T) -> RawResponse[T]:
    if not sink:  # every wrapped method sends a request before it returns
        raise RuntimeError("with_raw_response: the call read no response")
    return RawResponse(sink[-1], parsed, tuple(sink))


def to_raw(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """The raw-response form of a blocking resource method."""

    def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        sink: list[ApiResponse] = []
        token = response_sink.set(sink)
        try:
            parsed = method(*args, **kwargs)
        finally:
            response_sink.reset(token)
        return _raw(sink, parsed)

    wrapper.__doc__ = method.__doc__
    return wrapper


def to_async_raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """The raw-response form of an async resource method."""

    async def wrapper(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        sink: list[ApiResponse] = []
        token = response_sink.set(sink)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            response_sink.reset(token)
        return _raw(sink, parsed)

    wrapper.__doc__ = method.__doc__
    return wrapper


def to_raw_page(method: Callable[P, Pager[T]]) -> Callable[P, RawResponse[Page[T]]]:
    """The raw-response form of a blocking list: its first page."""

    def first_page(*args: P.args, **kwargs: P.kwargs) -> Page[T]:
        return method(*args, **kwargs).first_page()

    first_page.__doc__ = method.__doc__
    return to_raw(first_page)


def to_async_raw_page(method: Callable[P, AsyncPager[T]]) -> Callable[P, Awaitable[RawResponse[Page[T]]]]:
    """The raw-response form of an async list: its first page."""

    async def first_page(*args: P.args, **kwargs: P.kwargs) -> Page[T]:
        return await method(*args, **kwargs).first_page()

    first_page.__doc__ = method.__doc__
    return to_async_raw(first_page)
