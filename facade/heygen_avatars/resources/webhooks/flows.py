"""The sans-IO flows of ``client.webhooks``: endpoints, secrets, event types, delivered events.

Both faces (`faces.py`) only run these; arguments arrive checked (`checks.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..._core import validation as check
from ..._core.call import Call, call
from ..._core.config import Op
from ..._core.flow import Flow
from ..._core.lazy import lazy
from ..._core.pages import list_params
from ..._core.responses import Api, ApiResponse
from ...types.webhooks import WebhookEndpoint, WebhookEventTypeInfo, WebhookSecret
from .checks import ENDPOINTS_PAGE_MAX, event_type_filter

__all__ = [
    "create_flow",
    "delete_flow",
    "endpoints_call",
    "event_types_flow",
    "events_call",
    "rotate_flow",
    "update_flow",
]

# generated endpoints and request models, imported at first use (see _core/lazy.py)
_API = "heygen_avatars_generated.v3.api.webhooks"
create_webhook_endpoint = lazy(f"{_API}.create_webhook_endpoint")
list_webhook_endpoints = lazy(f"{_API}.list_webhook_endpoints")
update_webhook_endpoint = lazy(f"{_API}.update_webhook_endpoint")
delete_webhook_endpoint = lazy(f"{_API}.delete_webhook_endpoint")
rotate_webhook_endpoint_secret = lazy(f"{_API}.rotate_webhook_endpoint_secret")
list_webhook_event_types = lazy(f"{_API}.list_webhook_event_types")
list_webhook_events = lazy(f"{_API}.list_webhook_events")
_MODELS = "heygen_avatars_generated.v3.models"
CreateWebhookEndpointRequest = lazy(_MODELS, "CreateWebhookEndpointRequest")
UpdateWebhookEndpointRequest = lazy(_MODELS, "UpdateWebhookEndpointRequest")


def _v3(endpoint: Any, op: Op, **kwargs: Any) -> Flow[ApiResponse]:
    return call(Call.generated(endpoint, op=op, api=Api.V3, **kwargs))


def _endpoint(response: ApiResponse) -> WebhookEndpoint:
    # read first: reading registers a secret it holds, which the error's body then masks
    endpoint = WebhookEndpoint.from_raw(response.data) if isinstance(response.data, Mapping) else None
    if endpoint is None or not response.data.get("endpoint_id"):
        raise response.invalid("the response has no webhook endpoint (data.endpoint_id)")
    return endpoint


def create_flow(body: Mapping[str, Any]) -> Flow[WebhookEndpoint]:
    """``POST /v3/webhooks/endpoints``: the endpoint, with its signing secret (shown this once).

    A create is not retried after it may have reached HeyGen (Op.CREATE): a second endpoint would get
    every event twice; an ambiguous failure says to list the endpoints first.
    """
    response = yield from _v3(
        create_webhook_endpoint, Op.CREATE, body=CreateWebhookEndpointRequest.from_dict(dict(body))
    )
    return _endpoint(response)


def update_flow(endpoint_id: str, body: Mapping[str, Any]) -> Flow[WebhookEndpoint]:
    """``PATCH /v3/webhooks/endpoints/{endpoint_id}`` (``events`` replaces the list)."""
    response = yield from _v3(
        update_webhook_endpoint,
        Op.IDEMPOTENT_WRITE,
        endpoint_id=endpoint_id,
        body=UpdateWebhookEndpointRequest.from_dict(dict(body)),
    )
    return _endpoint(response)


def delete_flow(endpoint_id: str) -> Flow[None]:
    """``DELETE /v3/webhooks/endpoints/{endpoint_id}``: no more deliveries to it."""
    yield from _v3(delete_webhook_endpoint, Op.IDEMPOTENT_WRITE, endpoint_id=endpoint_id)


def rotate_flow(endpoint_id: str) -> Flow[WebhookSecret]:
    """``POST .../{endpoint_id}/rotate-secret``: a new secret; the old one stops verifying at once.

    Not retried once sent (Op.CREATE): a second rotation would invalidate the secret the first returned.
    """
    response = yield from _v3(rotate_webhook_endpoint_secret, Op.CREATE, endpoint_id=endpoint_id)
    if not isinstance(response.data, Mapping) or not response.data.get("secret"):
        raise response.invalid("the response has no secret")
    return WebhookSecret.from_raw(response.data)  # (registers the secret, masked in logs from now on)


def event_types_flow() -> Flow[list[WebhookEventTypeInfo]]:
    """``GET /v3/webhooks/event-types``: every type, in one response."""
    response = yield from _v3(list_webhook_event_types, Op.READ)
    if not isinstance(response.data, list):
        raise response.invalid(f"expected a list of event types, got {type(response.data).__name__}")
    return [WebhookEventTypeInfo.from_raw(item) for item in response.data]


PageCalls = tuple[Callable[[str | None], Call], str | None, int | None]


def endpoints_call(limit: object, token: object, max_items: object) -> PageCalls:
    """Checked ``list`` arguments: the page-call builder, the first token and ``max_items``."""
    size, first, most = list_params(limit, token, max_items, maximum=ENDPOINTS_PAGE_MAX)

    def make(page_token: str | None) -> Call:
        return Call.generated(list_webhook_endpoints, op=Op.READ, api=Api.V3, limit=size, token=page_token)

    return make, first, most


def events_call(
    event_type: object, entity_id: object, limit: object, token: object, max_items: object
) -> PageCalls:
    """Checked ``list_events`` arguments (filters: one event type, one entity id)."""
    kind = event_type_filter(event_type)
    entity = check.optional_id("entity_id", entity_id)
    size, first, most = list_params(limit, token, max_items, maximum=ENDPOINTS_PAGE_MAX)

    def make(page_token: str | None) -> Call:
        return Call.generated(
            list_webhook_events,
            op=Op.READ,
            api=Api.V3,
            event_type=kind,
            entity_id=entity,
            limit=size,
            token=page_token,
        )

    return make, first, most
