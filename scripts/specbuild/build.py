"""scripts/regenerate: rebuild openapi/*.json and generated/ from openapi/upstream and openapi/overlays.

scripts/regenerate            rebuild; print what changed in the API surface
scripts/regenerate --check    rebuild in a temporary folder; exit 1 if anything committed is stale
"""

from __future__ import annotations

import argparse
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from openapi_spec_validator import validate

from . import surface
from .jsondoc import dumps, load, prune_components
from .overlay import apply, load_overlays
from .select import V3_OPERATIONS, merge_per_endpoint, select_from_whole
from .tolerant import make_responses_tolerant

ROOT = Path(__file__).resolve().parents[2]
CODEGEN_CONFIG = ROOT / "scripts" / "codegen"  # v2.yaml, v3.yaml and templates/ (lazy models/__init__.py)
# the project folder being built: this checkout, or a copy named with --root (tests use copies)
OPENAPI = ROOT / "openapi"
UPSTREAM = OPENAPI / "upstream"
GENERATED = ROOT / "generated" / "heygen_avatars_generated"


def _set_root(root: Path) -> None:
    global OPENAPI, UPSTREAM, GENERATED
    OPENAPI, UPSTREAM = root / "openapi", root / "openapi" / "upstream"
    GENERATED = root / "generated" / "heygen_avatars_generated"


# built spec name -> (generated package, title)
SPECS = {
    "v2-photo-avatar": ("v2", "HeyGen photo avatars (v2 photo_avatar, with the v1 asset upload)"),
    "v3-avatars": ("v3", "HeyGen avatars (v3 avatars, assets, videos, voices)"),
}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _upstream(name: str) -> tuple[dict[str, Any], list[Path]]:
    if name == "v2-photo-avatar":
        files = sorted((UPSTREAM / "v2").glob("*.json"))
        return merge_per_endpoint(files), files
    whole = UPSTREAM / "v3" / "heygen-external-api.2026-04-08.json"
    return select_from_whole(load(whole), V3_OPERATIONS), [whole]


def build_spec(name: str) -> dict[str, Any]:
    """upstream → overlays → tolerant responses → pruned, validated, with its provenance recorded."""
    doc, sources = _upstream(name)
    overlay_dir = OPENAPI / "overlays" / name
    overlays = load_overlays(overlay_dir)
    for file_name, overlay in overlays:
        apply(doc, overlay, file_name)
    make_responses_tolerant(doc)
    prune_components(doc)
    upstream_version = doc.get("info", {}).get("version", "")
    doc["info"] = {"title": SPECS[name][1], "version": f"{upstream_version}+heygen-avatars"}
    doc["x-heygen-avatars-build"] = {
        "note": "Built by scripts/regenerate; do not edit. Change openapi/upstream or openapi/overlays.",
        "upstream": {str(p.relative_to(OPENAPI)): _sha256(p) for p in sources},
        "overlays": {
            str((overlay_dir / f).relative_to(OPENAPI)): _sha256(overlay_dir / f) for f, _ in overlays
        },
    }
    validate(doc)
    return doc


def _generate(spec_path: Path, package: str, out_dir: Path) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec_path),
        "--config", str(CODEGEN_CONFIG / f"{package}.yaml"),
        "--custom-template-path", str(CODEGEN_CONFIG / "templates"),
        "--meta", "none",
        "--output-path", str(out_dir / package),
        "--overwrite", "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=out_dir)
    if result.returncode != 0:
        raise SystemExit(
            f"openapi-python-client failed for {spec_path.name}:\n{result.stdout}\n{result.stderr}"
        )


