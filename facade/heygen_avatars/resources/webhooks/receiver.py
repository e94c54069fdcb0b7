"""`WebhookReceiver`: what you mount in your app so that HeyGen's events complete your client's jobs.

    receiver = client.webhooks.receiver()              # secret from HEYGEN_WEBHOOK_SECRET
    app.mount("/webhooks/heygen", receiver)            # any ASGI framework (Starlette, FastAPI...)
    # or, in any framework, with the raw body and the headers:
    reply = receiver.handle(request.body, request.headers)       # reply.status, reply.body

Each delivery is verified (signature, timestamp, event id: `delivery.read_delivery`), deduplicated by
event id (a duplicate is acknowledged with 200, so HeyGen stops sending it, and not acted on twice), then
fed to the client's push inbox, where waiting jobs (``job.result()``, ``client.jobs.wait_all``) wake up
and confirm it with one status read. ``on_event`` (optional) is called with each new verified event; when
it raises, the event is forgotten (the ASGI face answers 500, `handle` raises), so HeyGen's next delivery
of it is taken as new rather than acknowledged as a duplicate.

Answers: 200 for a new or duplicate event, 500 when ``on_event`` raised, 401 for a delivery that fails
verification, 400 for a body that is not an event, 405 for a method other than POST (OPTIONS answers 200:
HeyGen's v1 endpoint registration probes the URL with it), 413 past `MAX_BODY`. Bodies and answers are
small JSON.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from ..._core.log import logger
from ...errors import WebhookVerificationError
from ...jobs import token
from ...types.webhooks import WebhookEvent
from .delivery import payload_bytes, read_delivery
from .signatures import DEFAULT_TOLERANCE, ReplayGuard, resolve_secrets

if TYPE_CHECKING:
    import httpx

    from ...jobs.push import PushInbox

__all__ = ["MAX_BODY", "WebhookReceiver", "WebhookReply"]

MAX_BODY: Final = 1 << 20
"""Bytes a delivery may have (HeyGen's events are a few hundred)."""

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class WebhookReply(NamedTuple):
    """What `WebhookReceiver.handle` answers: the HTTP status, a small JSON body, the event (None when
    refused or a duplicate) and whether it was a duplicate."""

    status: int
    body: bytes
    event: WebhookEvent | None = None
    duplicate: bool = False


def _reply(status: int, **fields: Any) -> WebhookReply:
    return WebhookReply(status, json.dumps(fields).encode())


class WebhookReceiver:
    """A verified, deduplicating webhook endpoint that feeds one client's jobs (``client.webhooks.receiver``).

    An ASGI application (``await receiver(scope, receive, send)``) and a plain `handle(body, headers)` for
    any other framework. ``accept_unsigned_callbacks``: also accept per-call ``callback_url`` deliveries,
    which HeyGen does not sign, when their ``callback_id`` is one `Webhooks.new_callback_id` issued.
    """

    def __init__(
        self,
        inbox: PushInbox,
        guard: ReplayGuard,
        callbacks: set[str],
        secret: str | Sequence[str] | None,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        accept_unsigned_callbacks: bool = False,
        on_event: Callable[[WebhookEvent], Any] | None = None,
    ) -> None:
        self._secrets = resolve_secrets(secret)  # checked now: a receiver without a secret is a mistake
        self._inbox = inbox
        self._guard = guard
        self._callbacks = callbacks
        self._tolerance = tolerance
        self._accept_unsigned = accept_unsigned_callbacks
        self.on_event = on_event
        self.received = 0
        """Deliveries verified and fed (duplicates not counted)."""

    # the plain face ---------------------------------------------------------------------------------

    def handle(self, body: bytes | str, headers: object) -> WebhookReply:
        """Verify one delivery, feed its event to the client's jobs and say what to answer HeyGen.
        Calls ``on_event`` (a coroutine it returns is closed unawaited: use the ASGI face for async)."""
        reply = self._read(body, headers)
        if reply.event is not None and self.on_event is not None:
            try:
                outcome = self.on_event(reply.event)
            except BaseException:
                self._guard.forget(reply.event.event_id, payload_bytes(body))
                raise
            if inspect.iscoroutine(outcome):
                outcome.close()
                logger.warning("on_event returned a coroutine on handle(); mount the ASGI face to await it")
        return reply

    def _read(self, body: bytes | str, headers: object) -> WebhookReply:
        try:
            event = read_delivery(
                body,
                headers,
                self._secrets,
                tolerance=self._tolerance,
                now=token.wall_time(),
                allow_unsigned=self._known_callback if self._accept_unsigned else False,
                guard=self._guard,
            )
        except WebhookVerificationError as refused:
            if refused.reason == "replay":
                return WebhookReply(200, b'{"received": true, "duplicate": true}', None, True)
            logger.warning("webhook delivery refused (%s): %s", refused.reason, refused.message)
            return _reply(400 if refused.reason == "payload" else 401, error=refused.reason)
        self.received += 1  # counted before the feed wakes a waiter, which may read it at once
        keys = self._inbox.feed(event)
        logger.info(
            "webhook %s%s: %s", event.event_type, f" ({event.event_id})" if event.event_id else "",
            ", ".join(f"{kind} {job}" for kind, job in keys) or "no job kind listens to it",
        )  # fmt: skip
        return WebhookReply(200, b'{"received": true}', event)

    def _known_callback(self, event: WebhookEvent) -> bool:
        return event.callback_id is not None and event.callback_id in self._callbacks

    # the ASGI face ----------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        method = scope.get("method", "GET")
        if method == "OPTIONS":
            reply = _reply(200, ok=True)
        elif method != "POST":
            reply = _reply(405, error="method_not_allowed")
        else:
            body = await _read_body(receive)
            if body is None:
                reply = _reply(413, error="too_large")
            else:
                reply = await self._read_and_handle(body, scope.get("headers") or [])
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(reply.body)).encode())]
        if reply.status == 405:
            headers.append((b"allow", b"POST, OPTIONS"))
        await send({"type": "http.response.start", "status": reply.status, "headers": headers})
        await send({"type": "http.response.body", "body": reply.body})

    async def _read_and_handle(self, body: bytes, headers: object) -> WebhookReply:
        reply = self._read(body, headers)
        if reply.event is None or self.on_event is None:
            return reply
        try:
            outcome = self.on_event(reply.event)
            if inspect.isawaitable(outcome):
                await outcome
        except BaseException as failure:
            self._guard.forget(reply.event.event_id, body)
            if not isinstance(failure, Exception):
                raise
            logger.exception("on_event raised: answered 500, so that HeyGen sends the event again")
            return _reply(500, error="on_event")
        return reply

    # in-process delivery ----------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """An httpx transport that hands each request to `handle` without a socket: give it to the mock
        (``MockHeyGen(webhook_transport=receiver.transport())``) to deliver in-process."""
        import httpx

        def deliver(request: httpx.Request) -> httpx.Response:
            if request.method == "OPTIONS":
                return httpx.Response(200, json={"ok": True})
            if request.method != "POST":
                return httpx.Response(405, json={"error": "method_not_allowed"})
            reply = self.handle(request.read(), request.headers.multi_items())
            json_type = {"content-type": "application/json"}
            return httpx.Response(reply.status, content=reply.body, headers=json_type)

        return httpx.MockTransport(deliver)

    def __repr__(self) -> str:
        return f"WebhookReceiver(secrets={len(self._secrets)}, received={self.received})"


async def _read_body(receive: Receive) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)
