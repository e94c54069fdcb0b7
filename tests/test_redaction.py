"""The API key never shows: not in logs (DEBUG included, retries and errors too), reprs, errors or tokens."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import traceback
from typing import Any

import httpx
import pytest
from conftest import API_KEY, FakeClock, make_client, resolve
from heygen_avatars import APIStatusError, AsyncHeyGen, HeyGen, HeyGenError
from heygen_avatars._core.call import Call, call
from heygen_avatars._core.config import Op
from heygen_avatars._core.log import RedactingFilter
from heygen_avatars._core.redact import redact
from heygen_avatars._core.responses import Api

pytestmark = pytest.mark.anyio


def echoing_handler() -> Any:
    """A server that misbehaves in every way, echoing the request headers back into its error bodies."""
    count = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        count["n"] += 1
        echoed = dict(request.headers)
        if request.url.path.endswith("/timeout"):
            raise httpx.ConnectTimeout(f"timed out sending {echoed}")
        if count["n"] == 1:
            return httpx.Response(503, json={"error": {"code": "x", "message": str(echoed)}})
        if request.url.path.startswith("/v2/photo_avatar/train/status"):
            return httpx.Response(200, json={"data": {"status": "failed", "error_msg": f"bad key {API_KEY}"}})
        return httpx.Response(
            401, json={"error": {"code": "unauthorized", "message": f"key {API_KEY} is invalid"}}
        )

    return handler


async def test_key_absent_from_logs_reprs_errors_and_tokens(
    face: str, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(face, echoing_handler(), clock)
    texts: list[str] = [repr(client), repr(client._config), repr(client.with_options(max_retries=1))]
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("heygen_avatars").debug("headers: %s", {"x-api-key": API_KEY})
        for path in ("/v3/avatars", "/timeout"):
            with pytest.raises(HeyGenError) as info:
                await resolve(client._run(call(Call.raw("GET", path, op=Op.READ, api=Api.V3))))
            texts += [str(info.value), repr(info.value), "".join(traceback.format_exception(info.value))]
        job = client.jobs.get("training", "g1")
        with pytest.raises(HeyGenError) as failed:
            await resolve(job.wait())
        texts += [str(failed.value), repr(job), job.resume_token(), repr(job.snapshot)]
    logged = [r.getMessage() for r in caplog.records]
    assert any("Retrying" in m for m in logged), "the retry path was logged"
    assert any("headers" in m for m in logged)
    assert caplog.records, "something was logged at DEBUG"
    for text in [*texts, *logged, caplog.text]:
        assert API_KEY not in text, text
    assert "***" in texts[3], "the key the server echoed is masked, not dropped silently"


def test_filter_masks_registered_secrets_and_header_values() -> None:
    record = logging.LogRecord(
        "heygen_avatars", logging.INFO, __file__, 1, "h=%s", ({"X-Api-Key": "abc"},), None
    )
    RedactingFilter().filter(record)
    assert "abc" not in record.getMessage() and "***" in record.getMessage()
    assert redact("Authorization: Bearer tok123") == "Authorization: ***"


def test_heygen_log_env_enables_a_redacting_handler() -> None:
    code = (
        "import logging, httpx, heygen_avatars as h\n"
        "t = httpx.MockTransport(lambda r: httpx.Response(200, json={}))\n"
        "c = h.HeyGen(api_key='sk-live-TOPSECRET', transport=t)\n"
        "logging.getLogger('heygen_avatars').debug('sending %s', 'x-api-key: sk-live-TOPSECRET')\n"
        "logging.getLogger('heygen_avatars').info('plain info line')\n"
    )
    env = {**os.environ, "HEYGEN_LOG": "debug", "PYTHONPATH": os.pathsep.join(sys.path)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert "plain info line" in out.stderr and "sending" in out.stderr
    assert "TOPSECRET" not in out.stderr
    quiet = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "HEYGEN_LOG": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "plain info line" not in quiet.stderr


def test_short_test_keys_do_not_mask_ordinary_words() -> None:
    from heygen_avatars import HeyGen

    HeyGen(api_key="k", transport=httpx.MockTransport(lambda r: httpx.Response(200)))
    assert redact("Blocked words") == "Blocked words"


# --- tracebacks that show local variables, echoed headers, downloads to other hosts ---------------------


def _failing(request: httpx.Request) -> httpx.Response:
    """Fails in the three ways a call can: a transport error, a bug in a transport, an error answer."""
    if request.url.path.endswith("/conn"):
        raise httpx.ConnectError("connection refused")
    if request.url.path.endswith("/bug"):
        raise RuntimeError("a transport bug")
    return httpx.Response(
        500,
        headers={"x-echo-api-key": API_KEY, "set-cookie": "session=abc", "x-request-id": "r1"},
        json={"error": {"code": "x", "message": "boom"}},
    )


def _clients(face: str, clock: FakeClock) -> dict[str, Any]:
    """The SDK's own httpx client, an injected one, and a `with_options(default_headers=...)` copy."""
    own = make_client(face, _failing, clock, max_retries=0)
    http_class = httpx.Client if face == "sync" else httpx.AsyncClient
    injected = (HeyGen if face == "sync" else AsyncHeyGen)(
        api_key=API_KEY, http_client=http_class(transport=httpx.MockTransport(_failing)), max_retries=0
    )
    return {"own": own, "injected": injected, "copy": own.with_options(default_headers={"x-trace": "t"})}


