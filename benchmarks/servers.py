"""The servers row 4 loads, each run in its own process: `python -m benchmarks.servers mock|bare PORT`.

`mock`: heygen_avatars.mock with full request validation, on a virtual clock, its default concurrency
cap on and avatar jobs finishing at once (so the POST mix creates avatars instead of meeting 429s), one
avatar look created in advance; prints its id.
`bare`: a bare ASGI route answering a fixed JSON body, on the same uvicorn settings: the ceiling.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import uvicorn

from .common import API_KEY

__all__ = ["PHOTO_BODY", "bare_app", "main"]

PHOTO_BODY = {"type": "photo", "name": "Bench", "file": {"type": "url", "url": "https://example.com/b.png"}}
_BARE_BODY = json.dumps({"data": {"id": "look", "status": "completed", "name": "Bench"}}).encode()


async def bare_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """One route, no validation, no state."""
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(_BARE_BODY)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": _BARE_BODY})


def _mock_app() -> tuple[Any, str]:
    import httpx
    from heygen_avatars.mock import MockHeyGen

    mock = MockHeyGen(api_key=API_KEY, durations={"avatar": (0.0,)})
    with httpx.Client(transport=mock.transport(), base_url="https://api.heygen.com") as client:
        response = client.post("/v3/avatars", json=PHOTO_BODY, headers={"x-api-key": API_KEY})
        look_id = response.json()["data"]["avatar_item"]["id"]
    return mock.asgi, look_id


def main(argv: list[str]) -> None:
    kind, port = argv[0], int(argv[1])
    if kind == "mock":
        app, look_id = _mock_app()
    else:
        app, look_id = bare_app, "look"
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical", access_log=False)
    print(f"READY {look_id}", flush=True)
    uvicorn.Server(config).run()


if __name__ == "__main__":
    main(sys.argv[1:])
