"""Clocks for the mock: virtual time for tests, scaled real time for a server a person watches."""

from __future__ import annotations

import asyncio
import math
import threading
import time
from collections.abc import Callable

__all__ = ["ScaledClock", "VirtualClock"]

_MAX_STEPS = 100_000
"""A bound on the happenings one `sleep_until` steps through (then it jumps to its end)."""


class VirtualClock:
    """A `heygen_avatars.Clock` whose time only moves when told to.

    `sleep`/`asleep` advance it instead of waiting, so an SDK polling the mock runs in zero wall time,
    and the mock applies every job transition that came due (several at once if enough time passed).
    """

    def __init__(self, start: float = 0.0) -> None:
        self._start = float(start)
        self._now = float(start)
        self._listeners: list[Callable[[], None]] = []
        self._next_due: list[Callable[[], float | None]] = []
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        """Seconds of virtual time."""
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward and let the mock apply every transition that came due."""
        if not math.isfinite(seconds) or seconds < 0:
            raise ValueError(f"seconds must be a finite number >= 0, got {seconds!r}")
        with self._lock:
            self._now += seconds
        for listener in list(self._listeners):
            listener()

    def sleep(self, seconds: float) -> None:
        """Advance by `seconds` (negative counts as zero) without waiting."""
        self.advance(max(seconds, 0.0))

    async def asleep(self, seconds: float) -> None:
        """Advance by `seconds` (negative counts as zero) without waiting."""
        self.advance(max(seconds, 0.0))

    def subscribe(
        self, listener: Callable[[], None], next_due: Callable[[], float | None] | None = None
    ) -> None:
        """Call `listener` after every advance (the mock uses it to apply due transitions). `next_due`
        says when the subscriber next has something to do (None: nothing): `sleep_until` stops there."""
        self._listeners.append(listener)
        if next_due is not None:
            self._next_due.append(next_due)

    def sleep_until(self, ready: Callable[[], bool], seconds: float) -> None:
        """Advance up to `seconds`, from one scheduled happening (a job step, a webhook delivery) to the
        next, stopping as soon as `ready()` is true: a wait woken by a pushed event ends at the event."""
        end = self._now + max(seconds, 0.0)
        for _ in range(_MAX_STEPS):
            if ready():
                return
            upcoming = [due for due in (source() for source in self._next_due) if due is not None]
            step_to = min([end, *upcoming])
            if step_to >= end:
                self.advance(max(end - self._now, 0.0))
                return
            self.advance(max(step_to - self._now, 0.0))
        self.advance(max(end - self._now, 0.0))

    async def asleep_until(self, ready: Callable[[], bool], seconds: float) -> None:
        """`sleep_until` for the async face."""
        self.sleep_until(ready, seconds)

    def reset(self) -> None:
        """Back to the start time."""
        with self._lock:
            self._now = self._start

    def __repr__(self) -> str:
        return f"VirtualClock(now={self._now:.3f})"


class ScaledClock:
    """Real time running `speed` times faster: a 300 s training finishes in 5 s at speed 60."""

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError(f"speed must be > 0, got {speed!r}")
        self.speed = float(speed)
        self._origin = time.monotonic()

    def monotonic(self) -> float:
        """Scaled seconds since the clock was made."""
        return (time.monotonic() - self._origin) * self.speed

    def sleep(self, seconds: float) -> None:
        """Sleep `seconds` of scaled time."""
        if seconds > 0:
            time.sleep(seconds / self.speed)

    async def asleep(self, seconds: float) -> None:
        """Sleep `seconds` of scaled time."""
        await asyncio.sleep(max(seconds, 0.0) / self.speed)

    def set_speed(self, speed: float) -> None:
        """Run `speed` times faster from now on; scaled time goes on from where it is (no jump)."""
        if speed <= 0:
            raise ValueError(f"speed must be > 0, got {speed!r}")
        now, real = self.monotonic(), time.monotonic()
        self.speed = float(speed)
        self._origin = real - now / self.speed

    def reset(self) -> None:
        """Restart scaled time at zero."""
        self._origin = time.monotonic()

    def __repr__(self) -> str:
        return f"ScaledClock(speed={self.speed})"
