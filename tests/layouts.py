"""Reading and checking Components V2 messages in tests: their text, their buttons, and Discord's limits
(40 components, 4,000 characters of text, nothing beside the layout) and its OpenAPI description of
the request that sends them."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Protocol

import jsonschema
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from bot.domain.pack import Pack
from tests.conftest import SHARED, shared

V2 = 1 << 15
EPHEMERAL = 1 << 6
TEXT_DISPLAY, BUTTON, SELECT = 10, 2, 3
SPEC = SHARED / "discord-api-spec" / "openapi.json"


class Sent(Protocol):
    """A message as SimCord holds it (a response, a follow-up, a channel message)."""

    @property
    def components(self) -> Sequence[Mapping[str, Any]]: ...


def walk(components: Sequence[Mapping[str, Any]]) -> Iterator[Mapping[str, Any]]:
    """Every component, depth first, containers and rows included."""
    for component in components:
        yield component
        yield from walk(component.get("components", ()))
        if "accessory" in component:
            yield component["accessory"]


def texts(message: Sent) -> list[str]:
    return [c["content"] for c in walk(message.components) if c["type"] == TEXT_DISPLAY]


def text(message: Sent) -> str:
    """All the text a reader sees on the message, in order."""
    return "\n".join(texts(message))


def buttons(message: Sent) -> dict[str, str]:
    """Each button's label and its custom_id."""
    return {
        c.get("label", ""): c.get("custom_id", "") for c in walk(message.components) if c["type"] == BUTTON
    }


def selects(message: Sent) -> list[Mapping[str, Any]]:
    return [c for c in walk(message.components) if c["type"] == SELECT]


@functools.cache
def _validator() -> jsonschema.Draft202012Validator:
    spec = json.loads(shared(SPEC).read_text(encoding="utf-8"))
    registry = Registry().with_resource("urn:discord", DRAFT202012.create_resource(spec))
    ref = "urn:discord#/components/schemas/CreateMessageInteractionCallbackRequest"
    return jsonschema.Draft202012Validator({"$ref": ref}, registry=registry)


def request_errors(components: Sequence[Mapping[str, Any]], flags: int = V2) -> list[str]:
    """What Discord's OpenAPI description finds wrong in a reply that sends these components."""
    body = {
        "type": 4,
        "data": {"components": list(components), "flags": flags, "allowed_mentions": {"parse": []}},
    }
    return [f"{list(e.path)}: {e.message}" for e in _validator().iter_errors(body)]


def assert_valid_layout(message: Sent) -> None:
    """A Components V2 message within Discord's limits and valid by its OpenAPI description."""
    components = message.components
    flags = int(getattr(getattr(message, "flags", None), "value", V2) or V2)
    assert flags & V2, "not sent as a Components V2 message"
    assert not getattr(message, "content", None) and not getattr(message, "embeds", None)
    everything = list(walk(components))
    assert len(everything) <= 40, len(everything)
    assert sum(len(t) for t in texts(message)) <= 4000
    for c in everything:
        if c["type"] == BUTTON:
            assert len(c.get("label", "")) <= 80 and len(c.get("custom_id", "")) <= 100, c
        if c["type"] == SELECT:
            assert 1 <= len(c["options"]) <= 25 and len(c["custom_id"]) <= 100, c
            assert all(len(o["label"]) <= 100 for o in c["options"])
    errors = request_errors(components, flags)
    assert not errors, errors[:5]


def bare_keys(pack: Pack, shown: str) -> set[str]:
    """The pack's source keys ("TMT", "WP-FILM") that appear as words in ``shown`` outside the
    publications' names (BUST is a key and a publication; MUSE is a key and part of "MUSE by Clio"):
    a reader never sees a key."""
    for source in pack.sources:
        shown = shown.replace(source.publication, "")
    keys = {s.key for s in pack.sources}
    return {k for k in keys if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", shown)}
