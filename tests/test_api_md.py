"""api.md is in step with the code: every public method and name is documented, nothing documented is gone.

What is public is read from the objects (`inspect`), never from their source: the members of `HeyGen` and of
its namespaces' classes (``client.photo_avatars``...), of `Job`, `Pager` and `RawResponse`, and the names of
``heygen_avatars.__all__``. api.md writes one bullet per member::

    - <code title="get /v3/voices">client.voices.<a href="./facade/...">list</a>(...) -> Pager[Voice]</code>

The bullet's link must point to the file defining the member and its signature must be the member's (or one
of its overloads'); the ``title`` holds the endpoints it calls, each one an operation of the specs. The
async classes are documented by their blocking twins, so they must have the same members and arguments, and
docstrings of their own (not "See X").
"""

from __future__ import annotations

import ast
import enum
import html
import inspect
import json
import re
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import heygen_avatars
import pytest
from heygen_avatars import AsyncHeyGen, AsyncJob, AsyncPager, HeyGen, Job, Pager, RawResponse
from heygen_avatars._core.base_client import Namespace
from heygen_avatars._core.lazy import public_names

ROOT = Path(__file__).resolve().parent.parent
API_MD = (ROOT / "api.md").read_text(encoding="utf-8")
PACKAGE = Path(heygen_avatars.__file__).parent
KEY = "unused"  # no request is sent; shorter than a secret, so the redaction filter does not learn it

BULLET = re.compile(
    r'^- <code(?: title="(?P<title>[^"]*)")?>(?P<receiver>[a-z_.]+)\.'
    r'<a href="\./(?P<href>[^"]+)">(?P<name>\w+)</a>(?P<signature>.*)</code>\\?$',
    re.M,
)
CONSTRUCTOR = re.compile(
    r'^- <code><a href="\./(?P<href>[^"]+)">(?P<name>[A-Z]\w+)</a>(?P<sig>\(.*)</code>\\?$', re.M
)
ROW = re.compile(
    r"^\| \[`(?P<name>\w+)`\]\(\./(?P<href>[^)]+)\) \| (?P<text>.*) \| (?P<fields>.*?) ?\|$", re.M
)


# --- what the code has -------------------------------------------------------------------------------


def _namespaces() -> dict[str, tuple[type, type]]:
    """``client.<name>`` -> (class on `HeyGen`, class on `AsyncHeyGen`), found on the clients themselves."""
    client, async_client = HeyGen(api_key=KEY), AsyncHeyGen(api_key=KEY)
    names = [name for name, value in inspect.getmembers_static(HeyGen) if isinstance(value, Namespace)]
    return {name: (type(getattr(client, name)), type(getattr(async_client, name))) for name in names}


NAMESPACES = _namespaces()
RECEIVERS: dict[str, type] = {
    "client": HeyGen,
    **{f"client.{name}": sync for name, (sync, _) in NAMESPACES.items()},
    "job": Job,
    "pager": Pager,
    "raw": RawResponse,
}
"""How api.md names the object a member is reached through, and that object's class."""
ASYNC_ONLY = "async_client"
"""The receiver of the members only `AsyncHeyGen` has (``aclose``)."""
TWINS: list[tuple[type, type]] = [
    (HeyGen, AsyncHeyGen),
    *NAMESPACES.values(),
    (Job, AsyncJob),
    (Pager, AsyncPager),
]


def public_members(cls: type) -> set[str]:
    """Every public method, property and attribute of ``cls`` (namespaces are sections, not members)."""
    return {
        name
        for name, value in inspect.getmembers_static(cls)
        if not name.startswith("_") and not isinstance(value, Namespace)
    }


def _annotation(value: Any, bound: dict[str, str] | None = None) -> str:
    """An annotation as the source writes it, with the type variables in ``bound`` replaced."""
    text = value if isinstance(value, str) else inspect.formatannotation(value)
    for name, argument in (bound or {}).items():
        text = re.sub(rf"\b{name}\b", argument, text)
    return text


def type_arguments(cls: type) -> dict[str, str]:
    """The type variables ``cls`` fixes through its bases: `PhotoAvatars(_Base[Job[Any]])` -> J: Job[Any]."""
    bound = {}
    for base in getattr(cls, "__orig_bases__", ()):
        origin = typing.get_origin(base)
        if origin is None or origin is typing.Generic:
            continue
        for parameter, argument in zip(origin.__parameters__, typing.get_args(base), strict=True):
            if not isinstance(argument, typing.TypeVar):
                text = inspect.formatannotation(argument)
                bound[parameter.__name__] = re.sub(r"\b(?:[a-z_]\w*\.)+(?=[A-Za-z_])", "", text)
    return bound


