"""A client library for accessing HeyGen avatars (v3 avatars, assets, videos, voices)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
