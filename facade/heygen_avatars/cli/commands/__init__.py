"""The subcommands of `heygen-avatars`: each parses its options and makes one facade call (or a wait).

A handler receives the client, the parsed arguments and a progress `Reporter`, and returns what to print.
No HeyGen logic lives here: checks, retries and waits are the SDK's.
"""

from __future__ import annotations

import argparse

from .avatars import add_avatars
from .common import Subparsers
from .jobs import add_jobs
from .media import add_media
from .photo_avatars import add_groups, add_looks, add_photos
from .users import add_users
from .webhooks import add_webhooks

__all__ = ["add_commands"]


def add_commands(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    """Every resource command; ``common`` holds the options each accepts after its name."""
    add_photos(subparsers, common)
    add_groups(subparsers, common)
    add_looks(subparsers, common)
    add_avatars(subparsers, common)
    add_media(subparsers, common)
    add_jobs(subparsers, common)
    add_users(subparsers, common)
    add_webhooks(subparsers, common)
