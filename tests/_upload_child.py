"""Run in a child process by test_direct_upload_http.py: upload one file with `HeyGen` and report, as one JSON
line on stdout, the asset and the process's memory (VmRSS / VmHWM from /proc, ru_maxrss) around the upload.

    python tests/_upload_child.py BASE_URL API_KEY PATH [--async]
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from heygen_avatars import AsyncHeyGen, HeyGen, UploadProgress
from heygen_avatars.mock.media import MP4_BYTES


def memory() -> dict[str, int]:
    """Resident and peak resident memory in bytes: /proc/self/status (VmRSS, VmHWM) and getrusage."""
    status = Path("/proc/self/status").read_text().splitlines()
    values = {line.split(":")[0]: int(line.split()[1]) * 1024 for line in status if line.startswith("Vm")}
    return {
        "rss": values["VmRSS"],
        "hwm": values["VmHWM"],
        "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }


def main() -> None:
    base_url, api_key, path = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    progress: list[int] = []

    def on_progress(update: UploadProgress) -> None:
        progress.append(update.sent)

    options: dict[str, Any] = {
        "api_key": api_key,
        "base_url": base_url,
        "default_headers": {"x-team": "blue"},
    }
    if "--async" in sys.argv:

        async def run() -> tuple[Any, dict[str, int], float]:
            async with AsyncHeyGen(**options) as client:
                await client.assets.upload(MP4_BYTES, direct=True)  # warm up: every module loaded
                before, started = memory(), time.perf_counter()
                asset = await client.assets.upload(
                    path, on_progress=on_progress, extra_headers={"x-call": "1"}
                )
                return asset, before, time.perf_counter() - started

        asset, before, seconds = asyncio.run(run())
    else:
        with HeyGen(**options) as client:
            client.assets.upload(MP4_BYTES, direct=True)
            before, started = memory(), time.perf_counter()
            asset = client.assets.upload(path, on_progress=on_progress, extra_headers={"x-call": "1"})
            seconds = time.perf_counter() - started
    after = memory()
    report = {
        "asset_id": asset.id,
        "size_bytes": asset.size_bytes,
        "before": before,
        "after": after,
        "seconds": seconds,
        "progress_calls": len(progress),
        "last_sent": progress[-1] if progress else None,
    }
    print(json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
