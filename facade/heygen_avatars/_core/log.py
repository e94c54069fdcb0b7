"""The `heygen_avatars` logger, `HEYGEN_LOG`, and the filter that keeps secrets out of its records.

Every record logged by the SDK passes a `RedactingFilter` that replaces any API key a client was built
with (and any `x-api-key` / `authorization` header value) by `***` (`redact`), whatever handler ends up
printing it. `HEYGEN_LOG=debug|info` adds a stderr handler, as `OPENAI_LOG` does for openai-python:
``debug`` logs every request (method, URL, status or failure, milliseconds, request id) and every retry
with its reason, ``info`` job status changes and retries; any other value warns once.
"""

from __future__ import annotations

import logging
import os
import threading
import warnings

from .redact import redact

__all__ = ["RedactingFilter", "logger", "setup_logging"]

logger = logging.getLogger("heygen_avatars")


class RedactingFilter(logging.Filter):
    """Rewrites each record's message with secrets masked (it never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to logging's own error handling
            return True
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        return True


#: the values `HEYGEN_LOG` takes (empty and ``off``: no handler)
LOG_LEVELS = ("", "off", "info", "debug")
_configured = False
_lock = threading.Lock()


def setup_logging() -> None:
    """Add a stderr handler once if `HEYGEN_LOG` asks for one (read when the first client is built)."""
    global _configured
    with _lock:
        if _configured:
            return
        _configured = True
    level = os.environ.get("HEYGEN_LOG", "").strip().lower()
    if level not in LOG_LEVELS:
        warnings.warn(
            f"HEYGEN_LOG={level!r} is not a level this SDK knows; use debug (every request: method, URL, "
            "status, duration; every retry and why), info (job changes and retries) or off",
            RuntimeWarning,
            stacklevel=2,
        )
        return
    if level in {"debug", "info"}:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
        handler.addFilter(RedactingFilter())
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


# The filter must be in place before the first record, whoever handles it (caplog, the user's handlers).
logger.addFilter(RedactingFilter())
