"""`Blob`: bytes the mock received, kept in memory while small and in a temporary file above a threshold."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import IO, Final

__all__ = ["DEFAULT_SPOOL_BYTES", "Blob"]

#: bytes a blob keeps in memory before it moves to a temporary file
DEFAULT_SPOOL_BYTES: Final = 4 * 1024 * 1024
_HEAD_BYTES: Final = 64


class Blob:
    """Bytes written chunk by chunk: in memory up to `spool_bytes`, then in a temporary file (deleted when
    the blob is closed or collected). The SHA-256, size and first bytes are kept as they arrive, so a large
    upload is never held in memory, not even to hash it."""

    def __init__(self, spool_bytes: int = DEFAULT_SPOOL_BYTES, directory: Path | None = None) -> None:
        self.spool_bytes = spool_bytes
        self._directory = directory
        self._buffer = bytearray()
        self._file: IO[bytes] | None = None
        self._sha256 = hashlib.sha256()
        self.size = 0
        self.head = b""

    def write(self, chunk: bytes) -> None:
        if self._file is None and self.size + len(chunk) > self.spool_bytes:
            # open across writes, closed by close() (or when the blob is collected)
            self._file = tempfile.TemporaryFile(prefix="heygen-mock-", dir=self._directory)  # noqa: SIM115
            self._file.write(self._buffer)
            self._buffer = bytearray()
        if self._file is None:
            self._buffer += chunk
        else:
            self._file.write(chunk)
        if len(self.head) < _HEAD_BYTES:
            self.head = (self.head + chunk[:_HEAD_BYTES])[:_HEAD_BYTES]
        self._sha256.update(chunk)
        self.size += len(chunk)

    @property
    def on_disk(self) -> bool:
        """Whether the bytes went to a temporary file (more than `spool_bytes` of them)."""
        return self._file is not None

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of everything written."""
        return self._sha256.hexdigest()

    def read(self) -> bytes:
        """All the bytes (loads a spooled blob into memory: for serving files, not for checking them)."""
        if self._file is None:
            return bytes(self._buffer)
        self._file.flush()
        self._file.seek(0)
        return self._file.read()

    def close(self) -> None:
        """Free the memory or delete the temporary file."""
        if self._file is not None:
            self._file.close()
        self._buffer = bytearray()

    def __repr__(self) -> str:
        where = "disk" if self.on_disk else "memory"
        return f"Blob(size={self.size}, sha256={self.sha256[:12]}…, in {where})"
