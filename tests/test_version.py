"""One version: `_version.py` is read by the package, the User-Agent and (through pyproject.toml's
dynamic version) the installed distribution's metadata."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import heygen_avatars
from heygen_avatars._core.drivers import USER_AGENT

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_version_is_the_installed_distributions() -> None:
    # A mismatch here means the install is stale: scripts/bootstrap reinstalls when _version.py changes.
    assert heygen_avatars.__version__ == importlib.metadata.version("heygen-avatars")


def test_the_user_agent_carries_the_same_version() -> None:
    installed = importlib.metadata.version("heygen-avatars")
    assert USER_AGENT.partition("/") == ("heygen-avatars-python", "/", installed)


def test_pyproject_reads_the_version_from_version_py() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["hatch"]["version"]["path"] == "facade/heygen_avatars/_version.py"
