"""Limiters: who may start a paid job now. `LocalLimiter` serves one process; `Limiter` is what any other
(e.g. `heygen_avatars.batch.RedisLimiter`, shared among processes) implements.

Flows never call a limiter: they yield an `Admission` effect (``_core.flow``) naming a method, and the
driver calls it, the sync driver ``limiter.<method>(clock, ...)``, the async one
``await limiter.a<method>(clock, ...)``. Only `acquire` may block: until the ticket is granted or `wait`
seconds pass on the client's clock (a real-time clock wakes early when a slot frees; a virtual one
just advances). Cancellation (KeyboardInterrupt, a cancelled task) while waiting gives the place up.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ..errors import InputValidationError
from .admission import (
    DEFAULT_CHECK_STEP,
    DEFAULT_RECOVER_AFTER,
    DEFAULT_TTL,
    AdmissionState,
    Lease,
    Pending,
    Ticket,
)
from .clock import Clock, SystemClock

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEFAULT_MAX_CONCURRENT_JOBS",
    "ENV_MAX_CONCURRENT_JOBS",
    "Limiter",
    "LocalLimiter",
    "default_limiter",
]

ENV_MAX_CONCURRENT_JOBS = "HEYGEN_MAX_CONCURRENT_JOBS"
DEFAULT_MAX_CONCURRENT_JOBS = 10
"""HeyGen's cap on pay-as-you-go plans (Enterprise: 20 and more)."""
MAX_IDLE_WAIT = 300.0
"""Longest wait of a ticket that is not at the head of the queue (it is woken when its turn comes)."""
HEAD_WAIT = 30.0
"""Longest wait of the head when no held job is worth polling yet."""


class Limiter(Protocol):
    """Admission control for one key. Every method takes the client's clock first; each has an async twin
    named with an ``a`` prefix (`aacquire`...), which the async driver awaits."""

    def acquire(
        self, clock: Clock, label: str, weight: int, ticket: Ticket | None, wait: float | None
    ) -> Lease | Pending:
        """Join the queue (``ticket=None``) or keep a place; the lease once granted, else `Pending`.
        ``wait``: seconds to block at most (0: never; None: the limiter's own choice)."""
        ...

    async def aacquire(
        self, clock: Clock, label: str, weight: int, ticket: Ticket | None, wait: float | None
    ) -> Lease | Pending: ...

    def settle(
        self,
        clock: Clock,
        lease: Lease,
        job_ids: Sequence[str],
        kind: str,
        check_after: float,
        ttl: float | None,
        keep: bool,
    ) -> bool:
        """A create ended: one slot per job id it started; the others freed (or kept with ``keep``). True
        when a slot was freed (a parked create may then ask again)."""
        ...

    async def asettle(
        self,
        clock: Clock,
        lease: Lease,
        job_ids: Sequence[str],
        kind: str,
        check_after: float,
        ttl: float | None,
        keep: bool,
    ) -> bool: ...

    def observe(self, clock: Clock, job_id: str, done: bool) -> bool:
        """A status poll saw `job_id`; a `done` job frees its slot (True when it did)."""
        ...

    async def aobserve(self, clock: Clock, job_id: str, done: bool) -> bool: ...

    def throttled(self, clock: Clock) -> None:
        """HeyGen answered a create 429 anyway: lower the ceiling for a while."""
        ...

    async def athrottled(self, clock: Clock) -> None: ...

    def adopt(self, clock: Clock, job_id: str, kind: str, check_after: float, ttl: float | None) -> None:
        """Count a job that is already running (picked up by a resumed batch)."""
        ...

    async def aadopt(
        self, clock: Clock, job_id: str, kind: str, check_after: float, ttl: float | None
    ) -> None: ...

    def cancel(self, ticket: Ticket) -> None:
        """Give a place up without blocking (a flow being closed cannot wait for I/O)."""
        ...

    def discard(self, lease: Lease) -> None:
        """Free a lease's slots without blocking (its create was abandoned before it knew its jobs)."""
        ...

    def stats(self) -> dict[str, int]:
        """``held``, ``queued``, ``ceiling`` and ``limit`` now (for progress displays)."""
        ...


