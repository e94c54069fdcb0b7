"""Admission control under HeyGen's per-key concurrency cap: the pure state, no I/O, no threads, no clock.

HeyGen runs at most N jobs at once per key (10 on pay-as-you-go) and answers 429 beyond that. A create
that starts a paid job first takes a *slot*; the slot is held until the job is seen to end (a status poll
reports it succeeded, failed or stopped for a person), so the client never has more than N jobs running.
Creates beyond the cap wait in a first-come queue (`Ticket`s, served in order; a ticket may need several
slots, e.g. four looks added in one call). A 429 that still comes (another process on the same key)
lowers the ceiling to what this client holds, and the ceiling climbs back by one slot per `recover_after`
seconds without another 429.

Slots whose job has not been polled for a while are offered to the queue's head as `due` checks: the
waiting create polls them itself (reads are never held back), so slots free up even in a program that
creates jobs without waiting for them. Those checks start at the kind's earliest finish, or, once jobs
of the kind have been seen to end, just before the shortest of them: a freed slot is found within
`check_step` seconds without polling a job through the part of its life it never ends in. A slot also
expires after `ttl` seconds (the job kind's longest wait): a job nobody looks at no longer blocks anyone
forever.

`LocalLimiter` (limiter.py) wraps this state with locks and waits for one process; `RedisLimiter`
(batch/redis_limiter.py) shares the cap among processes.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable
from typing import NamedTuple

__all__ = ["AdmissionState", "Lease", "Pending", "Slot", "Ticket"]

DEFAULT_RECOVER_AFTER = 60.0
"""Seconds without a 429 after which a lowered ceiling regains one slot."""
DEFAULT_CHECK_STEP = 5.0
"""How often the queue's head may poll one held job it is waiting on (seconds)."""
DEFAULT_TTL = 3600.0
"""Seconds a slot counts at most when nothing says how long its job may take."""


# Plain classes, not attrs: every client makes a limiter, and importing attrs would triple what
# `import heygen_avatars; HeyGen()` costs (benchmarks/ row 1).


class Slot:
    """One held place under the cap: a job being created, or running with id `job_id`. `check_after`:
    the time before which polling the job is pointless (its kind's earliest finish)."""

    __slots__ = ("bound_at", "check_after", "expires", "id", "job_id", "kind", "last_checked", "since")

    def __init__(self, slot_id: int, since: float, expires: float) -> None:
        self.id = slot_id
        self.since = since
        self.expires = expires
        self.kind: str | None = None
        self.job_id: str | None = None
        self.check_after = 0.0
        self.last_checked = 0.0
        self.bound_at = since

    def __repr__(self) -> str:
        return f"Slot(id={self.id}, kind={self.kind!r}, job_id={self.job_id!r})"


class Lease(NamedTuple):
    """The slots granted to one ticket (what a create settles once it knows its job ids); `owner` is the
    limiter that granted them (settling a lease on another limiter does nothing)."""

    slots: tuple[int, ...]
    owner: object = None


class Ticket:
    """A place in the queue for `weight` slots; `lease` is set when they are granted. `waiter` is how the
    limiter wakes the ticket's holder (a threading.Event, an event loop and its future)."""

    __slots__ = ("cancelled", "label", "lease", "owner", "seq", "since", "waiter", "weight")

    def __init__(self, seq: int, weight: int, label: str, since: float, owner: object = None) -> None:
        self.owner = owner  # the limiter whose queue it is in
        self.seq = seq
        self.weight = weight
        self.label = label
        self.since = since
        self.lease: Lease | None = None
        self.cancelled = False
        self.waiter: object = None

    def __repr__(self) -> str:
        granted = self.lease is not None
        return f"Ticket(seq={self.seq}, weight={self.weight}, label={self.label!r}, granted={granted})"


