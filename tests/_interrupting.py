"""`Interrupting`: the mock's in-process transport, interrupting the client at its ``at``-th request (the
interrupt tests of the workflow and of the creates share it), and a client of either face on it."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from conftest import mock_client
from heygen_avatars.mock import MockHeyGen
from heygen_avatars.mock.transports import MockHeyGenTransport


class Interrupting(MockHeyGenTransport):
    """The mock, interrupting the client at its ``at``-th request, after the mock acted on it: a Ctrl-C (sync)
    or a cancellation of ``task`` (async) while the answer is on its way."""

    def __init__(self, mock: MockHeyGen, at: int | None = None) -> None:
        super().__init__(mock)
        self.at = at
        self.seen = 0
        self.task: asyncio.Task[Any] | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.seen += 1
        if self.seen == self.at:
            raise KeyboardInterrupt
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self.seen += 1
        if self.seen == self.at:
            assert self.task is not None
            self.task.cancel()
            await asyncio.sleep(0)  # the cancellation lands while this request is in flight
        return response


def client_of(face: str, transport: Interrupting) -> Any:
    """A client of `face` on the interrupting transport's mock."""
    return mock_client(face, transport.mock, transport=transport)
