"""Generated endpoints and models, imported when first used.

Importing any one generated model imports all of them (the generated `models/__init__.py` does), which
took most of `import heygen_avatars` (benchmarks/ row 1). The resource modules name what they use with
`lazy(...)` instead; the import happens on first attribute access or call, i.e. at the first request that
needs it.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["lazy"]


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