def _with_locals(error: BaseException) -> str:
    """The traceback as `pytest -l` and `capture_locals=True` show it: every frame's variables."""
    return "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())


@pytest.mark.parametrize("path", ["l1", "conn", "bug"])
async def test_tracebacks_with_local_variables_never_show_the_key(
    face: str, clock: FakeClock, path: str
) -> None:
    for name, client in _clients(face, clock).items():
        for extra in ({}, {"extra_headers": {"x-call": "c"}}):
            with pytest.raises(BaseException) as caught:
                await resolve(client.avatars.get_look(path, **extra))
            text = _with_locals(caught.value)
            assert API_KEY not in text, f"{name} {path} {extra}: the key shows in a traceback's locals"


@pytest.mark.parametrize(
    "kwargs",
    [{"base_url": "ftp://x"}, {"timeout": -1}, {"max_retries": -1}, {"default_headers": {"a\n": "b"}}],
)
def test_a_refused_constructor_argument_shows_no_key_in_the_traceback(kwargs: dict[str, Any]) -> None:
    with pytest.raises(HeyGenError) as caught:
        HeyGen(api_key=API_KEY, **kwargs)
    text = _with_locals(caught.value)
    assert "Secret('***')" in text and API_KEY not in text


async def test_an_echoed_key_and_cookies_are_masked_in_error_headers(face: str, clock: FakeClock) -> None:
    client = make_client(face, _failing, clock, max_retries=0)
    with pytest.raises(APIStatusError) as caught:
        await resolve(client.avatars.get_look("l1"))
    headers = caught.value.headers
    assert headers["x-echo-api-key"] == "***" and headers["set-cookie"] == "***"
    assert headers["x-request-id"] == "r1"  # what helps support stays
    assert API_KEY not in repr(caught.value.__dict__)


