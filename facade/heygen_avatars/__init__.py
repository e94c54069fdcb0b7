"""heygen-avatars: the Python SDK for HeyGen photo avatars (v2) and avatars (v3)."""

from ._clock import Clock, SystemClock

__all__ = ["Clock", "SystemClock"]
__version__ = "0.1.0"
