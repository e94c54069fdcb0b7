"""The sans-IO flows of ``client.assets``: ``/v3/assets`` (multipart, up to 32 MB), the upload host's
``/v1/asset``, and direct uploads for files of any size.

A direct upload (HeyGen's guide "Upload Assets"; the July 2026 spec) is three steps, every decision written
once here for both clients:

1. ``POST /v3/assets/direct-uploads`` announces the file (name, type, exact size): an ``asset_id``, a
   presigned ``upload_url``, the ``upload_headers`` to send and how long the URL lasts;
2. the bytes are PUT to that URL, streamed from disk by the driver (`SendFile`: exactly the upload
   headers, never the API key). A PUT that fails (connection lost mid-file, 5xx, 429) is sent again,
   from the first byte, while the URL is valid; once it has expired (by our clock, or the storage host
   says so) a new upload is announced and the file sent there;
3. ``POST /v3/assets/{asset_id}/complete``, once; it is idempotent, so it is retried like a read.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any, Final, Protocol

import httpx

from ..._core.call import Call, call, next_idempotency_key
from ..._core.config import Op
from ..._core.files import V3_ASSET, Upload
from ..._core.flow import Context, FileBody, Flow, FlowContext, Random, SendFile, Sleep, emit, now
from ..._core.interrupts import reporting
from ..._core.lazy import lazy
from ..._core.log import logger
from ..._core.responses import Api, ApiResponse
from ..._core.retry import parse_retry_after, retryable_exception, retryable_status
from ...errors import HeyGenError, InputValidationError, UploadError
from ...types.assets import Asset, DirectUpload, UploadProgress
from ...types.literals import AssetEndpoint
from ...types.photo_avatars import UploadedAsset
from ..photo_avatars.flows import upload_photo_flow

# generated endpoints and request models, imported at first use (see _core/lazy.py)
_API = "heygen_avatars_generated.v3.api.assets"
upload_asset = lazy(f"{_API}.upload_asset")
create_asset_upload = lazy(f"{_API}.create_asset_upload")
complete_asset_upload = lazy(f"{_API}.complete_asset_upload")
get_asset = lazy(f"{_API}.get_asset")
_MODELS = "heygen_avatars_generated.v3.models"
UploadAssetBody = lazy(_MODELS, "UploadAssetBody")
CreateAssetUploadRequest = lazy(_MODELS, "CreateAssetUploadRequest")
CompleteAssetUploadRequest = lazy(_MODELS, "CompleteAssetUploadRequest")
File = lazy("heygen_avatars_generated.v3.types", "File")

__all__ = [
    "MULTIPART_MAX_BYTES",
    "OnProgress",
    "complete_flow",
    "direct_upload_flow",
    "get_flow",
    "upload_flow",
    "upload_v3_flow",
]

#: HeyGen's cap on ``POST /v3/assets``; larger files go by direct upload
MULTIPART_MAX_BYTES: Final = V3_ASSET.max_bytes or 0
#: new upload URLs asked for when the last one expired before the file got through
URL_RENEWALS: Final = 3
#: a PUT is not started this close to its URL's expiry (the clocks of HeyGen and of the caller differ)
EXPIRY_MARGIN: Final = 5.0
_CONTEXT: Final = Context()
_XML_FIELD = re.compile(r"<(Code|Message)>([^<]*)</\1>")

OnProgress = Callable[[UploadProgress], Any]
"""A progress callback: called with an `UploadProgress` (awaited on the async client if it is async)."""


class SendableFile(FileBody, Protocol):
    """A local file a flow can send: `Upload` or `file_stream.StreamedFile`."""

    @property
    def filename(self) -> str: ...
    @property
    def content_type(self) -> str | None: ...
    @property
    def argument(self) -> str: ...


def upload_v3_flow(upload: Upload, on_progress: OnProgress | None = None) -> Flow[Asset]:
    """``POST /v3/assets`` (multipart, built by the generated client, with an Idempotency-Key: a retry after
    a lost answer gets the same asset, not a second one); the `Asset`."""
    mime = upload.content_type or "application/octet-stream"
    key = yield from next_idempotency_key()
    yield from emit(
        on_progress, UploadProgress(filename=upload.filename, sent=0, total=upload.size, direct=False)
    )
    # httpx rewinds the stream each time it encodes the body, so a retry (after a 429) sends it whole.
    body = UploadAssetBody(
        file=File(payload=io.BytesIO(upload.content), file_name=upload.filename, mime_type=mime)
    )
    built = Call.generated(
        upload_asset, op=Op.UPLOAD, api=Api.V3, check=_asset, body=body, idempotency_key=key
    )
    # The generated request fixes the multipart boundary to "+++", which file bytes may contain; without
    # that header httpx draws a random boundary (and sets the Content-Type to match).
    headers = {k: v for k, v in built.options.get("headers", {}).items() if k.lower() != "content-type"}
    response = yield from call(built._replace(options={**built.options, "headers": headers}))
    asset = _asset(response)
    done = UploadProgress(filename=upload.filename, sent=upload.size, total=upload.size, direct=False)
    yield from emit(on_progress, done)
    return asset


def _asset(response: ApiResponse) -> Asset:
    asset = Asset.from_raw(response.data)
    if not asset.id:
        raise response.invalid("the upload succeeded but the response has no asset_id")
    return asset


def _announce(file: SendableFile, announced: dict[str, str]) -> Flow[tuple[DirectUpload, float | None]]:
    """Step 1 (with an Idempotency-Key): the upload's terms, and when its URL expires on our clock (None: not
    said). Its asset id goes into ``announced`` at once (what an interrupt reports)."""
    body = CreateAssetUploadRequest(
        filename=file.filename,
        content_type=file.content_type or "application/octet-stream",
        size_bytes=file.size,
    )
    key = yield from next_idempotency_key()  # a retry after a lost answer gets the same asset id
    response = yield from call(
        Call.generated(create_asset_upload, op=Op.CREATE, api=Api.V3, body=body, idempotency_key=key)
    )
    ticket = DirectUpload.from_raw(response.data)
    if ticket.asset_id:
        announced[ticket.asset_id] = _SENDING
    if not ticket.asset_id or not ticket.upload_url.startswith(("https://", "http://")):
        raise response.invalid("the direct upload has no asset_id or upload_url")
    if ticket.max_bytes is not None and file.size > ticket.max_bytes:
        raise InputValidationError(
            file.argument,
            f"the file is {file.size} bytes; HeyGen's direct uploads take at most {ticket.max_bytes} "
            f"(max_bytes, said when upload {ticket.asset_id} was announced; none of the file was sent)",
        )
    lifetime = ticket.expires_in_seconds
    return ticket, None if lifetime is None else (yield from now()) + lifetime


def _storage_answer(response: httpx.Response) -> tuple[str | None, str]:
    """The storage host's error code and message (S3 answers XML: ``<Code>``, ``<Message>``)."""
    found = dict(_XML_FIELD.findall(response.text[:4096]))
    return found.get("Code"), found.get("Message", response.reason_phrase)


