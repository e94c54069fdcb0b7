"""Apply OpenAPI Overlay 1.0 documents (https://spec.openapis.org/overlay/v1.0.0.html).

Each action has a JSONPath `target`, a `description` (our reason) and either `update` (merged into every
node the target selects: objects merge recursively, a `$ref` object replaces, an array target gets the
value appended) or
`remove: true`. An action that selects nothing fails the build: after HeyGen changes a file, a correction
that no longer applies must be looked at, not silently skipped.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonpath
import yaml


class OverlayError(Exception):
    pass


def load_overlays(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    """The overlay documents in `folder`, in file-name order."""
    docs = []
    for file in sorted(folder.glob("*.yaml")):
        doc = yaml.safe_load(file.read_text(encoding="utf-8"))
        if not str(doc.get("overlay", "")).startswith("1."):
            raise OverlayError(f"{file.name}: not an Overlay 1.x document")
        for i, action in enumerate(doc.get("actions", [])):
            if not action.get("description"):
                raise OverlayError(f"{file.name}: action {i} ({action.get('target')}) has no description")
        docs.append((file.name, doc))
    return docs


def merge(target: Any, update: Any) -> Any:
    # a `$ref` object replaces what it lands on: merging it with inline content would be an invalid schema
    if isinstance(target, dict) and isinstance(update, dict) and "$ref" not in update:
        for key, value in update.items():
            target[key] = merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    return copy.deepcopy(update)


def apply(doc: dict[str, Any], overlay: dict[str, Any], name: str = "overlay") -> None:
    """Apply every action of `overlay` to `doc`, in place."""
    for i, action in enumerate(overlay.get("actions", [])):
        where = f"{name}: action {i} ({action['target']})"
        matches = list(jsonpath.finditer(action["target"], doc))
        if not matches:
            raise OverlayError(f"{where} selects nothing")
        if action.get("remove"):
            # remove from the end so list indices stay valid
            for match in sorted(matches, key=lambda m: m.parts, reverse=True):
                parent = match.parent.obj if match.parent is not None else None
                if parent is None:
                    raise OverlayError(f"{where}: cannot remove the root")
                del parent[match.parts[-1]]  # type: ignore[index]
        elif "update" in action:
            for match in matches:
                if isinstance(match.obj, list):
                    match.obj.append(copy.deepcopy(action["update"]))
                elif isinstance(match.obj, dict) and isinstance(action["update"], dict):
                    merge(match.obj, action["update"])
                else:
                    raise OverlayError(f"{where}: update needs an object or array target")
        else:
            raise OverlayError(f"{where}: neither update nor remove")
