"""``client.webhooks.with_raw_response``: each request method returns a `RawResponse`, not its result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.raw import to_async_raw, to_async_raw_page, to_raw, to_raw_page

if TYPE_CHECKING:
    from .faces import AsyncWebhooks, Webhooks

__all__ = ["AsyncWebhooksWithRawResponse", "WebhooksWithRawResponse"]


class WebhooksWithRawResponse:
    """The request methods of `Webhooks`, each returning the HTTP response of its request (lists: the
    first page's, with ``parse()`` giving that `Page`)."""

    def __init__(self, webhooks: Webhooks) -> None:
        self.create = to_raw(webhooks.create)
        self.list = to_raw_page(webhooks.list)
        self.update = to_raw(webhooks.update)
        self.delete = to_raw(webhooks.delete)
        self.rotate_secret = to_raw(webhooks.rotate_secret)
        self.list_event_types = to_raw(webhooks.list_event_types)
        self.list_events = to_raw_page(webhooks.list_events)


class AsyncWebhooksWithRawResponse:
    """The request methods of `AsyncWebhooks`, each returning the HTTP response of its request."""

    def __init__(self, webhooks: AsyncWebhooks) -> None:
        self.create = to_async_raw(webhooks.create)
        self.list = to_async_raw_page(webhooks.list)
        self.update = to_async_raw(webhooks.update)
        self.delete = to_async_raw(webhooks.delete)
        self.rotate_secret = to_async_raw(webhooks.rotate_secret)
        self.list_event_types = to_async_raw(webhooks.list_event_types)
        self.list_events = to_async_raw_page(webhooks.list_events)
