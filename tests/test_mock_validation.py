"""Auth and request validation: 401 / 400 / 404 / 405 in the envelope of each API generation."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from heygen_avatars.mock import MockHeyGen


@pytest.fixture
def bare(heygen_mock: MockHeyGen) -> Iterator[httpx.Client]:
    """A client that sends no key unless a test adds one."""
    with httpx.Client(transport=heygen_mock.transport(), base_url="https://api.heygen.com") as client:
        yield client


@pytest.mark.parametrize("path", ["/v2/avatar_group.list", "/v3/voices"])
@pytest.mark.parametrize("headers", [{}, {"x-api-key": "wrong"}, {"x-api-key": ""}])
def test_missing_or_wrong_key_is_401(bare: httpx.Client, path: str, headers: dict[str, str]) -> None:
    response = bare.get(path, headers=headers)
    assert response.status_code == 401
    error = response.json()["error"]
    if path.startswith("/v3"):
        assert error["code"] == "authentication_failed" and set(error) == {
            "code",
            "message",
            "param",
            "doc_url",
        }
    else:
        assert error["code"] == "unauthorized" and response.json()["data"] is None


@pytest.mark.parametrize("name", ["x-api-key", "X-Api-Key", "X-API-KEY"])
def test_key_header_name_is_case_insensitive(bare: httpx.Client, heygen_mock: MockHeyGen, name: str) -> None:
    assert bare.get("/v2/avatar_group.list", headers={name: heygen_mock.api_key}).status_code == 200


def test_bearer_token_works_for_v3_only(bare: httpx.Client, heygen_mock: MockHeyGen) -> None:
    bearer = {"Authorization": f"Bearer {heygen_mock.api_key}"}
    assert bare.get("/v3/voices", headers=bearer).status_code == 200
    assert bare.get("/v2/avatar_group.list", headers=bearer).status_code == 401
    assert bare.get("/v3/voices", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_the_key_never_reaches_the_journal_or_errors(bare: httpx.Client, heygen_mock: MockHeyGen) -> None:
    mock = MockHeyGen(api_key="sk-SECRET-123")
    with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com") as client:
        client.get("/v3/voices", headers={"x-api-key": "sk-SECRET-123"})
        wrong = client.get("/v3/voices", headers={"x-api-key": "sk-SECRET-12"})
    assert "SECRET" not in wrong.text
    assert "SECRET" not in repr(mock) and "SECRET" not in repr(mock.journal.entries)


def test_v2_body_validation_names_the_field(bare: httpx.Client, heygen_mock: MockHeyGen) -> None:
    response = bare.post(
        "/v2/photo_avatar/photo/generate",
        headers={"x-api-key": heygen_mock.api_key},
        json={
            "name": "x",
            "age": "Teen",
            "ethnicity": "White",
            "orientation": "square",
            "pose": "close_up",
            "style": "Noir",
            "appearance": "a person",
        },
    )
    assert response.status_code == 400
    body = response.json()
    assert body["data"] is None and body["error"]["code"] == "invalid_parameter"
    assert "body.age" in body["error"]["message"] and "Young Adult" in body["error"]["message"]
    assert "body.gender" in body["error"]["message"]  # required fields are named


def test_v3_body_validation_reports_param(bare: httpx.Client, heygen_mock: MockHeyGen) -> None:
    response = bare.post(
        "/v3/avatars", headers={"x-api-key": heygen_mock.api_key}, json={"type": "photo", "name": "x"}
    )
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_parameter" and error["doc_url"] is None and error["message"]


def test_query_parameters_are_typed_and_checked(bare: httpx.Client, heygen_mock: MockHeyGen) -> None:
    key = {"x-api-key": heygen_mock.api_key}
    too_big = bare.get("/v3/avatars/looks", params={"limit": 51}, headers=key)
    assert too_big.status_code == 400 and too_big.json()["error"]["param"] == "limit"
    not_int = bare.get("/v3/avatars/looks", params={"limit": "ten"}, headers=key)
    assert not_int.status_code == 400 and not_int.json()["error"]["param"] == "limit"
    bad_enum = bare.get("/v3/avatars", params={"ownership": "mine"}, headers=key)
    assert bad_enum.status_code == 400 and "ownership" in bad_enum.json()["error"]["message"]
    boolean = bare.get("/v2/avatar_group.list", params={"include_public": "maybe"}, headers=key)
    assert boolean.status_code == 400
    assert (
        bare.get("/v2/avatar_group.list", params={"include_public": "true"}, headers=key).status_code == 200
    )


def test_json_body_problems(bare: httpx.Client, heygen_mock: MockHeyGen) -> None:
    key = {"x-api-key": heygen_mock.api_key}
    not_json = bare.post("/v3/avatars", content=b"{nope", headers={**key, "content-type": "application/json"})
    assert not_json.status_code == 400 and "not valid JSON" in not_json.json()["error"]["message"]
    wrong_type = bare.post("/v3/avatars", content=b"{}", headers={**key, "content-type": "text/plain"})
    assert wrong_type.status_code == 400 and "application/json" in wrong_type.json()["error"]["message"]
    empty = bare.post("/v2/photo_avatar/train", headers=key)
    assert empty.status_code == 400 and empty.json()["data"] is None


def test_v1_upload_errors_use_the_v1_envelope(heygen_mock: MockHeyGen) -> None:
    with httpx.Client(transport=heygen_mock.transport(), base_url="https://upload.heygen.com") as upload:
        unauthorized = upload.post("/v1/asset", content=b"\x89PNG", headers={"content-type": "image/png"})
        empty = upload.post(
            "/v1/asset", content=b"", headers={"content-type": "image/png", "x-api-key": heygen_mock.api_key}
        )
    assert unauthorized.status_code == 401 and unauthorized.json()["code"] == 401
    assert empty.status_code == 400 and empty.json() == {
        "code": 400,
        "data": None,
        "message": "The request body (the file bytes) is empty.",
        "msg": None,
    }


def test_unknown_ids_paths_and_methods(bare: httpx.Client, heygen_mock: MockHeyGen) -> None:
    key = {"x-api-key": heygen_mock.api_key}
    look = bare.get("/v3/avatars/looks/ghost", headers=key)
    assert look.status_code == 404 and look.json()["error"] == {
        "code": "not_found",
        "message": "Avatar look not found.",
        "param": None,
        "doc_url": None,
    }
    assert bare.get("/v2/photo_avatar/train/status/ghost", headers=key).status_code == 404
    route = bare.get("/v3/nothing/here", headers=key)
    assert route.status_code == 404 and "param" in route.json()["error"]
    method = bare.put("/v3/voices", headers=key)
    assert method.status_code == 405 and method.headers["allow"] == "GET"


def test_every_spec_operation_has_a_handler(heygen_mock: MockHeyGen) -> None:
    in_spec = [op for op in heygen_mock.operations if op.in_spec]
    assert len(in_spec) == 42
    assert all(heygen_mock._routes_by_op.get(op) is not None for op in in_spec)


def test_journal_records_operations_and_can_be_bounded() -> None:
    mock = MockHeyGen(journal_limit=3)
    with httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    ) as client:
        for _ in range(5):
            client.get("/v3/voices")
        client.get("/v3/avatars/looks/ghost")
    assert [entry.seq for entry in mock.journal] == [4, 5, 6]
    last = mock.journal.entries[-1]
    assert (last.operation, last.status, last.error_code) == ("getAvatarLook", 404, "not_found")
    assert len(mock.journal.for_operation("listVoicesV3")) == 2
    with pytest.raises(ValueError, match="limit"):
        MockHeyGen(journal_limit=0)
