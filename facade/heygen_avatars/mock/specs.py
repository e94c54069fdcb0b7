"""The built OpenAPI specs, compiled once into a route table and jsonschema_rs validators.

Per request the mock does a dict lookup by (method, segment count), a short scan of the candidate
templates, string-to-type coercion of the parameters and one or two validator calls: no spec walking.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema_rs

from ._routing import Api, brief

__all__ = [
    "SPEC_FILES",
    "Operation",
    "ParamSpec",
    "RouteTable",
    "ValidationIssue",
    "find_spec",
    "load_operations",
]

#: built spec file name -> the API generation (error envelope) its operations answer in
SPEC_FILES: dict[str, Api] = {"v2-photo-avatar.json": "v2", "v3-avatars.json": "v3"}
_METHODS = ("get", "post", "put", "patch", "delete")
_INT = re.compile(r"^-?\d+$")


def find_spec(name: str) -> Path | None:
    """The built spec `name`: the repository's openapi/ dir if present, else the package's copy."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parents[2] / "openapi" / name, here / "specs" / name):
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True, slots=True)
class ValidationIssue:
    """One reason a request is invalid: where (``query.limit``, ``body.file.type``) and why."""

    location: str
    message: str

    @property
    def param(self) -> str:
        """The request field at fault, as HeyGen's v3 ``param`` reports it."""
        head, _, rest = self.location.partition(".")
        return rest or head


@dataclass(frozen=True, slots=True)
class ParamSpec:
    name: str
    location: str  # path | query | header
    kind: str  # the JSON type to coerce the raw string to: string | integer | number | boolean | array


def _resolve(schema: Any, components: Mapping[str, Any]) -> Any:
    """Follow a local $ref (enough to find a parameter's type)."""
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 10:
        ref = schema["$ref"]
        if not ref.startswith("#/components/"):
            break
        node: Any = {"components": components}
        for part in ref[2:].split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        schema, seen = node, seen + 1
    return schema


def _primary_type(schema: Any, components: Mapping[str, Any]) -> str:
    schema = _resolve(schema, components)
    if not isinstance(schema, dict):
        return "string"
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "string")
    if isinstance(kind, str):
        return kind
    for key in ("anyOf", "oneOf", "allOf"):
        for option in schema.get(key, ()):
            found = _primary_type(option, components)
            if found != "null":
                return found
    return "string"


def _coerce(raw: list[str], kind: str) -> Any:
    """Turn query/path/header strings into the JSON type the schema expects (invalid stays a string)."""
    if kind == "array":
        return [part for value in raw for part in value.split(",")] if len(raw) == 1 else list(raw)
    value = raw[-1]
    if kind == "integer" and _INT.match(value):
        return int(value)
    if kind == "number":
        try:
            return float(value)
        except ValueError:
            return value
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def _validator(schema: Any, components: Mapping[str, Any]) -> jsonschema_rs.Validator:
    root: dict[str, Any] = dict(schema) if isinstance(schema, dict) else {"allOf": [schema]}
    root["components"] = components
    return jsonschema_rs.Draft202012Validator(root)


def _message(error: jsonschema_rs.ValidationError) -> str:
    """The validator's message with the value it quotes first shortened: a 50 MB field is not echoed."""
    message = error.message
    try:
        quoted = json.dumps(error.instance, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return brief(message)
    if len(quoted) > 80 and message.startswith(quoted):
        instance = error.instance
        if isinstance(instance, str):
            shown = f'{json.dumps(instance[:40], ensure_ascii=False)[:-1]}..." ({len(instance)} characters)'
        else:
            shown = f"{quoted[:40]}... ({len(quoted)} characters of JSON)"
        message = shown + message[len(quoted) :]
    return brief(message)


def _location(error: jsonschema_rs.ValidationError, prefix: str) -> str:
    parts = [str(part) for part in error.instance_path]
    if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Required):
        parts.append(str(error.kind.property))  # name the missing field, not its parent
    return ".".join([prefix, *parts]) if prefix else ".".join(parts) or "body"


