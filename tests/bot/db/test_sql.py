"""One SQL text for both backends: what changes for PostgreSQL, and what stays."""

from __future__ import annotations

from bot.db.sql import translate


def test_sqlite_keeps_the_text_but_the_list_parts() -> None:
    sql = "SELECT * FROM qotd_day WHERE guild_id IN ({ints}) AND status = ?{for_share}"
    assert translate(sql, "sqlite") == (
        "SELECT * FROM qotd_day WHERE guild_id IN (SELECT value FROM json_each(?)) AND status = ?"
    )


def test_postgresql_numbers_the_parameters_in_order() -> None:
    sql = "SELECT d.* FROM ({pairs}) j JOIN qotd_day d ON d.guild_id = j.g WHERE d.status = ?{for_share}"
    assert translate(sql, "postgres") == (
        "SELECT d.* FROM (SELECT (value->>0)::bigint AS g, value->>1 AS d FROM json_array_elements($1::json)) j "
        "JOIN qotd_day d ON d.guild_id = j.g WHERE d.status = $2 FOR SHARE"
    )
    assert translate("UPDATE t SET a = ?, b = ? WHERE c IN ({texts})", "postgres") == (
        "UPDATE t SET a = $1, b = $2 WHERE c IN (SELECT value FROM json_array_elements_text($3::json))"
    )
