"""``client.users``: `Users` on `HeyGen`, `AsyncUsers` on `AsyncHeyGen`.

    me = client.users.me()                   # User: who the key belongs to, and what it has left
    print(me.username, me.billing_type, me.wallet.remaining_balance if me.wallet else None)

One cheap read, handy as a credential check: a wrong key raises `AuthenticationError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ..._core.options import RequestOptions
from ...types.users import User
from .flows import me_flow
from .raw import AsyncUsersWithRawResponse, UsersWithRawResponse

if TYPE_CHECKING:
    from ..._client import AsyncHeyGen, HeyGen

__all__ = ["AsyncUsers", "Users"]


class Users:
    """``client.users`` on `HeyGen`."""

    def __init__(self, client: HeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> UsersWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return UsersWithRawResponse(self)

    def me(self, **options: Unpack[RequestOptions]) -> User:
        """The account behind the key: profile, ``billing_type`` and the remaining balance or credits.

        Example: ``print(client.users.me().wallet)``
        """
        return self._client._run(me_flow(), options)


class AsyncUsers:
    """``client.users`` on `AsyncHeyGen`."""

    def __init__(self, client: AsyncHeyGen) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncUsersWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id; ``.parse()``)."""
        return AsyncUsersWithRawResponse(self)

    async def me(self, **options: Unpack[RequestOptions]) -> User:
        """The account behind the key, its billing type and remaining balance: ``await client.users.me()``."""
        return await self._client._run(me_flow(), options)
