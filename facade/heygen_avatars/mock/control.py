"""The control plane over HTTP, under the reserved prefix /_mock/ (never part of the served specs).

Every route takes the mock's API key, as the API does (``x-api-key: <key>`` or ``Authorization: Bearer
<key>``), and refuses a browser's request from a page that is not on this machine (an ``Origin`` other
than localhost / a loopback address: 403). Public, as HeyGen's own are: the file URLs the API hands out,
the consent page a subject visits, and the specs. Bodies are JSON objects of at most 64 KiB.

POST   /_mock/reset                         everything back to the start ({"seed": n}: from that seed)
GET    /_mock/config                        every option of MockHeyGen(...) now (never the key)
POST   /_mock/config                        {"training_vocabulary": "success", "max_concurrent_jobs": 2,
                                             "speed": 120, "durations": {...}, "seed": 1, ...}: see
                                             MockHeyGen.configure (every option checked first)
GET    /_mock/state                         ids and statuses of every resource
GET    /_mock/journal?since=N               journal entries with seq > N
GET    /_mock/faults                        pending and fired faults
GET    /_mock/events                        webhook events (avatar_video.success, ...), with their ids
GET    /_mock/webhooks                      webhook deliveries: attempts, pending, faults, allowed hosts
POST   /_mock/webhooks                      {"delay": s | {latency fault}, "drop"|"duplicate"|"reorder"|
                                             "bad_signature": p, "script": [fault, ...], "down": s}
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
GET    /_mock/                              this list

Public (no key):
GET    /_mock/consent/{token}               the consent page a subject visits (approves)
GET    /_mock/files/{key}                   files the API's URLs point at
GET    /openapi/                            the built specs' names
GET    /openapi/v2-photo-avatar.json, /openapi/v3-avatars.json   the built specs
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, quote

from ._admission import CONTROL_BODY_LIMIT, authorized, foreign_origin, over_limit
from ._http import MockRequest, MockResponse, json_response, parse_json
from ._routing import ApiError, brief, xml_error
from .faults import Fault

if TYPE_CHECKING:
    from .core import MockHeyGen

__all__ = ["PUBLIC_ROUTES", "ROUTES", "control_refusal", "handle_control"]

#: (mock, request, JSON body, the path's {values}) -> response
ControlHandler = Callable[["MockHeyGen", MockRequest, dict[str, Any], list[str]], MockResponse]
OK = {"ok": True}
#: every route, as this module's docstring lists them (what ``GET /_mock/`` answers)
_LISTED = [
    " ".join(line.split())
    for line in (__doc__ or "").splitlines()
    if line.startswith(("GET", "POST", "DELETE"))
]


def _error(status: int, message: str, code: str = "mock_control_error") -> MockResponse:
    return json_response(status, {"error": {"code": code, "message": brief(message)}})


def _body(request: MockRequest) -> dict[str, Any]:
    if not request.body:
        return {}
    data = parse_json(request.body)
    if not isinstance(data, dict):
        raise ValueError("the body must be a JSON object")
    return data


# the routes ---------------------------------------------------------------------------------------------


def _reset(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    mock.reset(seed=body.get("seed"))
    return json_response(200, OK)


def _config(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    if request.method == "POST":
        mock.configure(**body)
    return json_response(200, mock.settings())


def _state(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    return json_response(200, mock.state.summary())


def _journal(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    since = int(parse_qs(request.query).get("since", ["0"])[-1])
    return json_response(200, [e.to_dict() for e in mock.journal if e.seq > since])


def _faults(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    pending = {op: [f.to_dict() for f in faults] for op, faults in mock.faults.pending().items()}
    fired = [
        {"seq": f.seq, "operation": f.operation, "fault": f.fault.to_dict(), "source": f.source}
        for f in mock.faults.fired
    ]
    return json_response(200, {"pending": pending, "fired": fired})


def _add_fault(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    spec = body.get("fault") or {}
    if not isinstance(spec, dict):
        raise ValueError('fault must be a JSON object such as {"kind": "status", "status_code": 503}')
    fault = Fault.from_dict(spec)
    if "poll" in body:
        poll = body["poll"]
        if not isinstance(poll, dict) or "id" not in poll or "nth" not in poll:
            raise ValueError('poll must be {"id": <resource id>, "nth": <n>}')
        mock.faults.on_poll(str(poll["id"]), int(poll["nth"]), fault)
    elif "probability" in body:
        mock.faults.set_probability(str(body.get("operation", "*")), fault, float(body["probability"]))
    else:
        mock.faults.push(str(body.get("operation", "*")), fault)
    return json_response(200, OK)


def _clear_faults(
    mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]
) -> MockResponse:
    mock.faults.clear()
    return json_response(200, OK)


def _events(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    return json_response(200, [event.to_dict() for event in mock.events])


def _webhooks(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    hooks = mock.webhooks
    if request.method == "POST":
        delay = body.pop("delay", None)
        script = body.pop("script", None) or []
        down = body.pop("down", None)
        if isinstance(delay, dict):
            delay = Fault.from_dict({"kind": "latency", **delay})
        hooks.configure(delay=delay, **{name: float(rate) for name, rate in body.items()})
        hooks.script(*[str(fault) for fault in script])
        if down is not None:
            hooks.take_down(float(down))
        return json_response(200, OK)
    return json_response(
        200,
        {
            "pending": hooks.pending(),
            "attempts": [asdict(attempt) for attempt in hooks.attempts],
            "delay": hooks.delay.to_dict(),
            "rates": hooks.rates,
            "hosts": sorted(hooks.hosts),
        },
    )


def _clock(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    return json_response(200, {"now": mock.clock.monotonic(), "virtual": hasattr(mock.clock, "advance")})


def _advance(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    mock.advance(float(body.get("seconds", 0)))
    return json_response(200, OK)


def _durations(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    for kind, values in body.items():
        if not isinstance(values, list):
            raise ValueError(f"durations[{kind!r}] must be a list of seconds (or null), one per phase")
    mock.set_durations(**{kind: tuple(values) for kind, values in body.items()})
    return json_response(200, OK)


def _script(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    fail = body.get("fail")
    if fail is not None and not (isinstance(fail, list) and len(fail) == 2):
        raise ValueError('fail must be ["code", "message"] or null')
    mock.script_next(str(body.get("kind")), fail=(str(fail[0]), str(fail[1])) if fail else None)
    return json_response(200, OK)


def _job(action: str) -> ControlHandler:
    def act(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
        if action == "complete":
            job = mock.complete_job(args[0])
        elif action == "fail":
            job = mock.fail_job(args[0], str(body.get("code", "failed")), str(body.get("message", "Failed")))
        else:
            job = mock.advance_job(args[0])
        return json_response(200, {"id": job.id, "kind": job.kind, "status": job.status})

    return act


def _complete_consent(
    mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]
) -> MockResponse:
    mock.complete_consent(args[0])
    return json_response(200, OK)


def _file_video(
    mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]
) -> MockResponse:
    mock.file_video(args[0], body.get("folder_id"))
    return json_response(200, OK)


def _file(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    expires = parse_qs(request.query).get("Expires", [None])[-1]
    try:
        stored = mock.backend.read_file("/".join(args), expires)
    except ApiError as error:
        return xml_error(error.status, error.code, error.message)
    return MockResponse(200, [("content-type", stored.mime)], stored.content())


def _consent_page(
    mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]
) -> MockResponse:
    try:
        consent = mock.backend.consent_by_token(args[0])
    except ApiError:
        page = "<p>This consent link is not valid.</p>"
        return MockResponse(404, [("content-type", "text/html; charset=utf-8")], page.encode())
    mock.complete_consent(consent.group_id)
    if consent.reroute_url:
        # a header carries ASCII only: anything else (a line break too) percent-encoded, as browsers do
        location = quote(consent.reroute_url, safe="!#$%&'()*+,/:;=?@[]~")
        return MockResponse(302, [("location", location)])
    page = "<html><body><h1>Consent recorded</h1><p>You can close this page.</p></body></html>"
    return MockResponse(200, [("content-type", "text/html; charset=utf-8")], page.encode())


def _index(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    return json_response(200, {"routes": _LISTED})


def _spec_names(
    mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]
) -> MockResponse:
    return json_response(200, {"specs": {name: f"/openapi/{name}" for name in mock.specs}})


def _spec(mock: MockHeyGen, request: MockRequest, body: dict[str, Any], args: list[str]) -> MockResponse:
    document = mock.specs.get(args[0])
    return json_response(200, document) if document else _error(404, f"no spec {args[0]!r}")


#: every route that takes the key: (METHOD, path with ``*`` for one segment) -> handler
ROUTES: dict[tuple[str, str], ControlHandler] = {
    ("GET", "/_mock/"): _index,
    ("POST", "/_mock/reset"): _reset,
    ("GET", "/_mock/config"): _config,
    ("POST", "/_mock/config"): _config,
    ("GET", "/_mock/state"): _state,
    ("GET", "/_mock/journal"): _journal,
    ("GET", "/_mock/faults"): _faults,
    ("POST", "/_mock/faults"): _add_fault,
    ("DELETE", "/_mock/faults"): _clear_faults,
    ("GET", "/_mock/events"): _events,
    ("GET", "/_mock/webhooks"): _webhooks,
    ("POST", "/_mock/webhooks"): _webhooks,
    ("GET", "/_mock/clock"): _clock,
    ("POST", "/_mock/clock/advance"): _advance,
    ("POST", "/_mock/durations"): _durations,
    ("POST", "/_mock/script"): _script,
    ("POST", "/_mock/jobs/*/complete"): _job("complete"),
    ("POST", "/_mock/jobs/*/fail"): _job("fail"),
    ("POST", "/_mock/jobs/*/advance"): _job("advance"),
    ("POST", "/_mock/consent/*/complete"): _complete_consent,
    ("POST", "/_mock/videos/*/folder"): _file_video,
}
#: the routes anyone holding the URL may use (``**``: the rest of the path)
PUBLIC_ROUTES: dict[tuple[str, str], ControlHandler] = {
    ("GET", "/_mock/files/**"): _file,
    ("GET", "/_mock/consent/*"): _consent_page,
    ("GET", "/openapi/"): _spec_names,
    ("GET", "/openapi/*"): _spec,
}


def _match(pattern: str, path: str) -> list[str] | None:
    expected, parts = pattern.strip("/").split("/"), path.strip("/").split("/")
    if expected[-1] == "**":
        head = len(expected) - 1
        return (
            parts[head:]
            if len(parts) > head and parts[:head] == expected[:head] and all(parts[head:])
            else None
        )
    if len(expected) != len(parts):
        return None
    args = []
    for want, part in zip(expected, parts, strict=True):
        if want == "*":
            if not part:
                return None
            args.append(part)
        elif want != part:
            return None
    return args


def _find(request: MockRequest) -> tuple[ControlHandler, list[str], bool] | None:
    """The handler for a request, the path's values, and whether the route is public."""
    for table, public in ((PUBLIC_ROUTES, True), (ROUTES, False)):
        for (method, pattern), handler in table.items():
            args = _match(pattern, request.path)
            if args is not None and method == request.method:
                return handler, args, public
    return None


