"""Reading HeyGen responses (pure): envelopes, errors in any status, non-JSON bodies.

HeyGen speaks three envelope dialects (its v1 upload, v2 and v3 docs):
  v1 (upload host)  {"code": 100, "data": {...}, "msg": null, "message": null}   100 = success
  v2                {"error": null, "data": {...}}   error: {"code", "message"} or a plain string
  v3                {"data": ...}  /  {"error": {"code", "message", "param"?, "doc_url"?}}
An error can arrive with any HTTP status, 200 included; gateways answer with HTML pages. All of these
become one of the typed errors in `errors.py`.
"""

from __future__ import annotations

import enum
import json
import re
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from .. import errors
from .retry import parse_retry_after

__all__ = ["Api", "ApiResponse", "error_for_status", "read_response"]

_MAX_TEXT_BODY = 10_000


class Api(enum.Enum):
    """Which envelope dialect an endpoint speaks (the reader tolerates all three anyway)."""

    V1 = "v1"
    V2 = "v2"
    V3 = "v3"


@attrs.frozen(slots=False)  # no __slots__: attrs then fills __dict__ directly, ~1 µs less per response
class ApiResponse:
    """A successful response, decoded.

    `body` is the whole decoded JSON (None for an empty body), `data` the envelope's payload
    (`body["data"]` when the body is an envelope, else the body), `request_id` the `X-Request-Id` header.
    List endpoints' `has_more` / `next_token` stay in `body`.
    """

    status_code: int
    headers: httpx.Headers
    body: Any
    data: Any
    request: httpx.Request | None = None

    # Read on demand: only error messages use them, and each costs a few µs per call (benchmarks/ row 2).
    @property
    def request_id(self) -> str | None:
        """HeyGen's `X-Request-Id` for this response (quote it to HeyGen support)."""
        request_id: str | None = self.headers.get("x-request-id")
        return request_id

    @property
    def method(self) -> str:
        return "?" if self.request is None else self.request.method

    @property
    def url(self) -> str:
        return "?" if self.request is None else str(self.request.url)

    @property
    def retry_after(self) -> float | None:
        """A server hint (Retry-After) on a successful response, e.g. how soon to poll again."""
        return parse_retry_after(self.headers)

    def __repr__(self) -> str:
        # no body or headers: a traceback showing local variables would show a secret they hold (a new
        # webhook endpoint's signing secret, an echoed key)
        return f"ApiResponse(status_code={self.status_code}, method={self.method!r}, url={self.url!r})"

    def invalid(self, why: str) -> errors.ResponseValidationError:
        """The error for a response that does not say what its endpoint promises (``why``); for a create
        (POST) it also says that HeyGen may have made it."""
        error = errors.ResponseValidationError(
            f"{self.method} {self.url}: {why}",
            status_code=self.status_code,
            body=self.body,
            request_id=self.request_id,
            method=self.method,
            url=self.url,
        )
        if self.method == "POST":
            error.add_note(_MAY_HAVE_ACTED)
        return error


_MAY_HAVE_ACTED = (
    "HeyGen answered, but not readably: it may have acted on the request. Check whether it was created "
    "before sending it again."
)


_STATUS_CLASSES: dict[int, type[errors.APIStatusError]] = {
    400: errors.BadRequestError,
    401: errors.AuthenticationError,
    403: errors.PermissionDeniedError,
    404: errors.NotFoundError,
    409: errors.ConflictError,
    422: errors.UnprocessableEntityError,
    429: errors.RateLimitError,
}

# Errors in an HTTP 200: the code decides the class (v3 lowercase, legacy UPPER_SNAKE or numeric).
_CODE_CLASSES: dict[str, type[errors.APIStatusError]] = {
    **dict.fromkeys(
        ["invalid_parameter", "bad_request", "missing_params", "invalid_query_param", "invalid_text_input",
         "blocked_words_detected", "40001", "400175", "40012", "40039", "400105"],
        errors.BadRequestError,
    ),
    **dict.fromkeys(
        ["authentication_failed", "unauthorized", "invalid_credentials", "invalid_access_token",
         "access_token_expired", "invalid_api_key", "40009", "400112", "401057", "401056"],
        errors.AuthenticationError,
    ),
    **dict.fromkeys(
        ["forbidden", "resource_access_denied", "permission_denied", "tier_not_support", "user_blocked",
         "400573", "400562", "400599", "400631"],
        errors.PermissionDeniedError,
    ),
    **dict.fromkeys(["rate_limit_exceeded", "too_many_requests"], errors.RateLimitError),
    **dict.fromkeys(["conflict"], errors.ConflictError),
}  # fmt: skip


def _class_for(status: int, code: str | None) -> type[errors.APIStatusError]:
    if status >= 500:
        return errors.InternalServerError
    if status in _STATUS_CLASSES:
        return _STATUS_CLASSES[status]
    if code is not None:
        key = code.lower()
        if key in _CODE_CLASSES:
            return _CODE_CLASSES[key]
        if key.endswith("not_found"):
            return errors.NotFoundError
    return errors.APIStatusError


