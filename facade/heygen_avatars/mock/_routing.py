"""Handler registry, request context and the two error envelopes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from xml.sax.saxutils import escape

from ._http import MockRequest, MockResponse, json_response

if TYPE_CHECKING:
    from .backend import Backend
    from .jobs import Job

__all__ = [
    "HANDLERS",
    "ApiError",
    "Context",
    "Handler",
    "Route",
    "brief",
    "error_response",
    "route",
    "xml_error",
]

#: the error envelope an operation answers in: HeyGen's per generation, or the storage host's (S3's XML)
Api = Literal["v1", "v2", "v3", "storage"]
BodyKind = Literal["json", "multipart", "raw", "none"]
#: the most characters an error message may have: whatever a request carried is never echoed in full
MESSAGE_LIMIT = 500


def brief(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text` cut in its middle to at most about `limit` characters (its start and its end say most)."""
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half]}...[{len(text) - 2 * half} characters cut]...{text[-half:]}"


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
    """The error envelope of an API generation (message and param cut to a readable length)."""
    message = brief(message)
    param = brief(param, 200) if param is not None else None
    if api == "v3":
        return {"error": {"code": code, "message": message, "param": param, "doc_url": None}}
    if api == "storage":
        return {"Error": {"Code": code, "Message": message}}
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
    """An error response in the envelope of `api` (v1/v2 share one; the storage host answers S3's XML)."""
    if api == "storage":
        return xml_error(status, code, message, headers)
    return json_response(status, error_body(api, code, message, param), headers)


def xml_error(
    status: int, code: str, message: str, headers: list[tuple[str, str]] | None = None
) -> MockResponse:
    """An S3-style error, e.g. ``<Error><Code>AccessDenied</Code><Message>…</Message></Error>``."""
    message = brief(message)
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{escape(code)}</Code><Message>{escape(message)}</Message></Error>"
    )
    return MockResponse(status, [("content-type", "application/xml"), *(headers or [])], body.encode())


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
    """A hand-written handler for one HTTP operation. `starts_job` counts against the concurrency cap;
    `secured` operations need the API key (the storage host's presigned URLs do not)."""

    method: str
    template: str
    api: Api
    handler: Handler
    starts_job: bool = False
    body: BodyKind = "json"
    secured: bool = True


#: (METHOD, template) -> Route, filled by the @route decorators of the api_* modules and storage
HANDLERS: dict[tuple[str, str], Route] = {}


def route(
    method: str,
    template: str,
    api: Api,
    *,
    starts_job: bool = False,
    body: BodyKind = "json",
    secured: bool = True,
) -> Callable[[Handler], Handler]:
    """Register a handler for an operation (matched to the spec by method and path template)."""

    def register(handler: Handler) -> Handler:
        HANDLERS[(method, template)] = Route(method, template, api, handler, starts_job, body, secured)
        return handler

    return register
