"""The control plane over HTTP, under the reserved prefix /_mock/ (never part of the served specs).

POST   /_mock/reset                         everything back to the start ({"seed": n}: from that seed)
GET    /_mock/config                        every option of MockHeyGen(...) now (never the key)
POST   /_mock/config                        {"training_vocabulary": "success", "max_concurrent_jobs": 2,
                                             "speed": 120, "durations": {...}, "seed": 1, ...}: see
                                             MockHeyGen.configure (every option checked first)
GET    /_mock/state                         ids and statuses of every resource
GET    /_mock/journal?since=N               journal entries with seq > N
GET    /_mock/faults                        pending and fired faults
GET    /_mock/events                        webhook-shaped events (avatar_video.success, ...)
POST   /_mock/faults                        {"operation": "*"|opId|"METHOD /t", "fault": {...},
                                             "probability"?: p} or {"poll": {"id", "nth"}, "fault": {...}}
DELETE /_mock/faults                        clear faults
GET    /_mock/clock                         {"now": seconds, "virtual": bool}
POST   /_mock/clock/advance                 {"seconds": s}
POST   /_mock/durations                     {"training": [5, 60], ...}
POST   /_mock/script                        {"kind": "training", "fail": ["code", "message"] | null}
POST   /_mock/jobs/{id}/(complete|fail|advance)   fail takes {"code", "message"}
POST   /_mock/consent/{group_id}/complete   act as the subject approving consent
POST   /_mock/videos/{id}/folder            {"folder_id": "f1" | null}: act as the user filing a video
GET    /_mock/consent/{token}               the consent page a subject visits (approves)
GET    /_mock/files/{key}                   files the API's URLs point at
GET    /_mock/                              this list
GET    /openapi/                            the built specs' names
GET    /openapi/v2-photo-avatar.json, /openapi/v3-avatars.json   the built specs
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from ._http import MockRequest, MockResponse, json_response
from ._routing import ApiError
from .faults import Fault

if TYPE_CHECKING:
    from .core import MockHeyGen

__all__ = ["ROUTES", "handle_control"]

#: every control-plane route, as this module's docstring lists them (what ``GET /_mock/`` answers)
ROUTES = [
    " ".join(line.split())
    for line in (__doc__ or "").splitlines()
    if line.startswith(("GET", "POST", "DELETE"))
]


def _error(status: int, message: str) -> MockResponse:
    return json_response(status, {"error": {"code": "mock_control_error", "message": message}})


def _body(request: MockRequest) -> dict[str, Any]:
    if not request.body:
        return {}
    data = json.loads(request.body)
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data


def handle_control(mock: MockHeyGen, request: MockRequest) -> MockResponse:
    """Answer a control-plane request; bad input gets 400 naming the problem."""
    try:
        return _dispatch(mock, request)
    except (ValueError, TypeError) as exc:
        return _error(400, str(exc))
    except KeyError as exc:
        return _error(404, str(exc.args[0]) if exc.args else "not found")


def _dispatch(mock: MockHeyGen, request: MockRequest) -> MockResponse:
    method, parts = request.method, request.path.strip("/").split("/")
    if parts == ["openapi"] and method == "GET":
        return json_response(200, {"specs": {name: f"/openapi/{name}" for name in mock.specs}})
    if parts[0] == "openapi" and len(parts) == 2 and method == "GET":
        document = mock.specs.get(parts[1])
        return json_response(200, document) if document else _error(404, f"no spec {parts[1]!r}")
    route = "/".join(parts[1:2])
    if route == "files" and method == "GET":
        return _file(mock, request, "/".join(parts[2:]))
    if route == "consent" and len(parts) == 3 and method == "GET":
        return _consent_page(mock, parts[2])
    if method == "GET":
        return _read(mock, request, route)
    if method in ("POST", "DELETE"):
        return _write(mock, request, method, parts[1:])
    return _error(405, f"{method} is not supported on the control plane")


def _read(mock: MockHeyGen, request: MockRequest, route: str) -> MockResponse:
    if route == "":
        return json_response(200, {"routes": ROUTES})
    if route == "state":
        return json_response(200, mock.state.summary())
    if route == "journal":
        since = int(parse_qs(request.query).get("since", ["0"])[-1])
        return json_response(200, [e.to_dict() for e in mock.journal if e.seq > since])
    if route == "faults":
        pending = {op: [f.to_dict() for f in faults] for op, faults in mock.faults.pending().items()}
        fired = [
            {"seq": f.seq, "operation": f.operation, "fault": f.fault.to_dict(), "source": f.source}
            for f in mock.faults.fired
        ]
        return json_response(200, {"pending": pending, "fired": fired})
    if route == "events":
        return json_response(200, [event.to_dict() for event in mock.events])
    if route == "clock":
        return json_response(200, {"now": mock.clock.monotonic(), "virtual": hasattr(mock.clock, "advance")})
    if route == "config":
        return json_response(200, mock.settings())
    return _error(404, f"unknown control route GET /_mock/{route}")


def _write(mock: MockHeyGen, request: MockRequest, method: str, parts: list[str]) -> MockResponse:
    body = _body(request)
    head = parts[0] if parts else ""
    if head == "reset" and method == "POST":
        mock.reset(seed=body.get("seed"))
    elif head == "config" and method == "POST":
        mock.configure(**body)
        return json_response(200, mock.settings())
    elif head == "faults" and method == "DELETE":
        mock.faults.clear()
    elif head == "faults":
        fault = Fault.from_dict(body.get("fault") or {})
        if "poll" in body:
            mock.faults.on_poll(str(body["poll"]["id"]), int(body["poll"]["nth"]), fault)
        elif "probability" in body:
            mock.faults.set_probability(str(body.get("operation", "*")), fault, float(body["probability"]))
        else:
            mock.faults.push(str(body.get("operation", "*")), fault)
    elif parts == ["clock", "advance"]:
        mock.advance(float(body.get("seconds", 0)))
    elif head == "durations":
        mock.set_durations(**{kind: tuple(values) for kind, values in body.items()})
    elif head == "script":
        fail = body.get("fail")
        mock.script_next(str(body.get("kind")), fail=(str(fail[0]), str(fail[1])) if fail else None)
    elif head == "jobs" and len(parts) == 3:
        job_id, action = parts[1], parts[2]
        if action == "complete":
            job = mock.complete_job(job_id)
        elif action == "fail":
            job = mock.fail_job(job_id, str(body.get("code", "failed")), str(body.get("message", "Failed")))
        elif action == "advance":
            job = mock.advance_job(job_id)
        else:
            return _error(404, f"unknown job action {action!r}; allowed: complete, fail, advance")
        return json_response(200, {"id": job.id, "kind": job.kind, "status": job.status})
    elif head == "consent" and len(parts) == 3 and parts[2] == "complete":
        mock.complete_consent(parts[1])
    elif head == "videos" and len(parts) == 3 and parts[2] == "folder":
        mock.file_video(parts[1], body.get("folder_id"))
    else:
        return _error(404, f"unknown control route {method} /_mock/{'/'.join(parts)}")
    return json_response(200, {"ok": True})


def _file(mock: MockHeyGen, request: MockRequest, key: str) -> MockResponse:
    expires = parse_qs(request.query).get("Expires", [None])[-1]
    try:
        stored = mock.backend.read_file(key, expires)
    except ApiError as error:
        body = f"<Error><Code>{error.code}</Code><Message>{error.message}</Message></Error>".encode()
        return MockResponse(error.status, [("content-type", "application/xml")], body)
    return MockResponse(200, [("content-type", stored.mime)], stored.data)


def _consent_page(mock: MockHeyGen, token: str) -> MockResponse:
    try:
        consent = mock.backend.consent_by_token(token)
    except ApiError as error:
        return MockResponse(
            404, [("content-type", "text/html; charset=utf-8")], f"<p>{error.message}</p>".encode()
        )
    mock.complete_consent(consent.group_id)
    if consent.reroute_url:
        return MockResponse(302, [("location", consent.reroute_url)])
    page = "<html><body><h1>Consent recorded</h1><p>You can close this page.</p></body></html>"
    return MockResponse(200, [("content-type", "text/html; charset=utf-8")], page.encode())
