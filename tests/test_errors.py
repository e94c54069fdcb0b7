"""Every HeyGen error shape maps to the right typed error (pure: `read_response`, no client)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from heygen_avatars import JobSnapshot, JobState, errors
from heygen_avatars._core.responses import Api, read_response

URL = "https://api.heygen.com/v2/photo_avatar/abc"


def response(
    status: int, body: Any = None, *, text: str | None = None, headers: dict[str, str] | None = None
):
    request = httpx.Request("GET", URL)
    if text is not None:
        return httpx.Response(status, text=text, headers=headers, request=request)
    content = b"" if body is None else json.dumps(body).encode()
    return httpx.Response(status, content=content, headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (502, errors.InternalServerError),
        (503, errors.InternalServerError),
        (504, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_each_status_has_its_class(status: int, cls: type[errors.APIStatusError]) -> None:
    body = {"data": None, "error": {"code": "some_code", "message": "went wrong"}}
    with pytest.raises(cls) as info:
        read_response(response(status, body, headers={"X-Request-Id": "req-1"}), api=Api.V2)
    err = info.value
    assert type(err) is cls
    assert (err.status_code, err.code, err.message, err.request_id) == (
        status,
        "some_code",
        "went wrong",
        "req-1",
    )
    assert err.body == body
    assert err.method == "GET" and err.url == URL
    assert "req-1" in str(err) and "some_code" in str(err)


def test_v2_error_as_plain_string() -> None:
    with pytest.raises(errors.BadRequestError) as info:
        read_response(response(400, {"data": None, "error": "name is required"}), api=Api.V2)
    assert info.value.message == "name is required" and info.value.code is None


def test_v3_error_keeps_param_and_doc_url() -> None:
    body = {
        "error": {
            "code": "invalid_parameter",
            "message": "prompt too long",
            "param": "prompt",
            "doc_url": "https://developers.heygen.com/docs/error-codes",
        }
    }
    with pytest.raises(errors.BadRequestError) as info:
        read_response(response(400, body), api=Api.V3)
    assert info.value.param == "prompt"
    assert info.value.doc_url == "https://developers.heygen.com/docs/error-codes"
    assert "(param: prompt)" in str(info.value)


@pytest.mark.parametrize(
    ("body", "cls", "code"),
    [
        (
            {"data": None, "error": {"code": "avatar_not_found", "message": "x"}},
            errors.NotFoundError,
            "avatar_not_found",
        ),
        (
            {"error": {"code": "rate_limit_exceeded", "message": "x"}},
            errors.RateLimitError,
            "rate_limit_exceeded",
        ),
        (
            {"error": {"code": "INVALID_CREDENTIALS", "message": "x"}},
            errors.AuthenticationError,
            "INVALID_CREDENTIALS",
        ),
        ({"error": {"code": 40009, "message": "x"}}, errors.AuthenticationError, "40009"),
        (
            {"error": {"code": "invalid_parameter", "message": "x"}},
            errors.BadRequestError,
            "invalid_parameter",
        ),
        ({"error": {"code": "forbidden", "message": "x"}}, errors.PermissionDeniedError, "forbidden"),
        ({"error": {"code": "internal_error", "message": "x"}}, errors.APIStatusError, "internal_error"),
    ],
)
def test_http_200_carrying_an_error_raises(
    body: dict[str, Any], cls: type[errors.APIStatusError], code: str
) -> None:
    with pytest.raises(cls) as info:
        read_response(response(200, body), api=Api.V2)
    assert type(info.value) is cls
    assert info.value.status_code == 200 and info.value.code == code


def test_v1_upload_error_code_is_an_error_even_in_200() -> None:
    body = {"code": 400105, "data": None, "msg": "BLOCKED_WORDS_DETECTED", "message": "Blocked words"}
    with pytest.raises(errors.BadRequestError) as info:
        read_response(response(200, body), api=Api.V1)
    assert info.value.code == "400105" and info.value.message == "Blocked words"


def test_v1_success_envelope_gives_data() -> None:
    body = {"code": 100, "data": {"id": "a1", "image_key": "image/a1/original"}, "msg": None, "message": None}
    result = read_response(response(200, body), api=Api.V1)
    assert result.data == {"id": "a1", "image_key": "image/a1/original"}


@pytest.mark.parametrize(
    ("api", "body", "data"),
    [
        (Api.V2, {"error": None, "data": {"generation_id": "g1"}}, {"generation_id": "g1"}),
        (Api.V3, {"data": [{"id": "1"}], "has_more": True, "next_token": "t"}, [{"id": "1"}]),
        (Api.V3, {"id": "bare"}, {"id": "bare"}),
    ],
)
def test_success_envelopes(api: Api, body: Any, data: Any) -> None:
    result = read_response(response(200, body, headers={"x-request-id": "r9"}), api=api)
    assert result.data == data and result.body == body and result.request_id == "r9"


@pytest.mark.parametrize(
    "encoded",
    [
        '{"data": {"name": "Léa"}}'.encode(),
        b"\xef\xbb\xbf" + '{"data": {"name": "Léa"}}'.encode(),  # a UTF-8 byte order mark
        '{"data": {"name": "Léa"}}'.encode("utf-16"),  # JSON's other encodings still parse
    ],
)
def test_json_is_read_in_any_of_its_encodings(encoded: bytes) -> None:
    request = httpx.Request("GET", URL)
    result = read_response(httpx.Response(200, content=encoded, request=request), api=Api.V3)
    assert result.data == {"name": "Léa"}


def test_empty_body_is_no_data() -> None:
    assert read_response(response(204), api=Api.V3).data is None


def test_html_error_page_maps_by_status_with_a_readable_message() -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body><h1>nginx</h1></body></html>"
    with pytest.raises(errors.InternalServerError) as info:
        read_response(response(502, text=page, headers={"content-type": "text/html"}), api=Api.V2)
    assert info.value.message == "502 Bad Gateway"
    assert info.value.body == page
    assert info.value.code is None


def test_html_404_page_is_not_found() -> None:
    with pytest.raises(errors.NotFoundError) as info:
        read_response(
            response(404, text="<html><body>Cannot POST /v2/talking_photo</body></html>"), api=Api.V2
        )
    assert "Cannot POST /v2/talking_photo" in info.value.message


def test_html_with_status_200_is_a_validation_error() -> None:
    with pytest.raises(errors.ResponseValidationError) as info:
        read_response(
            response(200, text="<html>login portal</html>", headers={"content-type": "text/html"}), api=Api.V3
        )
    assert info.value.status_code == 200
    assert "not JSON" in str(info.value) and "text/html" in str(info.value)


def test_error_without_envelope_uses_message_field_or_reason() -> None:
    with pytest.raises(errors.UnprocessableEntityError) as info:
        read_response(response(422, {"detail": "bad shape"}), api=Api.V3)
    assert info.value.message == "bad shape"
    with pytest.raises(errors.InternalServerError) as info2:
        read_response(response(500), api=Api.V3)
    assert info2.value.message == "Internal Server Error"


def test_rate_limit_carries_retry_after() -> None:
    body = {"error": {"code": "rate_limit_exceeded", "message": "slow down"}}
    with pytest.raises(errors.RateLimitError) as info:
        read_response(response(429, body, headers={"Retry-After": "7"}), api=Api.V3)
    assert info.value.retry_after == 7.0


def test_hierarchy() -> None:
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.APIConnectionError, errors.APIError)
    assert issubclass(errors.RateLimitError, errors.APIStatusError)
    assert issubclass(errors.InputValidationError, ValueError)
    assert issubclass(errors.WaitTimeoutError, errors.JobError)
    for cls in (errors.APIError, errors.JobError, errors.MissingAPIKeyError, errors.InputValidationError):
        assert issubclass(cls, errors.HeyGenError)


def test_input_validation_error_names_field_and_allowed_values() -> None:
    err = errors.InputValidationError(
        "orientation", "unknown value 'diagonal'", allowed=["square", "vertical"]
    )
    assert str(err) == "orientation: unknown value 'diagonal' (allowed: 'square', 'vertical')"
    assert err.field == "orientation" and err.allowed == ("square", "vertical")
    assert isinstance(err, ValueError)


def test_missing_key_error_names_the_variable() -> None:
    assert "HEYGEN_API_KEY" in str(errors.MissingAPIKeyError())


def test_job_failed_error_carries_server_code_and_message() -> None:
    snap = JobSnapshot(
        kind="training",
        id="g1",
        status="failed",
        state=JobState.FAILED,
        data={},
        error_code="training_failed",
        error_message="No face detected",
    )
    err = errors.JobFailedError(snap)
    assert (err.code, err.message, err.snapshot, err.job_id) == (
        "training_failed",
        "No face detected",
        snap,
        "g1",
    )
    assert "No face detected" in str(err) and "training_failed" in str(err)


def test_every_exception_of_the_facade_lives_in_errors_py() -> None:
    """One home for errors: an AST scan of the package (the mock apart) finds every class deriving from an
    exception in errors.py, and every one of them is in its tree diagram."""
    import ast
    from pathlib import Path

    import heygen_avatars

    package = Path(heygen_avatars.__file__).parent
    exceptions = {"Exception", "BaseException", "ValueError", "TimeoutError", "RuntimeError", "TypeError"}
    exceptions |= {name for name in dir(errors) if isinstance(getattr(errors, name), type)}
    elsewhere = []
    for path in package.rglob("*.py"):
        if "mock" in path.relative_to(package).parts or path.name == "errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ClassDef):
                bases = {ast.unparse(base).rsplit(".", 1)[-1] for base in node.bases}
                if bases & exceptions:
                    elsewhere.append(f"{path.relative_to(package)}: {node.name}")
    assert elsewhere == []
    diagram = (errors.__doc__ or "").split("```")[1]
    classes = [getattr(errors, name) for name in errors.__all__ if isinstance(getattr(errors, name), type)]
    public = [cls.__name__ for cls in classes if issubclass(cls, Exception)]
    assert [name for name in public if name not in diagram] == []
