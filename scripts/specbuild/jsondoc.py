"""Small helpers over OpenAPI documents held as plain JSON values."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def dumps(doc: Any) -> str:
    """The canonical form of every file we write: sorted keys, two-space indent, trailing newline."""
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation, in document order."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield method, path, item[method]


def refs(node: Any) -> Iterator[str]:
    """Every local `$ref` string below `node`."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            yield ref
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def resolve(doc: dict[str, Any], ref: str) -> Any:
    node: Any = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def reachable_components(doc: dict[str, Any], roots: Any) -> set[tuple[str, str]]:
    """(section, name) of every component reachable from `roots`, following refs transitively."""
    seen: set[tuple[str, str]] = set()
    todo = list(refs(roots))
    while todo:
        ref = todo.pop()
        parts = ref[2:].split("/")
        if len(parts) != 3 or parts[0] != "components":
            continue
        key = (parts[1], parts[2])
        if key in seen:
            continue
        seen.add(key)
        todo.extend(refs(resolve(doc, ref)))
    return seen


def prune_components(doc: dict[str, Any]) -> None:
    """Drop components nothing refers to (after overlays replaced some), keeping security schemes."""
    keep = reachable_components(doc, doc.get("paths", {}))
    for section, entries in list(doc.get("components", {}).items()):
        if section == "securitySchemes":
            continue
        for name in list(entries):
            if (section, name) not in keep:
                del entries[name]
        if not entries:
            del doc["components"][section]
