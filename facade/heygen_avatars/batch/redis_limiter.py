"""`RedisLimiter`: HeyGen's concurrency cap shared by every process and machine that uses one key.

    from heygen_avatars import HeyGen
    from heygen_avatars.batch import RedisLimiter

    limiter = RedisLimiter("redis://cache:6379/0", name="acme-heygen", max_concurrent_jobs=10)
    client = HeyGen(limiter=limiter)          # in every web or queue worker, on every machine

Each slot a process holds is a *lease* in one Redis sorted set (``<prefix>:<name>``), scored by when it
expires on Redis's own clock. Taking slots is one Lua script (drop expired leases, count, add if they
fit), so processes never together hold more than the cap. A background thread renews this process's
leases every third of `lease_ttl`; a process that dies (``kill -9``, a lost machine) stops renewing, and
its leases expire after at most `lease_ttl` seconds, freeing the slots for the others. Everything else
is `LocalLimiter`'s: in this process creates wait in order, a 429 lowers this process's ceiling for a
while, and slots follow the jobs (freed when a poll sees a job end). Across processes the order is first
come among the processes' queue heads, which ask Redis every `poll` seconds (client clock) while full.

Needs the ``redis`` extra (redis-py). Calls to Redis are synchronous (short round trips, also from the
async client). One `name` per HeyGen key: the cap is per key.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import secrets
import threading
import weakref
from typing import Any

from .._core.admission import Ticket
from .._core.clock import Clock
from .._core.limiter import DEFAULT_MAX_CONCURRENT_JOBS, LocalLimiter
from ..errors import InputValidationError, LimiterError

__all__ = ["RedisLimiter"]

_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local want = #ARGV - 3
local force = tonumber(ARGV[3]) == 1
if not force and redis.call('ZCARD', KEYS[1]) + want > tonumber(ARGV[1]) then
  return 0
end
for i = 4, #ARGV do
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[i])
end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]) * 4)
return 1
"""
_RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 2, #ARGV do
  redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[1]), ARGV[i])
