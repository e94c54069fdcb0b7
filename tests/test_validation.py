"""Input checks: bad input is refused before any request, naming the field and the allowed values."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from heygen_avatars._core import validation as v
from heygen_avatars._core.pages import list_params
from heygen_avatars.errors import InputValidationError
from heygen_avatars.resources.avatars import checks as av
from heygen_avatars.resources.photo_avatars import checks as pa
from heygen_avatars.resources.videos import checks as vid
from heygen_avatars.types import literals as lit

GOOD_PHOTO: dict[str, Any] = {
    "name": "Lina",
    "age": "Young Adult",
    "gender": "Woman",
    "ethnicity": "Asian American",
    "orientation": "horizontal",
    "pose": "half_body",
    "style": "Realistic",
    "appearance": "A stylish East Asian Woman in casual attire walking through a bustling city street",
}


def test_allowed_values_are_exactly_heygens_photo_avatars_skill_table() -> None:
    assert lit.AGES == ("Young Adult", "Early Middle Age", "Late Middle Age", "Senior", "Unspecified")
    assert lit.GENDERS == ("Woman", "Man", "Unspecified")
    assert lit.ETHNICITIES == (
        "White",
        "Black",
        "Asian American",
        "East Asian",
        "South East Asian",
        "South Asian",
        "Middle Eastern",
        "Pacific",
        "Hispanic",
        "Unspecified",
    )
    assert lit.ORIENTATIONS == ("square", "horizontal", "vertical")
    assert lit.POSES == ("half_body", "close_up", "full_body")
    assert lit.STYLES == ("Realistic", "Pixar", "Cinematic", "Vintage", "Noir", "Cyberpunk", "Unspecified")


def test_good_photo_generation_body_is_unchanged() -> None:
    assert pa.photo_generation_body(**GOOD_PHOTO) == GOOD_PHOTO


def test_photo_generation_callbacks_are_included_only_when_given() -> None:
    body = pa.photo_generation_body(**GOOD_PHOTO, callback_url="https://me/cb", callback_id="42")
    assert body["callback_url"] == "https://me/cb"
    assert body["callback_id"] == "42"


ENUM_FIELDS = [
    ("age", lit.AGES),
    ("gender", lit.GENDERS),
    ("ethnicity", lit.ETHNICITIES),
    ("orientation", lit.ORIENTATIONS),
    ("pose", lit.POSES),
    ("style", lit.STYLES),
]


@pytest.mark.parametrize(("field", "allowed"), ENUM_FIELDS)
def test_each_enum_field_refuses_unknown_values_and_lists_the_allowed(
    field: str, allowed: tuple[str, ...]
) -> None:
    with pytest.raises(InputValidationError) as caught:
        pa.photo_generation_body(**{**GOOD_PHOTO, field: "Martian"})
    error = caught.value
    assert error.field == field
    assert error.allowed == allowed
    assert str(error).startswith(f"{field}: ")
    for value in allowed:
        assert repr(value) in str(error)


@pytest.mark.parametrize(
    ("field", "given", "suggested"),
    [
        ("age", "young adult", "Young Adult"),
        ("age", "YOUNG_ADULT", "Young Adult"),
        ("pose", "half body", "half_body"),
        ("pose", "Half-Body", "half_body"),
        ("style", "realistic", "Realistic"),
        ("style", "Realstic", "Realistic"),
        ("ethnicity", "south east asian", "South East Asian"),
        ("orientation", "Square", "square"),
    ],
)
def test_near_misses_get_a_did_you_mean_but_are_not_changed(field: str, given: str, suggested: str) -> None:
    with pytest.raises(InputValidationError) as caught:
        pa.photo_generation_body(**{**GOOD_PHOTO, field: given})
    assert f"did you mean {suggested!r}?" in str(caught.value)
    assert caught.value.value == given


def test_far_misses_get_no_suggestion() -> None:
    with pytest.raises(InputValidationError) as caught:
        v.check_choice("style", "Watercolour", lit.STYLES)
    assert "did you mean" not in str(caught.value)


@pytest.mark.parametrize("field", list(GOOD_PHOTO))
def test_every_field_is_required(field: str) -> None:
    with pytest.raises(InputValidationError) as caught:
        pa.photo_generation_body(**{**GOOD_PHOTO, field: None})
    assert caught.value.field == field


@pytest.mark.parametrize("name", ["", "   "])
def test_name_must_not_be_blank(name: str) -> None:
    with pytest.raises(InputValidationError, match="name: must not be empty"):
        pa.photo_generation_body(**{**GOOD_PHOTO, "name": name})


def test_appearance_limit_is_1000_characters() -> None:
    assert pa.photo_generation_body(**{**GOOD_PHOTO, "appearance": "a" * 1000})["appearance"] == "a" * 1000
    with pytest.raises(InputValidationError) as caught:
        pa.photo_generation_body(**{**GOOD_PHOTO, "appearance": "a" * 1001})
    assert caught.value.field == "appearance"
    assert "1001" in str(caught.value) and "1000" in str(caught.value)


def test_look_generation_body() -> None:
    body = pa.look_generation_body(
        group_id="g1",
        prompt="White shirt front-facing",
        orientation="square",
        pose="half_body",
        style="Realistic",
    )
    assert body == {
        "group_id": "g1",
        "prompt": "White shirt front-facing",
        "orientation": "square",
        "pose": "half_body",
        "style": "Realistic",
    }
    with pytest.raises(InputValidationError) as caught:
        pa.look_generation_body(
            group_id="g1", prompt="x", orientation="portrait", pose="half_body", style="Noir"
        )
    assert caught.value.field == "orientation"


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        (None, "expected an id string, got NoneType"),
        (123, "expected an id string, got int"),
        ("", "non-empty"),
        ("a b", "' '"),
        ("../etc", "'/'"),
        ("id?x=1", "'?'"),
        ("id#x", "'#'"),
    ],
)
def test_ids_must_be_non_empty_path_safe_strings(value: object, fragment: str) -> None:
    with pytest.raises(InputValidationError) as caught:
        v.check_id("look_id", value)
    assert caught.value.field == "look_id"
    assert fragment in str(caught.value)


@pytest.mark.parametrize("value", ["0b1b8dabd16f40a2b2ae6599790bba05", "look_abc123", "group-xyz.789"])
def test_real_ids_pass(value: str) -> None:
    assert v.check_id("id", value) == value


def test_image_keys() -> None:
    keys = ["image/a/original", "image/b/original"]
    assert pa.check_image_keys("image_keys", keys) == tuple(keys)
    assert pa.check_image_keys("image_keys", iter(keys)) == tuple(keys)
    assert pa.IMAGE_KEYS_PER_CALL == 4


@pytest.mark.parametrize(
    ("keys", "field"),
    [
        ([], "image_keys"),
        ("image/a/original", "image_keys"),  # a lone string is not a list of keys
        (None, "image_keys"),
        (["image/a/original", ""], "image_keys[1]"),
        ([None], "image_keys[0]"),
    ],
)
def test_bad_image_keys(keys: object, field: str) -> None:
    with pytest.raises(InputValidationError) as caught:
        pa.check_image_keys("image_keys", keys)
    assert caught.value.field == field


def test_v3_prompt_limit_is_one_constant_of_1000() -> None:
    assert av.PROMPT_MAX_CHARS == 1000
    body, _ = av.prompt_args("Ann", "p" * 1000, (), None, None)
    assert body["prompt"] == "p" * 1000
    with pytest.raises(InputValidationError, match="1001 characters long; the limit is 1000"):
        av.prompt_args("Ann", "p" * 1001, (), None, None)


def test_reference_images_at_most_three() -> None:
    urls = [f"https://cdn.example.com/{n}.png" for n in "abcd"]
    _, plans = av.prompt_args("Ann", "p", urls[:3], None, None)
    assert [plan.ready for plan in plans] == [{"type": "url", "url": url} for url in urls[:3]]
    with pytest.raises(InputValidationError, match="has 4 images; at most 3"):
        av.prompt_args("Ann", "p", urls, None, None)
    with pytest.raises(InputValidationError):
        av.prompt_args("Ann", "p", "https://one.png", None, None)


def test_look_name_at_most_255() -> None:
    assert av.look_name("name", "n" * 255) == "n" * 255
    with pytest.raises(InputValidationError, match="name: is 256 characters"):
        av.look_name("name", "n" * 256)


def test_video_script_limit_is_5000() -> None:
    assert vid.SCRIPT_MAX_CHARS == 5000
    assert vid.voice_input({"script": "s" * 5000, "voice_id": "v"})["script"] == "s" * 5000
    with pytest.raises(InputValidationError, match="script: is 5001 characters long; the limit is 5000"):
        vid.voice_input({"script": "s" * 5001, "voice_id": "v"})
    with pytest.raises(InputValidationError, match="script: must not be empty"):
        vid.voice_input({"script": "  ", "voice_id": "v"})


@pytest.mark.parametrize(("value", "ok"), [(1, True), (50, True), (0, False), (51, False), (True, False)])
def test_page_limit(value: object, ok: bool) -> None:
    if ok:
        assert list_params(value, None, None)[0] == value
    else:
        with pytest.raises(InputValidationError):
            list_params(value, None, None)


def test_input_validation_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        v.check_choice("gender", "Robot", lit.GENDERS)


def _schema(spec: dict[str, Any], path: str) -> dict[str, Any]:
    operation = spec["paths"][path]["post"]
    schema = operation["requestBody"]["content"]["application/json"]["schema"]
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return {name: _resolve(spec, prop) for name, prop in schema["properties"].items()}


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def test_constants_agree_with_the_built_v2_spec() -> None:
    spec = json.loads((Path(__file__).parents[1] / "openapi" / "v2-photo-avatar.json").read_text())
    photo = _schema(spec, "/v2/photo_avatar/photo/generate")
    for field, allowed in ENUM_FIELDS:
        assert tuple(photo[field]["enum"]) == allowed, field
    assert photo["appearance"]["maxLength"] == pa.APPEARANCE_MAX_CHARS
    look = _schema(spec, "/v2/photo_avatar/look/generate")
    for field, allowed in [("orientation", lit.ORIENTATIONS), ("pose", lit.POSES), ("style", lit.STYLES)]:
        assert tuple(look[field]["enum"]) == allowed, field
    assert look["prompt"]["maxLength"] == pa.LOOK_PROMPT_MAX_CHARS


def test_v3_prompt_limit_agrees_with_the_built_v3_spec() -> None:
    spec = json.loads((Path(__file__).parents[1] / "openapi" / "v3-avatars.json").read_text())
    prompt = spec["components"]["schemas"]["CreatePromptAvatarRequest"]["properties"]["prompt"]
    assert prompt["maxLength"] == av.PROMPT_MAX_CHARS


def test_look_prompt_limit() -> None:
    with pytest.raises(InputValidationError, match="prompt: is 1001 characters long"):
        pa.look_generation_body(
            group_id="g", prompt="p" * 1001, orientation="square", pose="close_up", style="Noir"
        )
