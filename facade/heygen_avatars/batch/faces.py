"""``client.batch(manifest, ...)`` on `HeyGen` (the summary) and `AsyncHeyGen` (an awaitable of it)."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from .._core.flow import Flow
from .results import BatchSummary
from .run import BatchRun, ProgressCallback

if TYPE_CHECKING:
    from .._client import AsyncHeyGen, HeyGen

__all__ = ["batch"]

Manifest = str | os.PathLike[str] | Sequence[Mapping[str, Any]]


@overload
def batch(
    client: HeyGen,
    manifest: Manifest,
    *,
    out: str | os.PathLike[str] | None = None,
    journal: str | os.PathLike[str] | None = None,
    skip_invalid: bool = False,
    on_progress: ProgressCallback | None = None,
    wait_timeout: float | None = None,
    max_in_flight: int | None = None,
) -> BatchSummary: ...
@overload
def batch(
    client: AsyncHeyGen,
    manifest: Manifest,
    *,
    out: str | os.PathLike[str] | None = None,
    journal: str | os.PathLike[str] | None = None,
    skip_invalid: bool = False,
    on_progress: ProgressCallback | None = None,
    wait_timeout: float | None = None,
    max_in_flight: int | None = None,
) -> Awaitable[BatchSummary]: ...
def batch(
    client: HeyGen | AsyncHeyGen,
    manifest: Manifest,
    *,
    out: str | os.PathLike[str] | None = None,
    journal: str | os.PathLike[str] | None = None,
    skip_invalid: bool = False,
    on_progress: ProgressCallback | None = None,
    wait_timeout: float | None = None,
    max_in_flight: int | None = None,
) -> BatchSummary | Awaitable[BatchSummary]:
    """Run a manifest of jobs under the client's concurrency cap; resumable after any crash.

    ``manifest``: a JSON Lines file (or a list of dicts), one row per job,
    ``{"key": "<your row id>", "op": "videos.create", "args": {...}}``; ops are the job-creating methods
    (``videos.create`` / ``create_from_image``, ``avatars.create_from_photo`` / ``create_from_prompt`` /
    ``create_digital_twin``, ``photo_avatars.generate_photos`` / ``generate_looks`` / ``train``,
    ``create_photo_avatar``), args their keyword arguments (local files relative to the manifest). Every
    row is checked before anything is sent: bad rows raise `ManifestError` naming each one (line, key,
    field), unless ``skip_invalid``.

    ``journal`` (default: ``<manifest>.journal.sqlite`` beside a manifest file; in memory for a list) records
    each row before and after each create; running the same call again after a crash skips finished rows,
    waits for running jobs by their ids and settles creates that may have been sent before sending
    anything again. ``out``: a RESULTS.jsonl file (one line per row: key, status, ids, error).
    ``on_progress`` receives a `BatchProgress` as rows move (a coroutine function is awaited on
    `AsyncHeyGen`); ``wait_timeout`` bounds each job's wait (default: its kind's); ``max_in_flight``: rows in
    progress at once (default: twice the client's cap). Returns a `BatchSummary`. Example::

        summary = client.batch("videos.jsonl", out="results.jsonl", on_progress=print)
        summary.counts      # {"succeeded": 998, "failed": 2}
    """
    run = BatchRun(
        client, manifest, journal=journal, out=out, skip_invalid=skip_invalid, on_progress=on_progress,
        wait_timeout=wait_timeout, max_in_flight=max_in_flight,
    )  # fmt: skip
    return client._run(_closing(run))


def _closing(run: BatchRun) -> Flow[BatchSummary]:
    try:
        return (yield from run.flow())
    finally:
        run.close()
