"""Webhook delivery: the mock POSTs its events to the endpoints subscribed to them and to the job's
``callback_url``, signed like HeyGen, with faults to choose.

* **Signed like HeyGen**: ``Heygen-Signature`` (hex HMAC-SHA256 of the raw body under the endpoint's secret),
  ``Heygen-Timestamp`` (unix seconds, the SDK's wall time), ``Heygen-Event-Id``; ``signature_shape`` picks
  one of the older shapes instead (``x-heygen-signature``, ``signature``). Per-call ``callback_url``
  deliveries are unsigned, as HeyGen documents them.
* **Loopback only** unless hosts are named (``MockHeyGen(webhook_hosts=[...])``, ``--webhook-host``,
  ``mock.configure(webhook_hosts=[...])``): a delivery to any other host is recorded (``attempts``, outcome
  ``not_contacted``), never sent, so a ``callback_url`` such as ``https://example.com/hook`` in a test or an
  example reaches nobody.
* **Retries**: a delivery that is not answered with 2xx within `TIMEOUT` seconds is tried again after
  30 s, doubling up to 4 h between tries, until 24 h after the first (HeyGen: "retries with exponential
  backoff for up to 24 h"; the intervals are the mock's).
* **Faults** (`configure`, seeded; `script` for the next deliveries, in order): a delivery delay drawn
  from a distribution (`Fault.latency`), ``drop`` (lost for good, never retried: as users report for
  photo-avatar events), ``duplicate`` (sent twice, same event id), ``reorder`` (held back `REORDER_BY`
  seconds, so later events overtake it), ``bad_signature`` (signed with another key), and `take_down` (the
  endpoint unreachable for a while: every try in that window fails and is retried).

Deliveries happen when the mock settles (each request, each advance of a `VirtualClock`, or the delivery
thread of a server on real time), outside the mock's lock: a receiver may call the mock while it is
being delivered to.
"""

from __future__ import annotations

import dataclasses
import hashlib
import heapq
import hmac
import itertools
import json
import random
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal, get_args
from urllib.parse import urlsplit

from .._core.validation import is_loopback_host
from .faults import Fault
from .state import IdFactory, WebhookEvent

if TYPE_CHECKING:
    import httpx

    from .state import MockState

__all__ = [
    "DELIVERY_FAULTS",
    "RETRY_FIRST",
    "RETRY_FOR",
    "SIGNATURE_SHAPES",
    "Attempt",
    "Dispatcher",
]

DeliveryFault = Literal["drop", "duplicate", "reorder", "bad_signature"]
DELIVERY_FAULTS: tuple[str, ...] = get_args(DeliveryFault)
SignatureShape = Literal["heygen-signature", "x-heygen-signature", "signature"]
SIGNATURE_SHAPES: tuple[str, ...] = get_args(SignatureShape)
TIMEOUT: Final = 10.0
REORDER_BY: Final = 5.0
"""Seconds a ``reorder`` fault holds a delivery back, so that the events after it overtake it."""
RETRY_FIRST: Final = 30.0
RETRY_CAP: Final = 4 * 3600.0
RETRY_FOR: Final = 24 * 3600.0


@dataclass(frozen=True, slots=True)
class Attempt:
    """One delivery attempt: when (mock clock), where, which event, try number, and what came of it:
    an HTTP status, ``"error"`` (no answer), ``"down"`` (`take_down`), ``"dropped"``, ``"not_contacted"``
    (a host that is not allowed)."""

    time: float
    url: str
    event_id: str
    event_type: str
    attempt: int
    outcome: int | str
    signed: bool


@dataclass(order=True)
class _Delivery:
    due: float
    seq: int
    url: str = field(compare=False)
    event: WebhookEvent = field(compare=False)
    secret: str | None = field(compare=False, repr=False)
    first: float = field(compare=False, default=0.0)
    attempt: int = field(compare=False, default=1)
    forged: bool = field(compare=False, default=False)


