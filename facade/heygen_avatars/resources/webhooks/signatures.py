"""Verifying HeyGen's webhook signatures (pure: no I/O, no clock but the wall time it is given).

What HeyGen's signature looks like has changed in public sources; every shape the evidence shows is
accepted, all of them HMAC-SHA256 over the **raw request body** keyed with the endpoint's signing secret
(the ``secret`` of ``POST /v3/webhooks/endpoints`` / ``rotate-secret``, used as UTF-8 bytes, ``whsec_``
prefix included), hex-encoded:

========================  ====================================================================================
shape                     headers
========================  ====================================================================================
``heygen-signature``      ``Heygen-Signature: <hex>``, ``Heygen-Timestamp: <unix seconds>``,
                          ``Heygen-Event-Id: <id>``: the v3 webhooks (2026). The timestamp must be within
                          ``tolerance`` of now; the event id is what duplicates and replays are told by.
``x-heygen-signature``    ``X-HeyGen-Signature: <hex>``: HeyGen's own agent skill (heygen-com/skills,
                          ``rules/webhooks.md``, "Verify Webhook Signatures") and most integrations.
``signature``             ``Signature: <hex>``: the v1 endpoints (``/v1/webhook/endpoint.add``, whose
                          ``secret`` "is used to verify the callback request is from HeyGen"), still read
                          first by receivers written against them.
========================  ====================================================================================

A header may carry several comma- or space-separated values and an optional ``sha256=`` prefix; any one
matching any of the secrets passes (several secrets at once let a rotation overlap). Comparisons are
constant-time (`hmac.compare_digest`). Sources, with what each shows, are listed in
``openapi/upstream/SOURCES.md`` ("Webhook signatures"). Per-call ``callback_url`` deliveries carry no
signature at all: they are refused unless the caller opts in (see ``client.webhooks.unwrap``).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from threading import Lock
from typing import Any, Final, NamedTuple, cast

from ..._core.redact import Secret, Secrets, register_secret
from ...errors import InputValidationError, WebhookVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "SECRET_ENV",
    "SIGNATURE_HEADERS",
    "ReplayGuard",
    "Verified",
    "header_map",
    "resolve_secrets",
    "sign",
    "verify",
]

SECRET_ENV: Final = "HEYGEN_WEBHOOK_SECRET"
DEFAULT_TOLERANCE: Final = 300.0
"""Seconds a ``Heygen-Timestamp`` may be off now (either way): five minutes, as the receivers in the
sources use."""
SIGNATURE_HEADERS: Final = ("heygen-signature", "x-heygen-signature", "signature")
"""The signature headers, newest shape first (lowercase: header names are case-insensitive)."""
TIMESTAMP_HEADER: Final = "heygen-timestamp"
EVENT_ID_HEADER: Final = "heygen-event-id"
_HEX = re.compile(r"^[0-9a-fA-F]{64}$")
_MILLISECONDS: Final = 1e11  # a timestamp above this is in milliseconds
_LONGEST_ID: Final = 128  # characters of an event id `ReplayGuard` keeps as they are


class Verified(NamedTuple):
    """A delivery whose signature matched: which shape, its timestamp and event id (when sent)."""

    shape: str
    timestamp: float | None
    event_id: str | None


def header_map(headers: object) -> dict[str, str]:
    """Any header collection (a mapping, httpx/starlette headers, ASGI's list of byte pairs) as one dict
    with lowercase names; repeated headers are joined with commas, as HTTP allows."""
    items: Iterable[Any]
    if isinstance(headers, Mapping) or hasattr(headers, "items"):
        items = cast(Any, headers).items()  # a Mapping, or a mapping-like headers object
    elif isinstance(headers, Iterable) and not isinstance(headers, str | bytes):
        items = headers
    else:
        raise WebhookVerificationError("payload", f"headers must be a mapping or pairs, not {type(headers)}")
    result: dict[str, str] = {}
    for pair in items:
        if isinstance(pair, str | bytes) or not isinstance(pair, Sequence) or len(pair) != 2:
            raise WebhookVerificationError("payload", "headers must be (name, value) pairs")
        name, value = pair
        name = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        value = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        key = name.strip().lower()
        result[key] = f"{result[key]},{value}" if key in result else value
    return result


def resolve_secrets(secret: object) -> Secrets:
    """The signing secrets to try: `secret` (one, or several during a rotation), else the comma- or
    space-separated ``HEYGEN_WEBHOOK_SECRET``. Each is registered for masking in logs; they are held in a
    `Secrets`, whose repr masks them (tracebacks that show local variables)."""
    held = Secret(secret)
    del secret  # from here on, no frame variable shows it
    if isinstance(held.value, Secrets):
        return held.value
    if held.value is None:
        found = Secrets(s for s in re.split(r"[\s,]+", os.environ.get(SECRET_ENV, "")) if s)
        where = f"the {SECRET_ENV} environment variable is not set"
    elif isinstance(held.value, str):
        found = Secrets((held.value,) if held.value else ())
        where = "secret is empty"
    elif isinstance(held.value, Iterable) and not isinstance(held.value, bytes | bytearray | memoryview):
        found = Secrets(s for s in held.value if isinstance(s, str) and s)
        where = "no non-empty secret was given"
    else:
        raise InputValidationError(
            "secret", f"expected a string, a list of strings or None, got {type(held.value).__name__}"
        )
    if not all(_sendable(s) for s in found):
        raise InputValidationError(
            "secret", "holds an unpaired surrogate, which cannot be encoded: not a real signing secret"
        )
    if not found:
        raise WebhookVerificationError(
            "no_secret",
            f"no webhook signing secret: {where}. Pass secret= (the endpoint's secret from create or "
            f"rotate_secret) or set {SECRET_ENV}.",
        )
    for one in found:
        register_secret(one)
    return found


def _sendable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def sign(payload: bytes, secret: str) -> str:
    """The hex HMAC-SHA256 of `payload` under `secret`: what every signature header carries."""
    return hmac.new(secret.encode("utf-8"), payload, hashlib.sha256).hexdigest()


def _candidates(value: str) -> list[str]:
    """The signatures one header holds: comma/space separated, each maybe prefixed ``sha256=`` / ``v1=``."""
    found = []
    for part in re.split(r"[\s,]+", value.strip()):
        _, _, digest = part.rpartition("=")
        if _HEX.match(digest):
            found.append(digest.lower())
    return found


def _timestamp(value: str) -> float:
    try:
        stamp = float(value.strip())
    except ValueError:
        raise WebhookVerificationError(
            "timestamp", "the Heygen-Timestamp header is not a number of seconds"
        ) from None
    if not math.isfinite(stamp) or stamp <= 0:
        raise WebhookVerificationError("timestamp", "the Heygen-Timestamp header is not a valid time")
    return stamp / 1000.0 if stamp > _MILLISECONDS else stamp


def verify(
    payload: bytes,
    headers: Mapping[str, str],
    secrets: Sequence[str],
    *,
    tolerance: float | None,
    now: float,
) -> Verified:
    """Check a delivery's signature (`headers` as `header_map` gives them) against every secret.

    Raises `WebhookVerificationError`: ``no_signature`` (no signature header), ``signature`` (none
    matches: a changed byte, a wrong secret), ``timestamp`` / ``stale`` (a ``Heygen-Timestamp`` that is not
    a time, or is more than `tolerance` seconds off `now`; with ``Heygen-Signature`` the timestamp is
    required unless `tolerance` is None).
    """
    present = [name for name in SIGNATURE_HEADERS if name in headers]
    if not present:
        raise WebhookVerificationError(
            "no_signature",
            "the delivery has no signature header (looked for: "
            + ", ".join(SIGNATURE_HEADERS)
            + "); a per-call callback_url delivery is unsigned: see unwrap(allow_unsigned=True)",
        )
    shape = _signed_by(payload, headers, present, secrets)
    if shape is None:
        raise WebhookVerificationError(
            "signature",
            f"the signature in {', '.join(present)} does not match the body under the "
            f"{len(secrets)} secret(s) given: the body was changed, or the secret is not this endpoint's",
        )
    stamp_text = headers.get(TIMESTAMP_HEADER)
    stamp = None if stamp_text is None else _timestamp(stamp_text)
    if tolerance is not None:
        if stamp is None and shape == "heygen-signature":
            raise WebhookVerificationError(
                "timestamp", "a Heygen-Signature delivery must carry Heygen-Timestamp (tolerance=None skips)"
            )
        if stamp is not None and abs(now - stamp) > tolerance:
            raise WebhookVerificationError(
                "stale",
                f"the delivery's Heygen-Timestamp is {now - stamp:+.0f} s from now, beyond the "
                f"{tolerance:g} s tolerance: a replay, or a clock far off",
            )
    event_id = headers.get(EVENT_ID_HEADER)
    return Verified(shape, stamp, event_id.strip() if event_id and event_id.strip() else None)


def _signed_by(
    payload: bytes, headers: Mapping[str, str], present: Sequence[str], secrets: Sequence[str]
) -> str | None:
    """The first header in ``present`` whose signature matches; the expected signatures live only here,
    so that no frame of an error's traceback holds one."""
    expected = [sign(payload, secret) for secret in secrets]
    for name in present:
        for given in _candidates(headers[name]):
            if any(hmac.compare_digest(given, wanted) for wanted in expected):
                return name
    return None


class ReplayGuard:
    """The deliveries already accepted (the last `capacity`), known by their event id and their body: a
    second delivery with either is a duplicate or a replay.

    HeyGen sends an event again when a delivery was not acknowledged, with the same id; a receiver
    acknowledges such a duplicate without acting on it twice. Only the body is signed, so a captured
    delivery can be resent with a new event id or timestamp, or under a signature header that carries
    none: the body tells it apart. Thread-safe.
    """

    def __init__(self, capacity: int = 100_000) -> None:
        self._seen: OrderedDict[str, None] = OrderedDict()
        self._capacity = capacity
        self._lock = Lock()

    def first_time(self, event_id: str | None, body: bytes) -> bool:
        """Record a delivery; False when its event id or its body was seen before."""
        keys = _keys(event_id, body)
        with self._lock:
            if any(key in self._seen for key in keys):
                for key in keys:
                    if key in self._seen:
                        self._seen.move_to_end(key)
                return False
            for key in keys:
                self._seen[key] = None
            while len(self._seen) > self._capacity:
                self._seen.popitem(last=False)
            return True

    def forget(self, event_id: str | None, body: bytes) -> None:
        """Take a delivery back, so that HeyGen's next delivery of it is a first time (its handler failed)."""
        with self._lock:
            for key in _keys(event_id, body):
                self._seen.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)

    def __repr__(self) -> str:
        return f"ReplayGuard(seen={len(self)})"


def _keys(event_id: str | None, body: bytes) -> tuple[str, ...]:
    """What the guard keeps of a delivery: the body's SHA-256, and its event id, as it is up to
    `_LONGEST_ID` characters and as its SHA-256 beyond (the header is not signed: a sender may make
    each as long as a header can be)."""
    by_body = "body:" + hashlib.sha256(body).hexdigest()
    if not event_id:
        return (by_body,)
    if len(event_id) > _LONGEST_ID:
        event_id = "sha256:" + hashlib.sha256(event_id.encode("utf-8", "surrogatepass")).hexdigest()
    return ("id:" + event_id, by_body)
