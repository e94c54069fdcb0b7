"""v2 photo avatars: ``client.photo_avatars``. `checks` refuses bad input, `flows` decides every request,
`faces` holds the two thin faces (blocking and async), `raw` their ``with_raw_response`` forms."""

from .faces import AsyncPhotoAvatars, PhotoAvatars

__all__ = ["AsyncPhotoAvatars", "PhotoAvatars"]
