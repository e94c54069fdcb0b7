"""Many flows at once inside one flow: how a batch runs its rows concurrently with either client.

`run_many` steps several sub-flows (one per row in flight), forwarding their effects to the driver one at
a time, and sleeps only when every one of them sleeps (until the earliest wakes). A sub-flow asking the
limiter for a slot is never blocked there: the ask is made without waiting, and a sub-flow not admitted
yet is parked until a slot may have freed (a job seen to end, a create settled) or its next check is due.
Requests are sent one after another; they are short, and what a batch waits for is its jobs.

Each sub-flow runs with its own `FlowContext` (a row's Idempotency-Key), and `Task.on_send` is told of the
first request after each slot granted (or each admission asked of a client without a limiter): the paid
create, which the journal records before it goes. When the batch stops (an interrupt), each sub-flow is
closed, except one whose create request was out: the interrupt is thrown into it, so that its slot stays
counted as after a lone call (HeyGen may start that job).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from .._core.admission import Lease, Pending
from .._core.flow import Admission, Context, Flow, FlowContext, Now, Send, Sleep
from .._core.interrupts import is_interrupt

__all__ = ["Task", "run_many"]

PARK_LIMIT = 30.0
"""Longest a parked create waits before asking again (a slot may free in another client or process)."""


class Task:
    """One sub-flow in `run_many`, and what it waits for."""

    __slots__ = (
        "armed", "context", "cut_off", "error", "flow", "on_done", "on_send", "parked", "value", "wake",
    )  # fmt: skip

    def __init__(
        self,
        flow: Flow[Any],
        on_done: Callable[[Task, Any, BaseException | None], None],
        context: FlowContext | None = None,
        on_send: Callable[[], None] | None = None,
    ) -> None:
        self.flow = flow
        self.on_done = on_done
        self.context = context
        self.on_send = on_send
        self.value: Any = None
        self.error: BaseException | None = None
        self.wake = 0.0
        self.parked: Admission | None = None  # an acquire to ask again
        self.armed = False  # a slot was granted: the next request is the create
        self.cut_off: BaseException | None = None  # an interrupt that came while its create was out


def run_many(
    start: Callable[[], Task | None], most: int, tick: Callable[[], Flow[None]] | None = None
) -> Flow[None]:
    """Run tasks, at most `most` at once, until `start` has none left and every task has ended; `tick`
    runs once a round (progress reports)."""
    tasks: list[Task] = []
    exhausted = False
    try:
        while True:
            while not exhausted and len(tasks) < most:
                task = start()
                if task is None:
                    exhausted = True
                else:
                    tasks.append(task)
            if not tasks:
                return
            if tick is not None:
                yield from tick()
            now: float = yield Now()
            freed = False
            ran = False
            for task in list(tasks):
                if task.wake > now:
                    continue
                if task.parked is not None:
                    granted = yield from _ask(task)
                    if not granted:
                        task.wake = now + _park_for(task, now)
                        continue
                ran = True
                done, released = yield from _step(task)
                freed = freed or released
                if done:
                    tasks.remove(task)
            if freed:  # a slot was freed: the parked creates ask again, in turn, until one must wait
                granted = yield from _ask_in_turn(tasks)
                if granted:
                    continue
            if not ran and tasks:
                now = yield Now()
                pause = min(task.wake for task in tasks) - now
                if pause > 0:
                    yield Sleep(pause)
    finally:
        for task in tasks:
            _give_up(task)
            _stop(task)


def _stop(task: Task) -> None:
    """Close a task's flow as the batch stops. A task whose create request was out when the interrupt came
    gets that interrupt thrown in instead, as a lone call would: `admitted_create` then keeps its slots
    counted (HeyGen may start the job), and the report of the request in flight goes on with it."""
    interrupt = task.cut_off
    if interrupt is None:
        task.flow.close()
        return
    try:
        task.flow.throw(interrupt)
    except BaseException:  # (that interrupt, or what the flow raised instead: the batch's own goes on)
        return
    task.flow.close()  # it went on (yielded): nothing more runs


def _give_up(task: Task) -> None:
    """A task stopped with an answer of the limiter its flow has not received (a parked place, or the
    slots granted to it since): hand it back here, since closing the flow cannot (`admit` had not got it)."""
    value = task.value
    owner: Any = None
    with contextlib.suppress(Exception):  # (the interrupt that stops the batch goes on)
        if isinstance(value, Pending):
            owner = value.ticket.owner
            if owner is not None:
                owner.cancel(value.ticket)
        elif isinstance(value, Lease):
            owner = value.owner
            if owner is not None:
                owner.discard(value)


def _ask_in_turn(tasks: list[Task]) -> Flow[bool]:
    """Parked creates ask again, first come first; the first still waiting stops the round (the ones
    behind it wait in the same queue). True if one may go on."""
    parked = sorted((t for t in tasks if t.parked is not None), key=lambda t: t.parked.args[2].seq)  # type: ignore[union-attr]
    any_granted = False
    for task in parked:
        granted = yield from _ask(task)
        if not granted:
            break
        task.wake = 0.0
        any_granted = True
    return any_granted


def _park_for(task: Task, now: float) -> float:
    pending = task.value
    if isinstance(pending, Pending) and pending.next_check is not None:
        return max(0.0, min(PARK_LIMIT, pending.next_check - now))
    return PARK_LIMIT


def _ask(task: Task) -> Flow[bool]:
    """Ask the limiter again for a parked task, without waiting; True when it may go on."""
    effect = task.parked
    assert effect is not None
    result = yield effect
    task.value = result
    if isinstance(result, Pending) and not result.checks:
        return False
    task.parked = None
    task.armed = isinstance(result, Lease)
    return True


def _step(task: Task) -> Flow[tuple[bool, bool]]:
    """Run `task` until it sleeps, parks or ends: (ended, a slot may have been freed)."""
    released = False
    while True:
        try:
            if task.error is not None:
                error, task.error = task.error, None
                effect = task.flow.throw(error)
            else:
                effect = task.flow.send(task.value)
        except StopIteration as stop:
            task.on_done(task, stop.value, None)
            return True, released
        except Exception as error:
            task.on_done(task, None, error)
            return True, released
        task.value = None
        if isinstance(effect, Sleep):
            task.wake = (yield Now()) + effect.seconds
            return False, released
        if isinstance(effect, Context) and task.context is not None:
            task.value = task.context
            continue
        if isinstance(effect, Admission):
            if effect.method == "acquire":
                label, weight, ticket, _wait = effect.args
                ask = Admission("acquire", (label, weight, ticket, 0))
                result = yield from _forward(task, ask)
                if isinstance(result, Pending) and not result.checks:
                    task.parked = Admission("acquire", (label, weight, result.ticket, 0))
                    task.value = result
                    now: float = yield Now()
                    task.wake = now + _park_for(task, now)
                    return False, released
                # a lease, or None from a client without a limiter: either way the create comes next
                task.armed = isinstance(result, Lease) or (result is None and task.error is None)
                continue
            result = yield from _forward(task, effect)
            released = released or result is True  # a slot was freed
            continue
        elif isinstance(effect, Send) and task.armed:
            task.armed = False
            # a cancellation the async driver held back while another row's create finished lands here,
            # before this create goes, not at its request (which `_stop` would take for one cut off)
            yield Sleep(0.0)
            if task.on_send is not None:
                task.on_send()
            yield from _forward(task, effect, create=True)
            continue
        yield from _forward(task, effect)


def _forward(task: Task, effect: Any, *, create: bool = False) -> Flow[Any]:
    """Perform one effect through the driver; its result (or error) goes to the task. An interrupt stops
    the batch; one that came while the task's `create` request was out is kept for the task (`_stop`)."""
    try:
        task.value = yield effect
    except Exception as error:  # handed to the task, as the driver would
        task.error = error
    except BaseException as interrupt:
        if create and is_interrupt(interrupt):
            task.cut_off = interrupt
        raise
    return task.value
