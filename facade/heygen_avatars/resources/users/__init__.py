"""The account behind the key: ``client.users``. `flows` sends, `faces` holds the two thin faces, `raw`
their ``with_raw_response`` forms."""

from .faces import AsyncUsers, Users

__all__ = ["AsyncUsers", "Users"]
