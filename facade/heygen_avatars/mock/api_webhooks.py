"""HTTP handlers for /v3/webhooks/*: endpoints, their secrets, event types and delivered events."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from ._http import MockResponse, json_response
from ._routing import Context, route
from ._rules_webhooks import EVENT_TYPES
from .api_v3 import ok, page
from .state import WebhookEndpoint, WebhookEvent

__all__: list[str] = []


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def render_endpoint(endpoint: WebhookEndpoint, *, with_secret: bool = False) -> dict[str, Any]:
    """`WebhookEndpointResponse`: the secret only on create (and rotate-secret, which has its own shape)."""
    return {
        "endpoint_id": endpoint.id,
        "url": endpoint.url,
        "events": endpoint.events,
        "status": endpoint.status,
        "created_at": _iso(endpoint.created_at),
        "secret": endpoint.secret if with_secret else None,
    }


def render_event(event: WebhookEvent) -> dict[str, Any]:
    """`WebhookEventResponse`."""
    return {
        "event_id": event.event_id,
        "event_type": event.event_type,
        "event_data": dict(event.event_data),
        "created_at": _iso(event.epoch),
    }


def _limit(ctx: Context) -> int:
    return int(ctx.query.get("limit", 10))


@route("POST", "/v3/webhooks/endpoints", "v3")
def create_endpoint(ctx: Context) -> MockResponse:
    endpoint = ctx.backend.create_endpoint(ctx.body)
    ctx.created.append(endpoint.id)
    return ok(render_endpoint(endpoint, with_secret=True))


@route("GET", "/v3/webhooks/endpoints", "v3", body="none")
def list_endpoints(ctx: Context) -> MockResponse:
    endpoints, more, token = ctx.backend.list_endpoints(_limit(ctx), ctx.query.get("token"))
    return page([render_endpoint(e) for e in endpoints], more, token)


@route("PATCH", "/v3/webhooks/endpoints/{endpoint_id}", "v3")
def update_endpoint(ctx: Context) -> MockResponse:
    endpoint = ctx.backend.update_endpoint(ctx.path["endpoint_id"], ctx.body or {})
    return ok(render_endpoint(endpoint))


@route("DELETE", "/v3/webhooks/endpoints/{endpoint_id}", "v3", body="none")
def delete_endpoint(ctx: Context) -> MockResponse:
    ctx.backend.delete_endpoint(ctx.path["endpoint_id"])
    return json_response(200, {"error": None, "data": {"endpoint_id": ctx.path["endpoint_id"]}})


@route("POST", "/v3/webhooks/endpoints/{endpoint_id}/rotate-secret", "v3", body="none")
def rotate_secret(ctx: Context) -> MockResponse:
    endpoint = ctx.backend.rotate_secret(ctx.path["endpoint_id"])
    return ok({"endpoint_id": endpoint.id, "secret": endpoint.secret})


@route("GET", "/v3/webhooks/event-types", "v3", body="none")
def list_event_types(ctx: Context) -> MockResponse:
    items = [{"event_type": name, "description": text} for name, text in EVENT_TYPES.items()]
    return page(items, False, None)


@route("GET", "/v3/webhooks/events", "v3", body="none")
def list_events(ctx: Context) -> MockResponse:
    events, more, token = ctx.backend.list_events(
        ctx.query.get("event_type"), ctx.query.get("entity_id"), _limit(ctx), ctx.query.get("token")
    )
    return page([render_event(e) for e in events], more, token)
