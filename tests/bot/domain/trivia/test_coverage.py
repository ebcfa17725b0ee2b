"""Issue 24: every undisputed fact the pack states is asked, and a disputed one only as what one source
says. The bank's size is held too: enough facts that a server playing daily does not run out in a week."""

from __future__ import annotations

from bot.domain.pack import Pack
from bot.domain.trivia.bank import QuestionBank
from bot.domain.trivia.generators.common import publication

ASKED_UNDER_ANOTHER_NAME = {
    "album:sponsor": "hand:funded-by",
    "artist:the-lost-trees:nature": "hand:lost-trees-made-up",
    "artist:spike-jonze:film": "album:director",  # he wrote and directed it: one fact, told twice
}
"""Facts the first hand-written questions ask under their own id ("hand:<key>")."""


def askable(pack: Pack) -> list[str]:
    """The pack's undisputed facts with a value a source states (not one only inferred)."""
    facts = [
        f"album:{f.key}" for f in pack.facts if not f.disputed and any(not v.inference for v in f.values)
    ]
    for a in pack.artists:
        if a.origin and not a.origin.inference:
            facts.append(f"artist:{a.key}:origin")
        facts += [
            f"artist:{a.key}:{f.key}"
            for f in a.facts
            if not f.disputed and any(not v.inference for v in f.values)
        ]
        if not a.members_disputed:
            facts += [f"artist:{a.key}:member:{i}" for i in range(len(a.members))]
    for t in pack.tracks:
        facts.append(f"track:{t.position}:position")
        if not t.credits_disputed:
            facts.append(f"track:{t.position}:credit")
        if t.original:
            parts = ("album", "year", *(("label",) if t.original.label else ()))
            facts += [f"track:{t.position}:original-{part}" for part in parts]
    return facts


def test_every_undisputed_fact_is_asked(real_bank: QuestionBank, real_pack: Pack) -> None:
    asked = {f for q in real_bank.questions.values() for f in q.about}

    def is_asked(fact: str) -> bool:
        fact = ASKED_UNDER_ANOTHER_NAME.get(fact, fact)
        return any(f == fact or f.startswith(f"{fact}:") for f in asked)

    facts = askable(real_pack)
    assert len(facts) > 60
    assert [f for f in facts if not is_asked(f)] == []


def test_a_disputed_fact_is_asked_only_as_what_one_source_says(
    real_bank: QuestionBank, real_pack: Pack
) -> None:
    disputed = {f"album:{f.key}": f for f in real_pack.facts if f.disputed}
    disputed |= {f"artist:{a.key}:{f.key}": f for a in real_pack.artists for f in a.facts if f.disputed}
    keys = {s.key.lower(): s.key for s in real_pack.sources}
    per_source = 0
    for q in real_bank.questions.values():
        for fact in q.about:
            assert fact not in disputed, q.id
            owner = next((d for d in disputed if fact.startswith(f"{d}:")), None)
            if owner is None:
                continue
            source = keys[fact.removeprefix(f"{owner}:")]
            # The question names the one source it asks about, and that source gives the right answer.
            assert publication(real_pack, source).split(" (")[0] in q.prompt, q.id
            assert source in {s for v in disputed[owner].values for s in v.sources} and source in q.sources
            per_source += 1
    assert per_source >= 5


def test_the_bank_lasts(real_bank: QuestionBank) -> None:
    assert len(real_bank) >= 300
    assert len(real_bank.facts(real_bank.matching())) >= 150