def _explain(error: jsonschema_rs.ValidationError, prefix: str) -> list[ValidationIssue]:
    """The issues behind one error. A failed oneOf/anyOf only says "not valid under any of the schemas",
    naming no field, so its branches' own errors stand in for it: a branch whose direct `const` fails (a
    discriminator such as `type`) is not the one the request meant; one branch left speaks for itself,
    several are listed as alternatives."""
    kind = error.kind
    if not isinstance(
        kind, jsonschema_rs.ValidationErrorKind.OneOfNotValid | jsonschema_rs.ValidationErrorKind.AnyOf
    ):
        return [ValidationIssue(_location(error, prefix), _message(error))]
    depth = len(error.instance_path) + 1

    def discriminated(branch: list[jsonschema_rs.ValidationError]) -> bool:
        return any(
            isinstance(e.kind, jsonschema_rs.ValidationErrorKind.Constant) and len(e.instance_path) == depth
            for e in branch
        )

    meant = [branch for branch in kind.context if branch and not discriminated(branch)] or kind.context
    if len(meant) == 1:
        return [issue for e in meant[0] for issue in _explain(e, prefix)]
    alternatives = (
        "; ".join(f"{issue.location}: {issue.message}" for e in branch for issue in _explain(e, prefix))
        for branch in meant
    )
    message = "matches none of the alternatives: " + " | ".join(f"({text})" for text in alternatives)
    return [ValidationIssue(_location(error, prefix), message)]


def _issues(validator: jsonschema_rs.Validator, instance: Any, prefix: str) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    for error in validator.iter_errors(instance):
        issues.extend(_explain(error, prefix))
        if len(issues) >= 5:
            break
    return issues[:5]


@dataclass(eq=False)
class Operation:
    """One operation: its route, its envelope, and its compiled validators (None = nothing to check)."""

    method: str
    template: str
    api: Api
    operation_id: str
    in_spec: bool = False
    params: tuple[ParamSpec, ...] = ()
    params_validator: jsonschema_rs.Validator | None = None
    body_required: bool = False
    body_media: dict[str, jsonschema_rs.Validator | None] = field(default_factory=dict)
    responses: dict[str, jsonschema_rs.Validator | None] = field(default_factory=dict)
    security: bool = True
    #: the JSON body may carry a file inline (an AssetInput of type base64): it may be large
    inline_files: bool = False
    # derived once (the route table reads them on every request)
    key: str = field(init=False)
    names: tuple[str, ...] = field(init=False)
    segments: tuple[str | None, ...] = field(init=False)
    param_names: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        parts = self.template.strip("/").split("/")
        #: ``"METHOD /template"``: a name for the operation that does not depend on operationIds
        self.key = f"{self.method} {self.template}"
        self.names = (self.operation_id, self.key) if self.operation_id != self.key else (self.key,)
        self.segments = tuple(None if part.startswith("{") else part for part in parts)
        self.param_names = tuple(part[1:-1] for part in parts if part.startswith("{"))

    # validation --------------------------------------------------------------------------------

    def coerce_params(
        self, path: Mapping[str, str], query: Mapping[str, list[str]], headers: Mapping[str, str]
    ) -> dict[str, dict[str, Any]]:
        """Path, query and header parameters, typed per the spec; unknown query keys are kept as strings."""
        values: dict[str, dict[str, Any]] = {
            "path": dict(path),
            "query": {name: raw[-1] for name, raw in query.items()},
            "header": {},
        }
        for param in self.params:
            if param.location == "query" and param.name in query:
                values["query"][param.name] = _coerce(query[param.name], param.kind)
            elif param.location == "path" and param.name in path:
                values["path"][param.name] = _coerce([path[param.name]], param.kind)
            elif param.location == "header" and param.name.lower() in headers:
                values["header"][param.name] = _coerce([headers[param.name.lower()]], param.kind)
        return values

    def check_params(self, values: Mapping[str, Any]) -> list[ValidationIssue]:
        if self.params_validator is None:
            return []
        return _issues(self.params_validator, values, "")

    def check_json_body(self, media_type: str, body: Any) -> list[ValidationIssue]:
        validator = self.body_media.get(media_type)
        return [] if validator is None else _issues(validator, body, "body")

    def check_response(self, status: int, body: Any) -> str | None:
        """Why a response does not conform to the spec, or None when it does."""
        if not self.in_spec:
            return None
        key = str(status)
        if key not in self.responses:
            key = f"{key[0]}XX" if f"{key[0]}XX" in self.responses else "default"
        if key not in self.responses:
            return f"{self.key}: status {status} is not documented (documented: {sorted(self.responses)})"
        validator = self.responses[key]
        if validator is None:
            return None
        issues = _issues(validator, body, "")
        if issues:
            detail = "; ".join(f"{i.location or '<root>'}: {i.message}" for i in issues)
            return f"{self.key} -> {status}: {detail}"
        return None


def _takes_base64(schema: Any, components: Mapping[str, Any]) -> bool:
    """Whether a schema (following local $refs) has an object discriminated by ``type: "base64"``."""
    stack, seen = [schema], set()
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                stack.append(_resolve({"$ref": ref}, components))
            if node.get("const") == "base64":
                return True
            stack.extend(value for key, value in node.items() if key != "$ref")
    return False


