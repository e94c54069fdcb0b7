"""Many jobs at HeyGen's concurrency cap: batch runs from a manifest, their journal, and the limiter that
shares the cap among processes.

    summary = client.batch("videos.jsonl", out="results.jsonl")        # or: heygen-avatars batch ...
    client = HeyGen(limiter=RedisLimiter("redis://localhost:6379/0"))   # the cap shared by every process

Modules: `manifest` (reading and checking rows), `ops` (what a row may ask for), `journal` (SQLite),
`rows` (one row's flow), `scheduler` (many flows in one), `run` (a run), `results`, `faces`
(``client.batch``), `redis_limiter` (the ``redis`` extra).
"""

from typing import TYPE_CHECKING

from .results import BatchProgress, BatchSummary

if TYPE_CHECKING:
    from .redis_limiter import RedisLimiter as RedisLimiter

__all__ = ["BatchProgress", "BatchSummary", "RedisLimiter"]


def __getattr__(name: str) -> object:
    if name == "RedisLimiter":  # needs the "redis" extra: loaded only when asked for
        from .redis_limiter import RedisLimiter

        return RedisLimiter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