def control_refusal(mock: MockHeyGen, request: MockRequest) -> MockResponse | None:
    """The answer refusing a control-plane request before its body is read, or None to go on."""
    if foreign_origin(request.headers):
        return _error(
            403, "The control plane refuses requests from pages on other hosts.", "forbidden_origin"
        )
    found = _find(request)
    # unknown routes too: without the key, nothing is revealed
    if (found is None or not found[2]) and not authorized(request.headers, mock.api_key):
        return _error(401, "The control plane needs the mock's API key in x-api-key.", "unauthorized")
    if found is None:
        return _error(404, f"unknown control route {request.method} {request.path}")
    if over_limit(request, CONTROL_BODY_LIMIT):
        return _error(
            413, f"control-plane bodies take at most {CONTROL_BODY_LIMIT // 1024} KB", "payload_too_large"
        )
    return None


def handle_control(mock: MockHeyGen, request: MockRequest) -> MockResponse:
    """Answer an admitted control-plane request; bad input gets 400 naming the problem."""
    found = _find(request)
    if found is None:  # pragma: no cover - control_refusal answered it
        return _error(404, f"unknown control route {request.method} {request.path}")
    handler, args, _ = found
    try:
        return handler(mock, request, _body(request) if request.method != "GET" else {}, args)
    except (ValueError, TypeError) as exc:
        return _error(400, str(exc))
    except KeyError as exc:
        return _error(404, str(exc.args[0]) if exc.args else "not found")
