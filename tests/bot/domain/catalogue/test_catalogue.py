"""The catalogue: one pack's name indexes, built from what the real database holds."""

from __future__ import annotations

import pytest

from bot.db.catalogue import CatalogueRepository
from bot.domain.catalogue import Catalogue


async def test_indexes_and_cards_of_the_served_pack(repo: CatalogueRepository) -> None:
    catalogue = await Catalogue.open(repo, "im-here")
    assert catalogue.index("track") is catalogue.tracks and len(catalogue.tracks) == 9
    assert catalogue.index("artist") is catalogue.artists
    entry = catalogue.tracks.resolve("you").entry
    assert entry is not None and entry.key == "7" and entry.label.startswith("7. Y.O.U.")


async def test_a_pack_that_is_not_loaded_is_refused(repo: CatalogueRepository) -> None:
    with pytest.raises(LookupError, match="'her' is not loaded"):
        await Catalogue.open(repo, "her")
