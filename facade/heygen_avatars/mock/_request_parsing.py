"""Request parsing and validation against the compiled spec: parameters, content type, JSON body."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, unquote

from ._http import MockRequest, parse_json
from ._routing import ApiError
from .specs import Operation, ValidationIssue

__all__ = ["parse_request"]

_JSON_TYPES = ("application/json",)


def parse_request(
    request: MockRequest,
    operation: Operation,
    raw_path: dict[str, str],
    body_kind: str,
    normalize: Callable[[Operation, Any], Any],
) -> tuple[dict[str, Any], dict[str, Any], Any]:
    """Typed path and query parameters and the parsed JSON body, or `ApiError` 400 naming every problem.

    `body_kind` is the handler's (json, multipart, raw, none); `normalize` may rewrite a JSON body before
    validation (the April digital-twin spelling).
    """
    query = parse_qs(request.query, keep_blank_values=True) if request.query else {}
    path = {name: unquote(value) for name, value in raw_path.items()}
    values = operation.coerce_params(path, query, request.headers)
    issues = operation.check_params(values)
    body: Any = None
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    kind = body_kind
    if not issues and operation.body_media and kind == "json":
        if not request.body:
            if operation.body_required:
                issues = [ValidationIssue("body", "a JSON request body is required")]
        elif content_type not in _JSON_TYPES:
            issues = [ValidationIssue("body", f"Content-Type must be application/json, got {content_type!r}")]
        else:
            try:
                body = parse_json(request.body)
            except ValueError as exc:
                issues = [ValidationIssue("body", f"the body is not valid JSON: {exc}")]
            else:
                body = normalize(operation, body)
                issues = operation.check_json_body("application/json", body)
    elif not issues and kind == "json" and request.body and content_type in _JSON_TYPES:
        try:
            body = parse_json(request.body)
        except ValueError as exc:
            issues = [ValidationIssue("body", f"the body is not valid JSON: {exc}")]
    elif not issues and kind == "multipart" and not content_type.startswith("multipart/form-data"):
        issues = [ValidationIssue("body.file", "Content-Type must be multipart/form-data with a 'file' part")]
    if issues:
        first = issues[0]
        message = "; ".join(f"{issue.location}: {issue.message}" for issue in issues)
        raise ApiError(400, "invalid_parameter", message, first.param)
    return values["path"], values["query"], body