class _Source(str):
    """An annotation string that `inspect` prints as written (not quoted)."""

    def __repr__(self) -> str:
        return str(self)


def render(function: Callable[..., Any], *, returns: bool = True, bound: dict[str, str] | None = None) -> str:
    """``(a: int, *, b: str | None = None, **options: X) -> R`` without the first parameter (self/client)."""
    signature = inspect.signature(function)
    parameters = [
        p if p.annotation is p.empty else p.replace(annotation=_Source(_annotation(p.annotation, bound)))
        for p in list(signature.parameters.values())[1:]
    ]
    returned = signature.return_annotation
    if returned is not signature.empty:
        returned = _Source(_annotation(returned, bound)) if returns else signature.empty
    return str(signature.replace(parameters=parameters, return_annotation=returned))


def _owner(cls: type, name: str) -> type:
    return next(klass for klass in cls.__mro__ if name in vars(klass))


def signatures(cls: type, name: str) -> list[str]:
    """What api.md may write after the member's name: ``: Type`` for an attribute, else a signature
    (of the member or of one of its overloads)."""
    static = inspect.getattr_static(cls, name)
    if isinstance(static, property):
        assert static.fget is not None
        return [f": {_annotation(inspect.signature(static.fget).return_annotation)}"]
    value = getattr(cls, name)
    if not callable(value):  # a field (e.g. an attrs slot)
        return [f": {_annotation(_owner(cls, name).__annotations__[name])}"]
    bound = type_arguments(cls)
    return [render(function, bound=bound) for function in (*typing.get_overloads(value), value)]


def _relative(path: str | None) -> str:
    assert path is not None
    return Path(path).resolve().relative_to(ROOT).as_posix()


def defined_in(cls: type, name: str) -> str:
    """The file defining the member (a property's getter, a method; else the class owning the name)."""
    static = inspect.getattr_static(cls, name)
    if isinstance(static, property):
        return _relative(inspect.getsourcefile(typing.cast(Any, static.fget)))
    value = getattr(cls, name)
    if inspect.isfunction(value):
        return _relative(inspect.getsourcefile(inspect.unwrap(value)))
    return _relative(inspect.getsourcefile(_owner(cls, name)))


def _clean(code: str) -> str:
    """The text a reader sees in a bullet's <code>: no tags, no Markdown escapes."""
    return html.unescape(re.sub(r"<[^>]+>", "", code)).replace("\\*", "*")


# --- what api.md says --------------------------------------------------------------------------------


def bullets() -> Iterator[re.Match[str]]:
    yield from BULLET.finditer(API_MD)


def documented() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for bullet in bullets():
        found.setdefault(bullet["receiver"], set()).add(bullet["name"])
    return found


def _receiver_class(receiver: str) -> type:
    if receiver == ASYNC_ONLY:
        return AsyncHeyGen
    assert receiver in RECEIVERS, f"api.md: unknown receiver {receiver!r} (known: {sorted(RECEIVERS)})"
    return RECEIVERS[receiver]


def python_blocks() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", API_MD, re.S | re.M)


# --- tests -------------------------------------------------------------------------------------------


def test_every_public_member_is_documented() -> None:
    found = documented()
    missing = [
        f"{receiver}.{name}"
        for receiver, cls in RECEIVERS.items()
        for name in sorted(public_members(cls) - found.get(receiver, set()))
    ]
    async_only = public_members(AsyncHeyGen) - public_members(HeyGen)
    missing += [f"{ASYNC_ONLY}.{name}" for name in sorted(async_only - found.get(ASYNC_ONLY, set()))]
    assert not missing, f"public members missing from api.md: {', '.join(missing)}"


def test_nothing_documented_is_gone() -> None:
    async_only = public_members(AsyncHeyGen) - public_members(HeyGen)
    gone = [
        f"{receiver}.{name}"
        for receiver, names in documented().items()
        for name in sorted(names)
        if name not in (async_only if receiver == ASYNC_ONLY else public_members(_receiver_class(receiver)))
    ]
    assert not gone, f"api.md documents members that do not exist: {', '.join(gone)}"


