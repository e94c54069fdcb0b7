"""What the mock checks before it reads a request's body: whose request it is, where from, and how large.

Body limits, as HeyGen documents them (a larger body gets 413 and the mock reads no more of it):

- ``POST /v3/assets`` (multipart): a file of at most 32 MB (developers.heygen.com/docs/upload-assets),
  plus room for the multipart envelope around it;
- ``POST /v1/asset`` on the upload host (the raw file): 50 MB (docs.heygen.com/reference/limits);
- every other body is small JSON. HeyGen documents no number: the mock takes 1 MiB, and where an
  AssetInput may carry a file inline as base64 (HeyGen: "useful for small files"), room for one file of
  the ``/v3/assets`` limit, the largest the SDK sends inline;
- the control plane (``/_mock/``): 64 KiB;
- a storage PUT (``/_storage/<asset_id>``, a direct upload's presigned URL): exactly the ``size_bytes``
  its upload announced, any size up to the mock's ``direct_upload_max_bytes``. It carries no key: its URL's
  signature and expiry are its authentication, checked (with the rest of S3's checks of the head) before
  any byte of its body is read or any fault fires.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from .._core.validation import is_loopback_host
from ._backend_base import MAX_V1_ASSET_BYTES, MAX_V3_ASSET_BYTES
from ._http import MockRequest, MockResponse
from ._routing import Api, ApiError, BodyKind, error_response
from ._rules_assets import STORAGE_PREFIX

if TYPE_CHECKING:
    from .core import MockHeyGen
    from .specs import Operation

__all__ = [
    "CONTROL_BODY_LIMIT",
    "JSON_BODY_LIMIT",
    "MULTIPART_ENVELOPE",
    "Gate",
    "admit",
    "authorized",
    "body_limit",
    "declared_length",
    "foreign_origin",
    "host_matches",
    "over_limit",
    "too_large",
]

MIB = 1024 * 1024
JSON_BODY_LIMIT = 1 * MIB
MULTIPART_ENVELOPE = 64 * 1024
CONTROL_BODY_LIMIT = 64 * 1024


class Gate(NamedTuple):
    """What the head of a request decides: its operation (None: the control plane or no route), the body
    size it may have, and the answer that refuses it before its body is read (None: go on)."""

    operation: Operation | None
    raw_path: dict[str, str]
    limit: int
    refusal: MockResponse | None


def admit(mock: MockHeyGen, request: MockRequest) -> Gate:
    """The checks made on a request's head, before its body is read and before any fault: its route, its
    key, the size of its body (declared, or what a transport found it to be)."""
    if request.path.startswith(("/_mock/", "/openapi/")):
        from .control import control_refusal

        return Gate(None, {}, CONTROL_BODY_LIMIT, control_refusal(mock, request))
    matched = mock.routes.match(request.method, request.path)
    if matched is None:
        return Gate(None, {}, 0, _unrouted(mock, request))
    operation, raw_path = matched
    if operation.api == "storage":
        return _admit_storage(mock, request, operation, raw_path)
    if operation.security and not authorized(request.headers, mock.api_key, bearer=operation.api == "v3"):
        code = "authentication_failed" if operation.api == "v3" else "unauthorized"
        message = "Invalid or missing API key. Send it in the x-api-key header."
        return Gate(operation, raw_path, 0, error_response(operation.api, 401, code, message))
    route = mock.route_for(operation)
    kind = route.body if route else "json"
    limit = body_limit(kind, operation.inline_files)
    if over_limit(request, limit):
        return Gate(
            operation, raw_path, limit, too_large(operation.api, operation.key, kind, operation.inline_files)
        )
    return Gate(operation, raw_path, limit, None)


def _admit_storage(
    mock: MockHeyGen, request: MockRequest, operation: Operation, raw_path: dict[str, str]
) -> Gate:
    """A presigned PUT: its URL (signature, expiry), its signed headers and its Content-Length, which must
    be the announced size, as S3 checks them; the body it may have is that size."""
    try:
        upload = mock.backend.check_put(raw_path["asset_id"], request.query, request.headers)
    except ApiError as error:
        return Gate(
            operation, raw_path, 0, error_response("storage", error.status, error.code, error.message)
        )
    return Gate(operation, raw_path, upload.size, None)


def _unrouted(mock: MockHeyGen, request: MockRequest) -> MockResponse:
    api: Api = "v3" if request.path.startswith("/v3/") else "v2"
    if request.path.startswith(STORAGE_PREFIX):
        api = "storage"
    allowed = mock.routes.allowed_methods(request.path)
    if allowed:
        return error_response(
            api,
            405,
            "method_not_allowed",
            f"Method {request.method} not allowed; allowed: {', '.join(allowed)}.",
            headers=[("allow", ", ".join(allowed))],
        )
    return error_response(api, 404, "not_found", f"No route for {request.method} {request.path}.")


def body_limit(kind: BodyKind, inline_files: bool) -> int:
    """The most body bytes an operation takes: by its body kind, and whether it takes files inline."""
    if kind == "multipart":
        return MAX_V3_ASSET_BYTES + MULTIPART_ENVELOPE
    if kind == "raw":
        return MAX_V1_ASSET_BYTES
    if inline_files:
        return JSON_BODY_LIMIT + 4 * math.ceil(MAX_V3_ASSET_BYTES / 3)  # base64 of one 32 MB file
    return JSON_BODY_LIMIT


def declared_length(headers: Mapping[str, str]) -> int | None:
    """The Content-Length the client announced, or None (absent, chunked or unreadable)."""
    value = headers.get("content-length", "").strip()
    return int(value) if value.isdigit() and len(value) <= 19 else None


def over_limit(request: MockRequest, limit: int) -> bool:
    """Whether `request`'s body is larger than `limit`: as read, as a transport found it, or as declared."""
    return request.oversized or len(request.body) > limit or (declared_length(request.headers) or 0) > limit