def _put(
    ticket: DirectUpload, expires_at: float | None, file: SendableFile, on_progress: OnProgress | None
) -> Flow[bool]:
    """Step 2: PUT the bytes, again after a failure while the URL lasts. False: the URL expired first."""
    context: FlowContext = yield _CONTEXT
    policy, max_retries = context.retry_policy, context.config.max_retries
    timeout = context.config.timeouts.for_op(Op.UPLOAD)
    shown = ticket.upload_url.split("?", 1)[0]  # the query holds the signature: never in errors or logs
    attempt = 0
    while True:
        attempt += 1
        if expires_at is not None and (yield from now()) >= expires_at - EXPIRY_MARGIN:
            return False
        report = _reporter(on_progress, file, attempt)
        yield from emit(
            on_progress, UploadProgress(filename=file.filename, sent=0, total=file.size, attempt=attempt)
        )
        hint: float | None = None
        try:
            response = yield SendFile("PUT", ticket.upload_url, ticket.upload_headers, file, timeout, report)
        except httpx.TransportError as exc:
            if not retryable_exception(Op.IDEMPOTENT_WRITE, exc):
                raise UploadError(
                    f"PUT {shown} failed: {type(exc).__name__}", asset_id=ticket.asset_id, url=shown
                ) from None
            status, code, why = None, None, f"{type(exc).__name__}: {exc}"
        else:
            if response.is_success:
                return True
            status = response.status_code
            code, message = _storage_answer(response)
            why = f"HTTP {status} {code or ''}: {message}".replace("  ", " ")
            expired = expires_at is not None and (yield from now()) >= expires_at - EXPIRY_MARGIN
            if status == 403 and (expired or "expired" in message.lower()):
                return False
            if not retryable_status(Op.IDEMPOTENT_WRITE, status):
                raise UploadError(
                    f"PUT {shown} was refused: {why}",
                    asset_id=ticket.asset_id,
                    status_code=status,
                    code=code,
                    url=shown,
                )
            hint = parse_retry_after(response.headers)
        if attempt > max_retries:
            raise UploadError(
                f"PUT {shown} failed {attempt} times; last: {why}",
                asset_id=ticket.asset_id,
                status_code=status,
                code=code,
                url=shown,
            )
        draw: float = yield Random()
        delay = (
            policy.hinted(hint, draw)
            if hint is not None and hint <= policy.retry_after_cap
            else policy.backoff(attempt - 1, draw)
        )
        logger.info(
            "Retrying the PUT of upload %s in %.2f s (retry %d of %d) after %s",
            ticket.asset_id,
            delay,
            attempt,
            max_retries,
            why,
        )
        yield Sleep(delay)


