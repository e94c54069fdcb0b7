"""The version, in one place: the package (`heygen_avatars.__version__`), the User-Agent and the
distribution's metadata (pyproject.toml reads it from here)."""

__version__ = "0.1.0"