async def test_downloads_to_other_hosts_carry_no_key_and_no_cookie(face: str, clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def cdn(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"\x89PNG\r\n\x1a\n", headers={"content-type": "image/png"})

    headers = {"Cookie": "session=mine", "Authorization": "Bearer mine", "X-Trace": "kept"}
    client = make_client(face, cdn, clock, default_headers=headers)
    await resolve(client.download("https://files2.heygen.ai/image/abc/original?Expires=1&Signature=s"))
    copy = client.with_options(default_headers={"Cookie": "other=1"})
    await resolve(copy.download("https://resource.heygen.ai/video/v.mp4"))
    for request in seen:
        for name in ("x-api-key", "authorization", "cookie", "proxy-authorization"):
            assert name not in request.headers, (request.url, name)
        assert API_KEY not in str(request.headers.raw)


def test_webhook_secrets_absent_from_logs_reprs_and_errors(caplog: pytest.LogCaptureFixture) -> None:
    """A signing secret (from create, rotate-secret, the env or an argument) never shows: not in the models'
    reprs, the receiver's, verification errors (which never hold the expected signature either), nor in any
    record the SDK logs, even one that quotes it."""
    import json
    import time

    from heygen_avatars import HeyGen
    from heygen_avatars.mock import MockHeyGen
    from heygen_avatars.resources.webhooks.signatures import sign

    mock = MockHeyGen()
    client = HeyGen(api_key=mock.api_key, transport=mock.transport(), clock=mock.clock)
    texts: list[str] = []
    with caplog.at_level(logging.DEBUG):
        endpoint = client.webhooks.create("https://hooks.example.com/h")
        rotated = client.webhooks.rotate_secret(endpoint.id)
        given = "whsec_given_by_the_caller_0123456789"
        secrets = [endpoint.secret, rotated.secret, given]
        receiver = client.webhooks.receiver([rotated.secret, given])
        texts += [repr(endpoint), repr(rotated), repr(receiver), repr(list(client.webhooks.list()))]
        body = json.dumps({"event_type": "avatar_video.success", "event_data": {"video_id": "v"}}).encode()
        good = {"heygen-signature": sign(body, given), "heygen-timestamp": str(int(time.time()))}
        for headers, secret in [
            ({"heygen-signature": sign(body, "whsec_other_0123456789")}, given),  # wrong secret
            ({**good, "heygen-timestamp": "1"}, given),  # stale
            ({}, given),  # unsigned
            (good, ""),  # no secret
        ]:
            with pytest.raises(HeyGenError) as refused:
                client.webhooks.unwrap(body, headers, secret)
            texts += [
                str(refused.value),
                repr(refused.value),
                "".join(traceback.format_exception(refused.value)),
            ]
            assert sign(body, given) not in str(refused.value)  # never the expected signature
        texts.append(receiver.handle(body, {"heygen-signature": "0" * 64}).body.decode())
        logging.getLogger("heygen_avatars").warning("quoting the secret: %s", rotated.secret)
    texts += [record.getMessage() for record in caplog.records]
    assert any("refused" in text for text in texts)
    leaked = [text for text in texts for secret in secrets if secret and secret in text]
    assert leaked == []


# --- webhook signing secrets in tracebacks that show local variables -------------------------------------

WEBHOOK_SECRET = "whsec_traceback_locals_0123456789"
OTHER_SECRET = "whsec_the_rotated_one_0123456789"


def _sdk_locals(error: BaseException) -> str:
    """The variables of the SDK's frames in ``error``'s traceback (and its chained ones), as
    ``capture_locals=True`` shows them; the test's own frames, which hold the secrets it passed, are left
    out."""
    summary: traceback.TracebackException | None = traceback.TracebackException.from_exception(
        error, capture_locals=True
    )
    texts = []
    while summary is not None:
        for frame in summary.stack:
            if "heygen_avatars" in frame.filename and frame.locals:
                texts.extend(f"{name}={value}" for name, value in frame.locals.items())
        texts.append(str(summary))
        summary = summary.__cause__ or summary.__context__
    assert texts
    return "\n".join(texts)


def _signed(body: bytes, secret: str) -> dict[str, str]:
    from heygen_avatars.resources.webhooks.signatures import sign

    return {"x-heygen-signature": sign(body, secret), "heygen-event-id": "evt_1"}


def test_webhook_secrets_never_show_in_tracebacks_with_local_variables(face: str, clock: FakeClock) -> None:
    """Every way verification can fail (a wrong secret, a bad argument after the secret, a callback of the
    caller's raising) leaves a traceback whose frames hold the secrets only masked, and never the
    signature they expected."""
    from heygen_avatars._core.redact import Secrets
    from heygen_avatars.resources.webhooks.signatures import sign

    client = make_client(face, _failing, clock)
    hooks = client.webhooks
    body = b'{"event_type": "avatar_video.success", "event_data": {"video_id": "v1"}}'
    secrets = [WEBHOOK_SECRET, OTHER_SECRET]
    wrong = _signed(body, "whsec_not_this_endpoints_0123456789")
    calls: list[Any] = [
        lambda: hooks.unwrap(body, wrong, WEBHOOK_SECRET),  # the signature does not match
        lambda: hooks.unwrap(body, wrong, secrets),
        lambda: hooks.verify_signature(body, wrong, secrets),
        lambda: hooks.unwrap(body, _signed(body, WEBHOOK_SECRET), WEBHOOK_SECRET, tolerance=float("nan")),
        lambda: hooks.verify_signature(body, {}, WEBHOOK_SECRET),  # no signature at all
        lambda: hooks.receiver(secrets, tolerance=-1),  # a bad argument checked after the secret
        lambda: hooks.receiver(WEBHOOK_SECRET, on_event=5),
        lambda: hooks.unwrap(body, _signed(body, WEBHOOK_SECRET), [WEBHOOK_SECRET, "bad\ud800"]),
    ]

    def raising(event: Any) -> None:
        raise RuntimeError("the caller's bug")

    receiver = hooks.receiver(secrets, on_event=raising)
    calls.append(lambda: receiver.handle(body, _signed(body, OTHER_SECRET)))
    for index, attempt in enumerate(calls):
        with pytest.raises(Exception) as caught:
            attempt()
        text = _sdk_locals(caught.value)
        assert "heygen_avatars" not in text or "=" in text
        for secret in secrets:
            assert secret not in text, f"call {index}: a secret shows in a traceback's locals"
        if index < 3:  # a wrong signature was given: the ones expected never show
            assert sign(body, WEBHOOK_SECRET) not in text and sign(body, OTHER_SECRET) not in text
    assert repr(Secrets(secrets)) == "Secrets('***', '***')" and WEBHOOK_SECRET not in str(Secrets(secrets))


@pytest.mark.parametrize(
    "answer", [{"secret": WEBHOOK_SECRET}, {"endpoint_id": "", "secret": WEBHOOK_SECRET}]
)
async def test_a_new_endpoints_secret_in_an_unreadable_answer_is_masked(
    face: str, clock: FakeClock, answer: dict[str, Any]
) -> None:
    """An answer to create that carries a secret but no endpoint: the error, its body and its traceback's
    locals mask the secret (it was never shown to the caller, but it is still a live secret)."""
    from heygen_avatars import ResponseValidationError

    client = make_client(face, lambda request: httpx.Response(200, json={"data": answer}), clock)
    with pytest.raises(ResponseValidationError) as caught:
        await resolve(client.webhooks.create("https://hooks.example.com/h"))
    assert WEBHOOK_SECRET not in repr(caught.value.__dict__) + str(caught.value)
    assert WEBHOOK_SECRET not in _sdk_locals(caught.value)
