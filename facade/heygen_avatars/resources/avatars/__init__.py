"""v3 avatars: ``client.avatars``. `checks` refuses bad input, `flows` decides every request, `faces`
holds the two thin faces (blocking and async), `raw` their ``with_raw_response`` forms."""

from .faces import AsyncAvatars, Avatars

__all__ = ["AsyncAvatars", "Avatars"]
