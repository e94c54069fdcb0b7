"""Generated endpoints and models, imported when first used.

An endpoint module imports httpx, attrs and its response models; importing every endpoint a resource
module names would load most of the generated client at `client.avatars`. The resource modules name what
they use with `lazy(...)` instead; the import happens on first attribute access or call, i.e. at the
first request that needs it (and the generated `models/__init__.py`, from our template, loads each model
on first use too).
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
