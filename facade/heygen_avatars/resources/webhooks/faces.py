"""``client.webhooks``: `Webhooks` on `HeyGen`, `AsyncWebhooks` on `AsyncHeyGen`.

Endpoints (``/v3/webhooks/*``), verification, and push for your jobs::

    endpoint = client.webhooks.create("https://example.com/webhooks/heygen", events=["avatar_video.success",
                                      "avatar_video.fail"])
    save_secret(endpoint.secret)                                   # shown this once (or rotate_secret)

    event = client.webhooks.unwrap(body, headers)                  # verified, typed: AvatarVideoEvent...
    receiver = client.webhooks.receiver()                          # ASGI app + handle(body, headers)
    video = client.videos.create(...).job.result()                 # returns when the event arrives

Verification (`unwrap`, `verify_signature`) is local and the same on both faces (no ``await``). The
secret defaults to ``HEYGEN_WEBHOOK_SECRET`` (several, comma-separated, while a rotation overlaps).
``unwrap`` refuses a changed byte, a wrong secret, a ``Heygen-Timestamp`` more than ``tolerance`` seconds
off, and an event id it already accepted. Per-call ``callback_url`` deliveries are not signed by HeyGen:
``unwrap`` refuses them unless ``allow_unsigned=True``; authenticate them by their ``callback_id``: make
it unguessable (`new_callback_id`) and check it is one you issued (a receiver made with
``accept_unsigned_callbacks=True`` does).
"""

from __future__ import annotations

import builtins
import secrets
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from ..._core import validation as check
from ..._core.options import RequestOptions
from ..._core.pages import AsyncPager, Pager
from ..._core.redact import Secret
from ...errors import InputValidationError
from ...jobs import token
from ...types.literals import WebhookEventType
from ...types.webhooks import WebhookEndpoint, WebhookEvent, WebhookEventTypeInfo, WebhookSecret
from . import flows
from .checks import create_body, update_body
from .delivery import payload_bytes, read_delivery
from .raw import AsyncWebhooksWithRawResponse, WebhooksWithRawResponse
from .receiver import WebhookReceiver
from .signatures import DEFAULT_TOLERANCE, ReplayGuard, header_map, resolve_secrets, verify

if TYPE_CHECKING:
    from ..._client import AsyncHeyGen, HeyGen
    from ...jobs.push import PushInbox

__all__ = ["AsyncWebhooks", "Webhooks"]

_STATE_LOCK = threading.Lock()


