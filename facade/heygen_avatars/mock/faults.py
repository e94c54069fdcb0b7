"""Fault injection: per-operation queues consumed in order, seeded probabilities, faults on the Nth poll.

Every fault is a frozen `Fault` built by a named constructor (`Fault.status(503)`,
`Fault.rate_limited(retry_after=0, http_date=True)`, `Fault.timeout()` ...). Configuration is checked
when it is set: an unknown operation or fault kind raises `ValueError` naming the allowed values.
"""

from __future__ import annotations

import inspect
import math
import random
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args

from ._http import parse_json

__all__ = ["FAULT_KINDS", "Fault", "FaultEngine", "FaultKind", "FiredFault"]

FaultKind = Literal[
    "status",  # an HTTP error status in the API's envelope (500/502/503/504, or any)
    "rate_limited",  # 429 with Retry-After in seconds or as an HTTP-date (0 allowed)
    "latency",  # extra delay on the mock's clock, then the normal response
    "drop",  # connection fails before the request reaches the server: the server does NOT act
    "reset",  # connection reset after the request was sent; `after_handling` says if the server acted
    "timeout",  # the server acts, the response never arrives (httpx.ReadTimeout)
    "truncated_json",  # 200 whose JSON body is cut short
    "malformed_json",  # 200 whose body is not JSON at all
    "html_error",  # a gateway's HTML error page (default 502)
    "error_envelope_200",  # HTTP 200 carrying the API's error envelope
    "empty_body",  # 200 with an empty body
]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
LatencyDistribution = Literal["fixed", "uniform", "lognormal"]


