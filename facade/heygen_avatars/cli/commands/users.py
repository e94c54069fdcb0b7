"""``users``: the account behind the key (a credential check that also shows the remaining balance)."""

from __future__ import annotations

import argparse
from typing import Any

from ..._client import HeyGen
from ..progress import Reporter
from .common import Subparsers, command, group

__all__ = ["add_users"]


def _users_me(client: HeyGen, args: argparse.Namespace, reporter: Reporter) -> Any:
    return client.users.me()


def add_users(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    users = group(subparsers, "users", "the account behind the key")
    command(users, "me", _users_me, "who the key belongs to, its billing type and remaining balance", common)