class _Base:
    """What both faces share: verification, receivers and push (no request)."""

    _client: Any

    def _guard(self) -> ReplayGuard:
        slot = self._client._push
        with _STATE_LOCK:
            if slot.replay is None:
                slot.replay = ReplayGuard()
            guard: ReplayGuard = slot.replay
        return guard

    def _inbox(self) -> PushInbox:
        from ...jobs.push import PushInbox

        slot = self._client._push
        with _STATE_LOCK:
            if slot.inbox is None:
                slot.inbox = PushInbox()
            inbox: PushInbox = slot.inbox
        return inbox

    def verify_signature(
        self,
        payload: bytes | str,
        headers: object,
        secret: str | Sequence[str] | None = None,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
    ) -> None:
        """Raise `WebhookVerificationError` unless ``payload`` (the raw body) is signed by one of the
        secrets (default: ``HEYGEN_WEBHOOK_SECRET``) and, when a ``Heygen-Timestamp`` is sent, it is within
        ``tolerance`` seconds of now. Does not parse the body or remember the event."""
        held = Secret(secret)
        del secret  # from here on, a traceback showing this frame's variables shows Secret('***')
        within = check.optional_seconds("tolerance", tolerance, "no check")
        raw = payload_bytes(payload)
        verify(raw, header_map(headers), resolve_secrets(held.value), tolerance=within, now=token.wall_time())

    def unwrap(
        self,
        payload: bytes | str,
        headers: object,
        secret: str | Sequence[str] | None = None,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        allow_unsigned: bool = False,
    ) -> WebhookEvent:
        """Verify a delivery and return its event, typed by ``event_type`` (unknown types: `WebhookEvent`).

        ``payload`` is the raw request body, exactly as received; ``headers`` any mapping or list of
        pairs. Raises `WebhookVerificationError` (its ``reason`` says why), including for an event id this
        client already accepted (``"replay"``). ``allow_unsigned=True`` accepts an unsigned per-call
        ``callback_url`` delivery (``event.signed`` is then False: check its ``callback_id``). Example::

            event = client.webhooks.unwrap(request.body, request.headers)
            if isinstance(event, AvatarVideoEvent) and event.succeeded:
                print(event.video_id, event.url)
        """
        held = Secret(secret)
        del secret  # from here on, a traceback showing this frame's variables shows Secret('***')
        return read_delivery(
            payload,
            headers,
            held.value,
            tolerance=check.optional_seconds("tolerance", tolerance, "no check"),
            now=token.wall_time(),
            allow_unsigned=check.check_bool("allow_unsigned", allow_unsigned),
            guard=self._guard(),
        )

    def receiver(
        self,
        secret: str | Sequence[str] | None = None,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        accept_unsigned_callbacks: bool = False,
        on_event: Callable[[WebhookEvent], Any] | None = None,
    ) -> WebhookReceiver:
        """A receiver to mount in your app (ASGI, or ``handle(body, headers)``) that verifies deliveries,
        drops duplicates and completes this client's waiting jobs the moment their event arrives.

        From then on this client's waits listen for events: a job's wait returns after the event and one
        confirming status read; kinds whose every job is announced are polled only by a slow safety poll
        while deliveries arrive (back to their usual cadence after one is seen lost).
        """
        held = Secret(secret)
        del secret  # from here on, a traceback showing this frame's variables shows Secret('***')
        check.check_callback("on_event", on_event, "each WebhookEvent")
        keys = resolve_secrets(held.value)  # checked now: a receiver without a secret is a mistake
        return WebhookReceiver(
            self._inbox(),
            self._guard(),
            self._client._push.callbacks,
            keys,
            tolerance=check.optional_seconds("tolerance", tolerance, "no check"),
            accept_unsigned_callbacks=check.check_bool(
                "accept_unsigned_callbacks", accept_unsigned_callbacks
            ),
            on_event=on_event,
        )

    def notify(self, event: WebhookEvent) -> builtins.list[tuple[str, str]]:
        """Hand this client's waits an event you verified yourself (another process's receiver, a queue):
        the (job kind, job id) pairs it announces. Turns push on, as `receiver` does."""
        if not isinstance(event, WebhookEvent):
            raise InputValidationError("event", f"expected a WebhookEvent, got {type(event).__name__}")
        return self._inbox().feed(event)

    def new_callback_id(self) -> str:
        """An unguessable ``callback_id`` for a create call's per-call callback (its deliveries are not
        signed: the id is what proves they are about your request); receivers of this client made with
        ``accept_unsigned_callbacks=True`` accept unsigned deliveries carrying it."""
        value = secrets.token_urlsafe(24)
        self._client._push.callbacks.add(value)
        return value


