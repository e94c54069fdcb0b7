"""Generated packages import lazily: an endpoint loads only the models it uses; every model name resolves.

The generated `models/__init__.py` (scripts/codegen/templates/models_init.py.jinja) maps each public name to
its submodule and imports it on first access. Each check runs in a fresh interpreter, because this test
process may already have imported models.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

GENERATED = Path(__file__).resolve().parents[1] / "generated" / "heygen_avatars_generated"
VERSIONS = ("v2", "v3")


def run_fresh(script: str, *args: str, stdin: str = "") -> object:
    """Run `script` in a new interpreter; it prints one JSON document."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args], input=stdin, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def model_modules(version: str) -> list[str]:
    return sorted(p.stem for p in (GENERATED / version / "models").glob("*.py") if p.stem != "__init__")


def _import_time_model_imports(path: Path) -> set[str]:
    """Model submodules `path` imports when it is imported (top level only, so not under TYPE_CHECKING)."""
    found = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        module = node.module if isinstance(node, ast.ImportFrom) else None
        if module and module.startswith("models."):
            found.add(module.removeprefix("models."))
    return found


@cache
def models_needed(version: str, path: Path) -> frozenset[str]:
    """The model submodules importing `path` must load: its own model imports, and theirs, transitively."""
    needed: set[str] = set()
    todo = _import_time_model_imports(path)
    while todo:
        module = todo.pop()
        if module not in needed:
            needed.add(module)
            todo |= _import_time_model_imports(GENERATED / version / "models" / f"{module}.py")
    return frozenset(needed)


def endpoint_modules(version: str) -> dict[str, Path]:
    api = GENERATED / version / "api"
    return {
        f"heygen_avatars_generated.{version}.api.{p.parent.name}.{p.stem}": p
        for p in sorted(api.glob("*/*.py"))
        if p.stem != "__init__"
    }


IMPORT_EACH_ENDPOINT = """
import importlib, json, sys
prefix = "heygen_avatars_generated.%s.models."
loaded = {}
for endpoint in sys.argv[1:]:
    for name in [m for m in sys.modules if m.startswith("heygen_avatars_generated")]:
        del sys.modules[name]  # the next endpoint starts from nothing generated, as in a fresh process
    importlib.import_module(endpoint)
    loaded[endpoint] = sorted(m.removeprefix(prefix) for m in sys.modules if m.startswith(prefix))
print(json.dumps(loaded))
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_importing_an_endpoint_loads_only_the_models_it_uses(version: str) -> None:
    endpoints = endpoint_modules(version)
    assert len(endpoints) >= 5

    loaded = run_fresh(IMPORT_EACH_ENDPOINT % version, *endpoints)

    every_model = set(model_modules(version))
    assert isinstance(loaded, dict)
    for endpoint, path in endpoints.items():
        expected = models_needed(version, path)
        assert expected, f"{endpoint} imports no model: the test would not show anything"
        assert set(loaded[endpoint]) == expected, endpoint
        assert len(expected) < len(every_model)


def test_the_first_request_endpoint_loads_its_six_response_models() -> None:
    """The case the facade measured: one look lookup loads its response models (200 and five errors) only."""
    loaded = run_fresh(IMPORT_EACH_ENDPOINT % "v3", "heygen_avatars_generated.v3.api.avatars.get_avatar_look")
    assert isinstance(loaded, dict)
    assert loaded["heygen_avatars_generated.v3.api.avatars.get_avatar_look"] == [
        f"get_avatar_look_response_{status}" for status in (200, 400, 401, 403, 404, 429)
    ]


def defining_module(version: str) -> dict[str, str]:
    """Every name a model module defines at top level -> that module (read from the files, not __init__)."""
    defined = {}
    for module in model_modules(version):
        tree = ast.parse((GENERATED / version / "models" / f"{module}.py").read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                names = [node.name]
            elif isinstance(node, ast.Assign):  # Literal types: `AudioVoiceType = Literal[...]`
                names = [target.id for target in node.targets if isinstance(target, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            else:
                continue
            defined.update(dict.fromkeys(names, module))
    return defined


IMPORT_EVERY_NAME = """
import importlib, json, sys
package = "heygen_avatars_generated.%s.models"
defining_module = json.load(sys.stdin)
models = importlib.import_module(package)
names = list(models.__all__)
listed = dir(models)
loaded_before = [m for m in sys.modules if m.startswith(package + ".")]
namespace = {}
exec(f"from {package} import {', '.join(names)}", namespace)
star = {}
exec(f"from {package} import *", star)
wrong = [
    n for n in names
    if namespace[n] is not getattr(importlib.import_module(f"{package}.{defining_module[n]}"), n)
    or star[n] is not namespace[n]
]
try:
    models.NoSuchModel
    unknown = "no error"
except AttributeError as error:
    unknown = str(error)
print(json.dumps({"all": names, "dir": listed, "loaded_before": loaded_before, "wrong": wrong,
                  "unknown": unknown, "dir_after": dir(models)}))
"""


@pytest.mark.parametrize("version", VERSIONS)
def test_every_model_name_still_imports_from_the_models_package(version: str) -> None:
    defined = defining_module(version)
    exported = [
        name for name in defined if name[0].isupper() and not name.isupper()
    ]  # classes, Literal types

    result = run_fresh(IMPORT_EVERY_NAME % version, stdin=json.dumps(defined))

    assert isinstance(result, dict)
    assert sorted(result["all"]) == sorted(exported)
    # every model module exports something, so nothing became unreachable from the package
    assert {defined[name] for name in result["all"]} == set(model_modules(version))
    assert result["loaded_before"] == []  # importing the package and dir() load no model
    assert set(result["all"]) <= set(result["dir"])
    assert set(result["all"]) <= set(result["dir_after"])
    assert result["wrong"] == []
    assert (
        result["unknown"]
        == f"module 'heygen_avatars_generated.{version}.models' has no attribute 'NoSuchModel'"
    )
