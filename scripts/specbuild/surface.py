"""The API surface of a built spec, and a readable report of what changed between two of them."""

from __future__ import annotations

from typing import Any

from .jsondoc import operations, resolve

Surface = dict[str, dict[str, str]]  # "POST /v2/x" -> {"request.body.name": "string, required", ...}


def _describe(doc: dict[str, Any], schema: Any) -> str:
    if not isinstance(schema, dict):
        return "any"
    if "$ref" in schema:
        return _describe(doc, resolve(doc, schema["$ref"]))
    if "const" in schema:
        return f"const {schema['const']!r}"
    kind = schema.get("type", "any")
    text = "|".join(kind) if isinstance(kind, list) else str(kind)
    if "enum" in schema:
        text += " enum[" + ", ".join(sorted(str(v) for v in schema["enum"])) + "]"
    for key in ("anyOf", "oneOf"):
        if key in schema:
            text = " | ".join(sorted({_describe(doc, s) for s in schema[key]}))
    return text


def _fields(doc: dict[str, Any], schema: Any, prefix: str, out: dict[str, str], depth: int = 0) -> None:
    """Flatten a schema into dotted field names with a short type description."""
    if not isinstance(schema, dict) or depth > 6:
        return
    if "$ref" in schema:
        _fields(doc, resolve(doc, schema["$ref"]), prefix, out, depth + 1)
        return
    for key in ("oneOf", "anyOf", "allOf"):
        for member in schema.get(key, []):
            _fields(doc, member, prefix, out, depth + 1)
    required = set(schema.get("required", []))
    for name, prop in (schema.get("properties") or {}).items():
        path = f"{prefix}.{name}"
        described = _describe(doc, prop)
        # a field seen in several oneOf branches keeps every description
        previous = out.get(path)
        entry = described + (", required" if name in required else "")
        out[path] = entry if previous in (None, entry) else " / ".join(sorted({previous, entry}))
        _fields(doc, prop, path, out, depth + 1)
        if isinstance(prop, dict) and isinstance(prop.get("items"), dict):
            _fields(doc, prop["items"], path + "[]", out, depth + 1)


def surface(doc: dict[str, Any]) -> Surface:
    result: Surface = {}
    for method, path, op in operations(doc):
        fields: dict[str, str] = {"operationId": str(op.get("operationId"))}
        for param in op.get("parameters", []):
            param = resolve(doc, param["$ref"]) if "$ref" in param else param
            req = ", required" if param.get("required") else ""
            fields[f"request.{param['in']}.{param['name']}"] = _describe(doc, param.get("schema")) + req
        for media, body in (op.get("requestBody", {}).get("content") or {}).items():
            fields[f"request.body<{media}>"] = _describe(doc, body.get("schema"))
            _fields(doc, body.get("schema"), "request.body", fields)
        for status, response in op.get("responses", {}).items():
            response = resolve(doc, response["$ref"]) if "$ref" in response else response
            fields[f"response.{status}"] = "present"
            for media in (response.get("content") or {}).values():
                _fields(doc, media.get("schema"), f"response.{status}", fields)
        result[f"{method.upper()} {path}"] = fields
    return result


def _enum(text: str) -> set[str]:
    if "enum[" not in text:
        return set()
    return set(text.split("enum[", 1)[1].split("]", 1)[0].split(", "))


def _is_breaking(field: str, old: str | None, new: str | None) -> bool:
    """Would code written against `old` break against `new`?"""
    if field == "operationId":
        return old != new
    if field.startswith("request."):
        if old is None:  # a new request field breaks callers only if they must now send it
            return bool(new and new.endswith(", required"))
        if new is None:
            return True
        return (new.endswith(", required") and not old.endswith(", required")) or bool(
            _enum(old) - _enum(new)
        )
    # response side: a field or status that disappears breaks readers; new ones do not
    return new is None and old is not None


def diff(old: Surface, new: Surface) -> list[str]:
    """Lines describing every change from `old` to `new`, breaking ones marked."""
    lines = []
    for op in sorted(old.keys() | new.keys()):
        if op not in new:
            lines.append(f"BREAKING  operation removed: {op}")
            continue
        if op not in old:
            lines.append(f"          operation added: {op} ({new[op]['operationId']})")
            continue
        for field in sorted(old[op].keys() | new[op].keys()):
            before, after = old[op].get(field), new[op].get(field)
            if before == after:
                continue
            mark = "BREAKING" if _is_breaking(field, before, after) else "        "
            if before is None:
                lines.append(f"{mark}  {op}: {field} added ({after})")
            elif after is None:
                lines.append(f"{mark}  {op}: {field} removed (was {before})")
            else:
                lines.append(f"{mark}  {op}: {field} changed: {before} -> {after}")
    return lines