def test_links_point_to_the_definition() -> None:
    wrong = []
    for bullet in bullets():
        cls, name = _receiver_class(bullet["receiver"]), bullet["name"]
        if name in public_members(cls) and bullet["href"] != (where := defined_in(cls, name)):
            wrong.append(f"{bullet['receiver']}.{name} links {bullet['href']}, defined in {where}")
    for constructor in CONSTRUCTOR.finditer(API_MD):
        cls = getattr(heygen_avatars, constructor["name"])
        if constructor["href"] != (where := _relative(inspect.getsourcefile(cls))):
            wrong.append(f"{constructor['name']} links {constructor['href']}, defined in {where}")
    assert not wrong, "\n".join(wrong)


def test_signatures_are_the_code_s() -> None:
    wrong = []
    for bullet in bullets():
        cls, name = _receiver_class(bullet["receiver"]), bullet["name"]
        if name not in public_members(cls):
            continue  # reported by test_nothing_documented_is_gone
        written, actual = _clean(bullet["signature"]), signatures(cls, name)
        if written not in actual:
            wrong.append(f"{bullet['receiver']}.{name}{written}\n  the code: {' | '.join(actual)}")
    assert not wrong, "api.md signatures differ from the code:\n" + "\n".join(wrong)


def test_constructors_are_documented() -> None:
    written = {m["name"]: _clean(m["sig"]) for m in CONSTRUCTOR.finditer(API_MD)}
    for cls in (HeyGen, AsyncHeyGen):
        assert written.get(cls.__name__) == render(cls.__init__, returns=False), cls.__name__


def test_every_public_name_is_imported_in_a_types_block() -> None:
    imported: set[str] = set()
    for block in python_blocks():
        for node in ast.walk(ast.parse(block)):
            if isinstance(node, ast.ImportFrom) and node.module == "heygen_avatars":
                imported.update(alias.name for alias in node.names)
    public = set(heygen_avatars.__all__)
    assert not public - imported, f"public names missing from api.md: {sorted(public - imported)}"
    assert not imported - public, f"api.md imports names that are not public: {sorted(imported - public)}"


def _fields(obj: object) -> set[str] | None:
    """The names a row lists for a public name: model fields and properties, enum members, option keys."""
    if inspect.isclass(obj) and attrs.has(obj):
        fields = {field.name for field in attrs.fields(obj) if not field.name.startswith("_")}
        properties = {
            name
            for klass in obj.__mro__
            for name, value in vars(klass).items()
            if isinstance(value, property) and not name.startswith("_")
        }
        return fields | properties
    if inspect.isclass(obj) and issubclass(obj, enum.Enum):
        return set(obj.__members__)
    if typing.is_typeddict(obj):
        return set(obj.__required_keys__ | obj.__optional_keys__)
    return None


def test_every_public_name_has_one_row() -> None:
    rows = [row["name"] for row in ROW.finditer(API_MD)]
    duplicated = sorted({name for name in rows if rows.count(name) > 1})
    assert not duplicated, f"names with more than one row in api.md: {duplicated}"
    public = set(heygen_avatars.__all__)
    assert not public - set(rows), f"public names without a row in api.md: {sorted(public - set(rows))}"
    assert not set(rows) - public, f"api.md rows of names that are not public: {sorted(set(rows) - public)}"


