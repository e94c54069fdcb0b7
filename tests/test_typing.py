"""The type checkers users run pass on the package and on typical user code (`tests/typing/`).

pyright is the checker inside VS Code: strict on the user code, where nothing the public API returns may be
unknown. mypy --strict and pyright (basic mode, the `[tool.pyright]` section) on the package run in
``scripts/test``; here they check the user code. Each run takes seconds (``-m "not typing"`` skips them).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# the pyright wheel would ask PyPI for a newer version on every run; tests use no network
ENV = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}

pytestmark = pytest.mark.typing


def check(*command: str) -> None:
    run = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=300
    )
    assert run.returncode == 0, f"{' '.join(command)} exited {run.returncode}:\n{run.stdout}{run.stderr}"


def test_mypy_strict_on_user_code(tmp_path: Path) -> None:
    check("mypy", "--strict", "--cache-dir", str(tmp_path), "tests/typing")


def test_pyright_strict_on_user_code() -> None:
    check("pyright", "tests/typing")
