"""The push inbox: verified webhook events waiting for the job waits that want them.

A client gets one when its first webhook receiver is made (``client.webhooks.receiver()``), shared with its
``with_options`` copies. The receiver (or ``client.webhooks.notify(event)``) feeds events in; the wait flow
(`waiting.py`) asks for them through the `Listen` effect, which the drivers hand to `listen` / `alisten`
here. An event ends the wait's sleep at once and the wait confirms it with one status read; until one
comes, kinds whose every job is announced (`PushSpec.safety`) are polled only by a slow safety poll.

Deliveries get lost (users report photo-avatar events that never fire), so the inbox keeps score per kind:
a check that finds a job finished with no event is a miss (`missed`) unless the event still comes (late,
not lost: it turns into a hit), a signal taken is a hit. A
kind with misses among its last `TRUST_WINDOW` outcomes (more than one in ten), or with fewer hits than
its `PushSpec.proven` (the photo-avatar kinds must show a few deliveries first), is not trusted: its waits
keep the kind's usual cadence, woken early by any event that does come. A lost event costs time, never
the result.

Events for jobs nobody is waiting on yet are kept (a job may end before `result()` is called), up to
`MAX_SIGNALS`, oldest dropped first.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from .._core.clock import Clock, SystemClock
from .kinds import JOB_KINDS

if TYPE_CHECKING:
    from ..types.webhooks import WebhookEvent

__all__ = ["MAX_SIGNALS", "TRUST_WINDOW", "PushInbox", "PushInfo", "Signal", "job_keys"]

MAX_SIGNALS: Final = 10_000
TRUST_WINDOW: Final = 20
"""Outcomes (hit or miss) remembered per kind to decide whether its deliveries are trusted."""
SLICE: Final = 0.25
"""Seconds a clock that cannot be woken (neither real time nor the mock's virtual time) sleeps between
looks at the inbox."""

Key = tuple[str, str]


class Signal(NamedTuple):
    """A job's end announced by a verified event: the job (kind, id) and the event."""

    kind: str
    job_id: str
    event: WebhookEvent


class _Outcome:
    """One delivery's fate for the trust score (a miss becomes a hit if its event arrives late)."""

    __slots__ = ("hit",)

    def __init__(self, hit: bool) -> None:
        self.hit = hit


class PushInfo(NamedTuple):
    """What `Listen` gives a wait: the signals taken for its jobs, and the kinds whose deliveries are
    trusted (their waits may rely on the slow safety poll)."""

    signals: tuple[Signal, ...]
    trusted: frozenset[str]


def job_keys(event: WebhookEvent) -> list[Key]:
    """The (kind, job id) pairs an event announces the end of (none for an event no kind listens to)."""
    keys: list[Key] = []
    for kind in JOB_KINDS.values():
        spec = kind.push
        if spec is None or event.event_type not in spec.events:
            continue
        job_id = spec.job_id(event.data)
        if job_id is not None:
            keys.append((kind.name, job_id))
    return keys


class PushInbox:
    """Thread-safe: a receiver may feed it from a server thread while waits listen on another thread or
    event loop."""

    def __init__(self, *, max_signals: int = MAX_SIGNALS) -> None:
        self._cond = threading.Condition()
        self._signals: OrderedDict[Key, Signal] = OrderedDict()
        self._max = max_signals
        self._outcomes: dict[str, deque[_Outcome]] = {}
        self._open_misses: OrderedDict[Key, _Outcome] = OrderedDict()  # misses whose event may yet come
        self._waiters: list[tuple[Any, Any]] = []  # (event loop, asyncio.Event) of async listeners

    # feeding ------------------------------------------------------------------------------------------

    def feed(self, event: WebhookEvent) -> list[Key]:
        """Keep `event` for the jobs it announces and wake every listener; the (kind, id) keys matched."""
        keys = job_keys(event)
        if not keys:
            return keys
        with self._cond:
            for key in keys:
                late = self._open_misses.pop(key, None)
                if late is not None:  # its job was found done first: late, not lost (and nobody waits)
                    late.hit = True
                    continue
                self._signals.pop(key, None)
                self._signals[key] = Signal(key[0], key[1], event)
            while len(self._signals) > self._max:
                self._signals.popitem(last=False)
            self._cond.notify_all()
            waiters = list(self._waiters)
        for loop, ready in waiters:
            with contextlib.suppress(RuntimeError):  # that loop is closed: its wait is gone
                loop.call_soon_threadsafe(ready.set)
        return keys

    # trust --------------------------------------------------------------------------------------------

    def missed(self, kind: str, job_id: str) -> None:
        """A check found the job (`kind`, `job_id`) finished and no event had come for it (yet)."""
        outcome = self._record(kind, False)
        with self._cond:
            self._open_misses[(kind, job_id)] = outcome
            while len(self._open_misses) > self._max:
                self._open_misses.popitem(last=False)

    def _record(self, kind: str, hit: bool) -> _Outcome:
        outcome = _Outcome(hit)
        with self._cond:
            self._outcomes.setdefault(kind, deque(maxlen=TRUST_WINDOW)).append(outcome)
        return outcome

    def trusted(self, kind: str) -> bool:
        """Whether `kind`'s deliveries arrive: at least its `PushSpec.proven` of them received, and at most
        one miss in ten of its recent outcomes (none while fewer than ten are known)."""
        spec = JOB_KINDS[kind].push if kind in JOB_KINDS else None
        needed = 0 if spec is None else spec.proven
        with self._cond:
            outcomes = self._outcomes.get(kind, ())
            misses = sum(1 for outcome in outcomes if not outcome.hit)
            return len(outcomes) - misses >= needed and misses * 10 < max(len(outcomes), 10)

    # listening ----------------------------------------------------------------------------------------

    def _has(self, keys: Iterable[Key]) -> bool:
        return any(key in self._signals for key in keys)

    def has(self, keys: Iterable[Key]) -> bool:
        with self._cond:
            return self._has(keys)

    def _info(self, keys: tuple[Key, ...]) -> PushInfo:
        with self._cond:
            taken = tuple(self._signals.pop(key) for key in keys if key in self._signals)
        for signal in taken:
            self._record(signal.kind, True)
        kinds = {kind for kind, _ in keys}
        return PushInfo(taken, frozenset(kind for kind in kinds if self.trusted(kind)))

    def listen(self, keys: tuple[Key, ...], seconds: float, clock: Clock) -> PushInfo:
        """Sleep up to `seconds` on `clock`, ending early when a signal for `keys` arrives; take them."""
        if seconds > 0 and not self.has(keys):
            self._wait(keys, seconds, clock)
        return self._info(keys)

    def _wait(self, keys: tuple[Key, ...], seconds: float, clock: Clock) -> None:
        ready: Callable[[], bool] = lambda: self.has(keys)  # noqa: E731
        sleep_until = getattr(clock, "sleep_until", None)
        if sleep_until is not None:  # virtual time: jump from one scheduled happening to the next
            sleep_until(ready, seconds)
        elif isinstance(clock, SystemClock):
            deadline = time.monotonic() + seconds
            with self._cond:
                while not self._has(keys):
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return
                    self._cond.wait(remaining)
        else:  # any other clock sleeps its own way: look between short sleeps
            end = clock.monotonic() + seconds
            while not ready():
                remaining = end - clock.monotonic()
                if remaining <= 0:
                    return
                clock.sleep(min(remaining, SLICE))

    async def alisten(self, keys: tuple[Key, ...], seconds: float, clock: Clock) -> PushInfo:
        """`listen` for the async face (a receiver on any thread or event loop wakes it)."""
        if seconds > 0 and not self.has(keys):
            await self._await(keys, seconds, clock)
        return self._info(keys)

    async def _await(self, keys: tuple[Key, ...], seconds: float, clock: Clock) -> None:
        import asyncio

        ready: Callable[[], bool] = lambda: self.has(keys)  # noqa: E731
        asleep_until = getattr(clock, "asleep_until", None)
        if asleep_until is not None:
            await asleep_until(ready, seconds)
        elif isinstance(clock, SystemClock):
            waiter = (asyncio.get_running_loop(), asyncio.Event())
            with self._cond:
                self._waiters.append(waiter)
            try:
                deadline = time.monotonic() + seconds
                while True:
                    waiter[1].clear()  # before looking: a feed after the look sets it again
                    remaining = deadline - time.monotonic()
                    if ready() or remaining <= 0:
                        return
                    try:
                        await asyncio.wait_for(waiter[1].wait(), remaining)
                    except TimeoutError:
                        return
            finally:
                with self._cond:
                    self._waiters.remove(waiter)
        else:
            end = clock.monotonic() + seconds
            while not ready():
                remaining = end - clock.monotonic()
                if remaining <= 0:
                    return
                await clock.asleep(min(remaining, SLICE))

    def __repr__(self) -> str:
        with self._cond:
            return f"PushInbox(signals={len(self._signals)})"