def too_large(api: Api, operation: str, kind: BodyKind, inline_files: bool) -> MockResponse:
    """413 in the API's envelope, naming the limit (never quoting the body)."""
    if kind == "multipart":
        allowed = f"a file of at most {MAX_V3_ASSET_BYTES // MIB} MB"
    elif kind == "raw":
        allowed = f"a file of at most {MAX_V1_ASSET_BYTES // MIB} MB"
    elif inline_files:
        allowed = (
            f"JSON of at most {JSON_BODY_LIMIT // MIB} MB and one {MAX_V3_ASSET_BYTES // MIB} MB file inline"
        )
    else:
        allowed = f"JSON of at most {JSON_BODY_LIMIT // MIB} MB"
    message = f"The request body is too large: {operation} takes {allowed}."
    return error_response(api, 413, "payload_too_large", message, "body")


def authorized(headers: Mapping[str, str], api_key: str, *, bearer: bool = True) -> bool:
    """The key in ``x-api-key`` (or, where `bearer`, ``Authorization: Bearer <key>``)."""
    if headers.get("x-api-key") == api_key:
        return True
    if bearer:
        scheme, _, token = headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and token.strip() == api_key
    return False


def foreign_origin(headers: Mapping[str, str]) -> bool:
    """True when a browser says the request comes from a page that is not on this machine."""
    origin = headers.get("origin")
    if origin is None:
        return False  # not a browser's cross-origin request (curl, SDKs, tests)
    try:
        hostname = urlsplit(origin.strip()).hostname
    except ValueError:
        return True
    return not is_loopback_host(hostname)


def _split_host(host: str, default_port: int) -> tuple[str, int] | None:
    host = host.strip().lower()
    if host.startswith("["):  # [::1]:8000
        name, _, rest = host[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ("" if not rest else None)
    else:
        name, _, port = host.partition(":")
    if port is None or (port and not port.isdigit()) or not name:
        return None
    return name, int(port) if port else default_port


def host_matches(host: str, server: Sequence[Any] | None, scheme: str = "http") -> bool:
    """Whether a Host header names the address the connection came in on (DNS rebinding defence).

    The name must be that address itself, or ``localhost`` when the address is a loopback one; the port
    must be the server's. Without a known server address (an ASGI harness with none) only loopback names
    pass.
    """
    parsed = _split_host(host, 443 if scheme == "https" else 80)
    if parsed is None:
        return False
    name, port = parsed
    if not server:
        return is_loopback_host(name)
    bound, bound_port = str(server[0]).lower(), int(server[1])
    if port != bound_port:
        return False
    return name == bound.strip("[]") or (name == "localhost" and is_loopback_host(bound))
