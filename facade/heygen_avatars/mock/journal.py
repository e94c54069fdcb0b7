"""The request journal: every request the mock saw, what it answered and which faults fired.

It never holds headers or bodies, so the API key cannot leak through it.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from ._http import MockRequest, MockResponse

__all__ = ["Journal", "JournalEntry"]


@dataclass(slots=True)
class JournalEntry:
    """One request: when (mock clock), what, which operation, the status answered and its effects."""

    seq: int
    time: float
    method: str
    path: str
    query: str
    operation: str | None
    status: int
    faults: list[str] = field(default_factory=list)
    created_ids: list[str] = field(default_factory=list)
    error_code: str | None = None

    @classmethod
    def of(
        cls, seq: int, time: float, request: MockRequest, operation: str | None, response: MockResponse
    ) -> JournalEntry:
        """The entry of one exchange (its faults and created ids are added by the caller)."""
        code = None
        if response.status >= 400 and response.body[:1] == b"{":
            try:
                error = json.loads(response.body).get("error")
                code = error.get("code") if isinstance(error, dict) else None
            except (ValueError, AttributeError):
                code = None
        return cls(
            seq=seq, time=time, method=request.method, path=request.path, query=request.query,
            operation=operation, status=response.status, error_code=code,
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Journal:
    """Append-only list of `JournalEntry`, with a few assertions-friendly queries."""

    def __init__(self, limit: int | None = None) -> None:
        self.entries: list[JournalEntry] = []
        #: keep at most this many entries (the oldest go first); None = everything (tests)
        self.limit: int | None = None
        self.set_limit(limit)

    def set_limit(self, limit: int | None) -> None:
        """Keep at most `limit` entries from now on (the oldest beyond it go at once); None = all."""
        if limit is not None and limit < 1:
            raise ValueError(f"limit must be >= 1 or None, got {limit!r}")
        self.limit = limit
        if limit is not None and len(self.entries) > limit:
            del self.entries[: len(self.entries) - limit]

    def __iter__(self) -> Iterator[JournalEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def record(self, entry: JournalEntry) -> None:
        self.entries.append(entry)
        if self.limit is not None and len(self.entries) > self.limit:
            del self.entries[: len(self.entries) - self.limit]

    def clear(self) -> None:
        self.entries.clear()

    def for_operation(self, operation: str) -> list[JournalEntry]:
        """Entries of one operation (by operationId or ``"METHOD /template"``)."""
        return [entry for entry in self.entries if entry.operation == operation]

    def polls_of(self, resource_id: str) -> list[JournalEntry]:
        """GET requests whose path names `resource_id`."""
        return [
            entry for entry in self.entries if entry.method == "GET" and resource_id in entry.path.split("/")
        ]

    def intervals(self, resource_id: str) -> list[float]:
        """Seconds (mock clock) between consecutive polls of a resource: grade a poller's cadence."""
        times = [entry.time for entry in self.polls_of(resource_id)]
        return [later - earlier for earlier, later in itertools.pairwise(times)]

    def created_ids(self) -> list[str]:
        """Every id the mock created, in order."""
        return [created for entry in self.entries for created in entry.created_ids]