end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]) * 4)
return 1
"""


class RedisLimiter(LocalLimiter):
    """At most `max_concurrent_jobs` paid jobs at once across every process using the same Redis and
    `name` (see the module docstring). ``redis``: a URL or a ``redis.Redis`` client; ``lease_ttl``: real
    seconds a dead process's slots stay taken; ``poll``: how often (client clock) a full queue's head
    asks Redis again; other options as `LocalLimiter`'s."""

    def __init__(
        self,
        redis: Any = "redis://localhost:6379/0",
        *,
        name: str = "default",
        max_concurrent_jobs: int = DEFAULT_MAX_CONCURRENT_JOBS,
        prefix: str = "heygen-avatars:limiter",
        lease_ttl: float = 30.0,
        poll: float = 1.0,
        **options: Any,
    ) -> None:
        super().__init__(max_concurrent_jobs, **options)
        if not isinstance(name, str) or not name:
            raise InputValidationError(
                "name", "expected a non-empty string naming the HeyGen key", value=name
            )
        if not lease_ttl > 0 or not poll > 0:
            raise InputValidationError(
                "lease_ttl", f"lease_ttl and poll must be > 0, got {lease_ttl!r}, {poll!r}"
            )
        try:
            import redis as redis_py
        except ImportError as exc:  # pragma: no cover - depends on the installed extras
            raise LimiterError(
                'RedisLimiter needs the "redis" extra: pip install "heygen-avatars[redis]"'
            ) from exc
        self._redis = redis_py.Redis.from_url(redis) if isinstance(redis, str) else redis
        self._errors: tuple[type[BaseException], ...] = (redis_py.RedisError,)
        self.key = f"{prefix}:{name}"
        self.lease_ttl = float(lease_ttl)
        self.poll = float(poll)
        self._holder = f"{os.getpid()}-{secrets.token_hex(4)}"
        self._members: dict[int, str] = {}  # slot id -> its lease in Redis
        self._counter = itertools.count(1)
        self._acquire_script = self._redis.register_script(_ACQUIRE)
        self._renew_script = self._redis.register_script(_RENEW)
        self._refused = False
        self._renewer: threading.Thread | None = None
        self._stop = threading.Event()

    # Redis ---------------------------------------------------------------------------------------------

    def _call(self, what: str, call: Any) -> Any:
        try:
            return call()
        except self._errors as error:
            raise LimiterError(f"the shared limiter ({self.key}) could not {what}: {error}") from None

    def _take(self, weight: int, force: bool = False) -> list[str] | None:
        members = [f"{self._holder}:{next(self._counter)}" for _ in range(weight)]
        ttl_ms = int(self.lease_ttl * 1000)
        args: list[str | int] = [self.max_concurrent_jobs, ttl_ms, int(force), *members]
        taken = self._call("take a slot", lambda: self._acquire_script(keys=[self.key], args=args))
        return members if int(taken) == 1 else None

    def _give_back(self) -> None:
        """Remove from Redis the leases of slots this process no longer holds."""
        gone = [slot for slot in self._members if slot not in self._state.slots]
        if not gone:
            return
        members = [self._members.pop(slot) for slot in gone]
        self._call("free a slot", lambda: self._redis.zrem(self.key, *members))

    def _renew(self) -> None:
        with self._lock:
            members = list(self._members.values())
        if members:
            ttl_ms = int(self.lease_ttl * 1000)
            self._renew_script(keys=[self.key], args=[ttl_ms, *members])

    def _start_renewing(self) -> None:
        if self._renewer is None or not self._renewer.is_alive():
            self._stop.clear()
            self._renewer = threading.Thread(
                target=_renew_loop, args=(weakref.ref(self),), name=f"heygen-limiter-{self.key}", daemon=True
            )
            self._renewer.start()

    def close(self) -> None:
        """Stop renewing and give every slot back (a process that exits cleanly frees them at once)."""
        self._stop.set()
        with self._lock:
            members = list(self._members.values())
            self._members.clear()
        if members:
            self._call("free its slots", lambda: self._redis.zrem(self.key, *members))

    # LocalLimiter's hooks --------------------------------------------------------------------------------

    def _pump(self, now: float) -> None:
        self._now_hint = now
        self._state.expire(now)
        self._give_back()
        before = self._state.head()
        granted: list[Ticket] = []
        ceiling = self._state.ceiling(now)
        self._refused = False
        try:
            while (head := self._state.head()) is not None and self._state.held + head.weight <= ceiling:
                members = self._take(head.weight)
                if members is None:
                    self._refused = True  # full across processes: ask again in `poll` seconds
                    break
                lease = self._state.grant(head, now)
                self._members.update(zip(lease.slots, members, strict=True))
                granted.append(head)
        finally:  # (also when Redis fails partway: what was granted is renewed, and its holder woken)
            if granted:
                self._start_renewing()
            self._wake(granted, before)

    def _wait_for(self, ticket: Ticket, now: float, wait: float | None) -> float:
        timeout = super()._wait_for(ticket, now, wait)
        if wait is None and self._refused and ticket is self._state.head():
            return min(timeout, self.poll)
        return timeout

    def adopt(self, clock: Clock, job_id: str, kind: str, check_after: float, ttl: float | None) -> None:
        with self._lock:
            before = set(self._state.slots)
            super().adopt(clock, job_id, kind, check_after, ttl)
            for slot in set(self._state.slots) - before:  # running at HeyGen: counted even above the cap
                members = self._take(1, force=True)
                if members:
                    self._members[slot] = members[0]
            self._start_renewing()

    def stats(self) -> dict[str, int]:
        stats = super().stats()
        count = self._call("count slots", lambda: self._redis.zcount(self.key, "(0", "+inf"))
        stats["shared_held"] = int(count)
        return stats

    def __repr__(self) -> str:
        return f"RedisLimiter(key={self.key!r}, max_concurrent_jobs={self.max_concurrent_jobs})"


def _renew_loop(ref: weakref.ReferenceType[RedisLimiter]) -> None:
    """The renewal thread: holds the limiter weakly, so a limiter nobody uses any more can go."""
    limiter = ref()
    if limiter is None:
        return
    stop, period = limiter._stop, limiter.lease_ttl / 3
    del limiter
    while not stop.wait(period):
        limiter = ref()
        if limiter is None:
            return
        with contextlib.suppress(Exception):  # the next beat retries; a lease outlives one missed beat
            limiter._renew()
        del limiter
