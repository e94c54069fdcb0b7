"""v3 videos: ``client.videos``. `checks` refuses bad input, `flows` decides every request, `faces`
holds the two thin faces (blocking and async), `raw` their ``with_raw_response`` forms."""

from .faces import AsyncVideos, Videos

__all__ = ["AsyncVideos", "Videos"]
