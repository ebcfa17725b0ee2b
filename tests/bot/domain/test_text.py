from bot.domain.text import normalise, number, plural, shorten


def test_counts_take_the_singular_only_for_one() -> None:
    assert plural(1, "track") == "1 track"
    assert plural(0, "track") == "0 tracks"
    assert plural(9, "track") == "9 tracks"
    assert plural(2, "match", "matches") == "2 matches"


def test_numbers_have_thousands_separators() -> None:
    assert number(25847) == "25,847"
    assert plural(1200, "game") == "1,200 games"


def test_normalise_folds_case_accents_punctuation_and_ampersand() -> None:
    assert normalise("Rock & Roll") == normalise("rock and roll") == "rock and roll"
    assert normalise("São Paulo") == "sao paulo"
    assert normalise("Y.O.U.") == "you"
    assert normalise("I’m Here") == normalise("I'm here") == "im here"
    assert normalise("A/B  Machines") == "a b machines"


def test_shorten_cuts_at_the_limit_and_marks_the_cut() -> None:
    assert shorten("There Are Many of Us", 20) == "There Are Many of Us"
    assert (
        shorten("There Are Many of Us", 12) == "There Are M…"
        and len(shorten("There Are Many of Us", 12)) <= 12
    )
    assert shorten("There Are Many of Us", 11) == "There Are…"  # no space left before the mark
