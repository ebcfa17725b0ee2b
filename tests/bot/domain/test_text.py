from bot.domain.text import number, plural


def test_counts_take_the_singular_only_for_one() -> None:
    assert plural(1, "track") == "1 track"
    assert plural(0, "track") == "0 tracks"
    assert plural(9, "track") == "9 tracks"
    assert plural(2, "match", "matches") == "2 matches"


def test_numbers_have_thousands_separators() -> None:
    assert number(25847) == "25,847"
    assert plural(1200, "game") == "1,200 games"
