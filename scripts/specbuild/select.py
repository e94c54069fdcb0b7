"""Pick the operations in scope out of HeyGen's files into one document per API generation."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from .jsondoc import HTTP_METHODS, load, operations, reachable_components, resolve

# The v3 operations we take from HeyGen's April 2026 document (the July ones come from overlays).
V3_OPERATIONS = (
    ("post", "/v3/avatars"),
    ("get", "/v3/avatars"),
    ("get", "/v3/avatars/{group_id}"),
    ("post", "/v3/avatars/{group_id}/consent"),
    ("get", "/v3/avatars/looks"),
    ("get", "/v3/avatars/looks/{look_id}"),
    ("patch", "/v3/avatars/looks/{look_id}"),
    ("post", "/v3/assets"),
    ("post", "/v3/videos"),
    ("get", "/v3/videos"),
    ("get", "/v3/videos/{video_id}"),
    ("delete", "/v3/videos/{video_id}"),
    ("get", "/v3/voices"),
    ("get", "/v3/users/me"),
    ("post", "/v3/webhooks/endpoints"),
    ("get", "/v3/webhooks/endpoints"),
    ("patch", "/v3/webhooks/endpoints/{endpoint_id}"),
    ("delete", "/v3/webhooks/endpoints/{endpoint_id}"),
    ("post", "/v3/webhooks/endpoints/{endpoint_id}/rotate-secret"),
    ("get", "/v3/webhooks/event-types"),
    ("get", "/v3/webhooks/events"),
)


def select_from_whole(doc: dict[str, Any], wanted: tuple[tuple[str, str], ...]) -> dict[str, Any]:
    """A document with only `wanted` operations of a whole-API `doc` and the components they use."""
    out: dict[str, Any] = {
        k: copy.deepcopy(v) for k, v in doc.items() if k not in ("paths", "components", "tags")
    }
    out["paths"] = {}
    for method, path in wanted:
        item = doc["paths"][path]
        target = out["paths"].setdefault(
            path, {k: copy.deepcopy(v) for k, v in item.items() if k not in HTTP_METHODS}
        )
        target[method] = copy.deepcopy(item[method])
    used = reachable_components(doc, out["paths"])
    components: dict[str, Any] = {"securitySchemes": copy.deepcopy(doc["components"]["securitySchemes"])}
    for section, name in sorted(used):
        components.setdefault(section, {})[name] = copy.deepcopy(
            resolve(doc, f"#/components/{section}/{name}")
        )
    out["components"] = components
    tag_names = {t for _, _, op in operations(out) for t in op.get("tags", [])}
    out["tags"] = [copy.deepcopy(t) for t in doc.get("tags", []) if t["name"] in tag_names]
    return out


def merge_per_endpoint(files: list[Path]) -> dict[str, Any]:
    """One document from HeyGen's one-operation files (sorted by name, so the result is deterministic).

    A file whose servers differ from the first file's keeps them on its path item (the upload host).
    Identical components merge; a real conflict stops the build.
    """
    out: dict[str, Any] = {"paths": {}, "components": {}}
    for file in sorted(files):
        doc = load(file)
        for key in ("openapi", "info", "servers", "security", "x-readme"):
            if key in doc:
                out.setdefault(key, doc[key])
        for path, item in doc.get("paths", {}).items():
            item = copy.deepcopy(item)
            if doc.get("servers") and doc["servers"] != out["servers"]:
                item.setdefault("servers", doc["servers"])
            target = out["paths"].setdefault(path, {})
            for key, value in item.items():
                if key in target and target[key] != value:
                    raise SystemExit(f"conflict: {path} {key} in {file.name}")
                target[key] = value
        for section, entries in doc.get("components", {}).items():
            target = out["components"].setdefault(section, {})
            for name, value in entries.items():
                if name in target and target[name] != value:
                    raise SystemExit(f"conflict: components.{section}.{name} in {file.name}")
                target[name] = value
    return out