def codegen_view(doc: dict[str, Any]) -> dict[str, Any]:
    """The built spec as openapi-python-client is given it.

    Raw-bytes uploads (POST /v1/asset) list one media type per file type; the generator cannot pick the
    Content-Type per call (the last listed type always wins) and, with several binary types, emits code
    that does not import. It is given one `application/octet-stream` body instead, and the facade uploads
    with the real type itself (heygen_avatars.resources.assets). The built spec keeps the real types.
    """
    view = json.loads(json.dumps(doc))
    for item in view["paths"].values():
        for op in item.values():
            content = op.get("requestBody", {}).get("content", {}) if isinstance(op, dict) else {}
            binary = [m for m, media in content.items() if media.get("schema", {}).get("format") == "binary"]
            if len(binary) > 1:
                schema = content[binary[0]]["schema"]
                for media_type in binary:
                    del content[media_type]
                content["application/octet-stream"] = {"schema": schema}
    return view


def build_all(out: Path) -> None:
    """Write the built specs to out/openapi and the generated packages to out/generated."""
    (out / "openapi").mkdir(parents=True)
    (out / "generated").mkdir()
    for name, (package, _) in SPECS.items():
        spec = build_spec(name)
        (out / "openapi" / f"{name}.json").write_text(dumps(spec), encoding="utf-8")
        view_path = out / f"{name}.codegen.json"
        view_path.write_text(dumps(codegen_view(spec)), encoding="utf-8")
        _generate(view_path, package, out / "generated")
    shutil.copy(GENERATED / "__init__.py", out / "generated" / "__init__.py")


def _tree(folder: Path) -> dict[str, Path]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): p
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and ".ruff_cache" not in p.parts
    }


def stale_files(out: Path) -> list[str]:
    """Committed files that differ from a fresh build in `out` (missing, extra or changed)."""
    pairs = [(OPENAPI / f"{name}.json", out / "openapi" / f"{name}.json") for name in SPECS]
    fresh, committed = _tree(out / "generated"), _tree(GENERATED)
    problems = []
    for old, new in pairs:
        if not old.exists() or not filecmp.cmp(old, new, shallow=False):
            problems.append(f"stale: openapi/{old.name}")
    for rel in sorted(fresh.keys() | committed.keys()):
        where = f"generated/heygen_avatars_generated/{rel}"
        if rel not in committed:
            problems.append(f"missing: {where}")
        elif rel not in fresh:
            problems.append(f"not generated any more: {where}")
        elif not filecmp.cmp(fresh[rel], committed[rel], shallow=False):
            problems.append(f"stale: {where}")
    return problems


def change_report(out: Path) -> list[str]:
    lines = []
    for name in SPECS:
        old_path = OPENAPI / f"{name}.json"
        old = surface.surface(load(old_path)) if old_path.exists() else {}
        changes = surface.diff(old, surface.surface(load(out / "openapi" / f"{name}.json")))
        if changes:
            lines.append(f"API surface changes in {name}:")
            lines.extend(f"  {line}" for line in changes)
    return lines


def _install(out: Path) -> None:
    for name in SPECS:
        shutil.copy(out / "openapi" / f"{name}.json", OPENAPI / f"{name}.json")
    for package in ("v2", "v3"):
        shutil.rmtree(GENERATED / package, ignore_errors=True)
        shutil.copytree(out / "generated" / package, GENERATED / package)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/regenerate", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if anything committed is stale")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="project folder to build (default: this checkout)"
    )
    args = parser.parse_args(argv)
    _set_root(args.root.resolve())
    with tempfile.TemporaryDirectory(prefix="heygen-regenerate-") as tmp:
        out = Path(tmp)
        build_all(out)
        report = change_report(out)
        problems = stale_files(out)
        for line in report:
            print(line)
        if args.check:
            if problems:
                print(f"scripts/regenerate --check: {len(problems)} committed file(s) are stale:")
                print("\n".join(f"  {p}" for p in problems[:40]))
                if len(problems) > 40:
                    print(f"  ... and {len(problems) - 40} more")
                print("Run scripts/regenerate and commit the result.")
                return 1
            print("scripts/regenerate --check: openapi/*.json and generated/ are up to date.")
            return 0
        _install(out)
        print(f"regenerated: {len(SPECS)} specs, {len(problems)} file(s) changed.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