class Dispatcher:
    """The mock's webhook deliveries (``mock.webhooks``). Thread-safe. Its options come checked
    (`heygen_avatars.mock.settings`)."""

    def __init__(
        self,
        seed: int,
        now: Callable[[], float],
        *,
        hosts: Iterable[str] = (),
        transport: httpx.BaseTransport | None = None,
        signature_shape: SignatureShape = "heygen-signature",
    ) -> None:
        self.seed = seed
        self._now = now
        self.hosts = frozenset(host.lower() for host in hosts)
        self._transport = transport
        self.signature_shape: SignatureShape = signature_shape
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self.attempts: list[Attempt] = []
        self.reset()

    # configuration --------------------------------------------------------------------------------

    def reset(self) -> None:
        """No pending delivery, no fault, no record; the event ids and draws start again from the seed."""
        with self._lock:
            self._queue: list[_Delivery] = []
            self._seq = itertools.count()
            self._rng = random.Random(f"{self.seed}-webhooks")
            self.ids = IdFactory(self.seed + 7919)
            self.delay: Fault = Fault.latency(0.0)
            self.rates: dict[str, float] = dict.fromkeys(DELIVERY_FAULTS, 0.0)
            self._script: deque[str] = deque()
            self._down_until: float | None = None
            self.attempts.clear()

    def configure(self, *, delay: Fault | float | None = None, **rates: float) -> None:
        """Faults for every delivery from now on: ``delay`` (seconds, or `Fault.latency(...)` for a
        distribution) and the probability of each of `DELIVERY_FAULTS`, e.g. ``configure(delay=1.0,
        drop=0.3)``."""
        for name, rate in rates.items():
            if name not in DELIVERY_FAULTS:
                raise ValueError(f"unknown delivery fault {name!r}; allowed: {list(DELIVERY_FAULTS)}")
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must be a probability in [0, 1], got {rate!r}")
        if isinstance(delay, int | float):
            delay = Fault.latency(float(delay))
        if delay is not None and delay.kind != "latency":
            raise ValueError("delay must be seconds or a Fault.latency(...)")
        with self._lock:
            if delay is not None:
                self.delay = delay
            self.rates.update(rates)

    def script(self, *faults: str) -> None:
        """The next deliveries, one each in order, get these faults (``"none"`` for none)."""
        for fault in faults:
            if fault not in (*DELIVERY_FAULTS, "none"):
                raise ValueError(f"unknown delivery fault {fault!r}; allowed: {[*DELIVERY_FAULTS, 'none']}")
        with self._lock:
            self._script.extend(faults)

    def take_down(self, seconds: float) -> None:
        """Every endpoint is unreachable for `seconds` of the mock's clock: tries fail and are retried."""
        if seconds < 0:
            raise ValueError(f"seconds must be >= 0, got {seconds!r}")
        with self._lock:
            self._down_until = self._now() + seconds

    def deliver_through(self, transport: httpx.BaseTransport | None) -> None:
        """Send deliveries through `transport` (e.g. a receiver's ``transport()``: in-process, no socket);
        None: real HTTP. The loopback rule still decides which URLs are contacted."""
        with self._lock:
            client, self._client = self._client, None
            self._transport = transport
        if client is not None:
            client.close()

    def allowed(self, url: str) -> bool:
        """Whether the mock may contact `url`: a loopback host, or one named in ``hosts``."""
        try:
            host = urlsplit(url).hostname
        except ValueError:  # e.g. an unclosed "[": a callback_url no one can be reached at
            return False
        return is_loopback_host(host) or (host or "").lower() in self.hosts

    # publishing -----------------------------------------------------------------------------------

    def publish(self, event: WebhookEvent, state: MockState) -> None:
        """Schedule `event` for every endpoint that wants it and for its callback URL."""
        with self._lock:
            now = event.time
            targets: list[tuple[str, str | None]] = [
                (endpoint.url, endpoint.secret)
                for endpoint in state.webhook_endpoints.values()
                if endpoint.wants(event)
            ]
            if event.callback_url:
                targets.append((event.callback_url, None))  # HeyGen does not sign per-call callbacks
            for url, secret in targets:
                self._schedule(_Delivery(now, 0, url, event, secret, first=now))

    def _schedule(self, delivery: _Delivery) -> None:
        fault = self._script.popleft() if self._script else self._draw()
        if fault == "drop":
            self._record(delivery, "dropped")
            return
        delivery.forged = fault == "bad_signature"
        delivery.due += self.delay.draw_latency(self._rng) + (REORDER_BY if fault == "reorder" else 0.0)
        self._push(delivery)
        if fault == "duplicate":  # a second POST of the same event (same id), a moment later
            self._push(dataclasses.replace(delivery, due=delivery.due + self.delay.draw_latency(self._rng)))

    def _push(self, delivery: _Delivery) -> None:
        delivery.seq = next(self._seq)
        heapq.heappush(self._queue, delivery)

    def _draw(self) -> str:
        for name in DELIVERY_FAULTS:
            rate = self.rates[name]
            if rate and self._rng.random() < rate:
                return name
        return "none"

    # delivering -----------------------------------------------------------------------------------

    def next_due(self) -> float | None:
        """When the next delivery is due on the mock's clock (None: none pending)."""
        with self._lock:
            return self._queue[0].due if self._queue else None

    def take_due(self, now: float) -> list[_Delivery]:
        """Remove and return the deliveries due at `now`, in order."""
        with self._lock:
            due = []
            while self._queue and self._queue[0].due <= now:
                due.append(heapq.heappop(self._queue))
            return due

    def send(self, deliveries: Sequence[_Delivery], epoch: Callable[[], float]) -> None:
        """POST each delivery (outside the mock's lock); failures are scheduled again."""
        for delivery in deliveries:
            outcome = self._post(delivery, epoch)
            with self._lock:
                self._record(delivery, outcome)
                if (isinstance(outcome, int) and 200 <= outcome < 300) or outcome == "not_contacted":
                    continue
                wait = min(RETRY_CAP, RETRY_FIRST * 2 ** (delivery.attempt - 1))
                if delivery.due + wait - delivery.first <= RETRY_FOR:
                    delivery.due += wait
                    delivery.attempt += 1
                    self._push(delivery)

    def _post(self, delivery: _Delivery, epoch: Callable[[], float]) -> int | str:
        if not self.allowed(delivery.url):
            return "not_contacted"
        with self._lock:
            down = self._down_until is not None and delivery.due < self._down_until
        if down:
            return "down"
        body = json.dumps(delivery.event.body(), separators=(",", ":")).encode()
        headers = {"content-type": "application/json", "user-agent": "heygen-avatars-mock-webhooks"}
        if delivery.secret is not None:
            key = f"{delivery.secret}-forged" if delivery.forged else delivery.secret
            signature = hmac.new(key.encode(), body, hashlib.sha256).hexdigest()
            if self.signature_shape == "heygen-signature":
                headers["heygen-signature"] = signature
                headers["heygen-timestamp"] = str(int(epoch()))
                headers["heygen-event-id"] = delivery.event.event_id
            else:
                headers[self.signature_shape] = signature
        try:
            response = self._http().post(delivery.url, content=body, headers=headers)
        except Exception:  # connection refused, reset, timeout: not delivered
            return "error"
        return response.status_code

    def _http(self) -> httpx.Client:
        import httpx

        with self._lock:
            if self._client is None:
                self._client = httpx.Client(
                    transport=self._transport, timeout=TIMEOUT, follow_redirects=False
                )
            return self._client

    def _record(self, delivery: _Delivery, outcome: int | str) -> None:
        event = delivery.event  # the time is the try's own (a long advance catches up on several at once)
        self.attempts.append(
            Attempt(delivery.due, delivery.url, event.event_id, event.event_type, delivery.attempt, outcome,
                    delivery.secret is not None)
        )  # fmt: skip

    def pending(self) -> int:
        """Deliveries waiting (scheduled, or to be tried again)."""
        with self._lock:
            return len(self._queue)

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    def __repr__(self) -> str:
        return (
            f"Dispatcher(pending={self.pending()}, attempts={len(self.attempts)}, hosts={sorted(self.hosts)})"
        )
