"""The catalogue: one pack's name indexes and its cards, over the real database."""

from __future__ import annotations

import pytest

from bot.catalogue import Catalogue
from bot.db.catalogue import CatalogueRepository
from bot.domain.catalogue.index import NameEntry


async def test_indexes_and_cards_of_the_served_pack(repo: CatalogueRepository) -> None:
    catalogue = await Catalogue.open(repo, "im-here")
    assert catalogue.index("track") is catalogue.tracks and len(catalogue.tracks) == 9
    assert catalogue.index("artist") is catalogue.artists
    entry = catalogue.tracks.resolve("you").entry
    assert (await catalogue.track(entry)).title == "Y.O.U."
    assert len(await catalogue.track_list()) == 9
    assert (await catalogue.album()).track_count == 9


async def test_a_pack_that_is_not_loaded_is_refused(repo: CatalogueRepository) -> None:
    with pytest.raises(LookupError, match="'her' is not loaded"):
        await Catalogue.open(repo, "her")


async def test_an_indexed_name_missing_from_the_database_is_an_error(repo: CatalogueRepository) -> None:
    catalogue = await Catalogue.open(repo, "im-here")
    with pytest.raises(LookupError, match="indexed but not in the database"):
        await catalogue.artist(NameEntry("nobody", ("Nobody",), 99))
