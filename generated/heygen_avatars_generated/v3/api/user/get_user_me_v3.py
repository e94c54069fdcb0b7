from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_user_me_v3_response_200 import GetUserMeV3Response200
from ...models.get_user_me_v3_response_400 import GetUserMeV3Response400
from ...models.get_user_me_v3_response_401 import GetUserMeV3Response401
from ...models.get_user_me_v3_response_403 import GetUserMeV3Response403
from ...models.get_user_me_v3_response_429 import GetUserMeV3Response429
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/users/me",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetUserMeV3Response200
    | GetUserMeV3Response400
    | GetUserMeV3Response401
    | GetUserMeV3Response403
    | GetUserMeV3Response429
    | None
):
    if response.status_code == 200:
        response_200 = GetUserMeV3Response200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GetUserMeV3Response400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GetUserMeV3Response401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetUserMeV3Response403.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = GetUserMeV3Response429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetUserMeV3Response200
    | GetUserMeV3Response400
    | GetUserMeV3Response401
    | GetUserMeV3Response403
    | GetUserMeV3Response429
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    GetUserMeV3Response200
    | GetUserMeV3Response400
    | GetUserMeV3Response401
    | GetUserMeV3Response403
    | GetUserMeV3Response429
]:
    """Get current user info, remaining credits, and billing

     Returns the authenticated user's profile, remaining credits or balance, and billing details. The
    billing_type field indicates which billing object is populated: wallet (prepaid balance),
    subscription (OAuth credit pools), or usage_based (metered spending).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserMeV3Response200 | GetUserMeV3Response400 | GetUserMeV3Response401 | GetUserMeV3Response403 | GetUserMeV3Response429]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    GetUserMeV3Response200
    | GetUserMeV3Response400
    | GetUserMeV3Response401
    | GetUserMeV3Response403
    | GetUserMeV3Response429
    | None
):
    """Get current user info, remaining credits, and billing

     Returns the authenticated user's profile, remaining credits or balance, and billing details. The
    billing_type field indicates which billing object is populated: wallet (prepaid balance),
    subscription (OAuth credit pools), or usage_based (metered spending).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserMeV3Response200 | GetUserMeV3Response400 | GetUserMeV3Response401 | GetUserMeV3Response403 | GetUserMeV3Response429
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    GetUserMeV3Response200
    | GetUserMeV3Response400
    | GetUserMeV3Response401
    | GetUserMeV3Response403
    | GetUserMeV3Response429
]:
    """Get current user info, remaining credits, and billing

     Returns the authenticated user's profile, remaining credits or balance, and billing details. The
    billing_type field indicates which billing object is populated: wallet (prepaid balance),
    subscription (OAuth credit pools), or usage_based (metered spending).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserMeV3Response200 | GetUserMeV3Response400 | GetUserMeV3Response401 | GetUserMeV3Response403 | GetUserMeV3Response429]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    GetUserMeV3Response200
    | GetUserMeV3Response400
    | GetUserMeV3Response401
    | GetUserMeV3Response403
    | GetUserMeV3Response429
    | None
):
    """Get current user info, remaining credits, and billing

     Returns the authenticated user's profile, remaining credits or balance, and billing details. The
    billing_type field indicates which billing object is populated: wallet (prepaid balance),
    subscription (OAuth credit pools), or usage_based (metered spending).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserMeV3Response200 | GetUserMeV3Response400 | GetUserMeV3Response401 | GetUserMeV3Response403 | GetUserMeV3Response429
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
