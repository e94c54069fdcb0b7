"""Time as a dependency: every wait goes through a `Clock`, so tests and the mock can run it virtually."""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable

__all__ = ["Clock", "SystemClock"]


@runtime_checkable
class Clock(Protocol):
    """A monotonic time source with sync and async sleeps.

    The mock's `VirtualClock` implements it too: sleeping on it advances virtual time
    (and so the mock's jobs) instead of waiting.
    """

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class SystemClock:
    """Real time: `time.monotonic`, `time.sleep` and `asyncio.sleep`."""

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # on first use: importing asyncio costs ~20 ms at `import heygen_avatars`

        await asyncio.sleep(max(seconds, 0.0))

    def __repr__(self) -> str:
        return "SystemClock()"