class Webhooks(_Base):
    """``client.webhooks`` on `HeyGen`: endpoints, delivered events, verification and push."""

    _client: HeyGen

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return WebhooksWithRawResponse(self)

    def create(
        self,
        url: str,
        *,
        events: Sequence[WebhookEventType] | None = None,
        entity_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Register an https URL for ``events`` (None: every type); ``entity_id`` scopes it to one resource.

        The result holds the signing ``secret``, shown this once: store it. Example::

            endpoint = client.webhooks.create("https://example.com/hooks", events=["avatar_video.success"])
        """
        body = create_body(url, events, entity_id)
        endpoint: WebhookEndpoint = self._client._run(flows.create_flow(body), options)
        return endpoint

    def list(
        self,
        *,
        limit: int = 10,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[WebhookEndpoint]:
        """Every registered endpoint, ``limit`` (1-100) per page as you iterate (``secret`` is None here)."""
        make, first, most = flows.endpoints_call(limit, token, max_items)
        parse = WebhookEndpoint.from_raw
        return Pager(self._client, make, parse, token=first, max_items=most, options=options)

    def update(
        self,
        endpoint_id: str,
        *,
        url: str | None = None,
        events: Sequence[WebhookEventType] | None = None,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Change an endpoint's URL and/or its event types (``events`` replaces the whole list)."""
        checked = check.check_id("endpoint_id", endpoint_id)
        body = update_body(url, events)
        endpoint: WebhookEndpoint = self._client._run(flows.update_flow(checked, body), options)
        return endpoint

    def delete(self, endpoint_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an endpoint: HeyGen stops delivering to it."""
        checked = check.check_id("endpoint_id", endpoint_id)
        self._client._run(flows.delete_flow(checked), options)

    def rotate_secret(self, endpoint_id: str, **options: Unpack[RequestOptions]) -> WebhookSecret:
        """A new signing secret for an endpoint; the old one stops verifying at once (pass both to
        ``unwrap``/``receiver`` while deliveries signed with the old one may still arrive)."""
        checked = check.check_id("endpoint_id", endpoint_id)
        rotated: WebhookSecret = self._client._run(flows.rotate_flow(checked), options)
        return rotated

    def list_event_types(self, **options: Unpack[RequestOptions]) -> builtins.list[WebhookEventTypeInfo]:
        """Every event type an endpoint can subscribe to, with HeyGen's description (one request)."""
        types: builtins.list[WebhookEventTypeInfo] = self._client._run(flows.event_types_flow(), options)
        return types

    def list_events(
        self,
        *,
        event_type: WebhookEventType | None = None,
        entity_id: str | None = None,
        limit: int = 10,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[WebhookEvent]:
        """Events HeyGen delivered, newest first, filtered by type and/or entity (e.g. a video id).

        Example: ``[e.event_type for e in client.webhooks.list_events(entity_id=video_id)]``
        """
        make, first, most = flows.events_call(event_type, entity_id, limit, token, max_items)
        return Pager(self._client, make, WebhookEvent.from_raw, token=first, max_items=most, options=options)


class AsyncWebhooks(_Base):
    """``client.webhooks`` on `AsyncHeyGen` (verification and receivers are the same, without ``await``)."""

    _client: AsyncHeyGen

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return AsyncWebhooksWithRawResponse(self)

    async def create(
        self,
        url: str,
        *,
        events: Sequence[WebhookEventType] | None = None,
        entity_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Register an https URL for ``events`` (None: all): ``endpoint = await client.webhooks.create(url)``;
        store ``endpoint.secret``, shown this once."""
        body = create_body(url, events, entity_id)
        endpoint: WebhookEndpoint = await self._client._run(flows.create_flow(body), options)
        return endpoint

    def list(
        self,
        *,
        limit: int = 10,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[WebhookEndpoint]:
        """Every registered endpoint: ``async for endpoint in client.webhooks.list()``."""
        make, first, most = flows.endpoints_call(limit, token, max_items)
        return AsyncPager(
            self._client, make, WebhookEndpoint.from_raw, token=first, max_items=most, options=options
        )

    async def update(
        self,
        endpoint_id: str,
        *,
        url: str | None = None,
        events: Sequence[WebhookEventType] | None = None,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Change an endpoint's URL and/or event types (``events`` replaces the list)."""
        checked = check.check_id("endpoint_id", endpoint_id)
        body = update_body(url, events)
        endpoint: WebhookEndpoint = await self._client._run(flows.update_flow(checked, body), options)
        return endpoint

    async def delete(self, endpoint_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an endpoint: ``await client.webhooks.delete(endpoint_id)``."""
        checked = check.check_id("endpoint_id", endpoint_id)
        await self._client._run(flows.delete_flow(checked), options)

    async def rotate_secret(self, endpoint_id: str, **options: Unpack[RequestOptions]) -> WebhookSecret:
        """A new signing secret for an endpoint (the old one stops verifying at once)."""
        checked = check.check_id("endpoint_id", endpoint_id)
        rotated: WebhookSecret = await self._client._run(flows.rotate_flow(checked), options)
        return rotated

    async def list_event_types(
        self, **options: Unpack[RequestOptions]
    ) -> builtins.list[WebhookEventTypeInfo]:
        """Every event type an endpoint can subscribe to, with HeyGen's description."""
        return await self._client._run(flows.event_types_flow(), options)

    def list_events(
        self,
        *,
        event_type: WebhookEventType | None = None,
        entity_id: str | None = None,
        limit: int = 10,
        token: str | None = None,
        max_items: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[WebhookEvent]:
        """Events HeyGen delivered, by type and/or entity: ``async for event in ...list_events()``."""
        make, first, most = flows.events_call(event_type, entity_id, limit, token, max_items)
        return AsyncPager(
            self._client, make, WebhookEvent.from_raw, token=first, max_items=most, options=options
        )
