"""HeyGen's direct uploads: announce (POST /v3/assets/direct-uploads), PUT to the presigned URL, complete.

The presigned URL points at the mock's own host (``/_storage/<asset_id>``), shaped like an S3 SigV4 URL:
``X-Amz-Date`` + ``X-Amz-Expires`` (seconds) + ``X-Amz-SignedHeaders`` + ``X-Amz-Signature``, an HMAC of
the rest, so an edited URL is refused. The PUT's checks answer as S3 does (XML errors, its codes): a
wrong signature or a signed header sent differently -> 403 SignatureDoesNotMatch, an expired URL -> 403
AccessDenied "Request has expired", no Content-Length -> 411, a body of another size -> 400.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import hmac
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, urlencode

from ._backend_base import V3_ASSET_TYPES, BackendBase
from ._routing import ApiError
from .blobs import Blob
from .media import sniff_mime
from .state import Asset, DirectUpload, StoredFile

__all__ = ["STORAGE_PREFIX", "DirectUploadRules"]

#: where the mock's storage host lives (on the mock's own host, outside the API's paths)
STORAGE_PREFIX = "/_storage/"
_MIME = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")
_SHA256_HEX = re.compile(r"^[0-9a-fA-F]{64}$")
#: headers that carry credentials: never meant for the storage host
CREDENTIAL_HEADERS = ("authorization", "x-api-key")


def _amz_date(epoch: int) -> str:
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(epoch))


def _epoch_of(amz_date: str) -> int | None:
    try:
        return calendar.timegm(time.strptime(amz_date, "%Y%m%dT%H%M%SZ"))
    except (ValueError, OverflowError):
        return None


class DirectUploadRules(BackendBase):
    """Announcing, receiving and completing direct uploads; reading assets back."""

    def _sign(self, asset_id: str, date: str, expires: str, signed: str) -> str:
        secret = f"heygen-mock-storage/{self.seed}".encode()
        return hmac.new(
            secret, f"{asset_id}\n{date}\n{expires}\n{signed}".encode(), hashlib.sha256
        ).hexdigest()

    def begin_direct_upload(self, body: Mapping[str, Any]) -> DirectUpload:
        """POST /v3/assets/direct-uploads: check the announcement, issue an asset id and the URL's terms."""
        filename = str(body.get("filename") or "").strip()  # only "for reference/metadata"
        content_type = str(body.get("content_type") or "").strip().lower()
        if not _MIME.match(content_type):
            raise ApiError(
                400,
                "invalid_parameter",
                "content_type must be a MIME type such as video/mp4.",
                "content_type",
            )
        size = body.get("size_bytes")
        cap = self.options.direct_upload_max_bytes
        if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= cap:
            raise ApiError(
                400, "invalid_parameter", f"size_bytes must be between 1 and {cap} (max_bytes).", "size_bytes"
            )
        checksum = body.get("checksum_sha256")
        if checksum is not None and not (isinstance(checksum, str) and _SHA256_HEX.match(checksum)):
            raise ApiError(
                400, "invalid_parameter", "checksum_sha256 must be 64 hex digits.", "checksum_sha256"
            )
        headers = {"Content-Type": content_type}
        if checksum:  # S3 enforces a declared checksum through this signed header
            digest = base64.b64encode(bytes.fromhex(checksum)).decode()
            headers["x-amz-checksum-sha256"] = digest
        asset_id = self.ids.hex()
        upload = DirectUpload(
            asset_id=asset_id,
            filename=filename or asset_id,
            content_type=content_type,
            size=size,
            checksum_sha256=checksum.lower() if checksum else None,
            issued_at=int(self.epoch()),
            ttl=self.options.upload_url_ttl,
            headers=headers,
            created_at=self.epoch(),
        )
        self.state.direct_uploads[upload.asset_id] = upload
        return upload

    def upload_url(self, base_url: str, upload: DirectUpload) -> str:
        """The presigned PUT URL of an upload, on the host the client reached."""
        date, expires = _amz_date(upload.issued_at), str(upload.ttl)
        signed = ";".join(sorted(name.lower() for name in upload.headers))
        query = {
            "X-Amz-Date": date,
            "X-Amz-Expires": expires,
            "X-Amz-SignedHeaders": signed,
            "X-Amz-Signature": self._sign(upload.asset_id, date, expires, signed),
        }
        return f"{base_url}{STORAGE_PREFIX}{upload.asset_id}?{urlencode(query)}"

    def check_put(self, asset_id: str, query: str, headers: Mapping[str, str]) -> DirectUpload:
        """Everything S3 checks before taking a PUT's body (ApiError in S3's codes otherwise)."""
        upload = self.state.direct_uploads.get(asset_id)
        if upload is None:
            raise ApiError(404, "NoSuchUpload", "The specified upload does not exist.")
        values = {name: found[-1] for name, found in parse_qs(query).items()}
        date, expires = values.get("X-Amz-Date", ""), values.get("X-Amz-Expires", "")
        signed = values.get("X-Amz-SignedHeaders", "")
        expected = self._sign(asset_id, date, expires, signed)
        if not hmac.compare_digest(values.get("X-Amz-Signature", ""), expected):
            raise ApiError(
                403, "SignatureDoesNotMatch", "The request signature we calculated does not match."
            )
        if "authorization" in headers:
            raise ApiError(400, "InvalidArgument", "Only one auth mechanism allowed: the URL is presigned.")
        if "x-api-key" in headers:  # S3 would ignore it; the mock refuses it so that a leaked key shows
            raise ApiError(400, "InvalidArgument", "A HeyGen API key must never be sent to the storage host.")
        issued = _epoch_of(date)
        if issued is None or not expires.isdigit() or self.epoch() > issued + int(expires):
            raise ApiError(403, "AccessDenied", "Request has expired")
        if upload.asset is not None:
            raise ApiError(403, "AccessDenied", "The upload was completed; its URL is no longer valid.")
        for name, value in upload.headers.items():
            sent = headers.get(name.lower())
            if sent != value:
                how = "was not sent" if sent is None else f"was sent as {sent!r}"
                raise ApiError(
                    403,
                    "SignatureDoesNotMatch",
                    f"The request signature we calculated does not match: header {name!r} is signed as "
                    f"{value!r} and {how}.",
                )
        length = headers.get("content-length")
        if length is None:
            raise ApiError(411, "MissingContentLength", "You must provide the Content-Length HTTP header.")
        if length != str(upload.size):
            raise ApiError(
                403,
                "SignatureDoesNotMatch",
                f"Content-Length {length} does not match the signed size {upload.size} (size_bytes).",
            )
        return upload

    def new_blob(self) -> Blob:
        return Blob(self.options.spool_bytes, self.options.storage_dir)

    def store_put(self, upload: DirectUpload, blob: Blob) -> None:
        """Keep a PUT's body (replacing an earlier PUT's) once it is all there and matches its checksum."""
        if blob.size != upload.size:
            blob.close()
            raise ApiError(
                400,
                "IncompleteBody",
                "You did not provide the number of bytes specified by the Content-Length HTTP header.",
            )
        if upload.checksum_sha256 is not None and blob.sha256 != upload.checksum_sha256:
            blob.close()
            raise ApiError(
                400, "BadDigest", "The SHA256 you specified did not match the calculated checksum."
            )
        if upload.blob is not None:
            upload.blob.close()
        upload.blob = blob

    def complete_upload(self, asset_id: str, checksum: object) -> DirectUpload:
        """POST /v3/assets/{asset_id}/complete: the stored bytes become an asset (again: the same one)."""
        upload = self._get(self.state.direct_uploads, asset_id, "Asset not found.")
        if upload.asset is not None:
            return upload
        blob = upload.blob
        if blob is None:
            raise ApiError(
                400,
                "invalid_parameter",
                "The file has not been uploaded: PUT its bytes to upload_url before completing.",
                "asset_id",
            )
        if isinstance(checksum, str) and checksum.lower() != blob.sha256:
            raise ApiError(
                400,
                "invalid_parameter",
                "checksum_sha256 does not match the uploaded bytes.",
                "checksum_sha256",
            )
        sniffed = sniff_mime(blob.head)
        if sniffed != upload.content_type and (sniffed is not None or upload.content_type in V3_ASSET_TYPES):
            raise ApiError(
                400,
                "invalid_parameter",
                f"The uploaded bytes are {sniffed or 'of an unrecognised type'}, not the declared "
                f"{upload.content_type}.",
                "content_type",
            )
        image_key = f"image/{asset_id}/original" if upload.content_type.startswith("image/") else None
        key = image_key or f"asset/{asset_id}"
        self.state.files[key] = StoredFile(key, b"", upload.content_type, blob=blob)
        asset = Asset(asset_id, upload.filename, upload.content_type, blob.size, key, self.epoch(), image_key)
        self.state.assets[asset_id] = asset
        upload.asset = asset
        return upload

    def asset_or_upload(self, asset_id: str) -> Asset | DirectUpload:
        """GET /v3/assets/{asset_id}: an asset, or a direct upload not completed yet."""
        found = self.state.assets.get(asset_id)
        if found is not None:
            return found
        return self._get(self.state.direct_uploads, asset_id, "Asset not found.")
