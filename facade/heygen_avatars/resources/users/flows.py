"""The sans-IO flow of ``client.users``: ``GET /v3/users/me``."""

from __future__ import annotations

from ..._core.call import Call, call
from ..._core.config import Op
from ..._core.flow import Flow
from ..._core.lazy import lazy
from ..._core.responses import Api
from ...types.users import User

# the generated endpoint, imported at first use (see _core/lazy.py)
get_user_me_v3 = lazy("heygen_avatars_generated.v3.api.user.get_user_me_v3")

__all__ = ["me_flow"]


def me_flow() -> Flow[User]:
    """``GET /v3/users/me``: the account, its billing type and remaining credits or balance."""
    response = yield from call(Call.generated(get_user_me_v3, op=Op.READ, api=Api.V3))
    user = User.from_raw(response.data)
    if not user.username:
        raise response.invalid("the response has no username")
    return user
