"""How often to poll a job kind: a `Cadence` (first check at once, then backoff or a window of checks
around the kind's typical finishing times) and the `FailureBackoff` after a failed check. Pure arithmetic.
"""

from __future__ import annotations

import functools
import itertools
import math

import attrs

__all__ = ["Cadence", "FailureBackoff"]


@attrs.frozen
class FailureBackoff:
    """The sleep after a status check that failed transiently (connection, 408, 429, 5xx, bad body).

    A failed check says nothing about the job, so it does not follow the kind's cadence (a video job
    would wait 78 s after one dropped connection, a fast kind would hammer a failing server): the n-th
    failure in a row sleeps `initial * multiplier**(n-1)`, with proportional jitter of ±`jitter`, capped
    by the kind's `Cadence.cap`. A success resets it.
    """

    initial: float = 2.0
    multiplier: float = 2.0
    jitter: float = 0.2


@attrs.frozen
class Cadence:
    """How often to poll one job kind.

    The first check is immediate. Without a `window`, the n-th sleep after it is `initial * multiplier**n`.
    With `window=(start, end)`, the kind's typical finishing times in seconds after the job was created,
    a blind backoff is replaced by what the kind's durations say: the first sleep is `initial` (a kind may
    use it for one early check that catches fast failures), the next check is at `start`, then one every
    `step` seconds until `end`, then the sleeps grow from `step` by `multiplier`.

    Every sleep gets proportional jitter of ±`jitter`, is capped at `cap` and never below `floor`. A
    server hint (Retry-After on the status response, including 0) replaces it, bounded to [`floor`,
    `hint_cap`]. A check that failed transiently sleeps by `failure_backoff` instead. `timeout` is the
    default deadline of `wait()` for this kind.

    The plan is laid out on the job's age: a wait that joins an older job (resumed from a token, or
    waited on again) picks it up where that age falls (`resume`), not from the start.
    """

    initial: float
    cap: float
    timeout: float
    multiplier: float = 1.5
    floor: float = 1.0
    jitter: float = 0.2
    hint_cap: float = 120.0
    window: tuple[float, float] | None = None
    step: float = 0.0
    failure_backoff: FailureBackoff = FailureBackoff()

    def __attrs_post_init__(self) -> None:
        if self.window is not None:
            start, end = self.window
            if not 0 <= start <= end or self.step <= 0:
                raise ValueError(
                    f"window needs 0 <= start <= end and step > 0, got {self.window!r} and step {self.step!r}"
                )

    def delay(self, index: int, rand: float) -> float:
        """The sleep after poll number `index` (0-based); `rand` is uniform in [0, 1)."""
        return self.jittered(min(self.cap, self._planned(index)), rand)

    def jittered(self, seconds: float, rand: float) -> float:
        """`seconds` with the cadence's jitter, capped at `cap`, never below `floor`."""
        return self._spread(seconds, self.jitter, rand)

    def failure_delay(self, failures: int, rand: float) -> float:
        """The sleep after the `failures`-th transient failure in a row (1-based); see `FailureBackoff`."""
        backoff = self.failure_backoff
        base = min(self.cap, _power(backoff.initial, backoff.multiplier, failures - 1))
        return self._spread(base, backoff.jitter, rand)

    def _spread(self, seconds: float, jitter: float, rand: float) -> float:
        """`seconds` times U(1-jitter, 1+jitter), capped at `cap`, never below `floor`."""
        return min(self.cap, max(self.floor, seconds * (1.0 + jitter * (2.0 * rand - 1.0))))

    def resume(self, age: float) -> tuple[int, float]:
        """Where a wait joining a job `age` seconds old stands in the plan.

        The check made on joining stands for the planned check nearest to `age`. Returns the unjittered
        seconds from `age` to the planned check after that one, and the plan index of the sleep that
        follows it. A job of age 0 gives `(1, first planned sleep)`: a fresh wait.
        """
        index, into = self._locate(max(0.0, age))
        span = self._span(index)
        if into <= span / 2:
            return index + 1, span - into
        return index + 2, span - into + self._span(index + 1)

    def _locate(self, age: float) -> tuple[int, float]:
        """The planned sleep that spans `age` (its index) and the seconds of it already past."""
        index, at = 0, 0.0  # at: the planned time of check `index`
        while True:
            span = self._span(index)
            if age < at + span:
                return index, age - at
            if (index >= self._plan_length() and self._span(index + 1) == span) or index >= _LOCATE_STEPS:
                # the sleeps stay the same from here (capped or floored): go straight to `age`
                steps = int((age - at) // span)
                return index + steps, max(0.0, age - at - steps * span)
            at += span
            index += 1

    def _span(self, index: int) -> float:
        """The unjittered sleep after poll `index`."""
        return max(self.floor, min(self.cap, self._planned(index)))

    def _plan_length(self) -> int:
        if self.window is None:
            return 0
        return len(_window_plan(self.initial, self.window, self.step))

    def _planned(self, index: int) -> float:
        if self.window is None:
            return _power(self.initial, self.multiplier, index)
        plan = _window_plan(self.initial, self.window, self.step)
        if index < len(plan):
            return plan[index]
        return _power(self.step, self.multiplier, index - len(plan) + 1)

    def hinted(self, hint: float) -> float:
        """A server's hint, bounded: never faster than `floor`, never longer than `hint_cap`."""
        return min(self.hint_cap, max(self.floor, hint))


_LOCATE_STEPS = 10_000
"""A bound on the walk through a plan (a plan whose sleeps never settle is walked this far, then
extrapolated with its last sleep)."""


def _power(base: float, multiplier: float, exponent: int) -> float:
    """`base * multiplier**exponent`, infinite instead of an OverflowError (a job resumed days later)."""
    try:
        return base * multiplier**exponent
    except OverflowError:
        return math.inf


@functools.lru_cache(maxsize=64)
def _window_plan(initial: float, window: tuple[float, float], step: float) -> tuple[float, ...]:
    """The planned sleeps of a windowed cadence: to `initial`, to the window's start, then `step`s up to
    the first check at or after its end."""
    start, end = window
    times = [0.0, initial]
    check = start
    while True:
        if check > times[-1]:
            times.append(check)
        if check >= end:
            break
        check += step
    return tuple(later - earlier for earlier, later in itertools.pairwise(times))
