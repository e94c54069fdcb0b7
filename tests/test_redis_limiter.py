"""RedisLimiter against a real redis-server that this module starts on 127.0.0.1: the cap is shared by
limiters in several clients and processes, and the slots of a process that dies come back after its lease.

``.ci/run`` installs redis-server with apt-get when it is missing; these tests skip, saying so, only
where it could not be installed (or the ``redis`` extra is absent)."""

from __future__ import annotations

import asyncio
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from heygen_avatars import AsyncHeyGen, LimiterError
from heygen_avatars._core.admission import Lease, Pending
from heygen_avatars.mock import MockHeyGen, VirtualClock
from heygen_avatars.mock._http import MockRequest, MockResponse
from heygen_avatars.mock.specs import Operation

redis = pytest.importorskip("redis", reason='the "redis" extra (redis-py) is not installed')
from heygen_avatars.batch import RedisLimiter  # noqa: E402

SERVER = shutil.which("redis-server")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    if SERVER is None:
        pytest.skip("redis-server is not installed here (.ci/run installs it with apt-get where it can)")
    port = free_port()
    server = subprocess.Popen(
        [SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    try:
        for _ in range(200):  # up to 10 s for it to listen
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        else:
            pytest.fail("redis-server did not start within 10 s")
        yield url
    finally:
        client.close()
        server.terminate()
        server.wait(5)


@pytest.fixture
def name(request: pytest.FixtureRequest) -> str:
    return f"test-{request.node.name}"


def take(limiter: RedisLimiter, clock: VirtualClock, weight: int = 1) -> Lease | Pending:
    return limiter.acquire(clock, "video", weight, None, 0)


def test_two_limiters_share_one_cap(redis_url: str, name: str) -> None:
    clock = VirtualClock()
    one = RedisLimiter(redis_url, name=name, max_concurrent_jobs=3)
    two = RedisLimiter(redis_url, name=name, max_concurrent_jobs=3)
    held = take(one, clock, 2)
    assert isinstance(held, Lease)
    assert isinstance(take(two, clock), Lease)
    waiting = take(two, clock)
    assert isinstance(waiting, Pending)  # three of three are taken, across both
    one.settle(clock, held, ["job-1"], "video", 0.0, None, False)  # one of its two slots was not needed
    assert isinstance(two.acquire(clock, "video", 1, waiting.ticket, 0), Lease)
    assert two.stats()["shared_held"] == 3
    one.close()
    two.close()


def test_another_name_is_another_cap(redis_url: str, name: str) -> None:
    clock = VirtualClock()
    one = RedisLimiter(redis_url, name=name, max_concurrent_jobs=1)
    other = RedisLimiter(redis_url, name=name + "-other", max_concurrent_jobs=1)
    assert isinstance(take(one, clock), Lease) and isinstance(take(other, clock), Lease)
    one.close()
    other.close()


def test_a_living_holder_keeps_its_leases_past_their_ttl(redis_url: str, name: str) -> None:
    clock = VirtualClock()
    holder = RedisLimiter(redis_url, name=name, max_concurrent_jobs=1, lease_ttl=0.3)
    other = RedisLimiter(redis_url, name=name, max_concurrent_jobs=1, lease_ttl=0.3)
    assert isinstance(take(holder, clock), Lease)
    time.sleep(1.0)  # three lease lifetimes: renewed by the holder's thread
    waiting = take(other, clock)
    assert isinstance(waiting, Pending)
    holder.close()  # closing gives the slot back at once
    assert isinstance(other.acquire(clock, "video", 1, waiting.ticket, 0), Lease)
    other.close()


HOLDER = """
import sys, time
from heygen_avatars.batch import RedisLimiter
from heygen_avatars.mock import VirtualClock
limiter = RedisLimiter(sys.argv[1], name=sys.argv[2], max_concurrent_jobs=2, lease_ttl=0.5)
limiter.acquire(VirtualClock(), "video", 2, None, 0)
print("held", flush=True)
time.sleep(60)
"""


def test_the_slots_of_a_process_that_dies_come_back_after_its_lease(redis_url: str, name: str) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, redis_url, name],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held", holder.stderr
        clock = VirtualClock()
        other = RedisLimiter(redis_url, name=name, max_concurrent_jobs=2, lease_ttl=0.5)
        assert isinstance(take(other, clock), Pending)  # the other process holds both
        holder.send_signal(signal.SIGKILL)
        holder.wait(5)
        result: Lease | Pending = take(other, clock)
        deadline = time.monotonic() + 5.0
        while isinstance(result, Pending) and time.monotonic() < deadline:
            time.sleep(0.1)
            result = other.acquire(clock, "video", 1, result.ticket, 0)
        assert isinstance(result, Lease), "the dead process's leases never expired"
        other.close()
    finally:
        if holder.poll() is None:
            holder.kill()


@pytest.mark.anyio
async def test_clients_with_their_own_limiters_stay_under_one_shared_cap(redis_url: str, name: str) -> None:
    mock = MockHeyGen(api_key="k", seed=9)
    running: list[int] = []

    def hook(request: MockRequest, operation: Operation, response: MockResponse) -> None:
        if request.method == "POST" and operation.template == "/v3/avatars":
            running.append(sum(1 for _ in mock.jobs.running()))

    mock.response_hooks.append(hook)
    limiters = [RedisLimiter(redis_url, name=name, max_concurrent_jobs=3, poll=2.0) for _ in range(2)]
    clients = [
        AsyncHeyGen(api_key="k", transport=mock.transport(), clock=mock.clock, limiter=limiter)
        for limiter in limiters
    ]

    async def one(client: Any, index: int) -> str:
        new = await client.avatars.create_from_photo(name=f"n{index}", url="https://example.com/f.png")
        return str((await new.job.result()).id)

    looks = await asyncio.gather(*(one(clients[i % 2], i) for i in range(12)))
    assert len(set(looks)) == 12
    assert max(running) <= 3 and not any(entry.status == 429 for entry in mock.journal)
    for limiter in limiters:
        limiter.close()


def test_an_unreachable_redis_is_a_clear_error_and_nothing_is_sent() -> None:
    nowhere = redis.Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=0.5)
    limiter = RedisLimiter(nowhere, name="nowhere")
    with pytest.raises(LimiterError, match="heygen-avatars:limiter:nowhere"):
        take(limiter, VirtualClock())


