"""heygen-avatars: the Python SDK for HeyGen photo avatars (v2) and avatars (v3)."""

from ._client import AsyncHeyGen, ClientClosedError, HeyGen
from ._clock import Clock, SystemClock
from ._config import Op, Timeouts
from ._retry import RetryPolicy
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    HeyGenError,
    InputValidationError,
    InternalServerError,
    JobError,
    JobFailedError,
    MissingAPIKeyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from .jobs import AsyncJob, Cadence, Job, JobActionRequiredError, JobKind, JobSnapshot, JobState

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncHeyGen",
    "AsyncJob",
    "AuthenticationError",
    "BadRequestError",
    "Cadence",
    "ClientClosedError",
    "Clock",
    "ConflictError",
    "HeyGen",
    "HeyGenError",
    "InputValidationError",
    "InternalServerError",
    "Job",
    "JobActionRequiredError",
    "JobError",
    "JobFailedError",
    "JobKind",
    "JobSnapshot",
    "JobState",
    "MissingAPIKeyError",
    "NotFoundError",
    "Op",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RetryPolicy",
    "SystemClock",
    "Timeouts",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]
__version__ = "0.1.0"