def _seconds(name: str, value: object) -> float:
    """A duration from a header or JSON: a finite number >= 0 (NaN, infinity, text and bools refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number of seconds >= 0, got {value!r}")
    return float(value)


def _status(value: object, low: int = 100) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= 599:
        raise ValueError(f"status_code must be an integer {low}..599, got {value!r}")
    return value


@dataclass(frozen=True, slots=True)
class Fault:
    """One injected fault. Build it with the named constructors."""

    kind: FaultKind
    status_code: int | None = None
    code: str | None = None
    message: str | None = None
    retry_after: float | None = None
    http_date: bool = False
    seconds: float = 0.0
    distribution: LatencyDistribution = "fixed"
    upper: float | None = None
    sigma: float = 0.0
    after_handling: bool = False

    # named constructors ---------------------------------------------------------------------------

    @classmethod
    def status(
        cls,
        status_code: int = 503,
        *,
        code: str | None = None,
        message: str | None = None,
        retry_after: float | None = None,
    ) -> Fault:
        """An HTTP error (5xx by default) in the API's error envelope; optional Retry-After seconds."""
        status_code = _status(status_code, 400)
        if retry_after is not None:
            retry_after = _seconds("retry_after", retry_after)
        return cls("status", status_code=status_code, code=code, message=message, retry_after=retry_after)

    @classmethod
    def rate_limited(cls, retry_after: float = 1.0, *, http_date: bool = False) -> Fault:
        """429 `rate_limit_exceeded` with `Retry-After` in seconds (0 allowed) or as an HTTP-date."""
        retry_after = _seconds("retry_after", retry_after)
        return cls("rate_limited", status_code=429, retry_after=retry_after, http_date=bool(http_date))

    @classmethod
    def latency(
        cls,
        seconds: float,
        *,
        distribution: LatencyDistribution = "fixed",
        upper: float | None = None,
        sigma: float = 0.5,
    ) -> Fault:
        """Added latency on the mock's clock: fixed `seconds`; uniform in [seconds, upper];
        or lognormal with median `seconds`, shape `sigma`, capped at `upper`."""
        seconds, sigma = _seconds("seconds", seconds), _seconds("sigma", sigma)
        upper = None if upper is None else _seconds("upper", upper)
        if upper is not None and upper < seconds:
            raise ValueError(f"latency needs 0 <= seconds <= upper, got seconds={seconds!r}, upper={upper!r}")
        if distribution not in get_args(LatencyDistribution):
            raise ValueError(f"distribution must be one of {list(get_args(LatencyDistribution))}")
        if distribution == "uniform" and upper is None:
            raise ValueError("a uniform latency needs upper")
        return cls("latency", seconds=seconds, distribution=distribution, upper=upper, sigma=sigma)

    @classmethod
    def drop(cls) -> Fault:
        """The request never reaches the server, which does not act. In-process the connection fails to
        open (httpx.ConnectError); over a socket, whose connection is already open when the request
        arrives, the server closes it unread and unanswered (httpx.RemoteProtocolError)."""
        return cls("drop")

    @classmethod
    def reset(cls, *, after_handling: bool = False) -> Fault:
        """The connection is reset after the request was sent (httpx.RemoteProtocolError).
        With `after_handling=True` the server acted before the reset."""
        return cls("reset", after_handling=after_handling)

    @classmethod
    def timeout(cls, seconds: float = 30.0) -> Fault:
        """The server acts but its response never arrives: httpx.ReadTimeout. In-process the client
        gives up after `seconds` of the mock's clock; over a socket the server holds the connection
        unanswered until the client's own read timeout fires."""
        return cls("timeout", seconds=_seconds("seconds", seconds), after_handling=True)

    @classmethod
    def truncated_json(cls) -> Fault:
        """The real response with its JSON body cut in half (status kept)."""
        return cls("truncated_json", after_handling=True)

    @classmethod
    def malformed_json(cls, status_code: int = 200) -> Fault:
        """A body that is not JSON, with a JSON content type."""
        return cls("malformed_json", status_code=_status(status_code))

    @classmethod
    def html_error(cls, status_code: int = 502) -> Fault:
        """A gateway's HTML error page instead of JSON."""
        return cls("html_error", status_code=_status(status_code))

    @classmethod
    def error_envelope_200(cls, code: str = "internal_error", message: str = "Internal error") -> Fault:
        """HTTP 200 whose body is the API's error envelope."""
        return cls("error_envelope_200", status_code=200, code=code, message=message)

    @classmethod
    def empty_body(cls, status_code: int = 200) -> Fault:
        """A response with no body at all."""
        return cls("empty_body", status_code=_status(status_code))

    # (de)serialisation for the control plane and the x-mock-fault header --------------------------

    def to_dict(self) -> dict[str, Any]:
        """The constructor arguments that differ from their defaults (what `from_dict` takes)."""
        factory = _FACTORIES[self.kind]
        parameters = inspect.signature(factory).parameters
        data: dict[str, Any] = {"kind": self.kind}
        for name, value in asdict(self).items():
            if name in parameters and value != parameters[name].default:
                data[name] = value
        if self.kind == "status":
            data["status_code"] = self.status_code
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fault:
        """Build a fault from `{"kind": ..., <constructor arguments>}`; unknown keys raise ValueError."""
        data = dict(data)
        kind = data.pop("kind", None)
        factory = _FACTORIES.get(str(kind))
        if factory is None:
            raise ValueError(f"unknown fault kind {kind!r}; allowed: {list(FAULT_KINDS)}")
        try:
            return factory(**data)
        except TypeError as exc:
            raise ValueError(f"bad arguments for fault {kind!r}: {exc}") from None

    @classmethod
    def parse(cls, text: str) -> Fault:
        """Parse the `x-mock-fault` header form: JSON, or `kind` / `kind:arg` (e.g. `status:503`,
        `rate_limited:0`, `rate_limited_date:5`, `latency:2.5`, `timeout`, `drop`)."""
        text = text.strip()
        if text.startswith("{"):
            return cls.from_dict(parse_json(text.encode()))
        name, _, arg = text.partition(":")
        name = name.strip()
        if name == "rate_limited_date":
            return cls.rate_limited(float(arg or 1), http_date=True)
        if name in ("status", "html_error", "malformed_json", "empty_body") and arg:
            return cls.from_dict({"kind": name, "status_code": int(arg)})
        if name in ("rate_limited", "latency", "timeout") and arg:
            key = "retry_after" if name == "rate_limited" else "seconds"
            return cls.from_dict({"kind": name, key: float(arg)})
        if name == "reset" and arg:
            return cls.reset(after_handling=arg == "after")
        return cls.from_dict({"kind": name})

    def draw_latency(self, rng: random.Random) -> float:
        """A latency sample in seconds (seeded)."""
        if self.distribution == "uniform" and self.upper is not None:
            return rng.uniform(self.seconds, self.upper)
        if self.distribution == "lognormal":
            value = rng.lognormvariate(math.log(max(self.seconds, 1e-9)), self.sigma)
            return min(value, self.upper) if self.upper is not None else value
        return self.seconds


_FACTORIES: dict[str, Callable[..., Fault]] = {
    "status": Fault.status,
    "rate_limited": Fault.rate_limited,
    "latency": Fault.latency,
    "drop": Fault.drop,
    "reset": Fault.reset,
    "timeout": Fault.timeout,
    "truncated_json": Fault.truncated_json,
    "malformed_json": Fault.malformed_json,
    "html_error": Fault.html_error,
    "error_envelope_200": Fault.error_envelope_200,
    "empty_body": Fault.empty_body,
}


