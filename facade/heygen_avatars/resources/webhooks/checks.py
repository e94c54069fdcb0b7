"""Argument checks of ``client.webhooks`` (pure, run before any request): URLs, event types, bodies."""

from __future__ import annotations

from typing import Any, Final
from urllib.parse import urlsplit

from ..._core import validation as check
from ...errors import InputValidationError
from ...types.literals import WEBHOOK_EVENT_TYPES

__all__ = ["ENDPOINTS_PAGE_MAX", "check_url", "create_body", "event_type_filter", "update_body"]

ENDPOINTS_PAGE_MAX: Final = 100
"""``limit`` of ``GET /v3/webhooks/endpoints`` and ``/events`` (1-100, default 10 in the spec)."""


def check_url(url: object) -> str:
    """An endpoint URL: ``https://`` (HeyGen: "publicly accessible HTTPS URL"), or ``http://`` on a
    loopback host, which only a local receiver for the mock can be."""
    text = check.check_text("url", url)
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:  # e.g. an unclosed "[" of an IPv6 address
        host = None
    else:
        if parts.scheme == "https" and host:
            return text
        if parts.scheme == "http" and check.is_loopback_host(host):
            return text
    raise InputValidationError(
        "url",
        f"{text!r} is not a URL HeyGen can deliver to: it must be https:// and publicly reachable "
        "(http:// only on a loopback host, for a local receiver and the mock)",
        value=url,
    )


def check_events(events: object) -> list[str] | None:
    """None (every event type) or a non-empty list of known event types, in order, without repeats."""
    if events is None:
        return None
    items = check.check_list("events", events, "event types")
    if not items:
        raise InputValidationError(
            "events", "an empty list subscribes to nothing: give event types, or None for all of them"
        )
    chosen: list[str] = []
    for index, item in enumerate(items):
        value = check.check_choice(f"events[{index}]", item, WEBHOOK_EVENT_TYPES)
        if value not in chosen:
            chosen.append(value)
    return chosen


def create_body(url: object, events: object, entity_id: object) -> dict[str, Any]:
    """The body of ``POST /v3/webhooks/endpoints``."""
    body: dict[str, Any] = {"url": check_url(url)}
    chosen = check_events(events)
    if chosen is not None:
        body["events"] = chosen
    if entity_id is not None:
        body["entity_id"] = check.check_id("entity_id", entity_id)
    return body


def update_body(url: object, events: object) -> dict[str, Any]:
    """The body of ``PATCH /v3/webhooks/endpoints/{id}``: at least one of ``url`` / ``events`` (HeyGen
    answers 400 otherwise); ``events`` replaces the subscribed list."""
    if url is None and events is None:
        raise InputValidationError("url", "give url, events or both: there is nothing to update")
    body: dict[str, Any] = {}
    if url is not None:
        body["url"] = check_url(url)
    if events is not None:
        body["events"] = check_events(events)
    return body


def event_type_filter(event_type: object) -> str | None:
    """The ``event_type`` filter of ``GET /v3/webhooks/events`` (None: every type)."""
    return None if event_type is None else check.check_choice("event_type", event_type, WEBHOOK_EVENT_TYPES)
