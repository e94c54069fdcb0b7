"""Webhooks: ``client.webhooks``. `checks` (arguments), `flows` (the ``/v3/webhooks/*`` requests),
`signatures` (HeyGen's signature shapes, verified), `delivery` (a delivery read into a typed event),
`receiver` (the ASGI app / ``handle`` that completes jobs on push), `faces` (the two thin faces), `raw`
(their ``with_raw_response`` forms)."""

from .faces import AsyncWebhooks, Webhooks
from .receiver import WebhookReceiver

__all__ = ["AsyncWebhooks", "WebhookReceiver", "Webhooks"]
