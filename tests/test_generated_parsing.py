"""The generated clients parse every documented example, and real-world drift of each, without raising."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _generated_index import ROOT, client, endpoint_module, operations

# HeyGen's guides as text (curl calls and the responses they show); kept beside the checkout, not in it.
SEEDS = ROOT.parent / "shared" / "seeds"


def documented_examples() -> Iterator[tuple[str, str, str, Any]]:
    """(version, operationId, status, example) for every response example in the built specs."""
    for version in ("v2", "v3"):
        for _, _, op in operations(version):
            for status, response in op["responses"].items():
                for media in (response.get("content") or {}).values():
                    values = [e.get("value") for e in (media.get("examples") or {}).values()]
                    values += [media["example"]] if "example" in media else []
                    for value in values:
                        yield version, op["operationId"], status, value


def seed_examples() -> Iterator[tuple[str, str, Any]]:
    """(version, operationId, response) for every JSON response shown after a curl call in HeyGen's guides."""
    templates = [
        (v, m, re.compile("^" + re.sub(r"\{[^}]+\}", "[^/?]+", p) + "$"), op["operationId"])
        for v in ("v2", "v3")
        for m, p, op in operations(v)
    ]
    decoder = json.JSONDecoder()
    for seed in sorted(SEEDS.glob("*.txt")):
        text, current = seed.read_text(), None
        for match in re.finditer(r"https://(?:api|upload)\.heygen\.com(/[^\s'\"\\]+)|^\s*\{", text, re.M):
            if match.group(1):
                path = match.group(1).split("?")[0]
                window = text[max(0, match.start() - 200) : match.end() + 400]
                method = "get"
                if re.search(r"--request POST|-X POST|--data|-d '|--data-binary", window):
                    method = "post"
                if re.search(r"--request DELETE|-X DELETE", window):
                    method = "delete"
                current = next(
                    ((v, op) for v, m, rx, op in templates if m == method and rx.match(path)), None
                )
                continue
            try:
                value, _ = decoder.raw_decode(text, match.end() - 1)
            except ValueError:
                continue
            if current and isinstance(value, dict) and ("data" in value or "error" in value):
                yield current[0], current[1], value


def parse(version: str, operation_id: str, status: str, body: Any) -> Any:
    module = endpoint_module(version, operation_id)
    code = int(status) if status.isdigit() else 200
    return module._parse_response(client=client(version), response=httpx.Response(code, json=body))


def mutations(value: Any) -> Iterator[Any]:
    """Real-world drift: nulls, unknown enum values, extra and missing fields, int/float swaps."""
    paths = list(_leaf_paths(value))
    for path in paths:
        yield _replace(value, path, None)
        leaf = _get(value, path)
        if isinstance(leaf, str):
            yield _replace(value, path, "some_value_from_the_future")
        if isinstance(leaf, bool):
            continue
        if isinstance(leaf, int):
            yield _replace(value, path, float(leaf) + 0.5)
        if isinstance(leaf, float):
            yield _replace(value, path, int(leaf))
    for path in _object_paths(value):
        obj = _get(value, path)
        yield _replace(value, path, {**obj, "field_added_later": {"nested": [1, None]}})
        for key in obj:
            yield _replace(value, path, {k: v for k, v in obj.items() if k != key})


def _leaf_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _leaf_paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _leaf_paths(child, (*path, index))
    if path:
        yield path


def _object_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(value, dict):
        yield path
        for key, child in value.items():
            yield from _object_paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _object_paths(child, (*path, index))


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


def _replace(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    copied = copy.deepcopy(value)
    _get(copied, path[:-1])[path[-1]] = new
    return copied


EXAMPLES = list(documented_examples())


def test_there_are_examples_for_both_generations() -> None:
    versions = {v for v, *_ in EXAMPLES}
    assert versions == {"v2", "v3"} and len(EXAMPLES) >= 25


@pytest.mark.parametrize(("version", "operation_id", "status", "example"), EXAMPLES)
def test_documented_example_parses(version: str, operation_id: str, status: str, example: Any) -> None:
    assert parse(version, operation_id, status, example) is not None


@pytest.mark.skipif(
    not SEEDS.exists(), reason="HeyGen's guides (../shared/seeds) are not beside this checkout"
)
def test_every_response_in_heygens_guides_parses() -> None:
    found = list(seed_examples())
    assert len(found) >= 10, found
    for version, operation_id, body in found:
        assert parse(version, operation_id, "200", body) is not None, (operation_id, body)
        for drifted in mutations(body):
            parse(version, operation_id, "200", drifted)


@pytest.mark.parametrize(
    ("version", "operation_id", "status", "example"), [e for e in EXAMPLES if e[2] == "200"]
)
def test_drifted_responses_never_crash_the_parser(
    version: str, operation_id: str, status: str, example: Any
) -> None:
    count = 0
    for drifted in mutations(example):
        parse(version, operation_id, status, drifted)
        count += 1
    assert count > 0
