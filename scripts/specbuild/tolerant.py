"""Make response schemas tolerant, so that what HeyGen really sends parses ("tolerant reader").

HeyGen's responses carry nulls where its schemas say string/object/enum, drop fields its schemas call
required, and add values to enums. openapi-python-client's parsers raise on each of those, so
for response schemas only (requests stay strict) every property becomes nullable and `required` is
dropped. This is one rule applied to every response, not a per-field correction, which is why it lives in
code rather than as hundreds of overlay actions; the overlays hold the corrections that need a reason each.
"""

from __future__ import annotations

from typing import Any

from .jsondoc import operations, reachable_components

NULL = {"type": "null"}
ANNOTATIONS = (
    "description",
    "title",
    "default",
    "examples",
    "example",
    "deprecated",
    "readOnly",
    "writeOnly",
)
COMPOSITES = ("$ref", "enum", "const", "oneOf", "anyOf", "allOf")


def nullable(schema: Any) -> Any:
    """One property schema that also accepts null, with whatever is nested in it loosened too."""
    if not isinstance(schema, dict) or schema == {}:
        return schema
    schema = loosen(schema)
    kind = schema.get("type")
    if any(key in schema for key in COMPOSITES):
        if NULL in schema.get("anyOf", []):
            return schema
        annotations = {k: schema[k] for k in ANNOTATIONS if k in schema}
        core = {k: v for k, v in schema.items() if k not in ANNOTATIONS}
        return {**annotations, "anyOf": [core, NULL]}
    if isinstance(kind, str) and kind != "null":
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list) and "null" not in kind:
        return {**schema, "type": [*kind, "null"]}
    return schema


def loosen(schema: Any) -> Any:
    """An object schema whose properties are all nullable and none required (the object itself unchanged)."""
    if not isinstance(schema, dict):
        return schema
    schema = dict(schema)
    schema.pop("required", None)
    if isinstance(schema.get("properties"), dict):
        schema["properties"] = {name: nullable(prop) for name, prop in schema["properties"].items()}
    if isinstance(schema.get("items"), dict):
        schema["items"] = loosen(schema["items"])
    for key in ("oneOf", "anyOf", "allOf"):
        if key in schema:
            schema[key] = [loosen(member) for member in schema[key]]
    return schema


def make_responses_tolerant(doc: dict[str, Any]) -> None:
    """Loosen, in place, every response schema and every component only responses use."""
    ops = [op for _, _, op in operations(doc)]
    response_side = reachable_components(doc, [op.get("responses") for op in ops])
    request_side = reachable_components(doc, [[op.get("requestBody"), op.get("parameters")] for op in ops])
    schemas = doc.get("components", {}).get("schemas", {})
    for section, name in sorted(response_side - request_side):
        if section == "schemas":
            schemas[name] = loosen(schemas[name])
    responses = [r for op in ops for r in op.get("responses", {}).values()]
    responses += list(doc.get("components", {}).get("responses", {}).values())
    for response in responses:
        for media in (response.get("content") or {}).values():
            schema = media.get("schema")
            if isinstance(schema, dict) and "$ref" not in schema:
                media["schema"] = loosen(schema)
