"""HeyGen's rules for /v3/webhooks/*: endpoints, their signing secrets, and the log of events."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from .._core.validation import is_loopback_host
from ._backend_base import BackendBase, paginate
from ._routing import ApiError
from .state import WebhookEndpoint, WebhookEvent

__all__ = ["EVENT_TYPES", "WebhookRules"]

#: GET /v3/webhooks/event-types: the April 2026 document's WebhookEventType enum, described
EVENT_TYPES: dict[str, str] = {
    "avatar_video.success": "Avatar video completed successfully.",
    "avatar_video.fail": "Avatar video generation failed.",
    "avatar_video_gif.success": "Avatar video GIF generation completed.",
    "avatar_video_gif.fail": "Avatar video GIF generation failed.",
    "video_translate.success": "Video translation completed.",
    "video_translate.fail": "Video translation failed.",
    "personalized_video": "Personalized video event.",
    "instant_avatar.success": "Instant avatar creation completed.",
    "instant_avatar.fail": "Instant avatar creation failed.",
    "photo_avatar_generation.success": "Photo avatar generation completed.",
    "photo_avatar_generation.fail": "Photo avatar generation failed.",
    "photo_avatar_train.success": "Photo avatar training completed.",
    "photo_avatar_train.fail": "Photo avatar training failed.",
    "photo_avatar_add_motion.success": "Photo avatar motion addition completed.",
    "photo_avatar_add_motion.fail": "Photo avatar motion addition failed.",
    "proofread_creation.success": "Proofread creation completed.",
    "proofread_creation.fail": "Proofread creation failed.",
    "live_avatar.success": "Live avatar session completed.",
    "live_avatar.fail": "Live avatar session failed.",
    "avatar_video_caption.success": "Avatar video caption generation completed.",
    "avatar_video_caption.fail": "Avatar video caption generation failed.",
    "video_agent.success": "Video Agent session completed.",
    "video_agent.fail": "Video Agent session failed.",
}


def check_endpoint_url(url: str) -> str:
    """HeyGen: "a publicly accessible HTTPS URL". The mock also takes http:// on a loopback host, so that a
    local receiver can register (where it delivers is decided per delivery: loopback unless allowed)."""
    try:
        parts = urlsplit(url)
        scheme, hostname = parts.scheme, parts.hostname
    except ValueError:  # e.g. an unclosed "[": no URL at all
        scheme, hostname = "", None
    if (scheme == "https" and hostname) or (scheme == "http" and is_loopback_host(hostname)):
        return url
    raise ApiError(400, "invalid_parameter", "'url' must be a publicly accessible HTTPS URL.", "url")


class WebhookRules(BackendBase):
    """Endpoints (create, list, update, delete, rotate-secret) and delivered events."""

    def _secret(self) -> str:
        return f"whsec_{self.ids.hex()}"

    def create_endpoint(self, body: dict[str, Any]) -> WebhookEndpoint:
        endpoint = WebhookEndpoint(
            id=f"ep_{self.ids.hex()[:24]}",
            url=check_endpoint_url(str(body["url"])),
            events=None if body.get("events") is None else list(body["events"]),
            entity_id=body.get("entity_id"),
            created_at=self.epoch(),
            secret=self._secret(),
        )
        self.state.webhook_endpoints[endpoint.id] = endpoint
        return endpoint

    def endpoint(self, endpoint_id: str) -> WebhookEndpoint:
        return self._get(self.state.webhook_endpoints, endpoint_id, "Webhook endpoint not found.")

    def update_endpoint(self, endpoint_id: str, body: dict[str, Any]) -> WebhookEndpoint:
        endpoint = self.endpoint(endpoint_id)
        if body.get("url") is None and body.get("events") is None:
            raise ApiError(400, "invalid_parameter", "At least one of 'url' or 'events' must be provided.")
        if body.get("url") is not None:
            endpoint.url = check_endpoint_url(str(body["url"]))
        if body.get("events") is not None:
            endpoint.events = list(body["events"])
        return endpoint

    def delete_endpoint(self, endpoint_id: str) -> None:
        self.endpoint(endpoint_id)
        del self.state.webhook_endpoints[endpoint_id]

    def rotate_secret(self, endpoint_id: str) -> WebhookEndpoint:
        endpoint = self.endpoint(endpoint_id)
        endpoint.secret = self._secret()  # the old one stops verifying at once
        return endpoint

    def list_endpoints(self, limit: int, token: str | None) -> tuple[list[WebhookEndpoint], bool, str | None]:
        return paginate(list(self.state.webhook_endpoints.values()), limit, token)

    def list_events(
        self, event_type: str | None, entity_id: str | None, limit: int, token: str | None
    ) -> tuple[list[WebhookEvent], bool, str | None]:
        """Newest first, filtered by type and by an id the event is about."""
        events = [
            event
            for event in reversed(self.state.events)
            if (event_type is None or event.event_type == event_type)
            and (entity_id is None or event.mentions(entity_id))
        ]
        return paginate(events, limit, token)
