"""Auto-paging over HeyGen's v3 cursor lists (``limit`` + ``token`` in, ``has_more`` + ``next_token`` out).

One logic, two faces: `page_flow` fetches and reads one page (sans-IO), `_Cursor` decides what to fetch
next and when to stop; `Pager` (``for``) and `AsyncPager` (``async for``) only run the flows::

    for look in client.avatars.list_looks(group_id=gid):           # every look, page after page
        print(look.id)
    async for voice in async_client.voices.list(language="English"):
        ...
    first = client.videos.list(limit=10).first_page()              # one page: items, has_more, next_token

A pager fetches nothing until it is iterated; its arguments were checked when it was made. Iterating it
again starts again from its first token. ``max_items`` stops after that many items (no extra request).
A server that says ``has_more`` without a ``next_token`` ends the iteration (logged); one that hands back
a token it already gave raises `ResponseValidationError` instead of looping forever.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar, cast

import attrs

from ..errors import InputValidationError, ResponseValidationError
from . import validation as check
from .call import Call, call
from .flow import Flow
from .log import logger
from .options import check_options
from .responses import ApiResponse

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

__all__ = ["PAGE_LIMIT_MAX", "AsyncPager", "Page", "Pager", "list_params", "page_flow"]

T = TypeVar("T")

PAGE_LIMIT_MAX: Final = 50
"""The page size cap of most v3 lists (``limit`` 1-50; videos and voices take up to 100)."""


@attrs.frozen
class Page(Generic[T]):
    """One page of a v3 list: its items, whether more exist, and the token of the next page."""

    items: tuple[T, ...]
    has_more: bool
    next_token: str | None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def read_page(response: ApiResponse, parse: Callable[[Any], T]) -> Page[T]:
    """A page from a v3 list response ``{"data": [...], "has_more", "next_token"}`` (pure)."""
    body = response.body if isinstance(response.body, Mapping) else {}
    data = response.data
    if not isinstance(data, list):
        raise response.invalid(f"expected a list in `data`, got {type(data).__name__}")
    token = body.get("next_token")
    return Page(
        items=tuple(parse(item) for item in data),
        has_more=bool(body.get("has_more")),
        next_token=token if isinstance(token, str) and token else None,
    )


def page_flow(
    make_call: Callable[[str | None], Call], parse: Callable[[Any], T], token: str | None
) -> Flow[Page[T]]:
    """Fetch the page at ``token`` (None = the first) and read it."""
    response = yield from call(make_call(token))
    return read_page(response, parse)


@attrs.define
class _Cursor(Generic[T]):
    """Where an iteration stands: the next token, tokens seen, items still wanted (no I/O)."""

    make_call: Callable[[str | None], Call]
    parse: Callable[[Any], T]
    token: str | None
    remaining: int | None
    started: bool = False
    finished: bool = False
    seen: set[str] = attrs.field(factory=set)

    def next_flow(self) -> Flow[Page[T]] | None:
        """The flow fetching the next page, or None when the iteration is over."""
        if self.finished or self.remaining == 0:
            return None
        self.started = True
        return page_flow(self.make_call, self.parse, self.token)

    def accept(self, page: Page[T]) -> tuple[T, ...]:
        """Record a fetched page; the items to hand out."""
        items = page.items
        if self.remaining is not None:
            items = items[: self.remaining]
            self.remaining -= len(items)
        if not page.has_more:
            self.finished = True
        elif page.next_token is None:
            logger.warning("a list page says has_more but gives no next_token: stopping here")
            self.finished = True
        elif page.next_token in self.seen or page.next_token == self.token:
            raise ResponseValidationError(
                f"the server returned the page token {page.next_token!r} twice; stopping to avoid a loop"
            )
        else:
            if self.token is not None:
                self.seen.add(self.token)
            self.token = page.next_token
        return items


def _check_max_items(max_items: object) -> int | None:
    if max_items is None:
        return None
    if isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0:
        raise InputValidationError("max_items", "must be an integer >= 0 or None", value=max_items)
    return max_items


def list_params(
    limit: object, token: object, max_items: object, *, maximum: int = PAGE_LIMIT_MAX
) -> tuple[int, str | None, int | None]:
    """Checked common arguments of every v3 list: ``limit`` (1 to ``maximum``), ``token``, ``max_items``.

    ``maximum`` is the endpoint's own page-size cap (50 for avatars, 100 for videos and voices).
    """
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise InputValidationError("limit", f"expected an integer, got {type(limit).__name__}", value=limit)
    if not 1 <= limit <= maximum:
        raise InputValidationError("limit", f"must be between 1 and {maximum}, got {limit}", value=limit)
    checked_limit = limit
    if token is not None:
        check.check_text("token", token, max_chars=check.MAX_QUERY_CHARS)
    return checked_limit, cast("str | None", token), _check_max_items(max_items)


class _PagerBase(Generic[T]):
    def __init__(
        self,
        client: Any,
        make_call: Callable[[str | None], Call],
        parse: Callable[[Any], T],
        *,
        token: str | None = None,
        max_items: int | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self._client = client
        if options:
            check_options(options)
        self._options = options
        self._make_call = make_call
        self._parse = parse
        self._token = token
        self._max_items = _check_max_items(max_items)

    def _cursor(self) -> _Cursor[T]:
        return _Cursor(self._make_call, self._parse, self._token, self._max_items)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(first_token={self._token!r}, max_items={self._max_items!r})"


class Pager(_PagerBase[T]):
    """Every item of a v3 list, fetched page by page as you iterate (blocking face)."""

    _client: HeyGen

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page.items

    def pages(self) -> Iterator[Page[T]]:
        """The pages themselves (``items``, ``has_more``, ``next_token``), fetched as you iterate."""
        cursor = self._cursor()
        while (flow := cursor.next_flow()) is not None:
            page = self._client._run(flow, self._options)
            yield attrs.evolve(page, items=cursor.accept(page))

    def first_page(self) -> Page[T]:
        """One request: the first page. Keep ``next_token`` to continue later (``token=`` argument)."""
        return self._client._run(page_flow(self._make_call, self._parse, self._token), self._options)

    def to_list(self) -> Sequence[T]:
        """Every item, as a list (fetches every page)."""
        return [*self]


class AsyncPager(_PagerBase[T]):
    """Every item of a v3 list, fetched page by page as you iterate (``async for``)."""

    _client: AsyncHeyGen

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def _items(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page[T]]:
        """The pages themselves, fetched as you iterate: ``async for page in pager.pages(): page.items``."""
        cursor = self._cursor()
        while (flow := cursor.next_flow()) is not None:
            page = await self._client._run(flow, self._options)
            yield attrs.evolve(page, items=cursor.accept(page))

    async def first_page(self) -> Page[T]:
        """One request: the first page, ``await pager.first_page()``; its ``next_token`` continues later."""
        return await self._client._run(page_flow(self._make_call, self._parse, self._token), self._options)

    async def to_list(self) -> Sequence[T]:
        """Every item, as a list (fetches every page): ``looks = await pager.to_list()``."""
        return [item async for item in self]