def _check_limit(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InputValidationError(field, f"must be an integer >= 1, got {value!r}")
    return value


class LocalLimiter:
    """At most `max_concurrent_jobs` paid jobs at once in this process (one `HeyGen`/`AsyncHeyGen` and
    its `with_options` copies, or every client given the same limiter).

    ``recover_after``: seconds without a 429 after which a lowered ceiling regains a slot; ``check_step``:
    how often the queue's head polls one held job; ``ttl``: the longest a slot counts when its job kind
    says nothing (see `heygen_avatars._core.admission`).
    """

    def __init__(
        self,
        max_concurrent_jobs: int = DEFAULT_MAX_CONCURRENT_JOBS,
        *,
        recover_after: float = DEFAULT_RECOVER_AFTER,
        check_step: float = DEFAULT_CHECK_STEP,
        ttl: float = DEFAULT_TTL,
    ) -> None:
        limit = _check_limit(max_concurrent_jobs, "max_concurrent_jobs")
        self._state = AdmissionState(limit, recover_after=recover_after, check_step=check_step, ttl=ttl)
        self._state.owner = self
        self._lock = threading.RLock()

    @property
    def max_concurrent_jobs(self) -> int:
        return self._state.limit

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {
                "held": self._state.held,
                "queued": sum(1 for t in self._state.queue if not t.cancelled),
                "limit": self._state.limit,
                "ceiling": self._state.ceiling(self._now_hint),
                "throttles": self._state.throttles,
            }

    _now_hint = 0.0  # the last time seen (stats() has no clock)

    # granting: what a shared limiter overrides ------------------------------------------------------

    def _pump(self, now: float) -> None:
        """Grant what fits, in order, and wake whoever that concerns (under the lock)."""
        self._now_hint = now
        before = self._state.head()
        granted = self._state.pump(now)
        self._wake(granted, before)

    def _wake(self, granted: list[Ticket], head_before: Ticket | None) -> None:
        for ticket in granted:
            _notify(ticket)
        head = self._state.head()
        if head is not None and (head is not head_before or granted):
            _notify(head)  # the new head starts polling the jobs it waits on

    def _release(self, slot_ids: Sequence[int], now: float) -> None:
        self._state.release(slot_ids)
        self._pump(now)

    # acquire ----------------------------------------------------------------------------------------

    def _enter(self, clock: Clock, label: str, weight: int, ticket: Ticket | None) -> tuple[Ticket, float]:
        now = clock.monotonic()
        with self._lock:
            new = ticket is None
            if ticket is None:
                ticket = self._state.enqueue(weight, label, now)
            if ticket.lease is None and not ticket.cancelled:
                try:
                    self._pump(now)
                except BaseException:  # (a shared limiter's store failed) nobody holds the new place
                    if new:
                        self._state.cancel(ticket)
                    raise
        return ticket, now

    def _outcome(self, ticket: Ticket, now: float) -> Lease | Pending:
        with self._lock:
            if ticket.lease is None:
                self._pump(now)
            if ticket.lease is not None:
                return ticket.lease
            return self._state.pending(ticket, now)

    def _wait_for(self, ticket: Ticket, now: float, wait: float | None) -> float:
        if wait is not None:
            return wait
        with self._lock:
            if ticket is not self._state.head():
                return MAX_IDLE_WAIT
            upcoming = _next_check(self._state, now)
            return HEAD_WAIT if upcoming is None else max(0.0, min(HEAD_WAIT, upcoming - now))

    def acquire(
        self, clock: Clock, label: str, weight: int, ticket: Ticket | None, wait: float | None
    ) -> Lease | Pending:
        ticket, now = self._enter(clock, label, weight, ticket)
        if ticket.lease is not None or wait == 0:
            return self._outcome(ticket, now)
        timeout = self._wait_for(ticket, now, wait)
        try:
            if isinstance(clock, SystemClock):  # real time: wake as soon as a slot frees
                event = threading.Event()
                with self._lock:
                    ticket.waiter = event
                    granted = ticket.lease is not None
                if not granted:
                    event.wait(timeout)
            else:  # a virtual clock: nothing else runs meanwhile, time just moves on
                clock.sleep(timeout)
        except BaseException:
            self.cancel(ticket)
            raise
        finally:
            ticket.waiter = None
        return self._outcome(ticket, clock.monotonic())

    async def aacquire(
        self, clock: Clock, label: str, weight: int, ticket: Ticket | None, wait: float | None
    ) -> Lease | Pending:
        import asyncio

        ticket, now = self._enter(clock, label, weight, ticket)
        if ticket.lease is not None or wait == 0:
            return self._outcome(ticket, now)
        timeout = self._wait_for(ticket, now, wait)
        loop = asyncio.get_running_loop()
        woken: asyncio.Future[None] = loop.create_future()
        with self._lock:
            ticket.waiter = (loop, woken)
            if ticket.lease is not None:
                woken.set_result(None)
        sleeper = asyncio.ensure_future(clock.asleep(timeout))
        try:
            await asyncio.wait({woken, sleeper}, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:
            self.cancel(ticket)
            raise
        finally:
            sleeper.cancel()
            ticket.waiter = None
        return self._outcome(ticket, clock.monotonic())

    def cancel(self, ticket: Ticket) -> None:
        with self._lock:
            self._state.cancel(ticket)
            self._pump(self._now_hint)

    def discard(self, lease: Lease) -> None:
        with self._lock:
            self._release(lease.slots, self._now_hint)

    # after the create ---------------------------------------------------------------------------------

    def settle(
        self,
        clock: Clock,
        lease: Lease,
        job_ids: Sequence[str],
        kind: str,
        check_after: float,
        ttl: float | None,
        keep: bool,
    ) -> bool:
        if lease.owner is not self:
            return False
        now = clock.monotonic()
        with self._lock:
            freed = self._state.settle(
                lease, job_ids, kind=kind, now=now, check_after=check_after, ttl=ttl, keep=keep
            )
            self._pump(now)
        return freed

    async def asettle(
        self,
        clock: Clock,
        lease: Lease,
        job_ids: Sequence[str],
        kind: str,
        check_after: float,
        ttl: float | None,
        keep: bool,
    ) -> bool:
        return self.settle(clock, lease, job_ids, kind, check_after, ttl, keep)

    def observe(self, clock: Clock, job_id: str, done: bool) -> bool:
        now = clock.monotonic()
        with self._lock:
            if not self._state.observe(job_id, done, now):
                return False
            self._pump(now)
        return True

    async def aobserve(self, clock: Clock, job_id: str, done: bool) -> bool:
        return self.observe(clock, job_id, done)

    def throttled(self, clock: Clock) -> None:
        with self._lock:
            self._state.throttled(clock.monotonic())

    async def athrottled(self, clock: Clock) -> None:
        self.throttled(clock)

    def adopt(self, clock: Clock, job_id: str, kind: str, check_after: float, ttl: float | None) -> None:
        with self._lock:
            self._state.adopt(job_id, kind=kind, now=clock.monotonic(), check_after=check_after, ttl=ttl)

    async def aadopt(
        self, clock: Clock, job_id: str, kind: str, check_after: float, ttl: float | None
    ) -> None:
        self.adopt(clock, job_id, kind, check_after, ttl)

    def __repr__(self) -> str:
        stats = self.stats()
        return (
            f"{type(self).__name__}(max_concurrent_jobs={stats['limit']}, held={stats['held']}, "
            f"queued={stats['queued']})"
        )


def _next_check(state: AdmissionState, now: float) -> float | None:
    """When the head may next poll a held job (now if one is due)."""
    upcoming: float | None = None
    for slot in state.slots.values():
        if slot.job_id is None:
            continue
        at = max(slot.check_after, slot.last_checked + state.check_step)
        if upcoming is None or at < upcoming:
            upcoming = at
    return upcoming


def _notify(ticket: Ticket) -> None:
    waiter: Any = ticket.waiter
    if waiter is None:
        return
    if isinstance(waiter, threading.Event):
        waiter.set()
        return
    loop, future = waiter
    with contextlib.suppress(RuntimeError):  # its event loop is closed: nobody waits any more
        loop.call_soon_threadsafe(_resolve, future)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def default_limiter(max_concurrent_jobs: int | None) -> LocalLimiter | None:
    """The limiter a client makes: ``max_concurrent_jobs`` (argument, else HEYGEN_MAX_CONCURRENT_JOBS, else
    10); 0 turns admission control off."""
    if max_concurrent_jobs is None:
        raw = os.environ.get(ENV_MAX_CONCURRENT_JOBS, "").strip()
        if not raw:
            return LocalLimiter(DEFAULT_MAX_CONCURRENT_JOBS)
        try:
            max_concurrent_jobs = int(raw)
        except ValueError:
            raise InputValidationError(
                ENV_MAX_CONCURRENT_JOBS, f"must be an integer >= 0 (0: no admission control), got {raw!r}"
            ) from None
    if (
        isinstance(max_concurrent_jobs, bool)
        or not isinstance(max_concurrent_jobs, int)
        or max_concurrent_jobs < 0
    ):
        raise InputValidationError(
            "max_concurrent_jobs",
            f"must be an integer >= 0 (0: no admission control), got {max_concurrent_jobs!r}",
        )
    return LocalLimiter(max_concurrent_jobs) if max_concurrent_jobs else None
