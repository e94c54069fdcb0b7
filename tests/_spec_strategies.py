"""Hypothesis strategies drawn from the built specs' response schemas, and real-world drift of them.

`response_bodies(version, operation_id, status)` gives every JSON body the spec allows for one response.
The JSON Schema -> strategy translation is schemathesis' own engine (the one it uses to generate
request bodies; `hypothesis-jsonschema` is not a dependency here). It is an internal module of the exact
schemathesis version pinned in pyproject.toml, so it is imported in one place only: `_schema_strategy`.

`drift(value)` turns a valid body into what HeyGen really sends sometimes: a null anywhere, an unknown
enum or status value, extra fields, missing fields, int/float timestamp swaps, and `error` as a plain
string or as an object.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema_rs
from _generated_index import load_spec, operations
from hypothesis import strategies as st

__all__ = [
    "FUTURE_VALUES",
    "drift",
    "html_pages",
    "json_responses",
    "operation_for_path",
    "response_bodies",
    "response_schema",
    "validator",
]

# What a value from the future looks like: unknown statuses and enum members, odd spellings.
FUTURE_VALUES = (
    "some_value_from_the_future",
    "processing_v2",
    "SUCCESS_PENDING_REVIEW",
    "done",
    "finished",
    "ok",
    "",
    " ",
)


def _response(version: str, response: dict[str, Any]) -> dict[str, Any]:
    """A response object, following a `$ref` into components/responses."""
    ref = response.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/responses/"):
        return dict(load_spec(version)["components"]["responses"][ref.rsplit("/", 1)[-1]])
    return response


def json_responses(version: str, *, distinct_errors: bool = False) -> Iterator[tuple[str, str, str]]:
    """(method, operationId, status) of every response of `version` that documents a JSON schema.

    With `distinct_errors`, an error response shared by several operations is listed once (the error
    schemas are a handful of shared shapes, each parsed by the same generated model).
    """
    seen: set[str] = set()
    for method, _path, op in operations(version):
        for status, raw in op["responses"].items():
            response = _response(version, raw)
            if (response.get("content") or {}).get("application/json", {}).get("schema") is None:
                continue
            if distinct_errors and status != "200":
                key = f"{status} {json.dumps(response, sort_keys=True)}"
                if key in seen:
                    continue
                seen.add(key)
            yield method, op["operationId"], status


def response_schema(version: str, operation_id: str, status: str = "200") -> dict[str, Any]:
    """The JSON schema of one response, with the spec's components beside it so `$ref`s resolve."""
    doc = load_spec(version)
    for _method, _path, op in operations(version):
        if op["operationId"] == operation_id:
            schema = _response(version, op["responses"][status])["content"]["application/json"]["schema"]
            return {**schema, "components": doc.get("components", {})}
    raise KeyError(f"{version}: no operation {operation_id!r}")


@functools.cache
def _cached_schema(version: str, operation_id: str, status: str) -> Any:
    return response_schema(version, operation_id, status)


def validator(version: str, operation_id: str, status: str = "200") -> jsonschema_rs.Validator:
    """A validator for one response schema (to check the strategy stays inside the spec)."""
    return jsonschema_rs.validator_for(_cached_schema(version, operation_id, status))


def _schema_strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    from schemathesis.generation.jsonschema.builder import build  # schemathesis==4.32.5, see module doc

    draft_2020_12 = 20  # schemathesis' code for Draft202012 (the dialect of OpenAPI 3.1)
    return build(schema, draft=draft_2020_12, formats={})


@functools.cache
def response_bodies(version: str, operation_id: str, status: str = "200") -> st.SearchStrategy[Any]:
    """Every JSON body the built spec allows for this response."""
    return _schema_strategy(_cached_schema(version, operation_id, status))


def operation_for_path(method: str, path: str) -> tuple[str, str]:
    """(version, operationId) of the operation whose template matches a concrete path."""
    for version in ("v2", "v3"):
        for m, template, op in operations(version):
            pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
            if m == method.lower() and re.match(pattern, path):
                return version, op["operationId"]
    raise KeyError(f"no operation for {method} {path}")


# ------------------------------------------------------------------------------------------------ drift


def _paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every location inside `value` (the root excluded), depth first."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield (*path, key)
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield (*path, index)
            yield from _paths(child, (*path, index))


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


def _set(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copied = copy.deepcopy(value)
    _get(copied, path[:-1])[path[-1]] = new
    return copied


def _delete(value: Any, path: tuple[Any, ...]) -> Any:
    copied = copy.deepcopy(value)
    del _get(copied, path[:-1])[path[-1]]
    return copied


_JSON_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
_ANY_JSON = st.recursive(
    _JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)
_ERRORS = st.one_of(
    st.text(min_size=1, max_size=20),
    st.fixed_dictionaries({"code": st.one_of(st.text(max_size=12), st.integers()), "message": st.text()}),
    st.sampled_from(["AVATAR_NOT_FOUND", "Internal error", {"code": 40001}, {"message": None}, [], 0, True]),
)


def _swap_number(leaf: Any) -> Any:
    if isinstance(leaf, bool):
        return leaf
    if isinstance(leaf, int):
        return float(leaf) + 0.5
    if isinstance(leaf, float):
        return int(leaf) if abs(leaf) < 1e18 else 1737662355
    return leaf


@st.composite
def _one_drift(draw: st.DrawFn, value: Any) -> Any:
    kind = draw(st.sampled_from(["null", "future", "number", "extra", "missing", "error", "any", "status"]))
    locations = list(_paths(value))
    if not locations and kind not in ("error", "status"):
        kind = "extra"
    if kind == "error":
        return {**value, "error": draw(_ERRORS)} if isinstance(value, dict) else value
    if kind == "status":  # an unknown status where a status usually lives
        if isinstance(value, dict) and isinstance(value.get("data"), dict):
            return _set(value, ("data", "status"), draw(st.sampled_from(FUTURE_VALUES) | st.text()))
        return value
    if kind == "extra":
        objects = [p for p in [(), *locations] if isinstance(_get(value, p), dict)]
        if not objects:
            return value
        where = draw(st.sampled_from(objects))
        key = draw(
            st.sampled_from(["field_added_later", "status", "id", "data", "error"]) | st.text(max_size=8)
        )
        return _set(value, where, {**_get(value, where), key: draw(_ANY_JSON)})
    where = draw(st.sampled_from(locations))
    leaf = _get(value, where)
    if kind == "null":
        return _set(value, where, None)
    if kind == "future":
        return _set(value, where, draw(st.sampled_from(FUTURE_VALUES)))
    if kind == "number":
        return _set(value, where, _swap_number(leaf))
    if kind == "missing":
        return _delete(value, where)
    return _set(value, where, draw(_ANY_JSON))


@st.composite
def drift(draw: st.DrawFn, value: Any, max_changes: int = 3) -> Any:
    """`value` with 1..max_changes real-world drifts applied."""
    for _ in range(draw(st.integers(1, max_changes))):
        value = draw(_one_drift(value))
    return value


def html_pages() -> st.SearchStrategy[bytes]:
    """Gateway and CDN error pages (what a proxy answers instead of JSON)."""
    titles = st.sampled_from(
        ["502 Bad Gateway", "503 Service Temporarily Unavailable", "Just a moment...", ""]
    )
    return st.builds(
        lambda title, body: f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode(),
        titles,
        st.text(max_size=40),
    )
