"""The slash commands the bot registers are valid by Discord's rules and its OpenAPI description."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from tests.conftest import SHARED, Server, shared

SPEC = SHARED / "discord-api-spec" / "openapi.json"
NAME = re.compile(r"^[-_\w]{1,32}$")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return json.loads(shared(SPEC).read_text(encoding="utf-8"))


def bulk_overwrite_validator(spec: dict[str, Any]) -> jsonschema.Draft202012Validator:
    """Validates against the request body schema in place, so that its $refs resolve in the document."""
    registry = Registry().with_resource("urn:discord", DRAFT202012.create_resource(spec))
    pointer = (
        "/paths/~1applications~1{application_id}~1commands/put/requestBody/content/application~1json/schema"
    )
    return jsonschema.Draft202012Validator({"$ref": f"urn:discord#{pointer}"}, registry=registry)


async def bulk_overwrite_body(server: Server) -> list[dict[str, Any]]:
    """What ``tree.sync()`` sends: every command with its descriptions in each locale the bot speaks."""
    tree = server.env.bot.tree
    assert tree.translator is not None
    return [await command.get_translated_payload(tree, tree.translator) for command in tree.get_commands()]


def counted_characters(node: dict[str, Any]) -> int:
    """What Discord counts against a command's 4,000 characters: its names, descriptions and values,
    its options' and choices' (recursively), each field as its longest localisation."""
    total = 0
    for field in ("name", "description"):
        if field in node:
            localised = (node.get(f"{field}_localizations") or {}).values()
            total += max([len(node[field]), *(len(x) for x in localised)])
    if "value" in node:
        total += len(str(node["value"]))
    for child in (*node.get("options", []), *node.get("choices", [])):
        total += counted_characters(child)
    return total


def option_lists(command: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
    """The command's own option list and every subcommand's, recursively."""
    own = command.get("options", [])
    yield own
    for option in own:
        yield from option_lists(option)


async def test_names_descriptions_options_and_choices_within_discord_limits(server: Server) -> None:
    body = await bulk_overwrite_body(server)
    assert len(body) <= 100
    for command in body:
        assert NAME.match(command["name"]) and command["name"] == command["name"].lower()
        assert 1 <= len(command["description"]) <= 100
        for localised in (command.get("description_localizations") or {}).values():
            assert 1 <= len(localised) <= 100, (command["name"], localised)
        assert len(command.get("options", [])) <= 25
        for listed in option_lists(command):
            assert len(listed) <= 25
            required = [bool(o.get("required")) for o in listed]
            assert required == sorted(required, reverse=True), (
                f"{command['name']}: required options come first"
            )
            for option in listed:
                assert NAME.match(option["name"]) and option["name"] == option["name"].lower(), option
                assert 1 <= len(option["description"]) <= 100, option
                for localised in (option.get("description_localizations") or {}).values():
                    assert 1 <= len(localised) <= 100, (option["name"], localised)
                assert len(option.get("choices", [])) <= 25
                for choice in option.get("choices", []):
                    assert 1 <= len(choice["name"]) <= 100 and len(str(choice["value"])) <= 100
        assert counted_characters(command) <= 4000, command["name"]


async def test_the_command_set_matches_discords_openapi_for_bulk_overwrite(
    server: Server, spec: dict[str, Any]
) -> None:
    schema = spec["paths"]["/applications/{application_id}/commands"]["put"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    validator = bulk_overwrite_validator(spec)
    body = await bulk_overwrite_body(server)
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])
    assert schema["items"]["$ref"].endswith("ApplicationCommandUpdateRequest")


def test_the_openapi_check_rejects_what_discord_would(spec: dict[str, Any]) -> None:
    """The schema check above is not vacuous: a body Discord refuses fails it."""
    validator = bulk_overwrite_validator(spec)
    too_long = [{"name": "x", "description": "d" * 101}]
    bad_option = [
        {
            "name": "x",
            "description": "d",
            "options": [{"type": 3, "name": "a", "description": "b", "max_length": 9000}],
        }
    ]
    assert list(validator.iter_errors(too_long))
    assert list(validator.iter_errors(bad_option))
