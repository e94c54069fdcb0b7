"""scripts/regenerate: a changed upstream file makes --check fail and the change report name the change."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "specbuild.build", "--root", str(root), *args],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT / "scripts"), "PATH": str(Path(sys.executable).parent)},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_check_fails_and_reports_a_removed_field_and_an_added_operation(tmp_path: Path) -> None:
    for folder in ("openapi", "generated"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    v2 = tmp_path / "openapi" / "upstream" / "v2"

    # HeyGen drops `image_key_list` from the generation status response ...
    status_file = v2 / "check-photolook-generation-status.json"
    doc = json.loads(status_file.read_text())
    data = doc["paths"]["/v2/photo_avatar/generation/{generation_id}"]["get"]["responses"]["200"]
    del data["content"]["application/json"]["schema"]["properties"]["data"]["properties"]["image_key_list"]
    status_file.write_text(json.dumps(doc, indent=2))
    # ... and ships a new operation.
    new = json.loads((v2 / "photo-avatar-details.json").read_text())
    item = new["paths"].pop("/v2/photo_avatar/{id}")
    item["get"]["operationId"] = "get-photo-avatar-motion"
    new["paths"]["/v2/photo_avatar/{id}/motion"] = item
    (v2 / "get-photo-avatar-motion.json").write_text(json.dumps(new, indent=2))

    result = run_build(tmp_path, "--check")

    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout
    assert "stale: openapi/v2-photo-avatar.json" in out
    assert "operation added: GET /v2/photo_avatar/{id}/motion (get-photo-avatar-motion)" in out
    removed = [line for line in out.splitlines() if "image_key_list removed" in line]
    assert removed and all(line.strip().startswith("BREAKING") for line in removed)


def test_check_passes_on_an_unchanged_copy(tmp_path: Path) -> None:
    for folder in ("openapi", "generated"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    result = run_build(tmp_path, "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout
