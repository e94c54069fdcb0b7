"""Handler registry, request context and the two error envelopes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from ._http import MockRequest, MockResponse, json_response

if TYPE_CHECKING:
    from .backend import Backend
    from .jobs import Job

__all__ = ["HANDLERS", "ApiError", "Context", "Handler", "Route", "error_response", "route"]

Api = Literal["v1", "v2", "v3"]


class ApiError(Exception):
    """A HeyGen error answer: HTTP status, machine code, message and (v3) the field at fault."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        param: str | None = None,
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.param = param
        self.headers = headers


_V1_CODES = {
    "unauthorized": 401,
    "payload_too_large": 413,
    "unsupported_media_type": 415,
    "rate_limit_exceeded": 429,
    "internal_error": 500,
}


def error_body(api: Api, code: str, message: str, param: str | None = None) -> dict[str, Any]:
    """The error envelope of an API generation."""
    if api == "v3":
        return {"error": {"code": code, "message": message, "param": param, "doc_url": None}}
    if api == "v1":  # the upload host's envelope: a numeric code (100 = success)
        return {"code": _V1_CODES.get(code, 400), "data": None, "message": message, "msg": None}
    return {"error": {"code": code, "message": message}, "data": None}


def error_response(
    api: Api,
    status: int,
    code: str,
    message: str,
    param: str | None = None,
    headers: list[tuple[str, str]] | None = None,
) -> MockResponse:
    """An error response in the envelope of `api` (v1/v2 share one)."""
    return json_response(status, error_body(api, code, message, param), headers)


@dataclass(slots=True)
class Context:
    """What a handler gets: the request, its typed parameters and body, and the backend."""

    request: MockRequest
    backend: Backend
    path: dict[str, Any]
    query: dict[str, Any]
    body: Any
    created: list[str] = field(default_factory=list)
    #: the jobs a status read reports on (the mock then says when to look again: `MockHeyGen.poll_hints`)
    polled: list[Job] = field(default_factory=list)

    @property
    def base_url(self) -> str:
        return self.request.base_url


Handler = Callable[[Context], MockResponse]


@dataclass(frozen=True, slots=True)
class Route:
    """A hand-written handler for one HTTP operation. `starts_job` counts against the concurrency cap."""

    method: str
    template: str
    api: Api
    handler: Handler
    starts_job: bool = False
    body: Literal["json", "multipart", "raw", "none"] = "json"


#: (METHOD, template) -> Route, filled by the @route decorators in api_v2 / api_v3
HANDLERS: dict[tuple[str, str], Route] = {}


def route(
    method: str,
    template: str,
    api: Api,
    *,
    starts_job: bool = False,
    body: Literal["json", "multipart", "raw", "none"] = "json",
) -> Callable[[Handler], Handler]:
    """Register a handler for an operation (matched to the spec by method and path template)."""

    def register(handler: Handler) -> Handler:
        HANDLERS[(method, template)] = Route(method, template, api, handler, starts_job, body)
        return handler

    return register
