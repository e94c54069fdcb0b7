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
from heygen_avatars import HeyGenError
from heygen_avatars._core.call import Call, call
from heygen_avatars._core.config import Op
from heygen_avatars._core.log import RedactingFilter, redact
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
