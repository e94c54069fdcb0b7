"""``python -m heygen_avatars``: the ``heygen-avatars`` command."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