def test_a_redis_failure_partway_through_granting_still_wakes_and_renews_what_was_granted(
    redis_url: str, name: str
) -> None:
    """Redis fails after one queued create was granted its slot and before the next: the granted one is
    woken and its lease renewed (else it sleeps on while its lease expires in Redis and another process
    takes the slot), and the create whose acquire failed leaves the queue (no slot is later granted to it)."""
    clock = VirtualClock()
    other = RedisLimiter(redis_url, name=name, max_concurrent_jobs=2)
    assert isinstance(take(other, clock, 2), Lease)
    one = RedisLimiter(redis_url, name=name, max_concurrent_jobs=2)
    first, second = take(one, clock), take(one, clock)
    assert isinstance(first, Pending) and isinstance(second, Pending)
    woken = threading.Event()
    first.ticket.waiter = woken  # as the thread waiting in acquire for its turn
    other.close()  # both slots free in Redis
    script, calls = one._acquire_script, []

    def second_call_fails(**kwargs: Any) -> Any:
        calls.append(kwargs)
        if len(calls) == 2:
            raise redis.ConnectionError("connection lost")
        return script(**kwargs)

    one._acquire_script = second_call_fails
    with pytest.raises(LimiterError):
        take(one, clock)  # its pump grants `first`, then Redis fails on `second`
    assert first.ticket.lease is not None and woken.is_set()
    assert one._renewer is not None and one._renewer.is_alive()
    assert one.stats()["queued"] == 1  # `second` only
    one._acquire_script = script
    one.close()
