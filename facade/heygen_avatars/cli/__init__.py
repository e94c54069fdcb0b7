"""``heygen-avatars``: the SDK on the command line (also ``python -m heygen_avatars``).

`main` parses and dispatches; `commands/` holds the resource commands, `mock` and `demo/` the local mock
server and the whole story; `connect`, `output` and `progress` are how a command reaches HeyGen (or the
mock), prints its result and shows progress.
"""

from .main import build_parser, main

__all__ = ["build_parser", "main"]
