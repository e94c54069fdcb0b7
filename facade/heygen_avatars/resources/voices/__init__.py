"""Voices: ``client.voices``. `flows` checks the filters and builds the page requests, `faces` holds the
two thin faces (blocking and async), `raw` their ``with_raw_response`` forms."""

from .faces import AsyncVoices, Voices

__all__ = ["AsyncVoices", "Voices"]
