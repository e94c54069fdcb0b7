"""``webhooks listen``: a local receiver that prints every verified HeyGen event (for development).

    heygen-avatars webhooks listen --port 8787              # secret from HEYGEN_WEBHOOK_SECRET
    heygen-avatars --json webhooks listen --count 1          # one JSON line per event; stop after one

Deliveries are verified exactly as ``client.webhooks.receiver()`` does (signature, timestamp, duplicates);
refused ones are reported on stderr with the reason, never with the secret. It serves on 127.0.0.1 by
default (the standard library's HTTP server: no extra needed); point a mock endpoint at it
(``client.webhooks.create("http://127.0.0.1:8787/")`` against ``heygen-avatars mock``), or a tunnel.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from ...errors import WebhookVerificationError
from ...jobs.push import PushInbox
from ...resources.webhooks.receiver import MAX_BODY, WebhookReceiver
from ...resources.webhooks.signatures import DEFAULT_TOLERANCE, SECRET_ENV, ReplayGuard
from ...types.webhooks import WebhookEvent
from ..output import jsonable
from .common import Subparsers

__all__ = ["add_webhooks"]


def _line(event: WebhookEvent) -> str:
    ids = " ".join(f"{k}={v}" for k, v in event.data.items() if k.endswith("id") and isinstance(v, str))
    state = "" if event.signed else " (unsigned callback)"
    return f"{event.event_type} {event.event_id or '-'} {ids}{state}".rstrip()


def _listen(args: argparse.Namespace, mock: Any) -> int:
    done = threading.Event()
    seen = 0
    lock = threading.Lock()

    def show(event: WebhookEvent) -> None:
        nonlocal seen
        text = json.dumps(jsonable(event)) if getattr(args, "json", False) else _line(event)
        with lock:
            print(text, flush=True)
            seen += 1

    try:
        receiver = WebhookReceiver(
            PushInbox(),
            ReplayGuard(),
            set(),
            args.secret,
            tolerance=None if args.tolerance < 0 else args.tolerance,
            accept_unsigned_callbacks=False,
            on_event=show,
        )
    except WebhookVerificationError as error:  # the SDK's message says "Pass secret=": say the flag
        if error.reason != "no_secret":
            raise
        raise WebhookVerificationError(
            "no_secret",
            f"no webhook signing secret: pass --secret (the endpoint's secret) or set {SECRET_ENV}",
        ) from None

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            size = int(self.headers.get("content-length") or 0)
            if size > MAX_BODY:
                self._answer(413, b'{"error": "too_large"}')
                return
            reply = receiver.handle(self.rfile.read(size), self.headers.items())  # refusals are logged
            self._answer(reply.status, reply.body)
            with lock:  # stop only once the last event's answer is sent (the handler threads are daemons)
                if args.count and seen >= args.count:
                    done.set()

        def do_OPTIONS(self) -> None:
            self._answer(200, b'{"ok": true}')

        def _answer(self, status: int, body: bytes) -> None:
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *values: Any) -> None:  # quiet: events are the output
            return

    try:
        server = ThreadingHTTPServer((args.host, args.port), Handler)
    except OSError as error:  # the port taken, an unknown host
        sys.stderr.write(f"heygen-avatars: error: cannot listen on {args.host}:{args.port}: {error}\n")
        return 1
    host, port = str(args.host), server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    sys.stderr.write(f"Listening for HeyGen webhooks on http://{shown}:{port}/ (Ctrl-C to stop)\n")
    sys.stderr.flush()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        done.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()
    return 0


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"must be a port, 0 to 65535, got {text!r}")
    return int(text)


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"must be a number of events >= 0 (0: never stop), got {text!r}")
    return int(text)


def add_webhooks(subparsers: Subparsers, common: argparse.ArgumentParser) -> None:
    """The ``webhooks`` command group (``listen``)."""
    hooks = subparsers.add_parser("webhooks", help="webhooks: a local receiver", description=__doc__)
    actions = hooks.add_subparsers(dest="action", metavar="ACTION", required=True)
    listen = actions.add_parser(
        "listen",
        help="serve a local receiver that prints every verified event",
        description="Serve a local webhook receiver that verifies each delivery and prints its event.",
    )
    listen.add_argument("--host", default="127.0.0.1", help="interface (default 127.0.0.1, loopback only)")
    listen.add_argument("--port", type=_port, default=8787, help="port (0 = any free port; default 8787)")
    listen.add_argument(
        "--secret",
        action="append",
        default=None,
        help="the endpoint's signing secret (repeat during a rotation; default: HEYGEN_WEBHOOK_SECRET)",
    )
    listen.add_argument(
        "--tolerance",
        type=float,
        default=DEFAULT_TOLERANCE,
        help=f"seconds a Heygen-Timestamp may be off (default {DEFAULT_TOLERANCE:g}; -1: no check)",
    )
    listen.add_argument(
        "--count", type=_count, default=0, help="stop after this many events (default: never)"
    )
    listen.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="one JSON object per event"
    )
    listen.set_defaults(run=_listen)
