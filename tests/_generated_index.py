"""Where each operation of the built specs lives in the generated clients (shared by the spec tests)."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPECS = {"v2": ROOT / "openapi" / "v2-photo-avatar.json", "v3": ROOT / "openapi" / "v3-avatars.json"}
METHODS = ("get", "put", "post", "delete", "patch")


def load_spec(version: str) -> dict[str, Any]:
    return json.loads(SPECS[version].read_text())


def operations(version: str) -> list[tuple[str, str, dict[str, Any]]]:
    doc = load_spec(version)
    return [(m, p, item[m]) for p, item in doc["paths"].items() for m in METHODS if m in item]


def snake(operation_id: str) -> str:
    """openapi-python-client's module name for an operationId."""
    name = re.sub(r"[^0-9a-zA-Z]+", "_", operation_id)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.lower().strip("_")


def endpoint_module(version: str, operation_id: str) -> ModuleType:
    package = ROOT / "generated" / "heygen_avatars_generated" / version / "api"
    found = sorted(package.glob(f"*/{snake(operation_id)}.py"))
    assert len(found) == 1, f"{operation_id}: expected one generated module, found {found}"
    tag = found[0].parent.name
    return importlib.import_module(f"heygen_avatars_generated.{version}.api.{tag}.{snake(operation_id)}")


def client(version: str) -> Any:
    return importlib.import_module(f"heygen_avatars_generated.{version}").Client(
        base_url="http://127.0.0.1:9"
    )