@dataclass(frozen=True, slots=True)
class FiredFault:
    """Accounting: a fault that fired, on which request and why (queue, probability, poll, header)."""

    seq: int
    operation: str
    fault: Fault
    source: str


@dataclass
class _Probability:
    operation: str
    fault: Fault
    probability: float


@dataclass
class _PollRule:
    resource_id: str
    nth: int
    fault: Fault
    seen: int = 0


@dataclass
class FaultEngine:
    """Holds the configured faults and decides which one hits a request.

    Operations are named by operationId or as ``"METHOD /path/{template}"``; ``"*"`` matches every
    API operation. Order of precedence per request: the `x-mock-fault` header, an Nth-poll rule, the
    operation's queue, the ``"*"`` queue, then probabilities (seeded).
    """

    seed: int = 0
    known_operations: Callable[[], Iterable[str]] = field(default=lambda: ())
    fired: list[FiredFault] = field(default_factory=list)
    _queues: dict[str, deque[Fault]] = field(default_factory=dict)
    _probabilities: list[_Probability] = field(default_factory=list)
    _polls: list[_PollRule] = field(default_factory=list)
    _rng: random.Random = field(default_factory=random.Random)

    def __post_init__(self) -> None:
        self._rng.seed(self.seed)

    # configuration -------------------------------------------------------------------------------

    def _check_operation(self, operation: str) -> str:
        allowed = set(self.known_operations())
        if operation != "*" and allowed and operation not in allowed:
            raise ValueError(f"unknown operation {operation!r}; allowed: '*' or one of {sorted(allowed)}")
        return operation

    def push(self, operation: str, *faults: Fault) -> None:
        """Queue faults for an operation; each hits one request, in order."""
        if not faults:
            raise ValueError("push needs at least one Fault")
        for fault in faults:
            if not isinstance(fault, Fault):
                raise TypeError(f"expected Fault, got {type(fault).__name__}")
        self._queues.setdefault(self._check_operation(operation), deque()).extend(faults)

    def set_probability(self, operation: str, fault: Fault, probability: float) -> None:
        """Inject `fault` on each matching request with `probability` (seeded, reproducible)."""
        if not 0.0 <= probability <= 1.0:
            raise ValueError(f"probability must be within 0..1, got {probability!r}")
        self._probabilities.append(_Probability(self._check_operation(operation), fault, probability))

    def on_poll(self, resource_id: str, nth: int, fault: Fault) -> None:
        """Inject `fault` on the `nth` (1-based) GET that names `resource_id` in its path."""
        if nth < 1:
            raise ValueError(f"nth must be >= 1, got {nth!r}")
        self._polls.append(_PollRule(resource_id, nth, fault))

    def clear(self) -> None:
        """Drop every configured fault and the accounting; reseed."""
        self._queues.clear()
        self._probabilities.clear()
        self._polls.clear()
        self.fired.clear()
        self._rng.seed(self.seed)

    def pending(self) -> dict[str, list[Fault]]:
        """Queued faults never reached, per operation (plus unfired poll rules under ``poll:<id>#n``)."""
        result = {op: list(queue) for op, queue in self._queues.items() if queue}
        for rule in self._polls:
            result.setdefault(f"poll:{rule.resource_id}#{rule.nth}", []).append(rule.fault)
        return result

    # decision --------------------------------------------------------------------------------------

    def pick(
        self, seq: int, names: tuple[str, ...], method: str, path_ids: Iterable[str], header: str | None
    ) -> Fault | None:
        """The fault for this request, if any, recording it as fired. `names` = the operation's names."""
        operation = names[0]
        if header:
            return self._fire(seq, operation, Fault.parse(header), "header")
        if method == "GET":
            for resource_id in path_ids:
                for poll in list(self._polls):
                    if poll.resource_id != resource_id:
                        continue
                    poll.seen += 1
                    if poll.seen == poll.nth:
                        self._polls.remove(poll)
                        return self._fire(seq, operation, poll.fault, f"poll #{poll.nth} of {resource_id}")
        for name in (*names, "*"):
            queue = self._queues.get(name)
            if queue:
                return self._fire(seq, operation, queue.popleft(), "queue")
        for rule in self._probabilities:
            if (rule.operation == "*" or rule.operation in names) and self._rng.random() < rule.probability:
                return self._fire(seq, operation, rule.fault, "probability")
        return None

    def _fire(self, seq: int, operation: str, fault: Fault, source: str) -> Fault:
        self.fired.append(FiredFault(seq, operation, fault, source))
        return fault

    def draw_latency(self, fault: Fault) -> float:
        return fault.draw_latency(self._rng)
