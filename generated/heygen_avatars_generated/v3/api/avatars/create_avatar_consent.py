from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_avatar_consent_request import CreateAvatarConsentRequest
from ...models.create_avatar_consent_response_200 import CreateAvatarConsentResponse200
from ...models.create_avatar_consent_response_400 import CreateAvatarConsentResponse400
from ...models.create_avatar_consent_response_401 import CreateAvatarConsentResponse401
from ...models.create_avatar_consent_response_403 import CreateAvatarConsentResponse403
from ...models.create_avatar_consent_response_404 import CreateAvatarConsentResponse404
from ...models.create_avatar_consent_response_409 import CreateAvatarConsentResponse409
from ...models.create_avatar_consent_response_429 import CreateAvatarConsentResponse429
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
    *,
    body: CreateAvatarConsentRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/avatars/{group_id}/consent".format(
            group_id=quote(str(group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateAvatarConsentResponse200
    | CreateAvatarConsentResponse400
    | CreateAvatarConsentResponse401
    | CreateAvatarConsentResponse403
    | CreateAvatarConsentResponse404
    | CreateAvatarConsentResponse409
    | CreateAvatarConsentResponse429
    | None
):
    if response.status_code == 200:
        response_200 = CreateAvatarConsentResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateAvatarConsentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateAvatarConsentResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateAvatarConsentResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = CreateAvatarConsentResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateAvatarConsentResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateAvatarConsentResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateAvatarConsentResponse200
    | CreateAvatarConsentResponse400
    | CreateAvatarConsentResponse401
    | CreateAvatarConsentResponse403
    | CreateAvatarConsentResponse404
    | CreateAvatarConsentResponse409
    | CreateAvatarConsentResponse429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAvatarConsentRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateAvatarConsentResponse200
    | CreateAvatarConsentResponse400
    | CreateAvatarConsentResponse401
    | CreateAvatarConsentResponse403
    | CreateAvatarConsentResponse404
    | CreateAvatarConsentResponse409
    | CreateAvatarConsentResponse429
]:
    """Create avatar consent

     Initiate a consent flow for an avatar group. Returns a consent URL that the user must visit to
    complete the consent process. Optionally provide a reroute_url to redirect to after consent is
    completed.

    Args:
        group_id (str):
        idempotency_key (str | Unset):
        body (CreateAvatarConsentRequest): Request body for POST /v3/avatars/{group_id}/consent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAvatarConsentResponse200 | CreateAvatarConsentResponse400 | CreateAvatarConsentResponse401 | CreateAvatarConsentResponse403 | CreateAvatarConsentResponse404 | CreateAvatarConsentResponse409 | CreateAvatarConsentResponse429]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAvatarConsentRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateAvatarConsentResponse200
    | CreateAvatarConsentResponse400
    | CreateAvatarConsentResponse401
    | CreateAvatarConsentResponse403
    | CreateAvatarConsentResponse404
    | CreateAvatarConsentResponse409
    | CreateAvatarConsentResponse429
    | None
):
    """Create avatar consent

     Initiate a consent flow for an avatar group. Returns a consent URL that the user must visit to
    complete the consent process. Optionally provide a reroute_url to redirect to after consent is
    completed.

    Args:
        group_id (str):
        idempotency_key (str | Unset):
        body (CreateAvatarConsentRequest): Request body for POST /v3/avatars/{group_id}/consent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAvatarConsentResponse200 | CreateAvatarConsentResponse400 | CreateAvatarConsentResponse401 | CreateAvatarConsentResponse403 | CreateAvatarConsentResponse404 | CreateAvatarConsentResponse409 | CreateAvatarConsentResponse429
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAvatarConsentRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[
    CreateAvatarConsentResponse200
    | CreateAvatarConsentResponse400
    | CreateAvatarConsentResponse401
    | CreateAvatarConsentResponse403
    | CreateAvatarConsentResponse404
    | CreateAvatarConsentResponse409
    | CreateAvatarConsentResponse429
]:
    """Create avatar consent

     Initiate a consent flow for an avatar group. Returns a consent URL that the user must visit to
    complete the consent process. Optionally provide a reroute_url to redirect to after consent is
    completed.

    Args:
        group_id (str):
        idempotency_key (str | Unset):
        body (CreateAvatarConsentRequest): Request body for POST /v3/avatars/{group_id}/consent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAvatarConsentResponse200 | CreateAvatarConsentResponse400 | CreateAvatarConsentResponse401 | CreateAvatarConsentResponse403 | CreateAvatarConsentResponse404 | CreateAvatarConsentResponse409 | CreateAvatarConsentResponse429]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient,
    body: CreateAvatarConsentRequest,
    idempotency_key: str | Unset = UNSET,
) -> (
    CreateAvatarConsentResponse200
    | CreateAvatarConsentResponse400
    | CreateAvatarConsentResponse401
    | CreateAvatarConsentResponse403
    | CreateAvatarConsentResponse404
    | CreateAvatarConsentResponse409
    | CreateAvatarConsentResponse429
    | None
):
    """Create avatar consent

     Initiate a consent flow for an avatar group. Returns a consent URL that the user must visit to
    complete the consent process. Optionally provide a reroute_url to redirect to after consent is
    completed.

    Args:
        group_id (str):
        idempotency_key (str | Unset):
        body (CreateAvatarConsentRequest): Request body for POST /v3/avatars/{group_id}/consent.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAvatarConsentResponse200 | CreateAvatarConsentResponse400 | CreateAvatarConsentResponse401 | CreateAvatarConsentResponse403 | CreateAvatarConsentResponse404 | CreateAvatarConsentResponse409 | CreateAvatarConsentResponse429
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