def _text_of(content: bytes) -> str:
    text = content[:_MAX_TEXT_BODY].decode("utf-8", errors="replace")
    return text


def _summary(text: str) -> str:
    """A short, readable line from a (possibly HTML) body."""
    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    if title:
        text = title.group(1)
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:200] + ("…" if len(text) > 200 else "")


@attrs.frozen
class _Envelope:
    code: str | None
    message: str | None
    param: str | None = None
    doc_url: str | None = None


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def _error_in(body: Any, api: Api) -> _Envelope | None:
    """The error an envelope carries, or None when it carries none."""
    if type(body) is not dict and not isinstance(body, Mapping):
        return None
    error = body.get("error")
    if isinstance(error, list) and error:  # a list of errors: the first one speaks
        error = error[0]
    if error is None:  # the common case, first
        pass
    elif isinstance(error, Mapping):
        if any(value not in (None, "") for value in error.values()):  # {} or all-null: no error
            return _Envelope(
                code=_str_or_none(error.get("code")),
                message=_str_or_none(error.get("message") or error.get("msg")),
                param=_str_or_none(error.get("param")),
                doc_url=_str_or_none(error.get("doc_url")),
            )
    elif isinstance(error, str):
        if error.strip():
            return _Envelope(code=None, message=error)
    elif error not in (None, "", False, []):  # also 0: a falsy code is no error
        return _Envelope(code=None, message=str(error))
    # v1: {"code": 100} is success; any other code with no data is an error.
    code = body.get("code")
    if code is not None and (api is Api.V1 or "msg" in body) and str(code) != "100":
        message = body.get("message") or body.get("msg")
        return _Envelope(code=str(code), message=_str_or_none(message))
    return None


def error_for_status(
    status: int,
    headers: httpx.Headers,
    content: bytes,
    *,
    api: Api,
    method: str,
    url: str,
    body: Any = None,
    decoded: bool = False,
) -> errors.APIStatusError:
    """Build the typed error for a response that carries one (any status)."""
    if not decoded:
        body, decoded = _decode(content)
    envelope = _error_in(body, api) if decoded else None
    if envelope is None:
        envelope = _Envelope(code=None, message=_fallback_message(status, body))
    cls = _class_for(status, envelope.code)
    return cls(
        envelope.message or httpx.codes.get_reason_phrase(status) or "HeyGen returned an error",
        status_code=status,
        code=envelope.code,
        request_id=headers.get("x-request-id"),
        body=body,
        headers=headers,
        param=envelope.param,
        doc_url=envelope.doc_url,
        retry_after=parse_retry_after(headers),
        method=method,
        url=url,
    )


def _fallback_message(status: int, body: Any) -> str:
    """A message for an error without a HeyGen envelope (an HTML page, a bare JSON object)."""
    if isinstance(body, Mapping):
        for key in ("message", "detail", "msg"):
            if isinstance(body.get(key), str) and body[key].strip():
                return str(body[key])
    if isinstance(body, str) and body.strip():
        return _summary(body)
    return httpx.codes.get_reason_phrase(status) or f"HTTP {status}"


# HeyGen answers in UTF-8: decoding the text first and parsing it with one decoder skips json.loads's
# per-call encoding detection (~1 µs a response, benchmarks/ row 2); other encodings take json.loads.
_parse_json = json.JSONDecoder().decode


def _decode(content: bytes) -> tuple[Any, bool]:
    """(decoded JSON, True) or (text, False)."""
    if not content or content.isspace():
        return None, True
    try:
        try:
            text = content.decode()
        except UnicodeDecodeError:  # UTF-16/32 JSON, or not JSON at all
            return json.loads(content), True
        return _parse_json(text.lstrip("\ufeff")), True
    except (ValueError, UnicodeDecodeError):
        return _text_of(content), False


def read_response(response: httpx.Response, *, api: Api) -> ApiResponse:
    """Decode a response, raising the typed error it carries (in any status) or a ResponseValidationError."""
    status = response.status_code
    body, decoded = _decode(response.content)
    if status >= 400 or (decoded and _error_in(body, api) is not None):
        method, url = _request_line(response)
        raise error_for_status(
            status,
            response.headers,
            response.content,
            api=api,
            method=method,
            url=url,
            body=body,
            decoded=decoded,
        )
    data = body.get("data") if (type(body) is dict or isinstance(body, Mapping)) and "data" in body else body
    read = ApiResponse(status, response.headers, body, data, _request_of(response))
    if not decoded:
        content_type = response.headers.get("content-type", "unknown content type")
        raise read.invalid(f"HTTP {status} is not JSON ({content_type}): {_summary(str(body))}")
    return read


def _request_of(response: httpx.Response) -> httpx.Request | None:
    # `response._request` rather than the property, which raises without one (tests, hand-made transports)
    request: httpx.Request | None = getattr(response, "_request", None)
    return request


def _request_line(response: httpx.Response) -> tuple[str, str]:
    """(method, url) of the request behind `response`; ("?", "?") for one built without a request."""
    request = _request_of(response)
    return ("?", "?") if request is None else (request.method, str(request.url))