class Pending(NamedTuple):
    """Not admitted yet: keep the ticket, poll `checks` ((kind, job id) pairs) if any, then ask again.
    `next_check`: when the next held job becomes worth polling (None: none is)."""

    ticket: Ticket
    head: bool
    checks: tuple[tuple[str, str], ...] = ()
    next_check: float | None = None


class AdmissionState:
    """Slots, the queue and the adaptive ceiling of one key (see the module docstring)."""

    def __init__(
        self,
        limit: int,
        *,
        recover_after: float = DEFAULT_RECOVER_AFTER,
        check_step: float = DEFAULT_CHECK_STEP,
        ttl: float = DEFAULT_TTL,
    ) -> None:
        self.limit = limit
        self.recover_after = recover_after
        self.check_step = check_step
        self.ttl = ttl
        self.slots: dict[int, Slot] = {}
        self.by_job: dict[str, int] = {}
        self.queue: deque[Ticket] = deque()
        self._ids = itertools.count(1)
        self._floor = limit  # the ceiling right after the last 429
        self._throttled_at: float | None = None
        self.throttles = 0
        self.shortest: dict[str, float] = {}  # per kind: the shortest job seen to end (seconds)
        self.owner: object = None  # the limiter this state belongs to: leases name it

    # the ceiling -----------------------------------------------------------------------------------

    def ceiling(self, now: float) -> int:
        """How many slots may be held now: `limit`, or less for a while after a 429."""
        if self._throttled_at is None:
            return self.limit
        regained = int(max(0.0, now - self._throttled_at) // self.recover_after)
        if self._floor + regained >= self.limit:
            self._throttled_at = None
            return self.limit
        return self._floor + regained

    def throttled(self, now: float) -> None:
        """HeyGen answered a create 429: someone else uses part of the cap. Hold no more than we hold
        now, less the create that was refused, and climb back later."""
        self.throttles += 1
        held = len(self.slots)
        self._floor = max(1, min(self.ceiling(now), held - 1))
        self._throttled_at = now

    @property
    def held(self) -> int:
        return len(self.slots)

    # the queue --------------------------------------------------------------------------------------

    def enqueue(self, weight: int, label: str, now: float) -> Ticket:
        ticket = Ticket(next(self._ids), weight, label, now, self.owner)
        self.queue.append(ticket)
        return ticket

    def head(self) -> Ticket | None:
        while self.queue and self.queue[0].cancelled:
            self.queue.popleft()
        return self.queue[0] if self.queue else None

    def grant(self, ticket: Ticket, now: float) -> Lease:
        """Give `ticket` its slots (whether or not they fit: the caller decided) and take it off the queue."""
        ids = []
        for _ in range(ticket.weight):
            slot = Slot(next(self._ids), now, now + self.ttl)
            self.slots[slot.id] = slot
            ids.append(slot.id)
        ticket.lease = Lease(tuple(ids), self.owner)
        if ticket in self.queue:
            self.queue.remove(ticket)
        return ticket.lease

    def pump(self, now: float, fits: Callable[[Ticket], bool] | None = None) -> list[Ticket]:
        """Grant tickets from the head, in order, while they fit under the ceiling (or `fits` says so).
        Returns the tickets granted."""
        self.expire(now)
        granted = []
        ceiling = self.ceiling(now)
        while (head := self.head()) is not None:
            fit = fits(head) if fits is not None else len(self.slots) + head.weight <= ceiling
            if not fit:
                break
            self.grant(head, now)
            granted.append(head)
        return granted

    def cancel(self, ticket: Ticket) -> None:
        """The holder gave up: leave the queue, and hand back slots granted meanwhile."""
        ticket.cancelled = True
        if ticket in self.queue:
            self.queue.remove(ticket)
        if ticket.lease is not None:
            self.release(ticket.lease.slots)

    # slots --------------------------------------------------------------------------------------------

    def settle(
        self,
        lease: Lease,
        job_ids: Iterable[str],
        *,
        kind: str,
        now: float,
        check_after: float = 0.0,
        ttl: float | None = None,
        keep: bool = False,
    ) -> bool:
        """The create ended: bind one slot per job it started, free the rest (or keep them, unbound, until
        they expire: ``keep`` after a create whose outcome is unknown). True if a slot was freed."""
        ids = list(job_ids)
        freed = False
        for slot_id in lease.slots:
            slot = self.slots.get(slot_id)
            if slot is None:
                continue
            if ids:
                self._bind(slot, ids.pop(0), kind, now, check_after, ttl)
            elif keep:
                slot.kind = kind
                slot.expires = now + (self.ttl if ttl is None else ttl)
            else:
                self._drop(slot_id)
                freed = True
        return freed

    def adopt(
        self, job_id: str, *, kind: str, now: float, check_after: float = 0.0, ttl: float | None = None
    ) -> None:
        """Count a job already running (a resumed batch picks its jobs up): it holds a slot even above the
        ceiling, since HeyGen counts it."""
        if job_id in self.by_job:
            return
        slot = Slot(next(self._ids), now, now)
        self.slots[slot.id] = slot
        self._bind(slot, job_id, kind, now, check_after, ttl)

    def _bind(
        self, slot: Slot, job_id: str, kind: str, now: float, check_after: float, ttl: float | None
    ) -> None:
        slot.kind, slot.job_id = kind, job_id
        shortest = self.shortest.get(kind)
        if shortest is not None:  # jobs of this kind never ended sooner: no need to look before
            check_after = max(check_after, 0.9 * shortest)
        slot.bound_at = now
        slot.check_after = now + check_after
        slot.last_checked = now
        slot.expires = now + (self.ttl if ttl is None else ttl)
        self.by_job[job_id] = slot.id

    def release(self, slot_ids: Iterable[int]) -> None:
        for slot_id in slot_ids:
            self._drop(slot_id)

    def _drop(self, slot_id: int) -> None:
        slot = self.slots.pop(slot_id, None)
        if slot is not None and slot.job_id is not None and self.by_job.get(slot.job_id) == slot_id:
            del self.by_job[slot.job_id]

    def observe(self, job_id: str, done: bool, now: float) -> bool:
        """A status poll saw job `job_id`; when it is `done`, its slot is freed. True if a slot was freed."""
        slot_id = self.by_job.get(job_id)
        if slot_id is None:
            return False
        if done:
            slot = self.slots[slot_id]
            if slot.kind is not None and now > slot.bound_at:
                took = now - slot.bound_at  # an upper bound of the job's duration (seen this late)
                self.shortest[slot.kind] = min(took, self.shortest.get(slot.kind, took))
            self._drop(slot_id)
            return True
        self.slots[slot_id].last_checked = now
        return False

    def expire(self, now: float) -> None:
        for slot_id in [s.id for s in self.slots.values() if s.expires <= now]:
            self._drop(slot_id)

    def due(self, now: float, most: int = 3) -> tuple[tuple[tuple[str, str], ...], float | None]:
        """Held jobs worth polling now (past their kind's earliest finish, not polled for `check_step`),
        oldest first, and when the next one will be."""
        ready: list[Slot] = []
        upcoming: float | None = None
        for slot in self.slots.values():
            if slot.job_id is None or slot.kind is None:
                continue
            at = max(slot.check_after, slot.last_checked + self.check_step)
            if at <= now:
                ready.append(slot)
            elif upcoming is None or at < upcoming:
                upcoming = at
        ready.sort(key=lambda s: s.last_checked)
        checks = tuple((str(s.kind), str(s.job_id)) for s in ready[:most])
        for slot in ready[:most]:  # one poller per job: the next head will not poll it again at once
            slot.last_checked = now
        return checks, upcoming

    def pending(self, ticket: Ticket, now: float) -> Pending:
        """What a ticket not granted yet is told: the head also gets the held jobs worth polling."""
        if ticket is not self.head():
            return Pending(ticket, head=False)
        checks, upcoming = self.due(now)
        return Pending(ticket, head=True, checks=checks, next_check=upcoming)
