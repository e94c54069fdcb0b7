"""Uploads: ``client.assets``, and the v3 AssetInputs every file argument becomes (`inputs`). `checks`
refuses bad input, `flows` sends, `faces` holds the two thin faces, `raw` their ``with_raw_response``."""

from .faces import Assets, AsyncAssets

__all__ = ["Assets", "AsyncAssets"]
