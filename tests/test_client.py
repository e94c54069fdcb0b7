"""Clients: configuration from arguments and environment, lifecycle, copies, repr."""

from __future__ import annotations

from collections.abc import Callable

import heygen_avatars
import httpx
import pytest
from conftest import API_KEY, make_client, resolve
from heygen_avatars import AsyncHeyGen, ClientClosedError, HeyGen, MissingAPIKeyError, Timeouts, errors
from heygen_avatars._core.call import Call, call
from heygen_avatars._core.config import Op
from heygen_avatars._core.responses import Api

pytestmark = pytest.mark.anyio


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": {"url": str(request.url)}})


def recorder() -> tuple[Callable[[httpx.Request], httpx.Response], list[httpx.Request]]:
    """A handler answering `ok`, and the requests it has seen."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return ok(request)

    return handler, seen


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HEYGEN_API_KEY", "HEYGEN_API_BASE", "HEYGEN_BASE_URL", "HEYGEN_UPLOAD_BASE"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("cls", [HeyGen, AsyncHeyGen])
def test_missing_key_fails_at_construction_naming_the_variable(cls: type) -> None:
    with pytest.raises(MissingAPIKeyError) as info:
        cls()
    assert "HEYGEN_API_KEY" in str(info.value) and "api_key" in str(info.value)
    with pytest.raises(MissingAPIKeyError):
        cls(api_key="   ")


@pytest.mark.parametrize("cls", [HeyGen, AsyncHeyGen])
def test_environment_is_read_at_construction_not_import(cls: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYGEN_API_KEY", "env-key")
    monkeypatch.setenv("HEYGEN_API_BASE", "http://127.0.0.1:8080/")
    monkeypatch.setenv("HEYGEN_UPLOAD_BASE", "http://127.0.0.1:8081")
    client = cls()
    assert client._config.api_key == "env-key"
    assert client.base_url == "http://127.0.0.1:8080"
    assert client.upload_base_url == "http://127.0.0.1:8081"
    assert cls(api_key="arg-key", base_url="https://other.test")._config.api_key == "arg-key"


@pytest.mark.parametrize("cls", [HeyGen, AsyncHeyGen])
def test_defaults(cls: type) -> None:
    client = cls(api_key="k")
    assert client.base_url == "https://api.heygen.com"
    assert client.upload_base_url == "https://upload.heygen.com"
    assert client.timeout == Timeouts(read=30, write=120, upload=600, connect=10)
    assert client.max_retries == 2


def test_base_url_alias_and_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEYGEN_BASE_URL", "https://alias.test")
    assert HeyGen(api_key="k").base_url == "https://alias.test"
    with pytest.raises(errors.InputValidationError) as info:
        HeyGen(api_key="k", base_url="api.heygen.com")
    assert info.value.field == "base_url"
    with pytest.raises(errors.InputValidationError) as info2:
        HeyGen(api_key="k", max_retries=-1)
    assert info2.value.field == "max_retries"


@pytest.mark.parametrize("cls", [HeyGen, AsyncHeyGen])
def test_repr_hides_the_key(cls: type) -> None:
    client = cls(api_key=API_KEY)
    assert API_KEY not in repr(client) and "***" in repr(client)
    assert API_KEY not in repr(client._config)


def test_http_client_and_transport_are_exclusive() -> None:
    with pytest.raises(errors.InputValidationError):
        HeyGen(api_key="k", http_client=httpx.Client(), transport=httpx.MockTransport(ok))


async def get(client: object) -> object:
    return await resolve(client._run(call(Call.raw("GET", "/v3/voices", op=Op.READ, api=Api.V3))))  # type: ignore[attr-defined]


async def test_with_options_copies_share_the_pool_and_keep_settings(face: str) -> None:
    client = make_client(face, ok, max_retries=1)
    copy = client.with_options(max_retries=4, timeout=9)
    assert copy is not client and type(copy) is type(client)
    assert copy._pool is client._pool
    assert (client.max_retries, copy.max_retries) == (1, 4)
    assert (client.timeout.read, copy.timeout.read) == (30.0, 9.0)
    assert copy.jobs._client is copy and client.jobs._client is client
    assert copy.base_url == client.base_url
    await get(copy)


async def test_close_is_idempotent_and_closes_copies(face: str) -> None:
    client = make_client(face, ok)
    copy = client.with_options(max_retries=0)
    await get(client)
    if face == "sync":
        client.close()
        client.close()
    else:
        await client.aclose()
        await client.aclose()
    assert client.is_closed and copy.is_closed
    assert client._pool._http.is_closed
    with pytest.raises(ClientClosedError):
        await get(copy)


async def test_the_http_client_is_made_at_the_first_request_and_never_after_close(face: str) -> None:
    client = make_client(face, ok)
    assert client._pool._http is None  # building a client loads no httpx client (benchmarks/ row 1)
    copy = client.with_options(max_retries=0)
    await get(copy)
    made = client._pool._http
    assert made is not None
    await get(client)
    assert client._pool._http is made  # one pool for a client and its copies
    unused = make_client(face, ok)
    await resolve(unused.aclose() if face == "async" else unused.close())
    assert unused.is_closed and unused._pool._http is None
    with pytest.raises(ClientClosedError):
        await get(unused)


def test_namespaces_are_built_once_per_client_and_bound_to_it() -> None:
    client = HeyGen(api_key="k", transport=httpx.MockTransport(ok))
    assert "avatars" not in vars(client)
    avatars = client.avatars
    assert client.avatars is avatars and avatars._client is client
    copy = client.with_options(max_retries=0)
    assert copy.avatars is not avatars and copy.avatars._client is copy
    assert client.create_photo_avatar.__self__ is client
    assert HeyGen.avatars is not None  # the descriptor itself, from the class


def test_timeouts_are_immutable_values_checked_by_field() -> None:
    t = Timeouts(read=5)
    assert t == Timeouts(read=5.0, write=120, upload=600, connect=10) and hash(t) == hash(Timeouts(read=5))
    assert t != Timeouts(read=6) and t != (5, 120, 600, 10)
    assert repr(t) == "Timeouts(read=5, write=120.0, upload=600.0, connect=10.0)"
    with pytest.raises(AttributeError):
        t.read = 7  # type: ignore[misc]
    assert t.for_op(Op.READ) is t.for_op(Op.READ)  # built once
    assert (t.for_op(Op.READ).read, t.for_op(Op.UPLOAD).read, t.for_op(Op.CREATE).connect) == (5, 600, 10)
    for bad in (0, -1, float("nan"), float("inf"), True, "5"):
        with pytest.raises(errors.InputValidationError) as info:
            Timeouts(upload=bad)  # type: ignore[arg-type]
        assert info.value.field == "timeout.upload"


def test_sync_context_manager_closes() -> None:
    with HeyGen(api_key="k", transport=httpx.MockTransport(ok)) as client:
        assert not client.is_closed
    assert client.is_closed


async def test_async_context_manager_closes() -> None:
    async with AsyncHeyGen(api_key="k", transport=httpx.MockTransport(ok)) as client:
        await get(client)
    assert client.is_closed and client._pool._http.is_closed


def test_injected_http_client_is_used_and_left_open() -> None:
    http = httpx.Client(transport=httpx.MockTransport(ok))
    client = HeyGen(api_key="k", http_client=http)
    assert client._pool.http is http
    client.close()
    assert not http.is_closed
    http.close()


async def test_requests_name_the_sdk_whoever_made_the_http_client(face: str) -> None:
    agents: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        agents.append(request.headers["user-agent"])
        return ok(request)

    ours = make_client(face, record)
    injected_class = httpx.Client if face == "sync" else httpx.AsyncClient
    injected = injected_class(transport=httpx.MockTransport(record), headers={"user-agent": "their-app"})
    theirs = (HeyGen if face == "sync" else AsyncHeyGen)(api_key="k", http_client=injected)
    overridden = make_client(face, record, default_headers={"User-Agent": "my-app/2"})
    for client in (ours, theirs, overridden):
        await get(client)
    assert agents[0] == agents[1] == f"heygen-avatars-python/{heygen_avatars.__version__}"
    assert agents[2] == "my-app/2"


async def test_injected_async_http_client_is_used_and_left_open() -> None:
    http = httpx.AsyncClient(transport=httpx.MockTransport(ok))
    client = AsyncHeyGen(api_key="k", http_client=http)
    result = await get(client)
    assert result.data["url"] == "https://api.heygen.com/v3/voices"  # type: ignore[attr-defined]
    await client.aclose()
    assert not http.is_closed
    await http.aclose()


async def test_default_headers_are_sent_but_cannot_replace_the_key(face: str) -> None:
    handler, seen = recorder()
    client = make_client(face, handler, default_headers={"X-HeyGen-Source": "tests", "x-api-key": "other"})
    await get(client)
    assert seen[0].headers["x-heygen-source"] == "tests"
    assert seen[0].headers["x-api-key"] == API_KEY


async def test_a_copy_sends_its_own_default_headers_over_the_shared_pool(face: str) -> None:
    # The SDK's own httpx client carries the first client's headers as its defaults; a copy with other
    # headers must still send its own, and the first client keep sending its own.
    handler, seen = recorder()
    client = make_client(face, handler, default_headers={"X-Source": "app"})
    copy = client.with_options(default_headers={"x-source": "batch", "X-Extra": "1"})
    for each in (client, copy, client):
        await get(each)
    assert [r.headers.get_list("x-source") for r in seen] == [["app"], ["batch"], ["app"]]
    assert [r.headers.get("x-extra") for r in seen] == [None, "1", None]
    assert [r.headers.get_list("x-api-key") for r in seen] == [[API_KEY]] * 3


async def test_the_key_on_the_sdks_own_http_client_is_never_sent_with_a_download(face: str) -> None:
    # The SDK's own httpx client has the key as a default header; downloads go to other hosts
    handler, seen = recorder()
    client = make_client(face, handler)
    await get(client)
    await resolve(client.download("https://files.example.com/look.png"))
    assert seen[0].headers["x-api-key"] == API_KEY
    assert seen[1].url.host == "files.example.com" and "x-api-key" not in seen[1].headers


async def test_a_calls_own_headers_join_the_clients_but_never_replace_the_key(face: str) -> None:
    handler, seen = recorder()
    client = make_client(face, handler, default_headers={"X-Source": "app"})
    headers = {"X-Trace": "t1", "X-API-Key": "other"}
    await resolve(client._run(call(Call.raw("GET", "/v3/voices", op=Op.READ, api=Api.V3, headers=headers))))
    sent = seen[0].headers
    assert (sent["x-trace"], sent["x-source"], sent.get_list("x-api-key")) == ("t1", "app", [API_KEY])


@pytest.mark.parametrize("key", ["sk-a\tbc", "sk-ab c", "sk-ключ"])
def test_malformed_keys_are_refused_without_echoing_them(key: str) -> None:
    with pytest.raises(errors.InputValidationError) as info:
        HeyGen(api_key=key)
    assert info.value.field == "api_key" and key.strip() not in str(info.value)


async def test_an_api_redirect_to_another_host_never_carries_the_key(face: str) -> None:
    # An injected httpx client that follows redirects: httpx keeps X-Api-Key on a redirect to another origin
    # (it strips only Authorization), so the SDK must not let its API requests be redirected there.
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "api.heygen.com":
            return httpx.Response(302, headers={"location": "https://elsewhere.example/v3/voices"})
        return ok(request)

    injected = (httpx.Client if face == "sync" else httpx.AsyncClient)(
        transport=httpx.MockTransport(handler), follow_redirects=True
    )
    client = (HeyGen if face == "sync" else AsyncHeyGen)(api_key=API_KEY, http_client=injected, max_retries=0)
    with pytest.raises(errors.HeyGenError, match="302"):  # as on the SDK's own client, which never follows
        await get(client)
    assert [request.url.host for request in seen] == ["api.heygen.com"]
    assert seen[0].headers["x-api-key"] == API_KEY
