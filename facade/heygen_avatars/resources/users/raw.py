"""``client.users.with_raw_response``: each method returns a `RawResponse` instead of its result."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.raw import to_async_raw, to_raw

if TYPE_CHECKING:
    from .faces import AsyncUsers, Users

__all__ = ["AsyncUsersWithRawResponse", "UsersWithRawResponse"]


class UsersWithRawResponse:
    """The methods of `Users`, each returning the HTTP response of its request."""

    def __init__(self, users: Users) -> None:
        self.me = to_raw(users.me)


class AsyncUsersWithRawResponse:
    """The methods of `AsyncUsers`, each returning the HTTP response of its request."""

    def __init__(self, users: AsyncUsers) -> None:
        self.me = to_async_raw(users.me)
