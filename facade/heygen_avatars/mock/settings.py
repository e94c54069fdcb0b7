"""Every option of `MockHeyGen(...)`, checked and applied in one place.

The constructor, ``mock.configure(...)``, the command line (``heygen-avatars mock --training-vocabulary
success ...``) and the control plane (``POST /_mock/config``) all go through `check`, so each option is
refused with the same words wherever it is set. ``mock.settings()`` (``GET /_mock/config``) reads them back.
`NOT_SETTINGS` names the constructor's other arguments, and why a running mock does not change them.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from .clock import ScaledClock, VirtualClock
from .delivery import SIGNATURE_SHAPES
from .jobs import REALISTIC_DURATIONS, JobBoard, default_vocabularies

if TYPE_CHECKING:
    from .core import MockHeyGen

__all__ = [
    "NOT_SETTINGS",
    "SETTINGS",
    "TRAINING_VOCABULARIES",
    "TWIN_TYPES",
    "check",
    "configure",
    "current",
]

TRAINING_VOCABULARIES: Final = ("ready", "success")
TWIN_TYPES: Final = ("digital_twin", "video")


def _int(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be an integer >= {minimum}, got {value!r}")
    return value


def _seconds(name: str, value: object, *, positive: bool) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if value < 0 or (positive and value == 0):
        raise ValueError(f"{name} must be {'> 0' if positive else '>= 0'}, got {value!r}")
    return float(value)


def _choice(name: str, value: object, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, allowed))}, got {value!r}")
    return cast(str, value)


def _durations(value: object) -> dict[str, tuple[float | None, ...]]:
    if not isinstance(value, Mapping):
        raise ValueError(f"durations must map a job kind to its phase seconds, got {value!r}")
    checked: dict[str, tuple[float | None, ...]] = {}
    for kind, phases in value.items():
        if kind not in REALISTIC_DURATIONS:
            raise ValueError(f"unknown job kind {kind!r}; allowed: {sorted(REALISTIC_DURATIONS)}")
        if isinstance(phases, str | bytes) or not isinstance(phases, Sequence):
            raise ValueError(f"durations[{kind!r}] must be a list of seconds (or None), got {phases!r}")
        checked[kind] = tuple(
            None if phase is None else _seconds(f"durations[{kind!r}]", phase, positive=False)
            for phase in phases
        )  # the phase count is checked against the kind's vocabulary by JobBoard.set_durations
    return checked


def _text(name: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{name} must be a non-empty string, got {type(value).__name__}")
    return value


def _directory(value: object) -> Path:
    if not isinstance(value, str | Path) or not str(value).strip():
        raise ValueError(f"storage_dir must be a folder path, got {value!r}")
    path = Path(value)
    if not path.is_dir():
        raise ValueError(f"storage_dir must be an existing folder, got {str(path)!r}")
    return path


def _hosts(value: object) -> tuple[str, ...]:
    # a lone string would be read as its letters: refused, as is an empty or spaced name
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise ValueError(f"webhook_hosts must be a list of host names, got {value!r}")
    value = list(value)
    for host in value:
        if not isinstance(host, str) or not host or any(c.isspace() or c in "/@" for c in host):
            raise ValueError(
                f"webhook_hosts must hold bare host names (e.g. 'hooks.example.com'), got {host!r}"
            )
    return tuple(sorted({host.lower() for host in value}))


def _bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"{name} must be true or false, got {value!r}")
    return value


_CHECKS: Final[dict[str, Callable[[object], Any]]] = {
    "api_key": lambda v: _text("api_key", v),  # never echoed: it may be a real key pasted by mistake
    "seed": lambda v: _int("seed", v, 0),
    "speed": lambda v: _seconds("speed", v, positive=True),
    "durations": _durations,
    "training_vocabulary": lambda v: _choice("training_vocabulary", v, TRAINING_VOCABULARIES),
    "digital_twin_type": lambda v: _choice("digital_twin_type", v, TWIN_TYPES),
    "max_concurrent_jobs": lambda v: _int("max_concurrent_jobs", v, 1),
    "strict_responses": lambda v: _bool("strict_responses", v),
    "url_ttl": lambda v: _seconds("url_ttl", v, positive=True),
    "journal_limit": lambda v: None if v is None else _int("journal_limit", v, 1),
    "upload_url_ttl": lambda v: _int("upload_url_ttl", v, 1),
    "direct_upload_max_bytes": lambda v: _int("direct_upload_max_bytes", v, 1),
    "spool_bytes": lambda v: _int("spool_bytes", v, 0),
    "storage_dir": lambda v: None if v is None else _directory(v),
    "webhook_hosts": _hosts,
    "webhook_signature": lambda v: _choice("webhook_signature", v, SIGNATURE_SHAPES),
    "poll_hints": lambda v: None if v is None else _bool("poll_hints", v),
}
#: what `configure` (and the control plane) can change; ``api_key`` can be set but is never read back
SETTINGS: Final = tuple(_CHECKS)
#: `MockHeyGen`'s arguments that `configure` (and ``/_mock/config``) does not change, and why
NOT_SETTINGS: Final[dict[str, str]] = {
    "clock": "an object; the flags choose it (--speed, --realistic, --virtual) and `speed` changes its pace",
    "specs_dir": "read once as the mock starts (its operations and routes): the --specs-dir flag only",
    "webhook_transport": (
        "an in-process object (e.g. a receiver's transport()): no flag or JSON carries it; a running mock "
        "takes another with mock.webhooks.deliver_through(...)"
    ),
}


_BACKEND_OPTIONS: Final = (
    "digital_twin_type", "url_ttl", "upload_url_ttl", "direct_upload_max_bytes", "spool_bytes", "storage_dir",
)  # fmt: skip


def check(**values: Any) -> dict[str, Any]:
    """The given options, checked (``ValueError`` naming the option and what it takes)."""
    unknown = sorted(set(values) - set(SETTINGS))
    if unknown:
        raise ValueError(f"unknown mock option(s) {unknown}; allowed: {', '.join(SETTINGS)}")
    return {name: _CHECKS[name](value) for name, value in values.items()}


def configure(mock: MockHeyGen, **changes: Any) -> None:
    """Apply checked options to a running mock (every one checked before any is applied).

    ``seed`` starts the mock again from that seed (resources, jobs and journal are reset, as a new mock's
    would be); ``durations`` become the mock's defaults (kept over a reset); ``training_vocabulary`` applies
    to trainings started from now on; ``speed`` needs a mock on scaled real time.
    """
    values = check(**changes)
    if "speed" in values and not isinstance(mock.clock, ScaledClock):
        raise ValueError("speed applies to a mock on scaled real time; this one runs on virtual time")
    if "durations" in values:  # a dry run: every kind's phase count checked before anything is set
        JobBoard(mock.jobs.vocabularies, {**mock.jobs.durations, **values["durations"]})
    # every option is valid: apply them
    if "durations" in values:
        mock.jobs.set_durations(values["durations"])
        mock._initial_durations = {**mock._initial_durations, **values["durations"]}
    if "speed" in values:
        cast(ScaledClock, mock.clock).set_speed(values["speed"])
    if "api_key" in values:
        mock.api_key = values["api_key"]
    if "training_vocabulary" in values:
        mock.jobs.vocabularies["training"] = default_vocabularies(values["training_vocabulary"])["training"]
    if "max_concurrent_jobs" in values:
        mock.max_concurrent_jobs = values["max_concurrent_jobs"]
    if "strict_responses" in values:
        mock.strict_responses = values["strict_responses"]
    if "journal_limit" in values:
        mock.journal.set_limit(values["journal_limit"])
    if "poll_hints" in values:
        mock.poll_hints = values["poll_hints"]
    if "webhook_hosts" in values:
        mock.webhooks.hosts = frozenset(values["webhook_hosts"])
    if "webhook_signature" in values:
        mock.webhooks.signature_shape = values["webhook_signature"]
    backend_options = {k: values[k] for k in _BACKEND_OPTIONS if k in values}
    if backend_options:
        mock.options = mock.backend.options = dataclasses.replace(mock.options, **backend_options)
    if "seed" in values:
        mock.reset(seed=values["seed"])


def current(mock: MockHeyGen) -> dict[str, Any]:
    """Every option's value now, JSON-ready (never the key)."""
    training = mock.jobs.vocabularies["training"]
    return {
        "seed": mock.seed,
        "speed": mock.clock.speed if isinstance(mock.clock, ScaledClock) else None,
        "virtual_time": isinstance(mock.clock, VirtualClock),
        "durations": {kind: list(values) for kind, values in mock.jobs.durations.items()},
        "training_vocabulary": "ready" if training.success == "ready" else "success",
        "digital_twin_type": mock.options.digital_twin_type,
        "max_concurrent_jobs": mock.max_concurrent_jobs,
        "strict_responses": mock.strict_responses,
        "url_ttl": mock.options.url_ttl,
        "journal_limit": mock.journal.limit,
        "upload_url_ttl": mock.options.upload_url_ttl,
        "direct_upload_max_bytes": mock.options.direct_upload_max_bytes,
        "spool_bytes": mock.options.spool_bytes,
        "storage_dir": None if mock.options.storage_dir is None else str(mock.options.storage_dir),
        "webhook_hosts": sorted(mock.webhooks.hosts),
        "webhook_signature": mock.webhooks.signature_shape,
        "poll_hints": mock.gives_poll_hints,
    }
