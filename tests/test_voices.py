"""`client.voices.list` against the mock, sync and async."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import collect, resolve
from heygen_avatars import InputValidationError, Voice
from heygen_avatars.mock import MockHeyGen

pytestmark = pytest.mark.anyio


async def test_every_public_voice_page_by_page(client: Any, mock: MockHeyGen) -> None:
    voices = await collect(client.voices.list(limit=1))
    assert len(voices) == len(mock.state.voices) == 4
    assert all(isinstance(v, Voice) and v.id and v.name for v in voices)
    assert {v.id for v in voices} == set(mock.state.voices)
    assert len(mock.journal.for_operation("listVoicesV3")) == 4


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"language": "English"}, {"Sara", "Paul"}),
        ({"gender": "female"}, {"Sara", "Lea"}),
        ({"language": "French", "gender": "female"}, {"Lea"}),
        ({"type": "private"}, set()),
        ({"engine": "starfish", "language": "English"}, {"Sara", "Paul"}),
    ],
)
async def test_filters_are_sent_to_heygen(
    client: Any, mock: MockHeyGen, filters: dict[str, Any], expected: set[str]
) -> None:
    voices = await collect(client.voices.list(**filters))
    assert {v.name for v in voices} == expected
    query = mock.journal.entries[-1].query
    assert all(f"{key}={value}" in query for key, value in filters.items())


async def test_max_items_and_first_page(client: Any, mock: MockHeyGen) -> None:
    assert len(await collect(client.voices.list(limit=100, max_items=3))) == 3
    pager = client.voices.list(limit=2)
    page = await resolve(pager.first_page())
    assert len(page.items) == 2 and page.has_more and page.next_token
    rest = await collect(client.voices.list(limit=2, token=page.next_token))
    assert {v.id for v in rest}.isdisjoint(v.id for v in page.items)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"type": "all"}, "type"),
        ({"limit": 101}, "limit"),
        ({"limit": 0}, "limit"),
        ({"language": ""}, "language"),
        ({"gender": 1}, "gender"),
        ({"max_items": 1.5}, "max_items"),
    ],
)
async def test_bad_filters_are_refused_before_any_request(
    client: Any, mock: MockHeyGen, kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(InputValidationError) as caught:
        client.voices.list(**kwargs)
    assert caught.value.field == field
    assert len(mock.journal) == 0
