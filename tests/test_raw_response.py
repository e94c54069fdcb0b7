"""``client.<resource>.with_raw_response.<method>(...)``: the HTTP response behind a call (status, headers,
request id), and the parsed result on demand, on both faces, against the in-process mock."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import resolve
from heygen_avatars import AvatarLook, HeyGen, NotFoundError, Page, RawResponse
from heygen_avatars.mock import MockHeyGen
from test_files import png

pytestmark = pytest.mark.anyio


@pytest.fixture
def mock() -> MockHeyGen:
    return MockHeyGen(seed=3)


async def new_look(client: Any) -> AvatarLook:
    new = await resolve(client.avatars.create_from_photo(name="Sarah", photo=png(512, 512, real=True)))
    look: AvatarLook = await resolve(new.job.result())
    return look


async def test_a_read_gives_status_headers_request_id_and_the_model(client: Any) -> None:
    look = await new_look(client)
    raw = await resolve(client.avatars.with_raw_response.get_look(look.id))
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200 and raw.method == "GET" and raw.url.endswith(f"/v3/avatars/looks/{look.id}")
    assert raw.request_id and raw.request_id == raw.headers["x-request-id"]
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.body["data"]["id"] == look.id
    parsed = raw.parse()
    assert isinstance(parsed, AvatarLook) and parsed == await resolve(client.avatars.get_look(look.id))


async def test_a_create_that_uploads_first_keeps_every_response_and_shows_the_create(client: Any) -> None:
    raw = await resolve(
        client.avatars.with_raw_response.create_from_photo(name="Sarah", photo=png(512, 512, real=True))
    )
    upload, create = raw.responses
    assert upload.url.endswith("/v3/assets") and create.url.endswith("/v3/avatars")
    assert raw.http is create and raw.status_code == 200
    new = raw.parse()
    assert new.look_id == raw.body["data"]["avatar_item"]["id"] and new.uploaded[0].id


async def test_a_list_gives_its_first_page(client: Any) -> None:
    await new_look(client)
    raw = await resolve(client.avatars.with_raw_response.list_looks(limit=1))
    page = raw.parse()
    assert isinstance(page, Page) and len(page) == 1
    assert raw.url.endswith("/v3/avatars/looks?limit=1") and raw.status_code == 200


async def test_a_call_with_no_body_to_return_still_has_its_response(client: Any) -> None:
    look = await new_look(client)
    raw = await resolve(client.avatars.with_raw_response.delete_look(look.id))
    assert raw.parse() is None and raw.method == "DELETE" and raw.status_code == 200


async def test_errors_raise_as_usual(client: Any) -> None:
    with pytest.raises(NotFoundError) as caught:
        await resolve(client.avatars.with_raw_response.get_look("no-such-look"))
    assert caught.value.request_id  # errors carry the same header


async def test_per_call_options_pass_through(client: Any, mock: MockHeyGen) -> None:
    look = await new_look(client)
    headers: list[dict[str, str]] = []
    mock.response_hooks.append(lambda request, operation, response: headers.append(request.headers))
    raw = await resolve(client.avatars.with_raw_response.get_look(look.id, extra_headers={"x-trace": "t"}))
    assert raw.parse().id == look.id
    assert headers[-1]["x-trace"] == "t"


async def test_every_resource_has_raw_forms_of_its_request_methods(client: Any) -> None:
    for namespace in ("photo_avatars", "avatars", "assets", "videos", "voices", "users"):
        resource = getattr(client, namespace)
        raw = resource.with_raw_response
        for name in vars(raw):
            assert callable(getattr(raw, name)) and callable(getattr(resource, name)), (namespace, name)
        assert vars(raw), namespace


def test_the_plain_call_is_unaffected_after_a_raw_one(mock: MockHeyGen) -> None:
    client = HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock)
    client.voices.with_raw_response.list(limit=1)
    assert len(list(client.voices.list(max_items=3))) == 3  # nothing left collecting responses


def test_the_repr_shows_no_body_or_headers(mock: MockHeyGen) -> None:
    client = HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock)
    raw = client.voices.with_raw_response.list(limit=1)
    assert repr(raw).startswith("RawResponse(status_code=200, method='GET'") and mock.api_key not in repr(raw)
