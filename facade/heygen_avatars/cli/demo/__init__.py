"""The demo: the whole story on the embedded mock (or live), saved with a contact sheet. `story` plays it
(a library: `play_story`), `sheet` draws the contact sheet, `command` is ``heygen-avatars demo``."""

from .story import StoryResult, play_story

__all__ = ["StoryResult", "play_story"]
