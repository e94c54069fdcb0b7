"""Auto-paging (`Pager` / `AsyncPager`): one cursor logic for both faces, on a scripted transport."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from conftest import make_client, resolve
from heygen_avatars import AsyncHeyGen, AsyncPager, NotFoundError, Page, Pager, ResponseValidationError
from heygen_avatars._core.call import Call
from heygen_avatars._core.config import Op
from heygen_avatars._core.responses import Api

pytestmark = pytest.mark.anyio


class Server:
    """Serves `pages` (lists of items) at tokens "t1", "t2", ...; records every request's token."""

    def __init__(
        self, pages: list[list[int]], *, last_has_more: bool = False, tokens: list[str] | None = None
    ):
        self.pages = pages
        self.last_has_more = last_has_more
        self.tokens = tokens or [f"t{i}" for i in range(1, len(pages))]
        self.seen: list[str | None] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("token")
        self.seen.append(token)
        index = 0 if token is None else self.tokens.index(token) + 1
        last = index == len(self.pages) - 1
        body = {
            "data": self.pages[index],
            "has_more": self.last_has_more if last else True,
            "next_token": None if last else self.tokens[index],
        }
        return httpx.Response(200, json=body)


def pager(client: Any, **kwargs: Any) -> Any:
    def make(token: str | None) -> Call:
        return Call.raw("GET", "/v3/things", op=Op.READ, api=Api.V3, params={"limit": 2, "token": token})

    cls = AsyncPager if isinstance(client, AsyncHeyGen) else Pager
    return cls(client, make, lambda raw: int(raw) * 10, **kwargs)


async def items(p: Any) -> list[Any]:
    if isinstance(p, AsyncPager):
        return [x async for x in p]
    return list(p)


async def pages(p: Any) -> list[Page[Any]]:
    if isinstance(p, AsyncPager):
        return [x async for x in p.pages()]
    return list(p.pages())


async def test_every_item_of_every_page(face: str) -> None:
    server = Server([[1, 2], [3, 4], [5]])
    client = make_client(face, server)
    assert await items(pager(client)) == [10, 20, 30, 40, 50]
    assert server.seen == [None, "t1", "t2"]


async def test_pages_carry_their_metadata_and_iteration_restarts(face: str) -> None:
    server = Server([[1, 2], [3]])
    client = make_client(face, server)
    p = pager(client)
    got = await pages(p)
    assert [(pg.items, pg.has_more, pg.next_token) for pg in got] == [
        ((10, 20), True, "t1"),
        ((30,), False, None),
    ]
    assert len(got[0]) == 2 and list(got[0]) == [10, 20]
    assert await resolve(p.to_list()) == [10, 20, 30]
    assert server.seen == [None, "t1", None, "t1"]


async def test_max_items_stops_without_an_extra_request(face: str) -> None:
    server = Server([[1, 2], [3, 4], [5]])
    client = make_client(face, server)
    assert await items(pager(client, max_items=3)) == [10, 20, 30]
    assert server.seen == [None, "t1"]
    server.seen.clear()
    assert await items(pager(client, max_items=0)) == []
    assert server.seen == []


async def test_first_page_and_a_starting_token(face: str) -> None:
    server = Server([[1, 2], [3, 4], [5]])
    client = make_client(face, server)
    first = await resolve(pager(client).first_page())
    assert first.items == (10, 20) and first.next_token == "t1"
    assert await items(pager(client, token=first.next_token)) == [30, 40, 50]
    assert server.seen == [None, "t1", "t2"]


async def test_has_more_without_a_token_ends_with_a_warning(
    face: str, caplog: pytest.LogCaptureFixture
) -> None:
    server = Server([[1], [2]], last_has_more=True)
    client = make_client(face, server)
    with caplog.at_level(logging.WARNING):
        assert await items(pager(client)) == [10, 20]
    assert "has_more but gives no next_token" in caplog.text
    assert len(server.seen) == 2


async def test_a_repeated_token_raises_instead_of_looping(face: str) -> None:
    server = Server([[1], [2], [3]], tokens=["same", "same"])

    def handler(request: httpx.Request) -> httpx.Response:
        if len(server.seen) > 5:
            raise AssertionError("looped")
        server.seen.append(request.url.params.get("token"))
        return httpx.Response(200, json={"data": [1], "has_more": True, "next_token": "same"})

    client = make_client(face, handler)
    with pytest.raises(ResponseValidationError, match="twice"):
        await items(pager(client))
    assert server.seen == [None, "same"]


async def test_a_page_that_is_not_a_list_is_refused(face: str) -> None:
    client = make_client(face, lambda request: httpx.Response(200, json={"data": {"id": 1}}))
    with pytest.raises(ResponseValidationError, match="expected a list"):
        await items(pager(client))


async def test_an_error_on_a_later_page_propagates(face: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("token"):
            return httpx.Response(404, json={"error": {"code": "not_found", "message": "gone"}})
        return httpx.Response(200, json={"data": [1], "has_more": True, "next_token": "t1"})

    client = make_client(face, handler)
    got: list[Any] = []
    with pytest.raises(NotFoundError):
        if isinstance(client, AsyncHeyGen):
            async for item in pager(client):
                got.append(item)
        else:
            for item in pager(client):
                got.append(item)
    assert got == [10]  # items of the pages already fetched were handed out


async def test_a_pager_does_nothing_until_iterated(face: str) -> None:
    server = Server([[1]])
    p = pager(make_client(face, server))
    assert server.seen == [] and "Pager" in repr(p)
