"""Imports deferred to first use: the package's public names (`attach`) and the generated code (`lazy`).

`attach` gives a package a PEP 562 ``__getattr__`` that imports each public name from the module its
``if TYPE_CHECKING:`` block imports it from: that block is the one declaration of the public surface, read
by type checkers and IDEs as it stands, and read here (once, at the first attribute lookup) from the
package's source.

`lazy` stands for a generated endpoint module or model: importing every endpoint a resource names would
load most of the generated client at `client.avatars`, so the import happens at the first request that
needs it (and the generated `models/__init__.py`, from our template, loads each model on first use too).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

__all__ = ["attach", "lazy", "public_names"]


def public_names(package: str, source: str) -> dict[str, str]:
    """``name -> module`` for every ``from .module import name as name`` in the ``if TYPE_CHECKING:``
    block of ``source`` (the package ``package``'s ``__init__.py``)."""
    import ast

    names: dict[str, str] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom) and statement.level == 1:
                    module = f"{package}.{statement.module}" if statement.module else package
                    names.update((alias.name, module) for alias in statement.names)
    return names


def attach(package: str, init_file: str) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of ``package`` whose ``__init__.py`` is ``init_file``."""
    table: dict[str, str] = {}

    def modules() -> dict[str, str]:
        if not table:
            try:
                with open(init_file, encoding="utf-8") as file:
                    source = file.read()
            except OSError as error:  # e.g. a frozen app shipped without sources
                raise ImportError(
                    f"{package} reads its public names from {init_file}; ship the package's .py sources"
                ) from error
            table.update(public_names(package, source))
        return table

    def __getattr__(name: str) -> Any:
        if name == "__all__":
            return sorted(modules())
        module = modules().get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        vars(importlib.import_module(package))[name] = value  # later lookups skip this function
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(importlib.import_module(package)), *modules()})

    return __getattr__, __dir__


class _Lazy:
    """Stands for a module (or one of its attributes) until it is first used."""

    def __init__(self, module: str, attr: str | None) -> None:
        self._module = module
        self._attr = attr
        self._target: Any = None

    def _resolve(self) -> Any:
        if self._target is None:
            module = importlib.import_module(self._module)
            self._target = module if self._attr is None else getattr(module, self._attr)
        return self._target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._resolve(), name)
        self.__dict__[name] = value  # the next lookup finds it without coming here (hot: every request)
        return value

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._resolve()(*args, **kwargs)

    def __repr__(self) -> str:
        return f"lazy({self._module!r}{'' if self._attr is None else f', {self._attr!r}'})"


def lazy(module: str, attr: str | None = None) -> Any:
    """`module` (e.g. an endpoint module), or its attribute `attr` (e.g. a model class), imported on use."""
    return _Lazy(module, attr)
