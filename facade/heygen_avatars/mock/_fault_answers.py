"""What an injected fault answers: error envelopes, 429 with Retry-After, HTML pages, broken bodies."""

from __future__ import annotations

import email.utils
import math

from ._http import MockResponse, json_response
from ._routing import Api, error_body, error_response
from .faults import Fault

__all__ = ["answer_instead", "apply_after", "http_date"]

_CODES = {500: "internal_error", 502: "bad_gateway", 503: "service_unavailable", 504: "gateway_timeout"}


def http_date(epoch: float, after: float = 0.0) -> str:
    """The HTTP-date `after` seconds (rounded up: never sooner) past the whole second of `epoch`.

    The mock's `Date` header is ``http_date(now)``: a Retry-After date minus it is exactly the delay asked.
    """
    return email.utils.formatdate(math.floor(epoch) + math.ceil(after), usegmt=True)


def answer_instead(api: Api, fault: Fault, epoch: float) -> MockResponse:
    """The response a fault sends instead of the real one (`drop` asks the transport to fail to connect).

    `epoch` is the mock's wall clock (virtual under a VirtualClock): HTTP-dates follow the mock's time.
    """
    if fault.kind == "drop":
        return MockResponse(0, transport_fault="connect")
    if fault.kind == "rate_limited":
        retry_after = fault.retry_after or 0.0
        value = http_date(epoch, retry_after) if fault.http_date else str(math.ceil(retry_after))
        return error_response(
            api,
            429,
            "rate_limit_exceeded",
            "Too many requests. Retry after the duration in the Retry-After header.",
            headers=[("retry-after", value)],
        )
    if fault.kind == "status":
        status = fault.status_code or 503
        headers = (
            [("retry-after", str(math.ceil(fault.retry_after)))] if fault.retry_after is not None else None
        )
        code = fault.code or _CODES.get(status, "error")
        return error_response(api, status, code, fault.message or f"Injected HTTP {status}.", headers=headers)
    if fault.kind == "html_error":
        status = fault.status_code or 502
        html = f"<html><head><title>{status}</title></head><body><h1>{status} Bad Gateway</h1></body></html>"
        return MockResponse(status, [("content-type", "text/html; charset=utf-8")], html.encode())
    if fault.kind == "malformed_json":
        return MockResponse(
            fault.status_code or 200, [("content-type", "application/json")], b'{"data": <html'
        )
    if fault.kind == "empty_body":
        return MockResponse(fault.status_code or 200, [("content-type", "application/json")], b"")
    if fault.kind == "error_envelope_200":
        return json_response(200, error_body(api, fault.code or "internal_error", fault.message or "error"))
    raise AssertionError(f"unhandled fault {fault.kind}")


def apply_after(response: MockResponse, fault: Fault) -> MockResponse:
    """Spoil the real response after the server acted: lost (timeout), cut (reset) or truncated."""
    if fault.kind == "timeout":
        response.transport_fault = "timeout"
        response.stall = fault.seconds
    elif fault.kind == "reset":
        response.transport_fault = "reset"
    elif fault.kind == "truncated_json":
        response.body = response.body[: max(1, len(response.body) // 2)]
    return response
