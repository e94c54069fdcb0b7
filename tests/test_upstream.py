"""Checks on the vendored HeyGen files in openapi/upstream/ and their ledger, SOURCES.md."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from openapi_spec_validator import validate

REPO = Path(__file__).resolve().parents[1]
UPSTREAM = REPO / "openapi" / "upstream"
SOURCES_MD = UPSTREAM / "SOURCES.md"
# HeyGen's documents as text, kept beside the checkout (not in it); the test that reads them skips without.
SHARED = REPO.parent / "shared"

HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
KINDS = {"verbatim", "reconstructed", "derived (not openapi)"}

# Defects HeyGen's own verbatim files are known to have. They stay in the upstream files (the overlays
# fix them); the test pins them so that a new upstream file or a fix by HeyGen is noticed.
KNOWN_EXAMPLE_ERRORS: dict[str, set[tuple[str, ...]]] = {
    # HeyGen's readme page "Create Photo Avatar Group": its example has nulls where the schema says string.
    "v2/create-photo-avatar-group.json": {
        ("error",),
        ("data", "motion_preview_url"),
        ("data", "background_sound_effect"),
        ("data", "default_voice_id"),
        ("data", "moderation_msg"),
    },
}

_ROW = re.compile(r"^\|\s*`(?P<path>[^`]+)`\s*\|(?P<cells>.*)\|\s*$")
_SHA = re.compile(r"`([0-9a-f]{64})`")


def _ledger() -> dict[str, dict[str, str]]:
    """Rows of the SOURCES.md file table: relative path -> {kind, sha256}."""
    rows: dict[str, dict[str, str]] = {}
    for line in SOURCES_MD.read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if not match:
            continue
        cells = [c.strip() for c in match["cells"].split("|")]
        sha = next((m[1] for c in cells if (m := _SHA.fullmatch(c))), None)
        assert sha, f"SOURCES.md row for {match['path']} has no sha256 cell"
        rows[match["path"]] = {"kind": cells[0].strip("*").lower(), "sha256": sha}
    return rows


LEDGER = _ledger()
V2_FILES = sorted(p.relative_to(UPSTREAM).as_posix() for p in (UPSTREAM / "v2").glob("*.json"))


def _load(rel: str) -> dict[str, Any]:
    doc = json.loads((UPSTREAM / rel).read_text(encoding="utf-8"))
    assert isinstance(doc, dict)
    return doc


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, item in doc.get("paths", {}).items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def _inline_refs(node: Any, doc: dict[str, Any], seen: tuple[str, ...] = ()) -> Any:
    """Replace local `#/...` $refs with their targets so a schema validates on its own."""
    if isinstance(node, list):
        return [_inline_refs(item, doc, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        assert ref not in seen, f"recursive $ref {ref} cannot be inlined"
        target: Any = doc
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return _inline_refs(copy.deepcopy(target), doc, (*seen, ref))
    return {key: _inline_refs(value, doc, seen) for key, value in node.items()}


def test_ledger_lists_the_v2_and_v3_files() -> None:
    assert "v2/create-photo-avatar-group.json" in LEDGER
    assert "v3/heygen-external-api.2026-04-08.json" in LEDGER
    assert all(row["kind"] in KINDS for row in LEDGER.values()), LEDGER


def test_every_upstream_file_is_in_the_ledger() -> None:
    on_disk = {
        p.relative_to(UPSTREAM).as_posix() for p in UPSTREAM.rglob("*") if p.is_file() and p != SOURCES_MD
    }
    assert on_disk == set(LEDGER), "files on disk and rows of SOURCES.md differ"


@pytest.mark.parametrize("rel", sorted(LEDGER))
def test_listed_file_exists_with_recorded_sha256(rel: str) -> None:
    path = UPSTREAM / rel
    assert path.is_file(), f"{rel} is listed in SOURCES.md but missing"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == LEDGER[rel]["sha256"], rel


@pytest.mark.parametrize("rel", V2_FILES)
def test_v2_file_is_openapi_310_with_one_operation(rel: str) -> None:
    doc = _load(rel)
    assert doc["openapi"] == "3.1.0"
    validate(doc)
    operations = _operations(doc)
    assert len(operations) == 1, [(m, p) for p, m, _ in operations]
    assert operations[0][2]["operationId"] == Path(rel).stem
    assert LEDGER[rel]["kind"] in {"verbatim", "reconstructed"}


@pytest.mark.parametrize("rel", V2_FILES)
def test_v2_response_examples_validate_against_their_schema(rel: str) -> None:
    doc = _load(rel)
    errors: set[tuple[str, ...]] = set()
    checked = 0
    for _, _, op in _operations(doc):
        for response in op.get("responses", {}).values():
            for media in response.get("content", {}).values():
                if "schema" not in media:
                    continue
                validator = jsonschema_rs.validator_for(_inline_refs(media["schema"], doc))
                for example in media.get("examples", {}).values():
                    value = _inline_refs(example, doc)["value"]
                    assert isinstance(value, dict), f"{rel}: example value must be a JSON object"
                    checked += 1
                    errors |= {tuple(str(p) for p in e.instance_path) for e in validator.iter_errors(value)}
    assert checked, f"{rel} has no response example"
    assert errors == KNOWN_EXAMPLE_ERRORS.get(rel, set())


def test_create_is_byte_identical_to_heygens_readme_page() -> None:
    seeds = sorted((SHARED / "seeds").glob("002_*.txt")) if SHARED.is_dir() else []
    if not seeds:
        pytest.skip("../shared/seeds/002_*.txt is not available")
    match = re.search(r"^```json\n(.*?)\n```", seeds[0].read_text(encoding="utf-8"), re.S | re.M)
    assert match, "the readme page has no ```json block"
    vendored = (UPSTREAM / "v2" / "create-photo-avatar-group.json").read_bytes()
    assert vendored == (match[1] + "\n").encode("utf-8")
