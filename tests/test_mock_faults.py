"""Fault injection: every fault kind, queues with accounting, probabilities, Nth poll, concurrency cap."""

from __future__ import annotations

import email.utils
import json

import httpx
import pytest
from heygen_avatars.mock import Fault, MockHeyGen

PHOTO = {"type": "photo", "name": "Sarah", "file": {"type": "url", "url": "https://example.com/sarah.png"}}
CREATE = "createAvatar"


def private_looks(mock: MockHeyGen) -> int:
    return sum(1 for look in mock.state.avatar_looks.values() if not look.public)


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_in_the_api_envelope(api: httpx.Client, heygen_mock: MockHeyGen, status: int) -> None:
    heygen_mock.faults.push("listVoicesV3", Fault.status(status))
    response = api.get("/v3/voices")
    assert response.status_code == status
    assert set(response.json()["error"]) == {"code", "message", "param", "doc_url"}
    assert api.get("/v3/voices").status_code == 200  # consumed once


def test_v2_server_error_uses_the_v2_envelope(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push("GET /v2/avatar_group.list", Fault.status(503, retry_after=2))
    response = api.get("/v2/avatar_group.list")
    assert response.status_code == 503 and response.headers["retry-after"] == "2"
    assert response.json()["data"] is None and response.json()["error"]["code"] == "service_unavailable"


@pytest.mark.parametrize("seconds", [0, 7])
def test_rate_limited_with_retry_after_in_seconds(
    api: httpx.Client, heygen_mock: MockHeyGen, seconds: int
) -> None:
    heygen_mock.faults.push("*", Fault.rate_limited(retry_after=seconds))
    response = api.get("/v3/voices")
    assert response.status_code == 429 and response.headers["retry-after"] == str(seconds)
    assert response.json()["error"]["code"] == "rate_limit_exceeded"


def test_rate_limited_with_retry_after_as_http_date(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.advance(100)
    heygen_mock.faults.push("*", Fault.rate_limited(retry_after=30, http_date=True))
    response = api.get("/v3/voices")
    when = email.utils.parsedate_to_datetime(response.headers["retry-after"]).timestamp()
    assert response.status_code == 429
    assert when == heygen_mock.backend.epoch() + 30


def test_latency_passes_in_virtual_time(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push(
        "*",
        Fault.latency(2.5),
        Fault.latency(1, distribution="uniform", upper=3),
        Fault.latency(1, distribution="lognormal", sigma=3, upper=4),
    )
    before = heygen_mock.clock.monotonic()
    assert api.get("/v3/voices").status_code == 200
    assert heygen_mock.clock.monotonic() - before == 2.5
    api.get("/v3/voices")
    assert 3.5 <= heygen_mock.clock.monotonic() - before <= 5.5
    api.get("/v3/voices")
    assert heygen_mock.clock.monotonic() - before <= 9.5  # lognormal capped at 4


def test_drop_raises_connect_error_and_the_server_did_not_act(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    heygen_mock.faults.push(CREATE, Fault.drop())
    with pytest.raises(httpx.ConnectError):
        api.post("/v3/avatars", json=PHOTO)
    assert private_looks(heygen_mock) == 0
    assert heygen_mock.journal.entries[-1].faults == ["drop"]


def test_reset_before_and_after_handling(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push(CREATE, Fault.reset(), Fault.reset(after_handling=True))
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/v3/avatars", json=PHOTO)
    assert private_looks(heygen_mock) == 0
    with pytest.raises(httpx.RemoteProtocolError):
        api.post("/v3/avatars", json=PHOTO)
    assert private_looks(heygen_mock) == 1


def test_create_succeeds_on_the_server_but_the_response_never_arrives(
    api: httpx.Client, heygen_mock: MockHeyGen
) -> None:
    heygen_mock.faults.push(CREATE, Fault.timeout(seconds=30))
    with pytest.raises(httpx.ReadTimeout):
        api.post("/v3/avatars", json=PHOTO)
    assert private_looks(heygen_mock) == 1  # a duplicate would be created by a blind retry
    assert heygen_mock.clock.monotonic() == 30  # the client waited on the virtual clock
    entry = heygen_mock.journal.entries[-1]
    assert entry.status == 200 and entry.faults == ["timeout"] and len(entry.created_ids) == 2


@pytest.mark.anyio
async def test_async_clients_see_the_same_exceptions(heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push("*", Fault.drop(), Fault.reset(), Fault.timeout(), Fault.latency(4))
    async with httpx.AsyncClient(
        transport=heygen_mock.transport(),
        base_url="https://api.heygen.com",
        headers={"x-api-key": heygen_mock.api_key},
    ) as client:
        for expected in (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadTimeout):
            with pytest.raises(expected):
                await client.get("/v3/voices")
        before = heygen_mock.clock.monotonic()
        assert (await client.get("/v3/voices")).status_code == 200
        assert heygen_mock.clock.monotonic() - before == 4


def test_truncated_and_malformed_json(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push("*", Fault.truncated_json(), Fault.malformed_json())
    truncated = api.get("/v3/voices")
    assert truncated.status_code == 200 and truncated.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        truncated.json()
    malformed = api.get("/v3/voices")
    with pytest.raises(json.JSONDecodeError):
        malformed.json()


def test_html_error_page_and_empty_body(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push("*", Fault.html_error(), Fault.empty_body())
    page = api.get("/v3/voices")
    assert page.status_code == 502 and page.headers["content-type"].startswith("text/html")
    assert "<html>" in page.text
    empty = api.get("/v3/voices")
    assert empty.status_code == 200 and empty.content == b""


def test_http_200_carrying_an_error_envelope(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push(
        "*", Fault.error_envelope_200("internal_error", "Something broke"), Fault.error_envelope_200()
    )
    v2 = api.get("/v2/avatar_group.list")
    assert v2.status_code == 200 and v2.json() == {
        "error": {"code": "internal_error", "message": "Something broke"},
        "data": None,
    }
    v3 = api.get("/v3/voices")
    assert v3.status_code == 200 and v3.json()["error"]["code"] == "internal_error"


def test_fault_on_the_nth_status_poll_of_a_job(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    look = api.post("/v3/avatars", json=PHOTO).json()["data"]["avatar_item"]["id"]
    heygen_mock.faults.on_poll(look, 3, Fault.status(503))
    statuses = [api.get(f"/v3/avatars/looks/{look}").status_code for _ in range(5)]
    assert statuses == [200, 200, 503, 200, 200]
    assert heygen_mock.faults.fired[-1].source == f"poll #3 of {look}"


def test_queue_order_and_accounting(api: httpx.Client, heygen_mock: MockHeyGen) -> None:
    heygen_mock.faults.push("listVoicesV3", Fault.status(500), Fault.status(502), Fault.status(504))
    assert [api.get("/v3/voices").status_code for _ in range(2)] == [500, 502]
    pending = heygen_mock.faults.pending()
    assert pending == {"listVoicesV3": [Fault.status(504)]}  # never reached
    assert [f.fault.status_code for f in heygen_mock.faults.fired] == [500, 502]
    assert [e.faults for e in heygen_mock.journal.for_operation("listVoicesV3")] == [["status"], ["status"]]


def test_probability_is_seeded_and_reproducible() -> None:
    def run(seed: int) -> list[int]:
        mock = MockHeyGen(seed=seed)
        mock.faults.set_probability("*", Fault.status(503), 0.3)
        with httpx.Client(
            transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
        ) as client:
            return [client.get("/v3/voices").status_code for _ in range(40)]

    first = run(1)
    assert first == run(1)
    assert 3 <= first.count(503) <= 25 and first != run(2)


def test_per_request_header_fault(api: httpx.Client) -> None:
    assert api.get("/v3/voices", headers={"x-mock-fault": "status:504"}).status_code == 504
    limited = api.get("/v3/voices", headers={"x-mock-fault": '{"kind": "rate_limited", "retry_after": 3}'})
    assert limited.status_code == 429 and limited.headers["retry-after"] == "3"


def test_concurrency_cap_answers_429_with_retry_after(heygen_mock: MockHeyGen) -> None:
    mock = MockHeyGen(max_concurrent_jobs=2)
    mock.set_durations(avatar=(60,))
    with httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    ) as client:
        assert client.post("/v3/avatars", json=PHOTO).status_code == 200
        mock.advance(20)
        assert client.post("/v3/avatars", json=PHOTO).status_code == 200
        refused = client.post("/v3/avatars", json=PHOTO)
        assert refused.status_code == 429 and refused.json()["error"]["code"] == "rate_limit_exceeded"
        assert refused.headers["retry-after"] == "40"  # when the first job finishes
        assert client.get("/v3/voices").status_code == 200  # reads are not capped
        mock.advance(40)
        assert client.post("/v3/avatars", json=PHOTO).status_code == 200


def test_waiting_digital_twins_do_not_hold_a_slot() -> None:
    mock = MockHeyGen(max_concurrent_jobs=1)
    twin = {"type": "digital_twin", "name": "T", "file": {"type": "url", "url": "https://example.com/a.mp4"}}
    with httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    ) as client:
        assert client.post("/v3/avatars", json=twin).status_code == 200
        assert client.post("/v3/avatars", json=PHOTO).status_code == 200


def test_bad_fault_configuration_is_refused_when_set(heygen_mock: MockHeyGen) -> None:
    with pytest.raises(ValueError, match="unknown operation 'createAvatr'"):
        heygen_mock.faults.push("createAvatr", Fault.drop())
    with pytest.raises(ValueError, match="unknown fault kind 'explode'"):
        Fault.from_dict({"kind": "explode"})
    with pytest.raises(ValueError, match="bad arguments"):
        Fault.from_dict({"kind": "status", "colour": "red"})
    with pytest.raises(ValueError, match="status_code"):
        Fault.status(200)
    with pytest.raises(ValueError, match="probability"):
        heygen_mock.faults.set_probability("*", Fault.drop(), 1.5)
    with pytest.raises(ValueError, match="nth"):
        heygen_mock.faults.on_poll("x", 0, Fault.drop())


def test_fault_round_trips_through_dict_and_header_text() -> None:
    for fault in (
        Fault.status(502, code="x"),
        Fault.rate_limited(0, http_date=True),
        Fault.timeout(5),
        Fault.latency(1, distribution="uniform", upper=2),
        Fault.reset(after_handling=True),
    ):
        assert Fault.from_dict(fault.to_dict()) == fault
    assert Fault.parse("rate_limited_date:5") == Fault.rate_limited(5, http_date=True)
    assert Fault.parse("reset:after") == Fault.reset(after_handling=True)
    assert Fault.parse("drop") == Fault.drop()


def test_a_bad_fault_header_is_a_clear_400(api: httpx.Client) -> None:
    response = api.get("/v3/voices", headers={"x-mock-fault": "explode"})
    assert response.status_code == 400
    assert (
        response.json()["error"]["code"] == "invalid_mock_fault"
        and "explode" in response.json()["error"]["message"]
    )


def test_deleting_a_resource_frees_its_concurrency_slot() -> None:
    mock = MockHeyGen(max_concurrent_jobs=1)
    with httpx.Client(
        transport=mock.transport(), base_url="https://api.heygen.com", headers={"x-api-key": mock.api_key}
    ) as client:
        look = client.post("/v3/avatars", json=PHOTO).json()["data"]["avatar_item"]["id"]
        assert client.post("/v3/avatars", json=PHOTO).status_code == 429
        assert client.delete(f"/v3/avatars/looks/{look}").status_code == 200
        assert client.post("/v3/avatars", json=PHOTO).status_code == 200