def _reporter(
    on_progress: OnProgress | None, file: SendableFile, attempt: int
) -> Callable[[int], Any] | None:
    if on_progress is None:
        return None
    return lambda sent: on_progress(
        UploadProgress(filename=file.filename, sent=sent, total=file.size, attempt=attempt)
    )


def complete_flow(asset_id: str) -> Flow[Asset]:
    """Step 3, ``POST /v3/assets/{asset_id}/complete``: the asset, usable from now on (idempotent)."""
    response = yield from call(
        Call.generated(
            complete_asset_upload,
            op=Op.IDEMPOTENT_WRITE,
            api=Api.V3,
            asset_id=asset_id,
            body=CompleteAssetUploadRequest(),
        )
    )
    asset = Asset.from_raw(response.data)
    if not asset.id:
        raise response.invalid("the completed upload has no asset_id")
    return asset


def direct_upload_flow(file: SendableFile, on_progress: OnProgress | None = None) -> Flow[Asset]:
    """Announce, PUT (streamed), complete: the `Asset`, whatever the file's size. An interrupt (Ctrl-C, a
    cancellation, an exception from ``on_progress``) carries the asset ids announced and how far each got
    (`InterruptReport.created`)."""
    announced: dict[str, str] = {}
    flow = _direct_upload(file, on_progress, announced)
    return (
        yield from reporting(
            "assets.upload", flow, lambda: [f"asset {k} ({v})" for k, v in announced.items()]
        )
    )


#: how far an announced upload got, as an interrupt reports it
_SENDING: Final = "direct upload announced, its bytes not all sent"
_EXPIRED: Final = "direct upload announced, its URL expired: abandoned"


def _stored(asset_id: str) -> str:
    return f"direct upload stored, not completed: client.assets.complete({asset_id!r})"


def _direct_upload(
    file: SendableFile, on_progress: OnProgress | None, announced: dict[str, str]
) -> Flow[Asset]:
    for renewal in range(URL_RENEWALS + 1):
        ticket, expires_at = yield from _announce(file, announced)
        if (yield from _put(ticket, expires_at, file, on_progress)):
            announced[ticket.asset_id] = _stored(ticket.asset_id)
            break
        announced[ticket.asset_id] = _EXPIRED
        if renewal < URL_RENEWALS:
            logger.info(
                "The URL of upload %s expired before the file got through; asking for a new one",
                ticket.asset_id,
            )
    else:
        raise UploadError(
            f"the upload URL expired {URL_RENEWALS + 1} times before {file.filename!r} got through "
            f"({file.size} bytes); try again on a faster connection",
            asset_id=ticket.asset_id,
        )
    try:
        return (yield from complete_flow(ticket.asset_id))
    except HeyGenError as error:  # the bytes are stored: completing later needs no new upload
        error.add_note(
            f"the file's bytes are stored as upload {ticket.asset_id}: "
            f"finish it with client.assets.complete({ticket.asset_id!r})"
        )
        raise


def get_flow(asset_id: str) -> Flow[Asset]:
    """``GET /v3/assets/{asset_id}``: an asset (``url`` None until a direct upload is completed)."""
    response = yield from call(Call.generated(get_asset, op=Op.READ, api=Api.V3, asset_id=asset_id))
    return Asset.from_raw(response.data)


def upload_flow(
    file: SendableFile, endpoint: AssetEndpoint, direct: bool, on_progress: OnProgress | None = None
) -> Flow[Asset | UploadedAsset]:
    """Send an already checked file to ``endpoint``: multipart or direct on v3, raw bytes on v1."""
    if direct:
        return (yield from direct_upload_flow(file, on_progress))
    assert isinstance(file, Upload)  # checks.prepare reads every non-direct upload into memory
    if endpoint == "v3":
        return (yield from upload_v3_flow(file, on_progress))
    is_image = (file.content_type or "").startswith("image/")
    return (yield from upload_photo_flow(file, require_image_key=is_image))
