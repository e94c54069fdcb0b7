"""The mock's webhook events: emitted when its jobs end, delivered by `delivery.Dispatcher`, and a delivery
thread for a mock on real time. A mixin of `MockHeyGen`."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .state import WebhookEvent

if TYPE_CHECKING:
    from .._core.clock import Clock
    from .backend import Backend
    from .delivery import Dispatcher
    from .jobs import JobBoard

__all__ = ["Events"]


class Events:
    """`MockHeyGen`'s events and their deliveries (its constructor sets the attributes below)."""

    backend: Backend
    jobs: JobBoard
    clock: Clock
    webhooks: Dispatcher
    _event_listeners: list[Callable[[WebhookEvent], None]]
    _delivering: threading.Event | None

    if TYPE_CHECKING:

        def settle(self) -> None: ...  # `Scripting`

    @property
    def events(self) -> list[WebhookEvent]:
        """Webhook events (avatar_video.success, photo_avatar_train.fail, ...), oldest first."""
        return self.backend.state.events

    def on_event(self, listener: Callable[[WebhookEvent], None]) -> None:
        """Call `listener` with every webhook event (what HeyGen POSTs to your endpoints)."""
        self._event_listeners.append(listener)

    def _emit(self, event_type: str, data: dict[str, Any], callback_url: str | None = None) -> None:
        # when the job changed, which a settle after a long advance applies late
        at = self.jobs.moment if self.jobs.moment is not None else self.clock.monotonic()
        event = WebhookEvent(
            event_type, data, at, f"evt_{self.webhooks.ids.hex()[:24]}", self.backend.epoch_of(at) or 0.0,
            callback_url,
        )  # fmt: skip
        self.events.append(event)
        self.webhooks.publish(event, self.backend.state)
        for listener in list(self._event_listeners):
            listener(event)

    def _deliver_due(self) -> None:
        # outside the mock's lock: a receiver may call the mock while it is delivered to; again until none
        # is due, since a failed try may be due again already (a long advance catches up on retries)
        while due := self.webhooks.take_due(self.clock.monotonic()):
            from ..jobs import token

            self.webhooks.send(due, token.wall_time)

    def next_due(self) -> float | None:
        """When something next happens on the mock's clock (a job step, a delivery); None: nothing."""
        times = [t for t in (self.jobs.next_due(), self.webhooks.next_due()) if t is not None]
        return min(times) if times else None

    def start_deliveries(self, interval: float = 0.02) -> None:
        """On real time (a server), settle every `interval` real seconds in a daemon thread, so that jobs
        end and webhooks go out with no request coming in. `stop_deliveries` ends it."""
        if self._delivering is not None:
            return
        stop = self._delivering = threading.Event()

        def run() -> None:
            while not stop.wait(interval):
                self.settle()

        threading.Thread(target=run, name="heygen-mock-webhooks", daemon=True).start()

    def stop_deliveries(self) -> None:
        """End the delivery thread (if any) and close the deliveries' HTTP client."""
        if self._delivering is not None:
            self._delivering.set()
            self._delivering = None
        self.webhooks.close()