def test_rows_link_the_module_and_list_the_fields() -> None:
    declared = public_names("heygen_avatars", (PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    wrong = []
    for row in ROW.finditer(API_MD):
        name = row["name"]
        if name not in declared:
            continue  # reported by test_every_public_name_has_one_row
        obj = getattr(heygen_avatars, name)
        module = declared[name].removeprefix("heygen_avatars.").split(".")
        package = PACKAGE.joinpath(*module)
        targets = {
            _relative(str(package / "__init__.py" if package.is_dir() else package.with_suffix(".py")))
        }
        if inspect.isclass(obj) or inspect.isfunction(obj):
            targets.add(_relative(inspect.getsourcefile(obj)))
        if row["href"] not in targets:
            wrong.append(f"{name} links {row['href']}, expected one of {sorted(targets)}")
        fields = _fields(obj)
        if fields is not None:
            listed = set(re.findall(r"`(\w+)`", row["fields"]))
            if listed != fields:
                wrong.append(f"{name} lists {sorted(listed)}, has {sorted(fields)}")
    assert not wrong, "\n".join(wrong)


def _operations() -> set[str]:
    operations = set()
    for spec in ("v2-photo-avatar.json", "v3-avatars.json"):
        paths = json.loads((ROOT / "openapi" / spec).read_text(encoding="utf-8"))["paths"]
        operations |= {f"{method} {path}" for path, item in paths.items() for method in item}
    return operations


def test_endpoints_are_operations_of_the_specs() -> None:
    operations = _operations()
    titled = [bullet for bullet in bullets() if bullet["title"]]
    assert len(titled) > 30, "api.md: the bullets of methods that send requests name their endpoints"
    unknown = [
        f"{bullet['receiver']}.{bullet['name']}: {endpoint!r}"
        for bullet in titled
        for endpoint in bullet["title"].split(", ")
        if endpoint not in operations
    ]
    assert not unknown, f"endpoints in api.md that the specs do not have: {unknown}"


def test_raw_response_exceptions_are_the_methods_without_a_raw_form() -> None:
    """Each namespace's ``with_raw_response`` bullet says which methods have no raw form ("except ...")."""
    client = HeyGen(api_key=KEY)
    for name, (cls, _) in NAMESPACES.items():
        if "with_raw_response" not in public_members(cls):
            continue
        methods = {m for m in public_members(cls) if inspect.isfunction(getattr(cls, m))}
        wrapped = set(vars(getattr(client, name).with_raw_response))
        assert wrapped <= methods, f"client.{name}.with_raw_response: {sorted(wrapped - methods)}"
        line = re.search(
            rf'^- <code>client\.{name}\.<a href="[^"]+">with_raw_response</a>.*\n  (?P<text>.*)$',
            API_MD,
            re.M,
        )
        assert line, f"api.md: no with_raw_response bullet (and text line) for client.{name}"
        said = line["text"].split("except ", 1)[1] if "except " in line["text"] else ""
        assert set(re.findall(r"`(\w+)`", said.split(".")[0])) == methods - wrapped, (
            f"client.{name}.with_raw_response has no {sorted(methods - wrapped)}; api.md says: {line['text']}"
        )


def _same_face(annotation: object) -> str:
    """An annotation with its async names as their blocking twins' (AsyncJob -> Job, httpx.AsyncClient...)."""
    return re.sub(r"\bAsync(?=[A-Z])", "", _annotation(annotation))


def _parameters(function: Callable[..., Any]) -> list[tuple[str, object, str, str]]:
    return [
        (p.name, p.kind, repr(p.default), _same_face(p.annotation))
        for p in inspect.signature(function).parameters.values()
    ]


@pytest.mark.parametrize(("sync", "async_"), TWINS, ids=[a.__name__ for _, a in TWINS])
def test_the_async_twin_has_the_same_members_and_arguments(sync: type, async_: type) -> None:
    extra = {"aclose"} if async_ is AsyncHeyGen else set()  # AsyncHeyGen's own, documented on its own
    assert public_members(async_) - extra == public_members(sync), (
        f"{async_.__name__} and {sync.__name__} differ: "
        f"only async {sorted(public_members(async_) - extra - public_members(sync))}, "
        f"only blocking {sorted(public_members(sync) - public_members(async_))}"
    )
    for name in sorted(public_members(sync)):
        one, other = inspect.getattr_static(sync, name), inspect.getattr_static(async_, name)
        assert type(one) is type(other), f"{name}: {type(one).__name__} vs {type(other).__name__}"
        if inspect.isfunction(getattr(sync, name)):
            assert _parameters(getattr(sync, name)) == _parameters(getattr(async_, name)), name


ASYNC_CLASSES = [async_ for _, async_ in TWINS]


@pytest.mark.parametrize("cls", ASYNC_CLASSES, ids=[cls.__name__ for cls in ASYNC_CLASSES])
def test_async_docstrings_say_what_the_method_does(cls: type) -> None:
    pointers = []
    for name in sorted(public_members(cls)):
        static = inspect.getattr_static(cls, name)
        target = static if isinstance(static, property) else getattr(cls, name)
        doc = inspect.getdoc(target) or ""
        if not doc or doc.startswith(("See ", "Same as")):
            pointers.append(f"{cls.__name__}.{name}: {doc!r}")
    assert not pointers, "docstrings that only point elsewhere:\n" + "\n".join(pointers)


def test_readme_links_api_md() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Full reference: [api.md](api.md)" in "\n".join(readme.splitlines()[:12])