def _compile(
    method: str,
    template: str,
    item: Mapping[str, Any],
    op: Mapping[str, Any],
    api: Api,
    components: Mapping[str, Any],
    global_security: Any,
) -> Operation:
    raw_params = [_resolve(p, components) for p in (*item.get("parameters", ()), *op.get("parameters", ()))]
    merged: dict[tuple[str, str], Mapping[str, Any]] = {}
    for param in raw_params:
        merged[(param["in"], param["name"])] = param
    params: list[ParamSpec] = []
    groups: dict[str, dict[str, Any]] = {
        where: {"type": "object", "properties": {}, "required": []} for where in ("path", "query", "header")
    }
    for (where, name), param in merged.items():
        if where not in groups:
            continue
        schema = param.get("schema", {})
        params.append(ParamSpec(name, where, _primary_type(schema, components)))
        groups[where]["properties"][name] = schema
        if param.get("required") or where == "path":
            groups[where]["required"].append(name)
    params_schema = {"type": "object", "properties": groups}
    body = _resolve(op.get("requestBody"), components) or {}
    media: dict[str, jsonschema_rs.Validator | None] = {}
    for media_type, content in (body.get("content") or {}).items():
        schema = content.get("schema") if isinstance(content, dict) else None
        json_like = media_type == "application/json" or media_type.endswith("+json")
        media[media_type] = _validator(schema, components) if json_like and schema else None
    responses: dict[str, jsonschema_rs.Validator | None] = {}
    for status, response in (op.get("responses") or {}).items():
        response = _resolve(response, components)
        content = (response.get("content") or {}) if isinstance(response, dict) else {}
        schema = (content.get("application/json") or {}).get("schema")
        responses[str(status).upper()] = _validator(schema, components) if schema else None
    security = op.get("security", global_security)
    return Operation(
        method=method.upper(),
        template=template,
        api="v1" if template.startswith("/v1/") else api,
        operation_id=str(op.get("operationId") or f"{method.upper()} {template}"),
        in_spec=True,
        params=tuple(params),
        params_validator=_validator(params_schema, components) if params else None,
        body_required=bool(body.get("required")),
        body_media=media,
        responses=responses,
        security=bool(security),
        inline_files=any(
            _takes_base64(content, components) for content in (body.get("content") or {}).values()
        ),
    )


def load_operations(path: Path, api: Api) -> tuple[dict[str, Any], list[Operation]]:
    """Read a built spec and compile its operations (cached per file version: a fresh mock per test is cheap;
    compiled operations are immutable and shared)."""
    stat = path.stat()
    document, operations = _load_cached(str(path.resolve()), stat.st_mtime_ns, stat.st_size, api)
    return document, list(operations)


@functools.lru_cache(maxsize=8)
def _load_cached(
    path: str, mtime_ns: int, size: int, api: Api
) -> tuple[dict[str, Any], tuple[Operation, ...]]:
    document: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))
    components = document.get("components", {})
    operations = []
    for template, item in document.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                operations.append(
                    _compile(method, template, item, item[method], api, components, document.get("security"))
                )
    return document, tuple(operations)


class RouteTable:
    """Operations keyed by (METHOD, number of segments); literal segments win over templated ones."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        self._by_shape: dict[tuple[str, int], list[Operation]] = {}
        self._by_length: dict[int, list[Operation]] = {}
        for operation in operations:
            size = len(operation.segments)
            self._by_shape.setdefault((operation.method, size), []).append(operation)
            self._by_length.setdefault(size, []).append(operation)
        for candidates in self._by_shape.values():
            candidates.sort(key=lambda op: sum(part is None for part in op.segments))

    @staticmethod
    def _match(operation: Operation, parts: list[str]) -> dict[str, str] | None:
        values: dict[str, str] = {}
        index = 0
        for expected, actual in zip(operation.segments, parts, strict=True):
            if expected is None:
                if not actual:
                    return None
                values[operation.param_names[index]] = actual
                index += 1
            elif expected != actual:
                return None
        return values

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """The operation for this request and its raw path parameters, or None."""
        parts = path.strip("/").split("/")
        for operation in self._by_shape.get((method, len(parts)), ()):
            values = self._match(operation, parts)
            if values is not None:
                return operation, values
        return None

    def allowed_methods(self, path: str) -> list[str]:
        """Methods that exist for this path (for 405 + Allow)."""
        parts = path.strip("/").split("/")
        matches = [op for op in self._by_length.get(len(parts), ()) if self._match(op, parts) is not None]
        if not matches:
            return []
        # /v3/avatars/looks is its own path, not /v3/avatars/{group_id}: only the most literal templates count
        fewest = min(len(op.param_names) for op in matches)
        return sorted({op.method for op in matches if len(op.param_names) == fewest})

    def __iter__(self) -> Any:
        for candidates in self._by_shape.values():
            yield from candidates
