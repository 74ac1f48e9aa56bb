"""Every kind of attention item and every action that settles one has its Dutch and French words: the
console and the digest never fall back to a code (`after_decision`) for the coordinator."""

from __future__ import annotations

import pytest

from notifications.attention_words import _SUMMARIES, ACTION_DOES, KIND_LABELS
from storage.attention import ACTIONS


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_every_kind_and_action_has_words(language):
    assert sorted(set(ACTIONS) - set(KIND_LABELS[language])) == []
    assert sorted(set(ACTIONS) - set(_SUMMARIES[language]) - {"inquiry"}) == []
    missing = [(kind, action) for kind, actions in ACTIONS.items() for action in actions
               if (kind, action) not in ACTION_DOES[language]]
    assert missing == []
