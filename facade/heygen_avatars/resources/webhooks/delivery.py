"""A webhook delivery, read: signature verified, body parsed, event id checked, replays refused (pure).

`read_delivery` is what ``client.webhooks.unwrap`` and the receivers run. The order matters: nothing is
parsed before the signature matches, and an event id is only remembered once the delivery is proven
HeyGen's (an attacker cannot fill the replay memory with forged ids).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from ..._core.redact import Secret
from ...errors import WebhookVerificationError
from ...types.webhooks import WebhookEvent
from .signatures import (
    EVENT_ID_HEADER,
    SIGNATURE_HEADERS,
    ReplayGuard,
    header_map,
    resolve_secrets,
    verify,
)

__all__ = ["payload_bytes", "read_delivery"]


def payload_bytes(payload: bytes | bytearray | memoryview | str) -> bytes:
    if isinstance(payload, str):
        try:
            return payload.encode("utf-8")
        except UnicodeEncodeError:  # not a body received from a socket: one decoded with errors
            raise WebhookVerificationError(
                "payload", "payload holds an unpaired surrogate: pass the raw body bytes, as received"
            ) from None
    if isinstance(payload, bytes | bytearray | memoryview):
        return bytes(payload)
    raise WebhookVerificationError(
        "payload",
        f"payload must be the raw request body (bytes, exactly as received), not {type(payload).__name__}: "
        "a body parsed and serialized again no longer matches its signature",
    )


def _body(raw: bytes) -> Mapping[str, object]:
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):  # (UnicodeDecodeError is a ValueError; RecursionError: too deep)
        raise WebhookVerificationError("payload", "the delivery's body is not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("event_type"), str):
        raise WebhookVerificationError("payload", "the delivery's body has no event_type")
    return body


def read_delivery(
    payload: bytes | bytearray | memoryview | str,
    headers: object,
    secret: object,
    *,
    tolerance: float | None,
    now: float,
    allow_unsigned: bool | Callable[[WebhookEvent], bool] = False,
    guard: ReplayGuard | None = None,
) -> WebhookEvent:
    """The typed event a delivery carries, or `WebhookVerificationError` (see `errors.py` for reasons).

    `allow_unsigned`: accept a delivery with no signature header (HeyGen does not sign per-call
    ``callback_url`` deliveries): the event comes back with ``signed=False`` and the caller must
    authenticate it otherwise (an unguessable ``callback_id``); a predicate does that here (reason
    ``"unsigned"`` when it says no). A signature that is present is always checked. `guard`: refuse a
    delivery whose event id or body was seen before (reason ``"replay"``), remembering only deliveries that
    passed every check.
    """
    held = Secret(secret)
    del secret  # from here on, a traceback showing this frame's variables shows Secret('***')
    raw = payload_bytes(payload)
    names = header_map(headers)
    unsigned = allow_unsigned and not any(name in names for name in SIGNATURE_HEADERS)
    event_id: str | None
    if unsigned:
        event_id = names.get(EVENT_ID_HEADER)
    else:
        verified = verify(raw, names, resolve_secrets(held.value), tolerance=tolerance, now=now)
        event_id = verified.event_id
    body = _body(raw)
    body_id = body.get("event_id")
    if event_id is not None and isinstance(body_id, str) and body_id and body_id != event_id:
        raise WebhookVerificationError(
            "event_id", "the Heygen-Event-Id header does not name the event the signed body holds"
        )
    event = WebhookEvent.from_raw(body, event_id=event_id, signed=not unsigned)
    if unsigned and callable(allow_unsigned) and not allow_unsigned(event):
        raise WebhookVerificationError(
            "unsigned", "an unsigned delivery whose callback_id this client did not issue (new_callback_id)"
        )
    if guard is not None and not guard.first_time(event.event_id, raw):
        raise WebhookVerificationError(
            "replay",
            f"event {event.event_id or '(by its body)'} was already received: a duplicate or a replay",
        )
    return event
