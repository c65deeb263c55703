"""The stages a sentence's pre-scan lets through still act on every sentence that needs them.

``RuleExtractor._sentence`` calls some stages only when the sentence holds what their rules need
(a killing verb, a person or civilian group, an armed actor): each case below needs the stage, in
the wording a narrower pre-scan would miss (French verbs, a participle, a follow-up sentence)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,lang", [
    ("On 7 June 2020, gunmen opened fire on a truck near Bandiagara, killing two traders.", "en"),
    ("Le 7 juin 2020, des hommes armés ont attaqué un camion près de Bandiagara et ont abattu deux commerçants.", "fr"),
])
def test_civilians_killed_in_an_attack_make_it_violence_against_civilians(where, text, lang):
    events, _, _ = where(text, lang)
    assert [c for c, _ in events] == ["ViolenceAgainstCivilians"]


def test_fighters_shot_in_an_operation_told_in_french_hold_a_clash(roles):
    out = roles("Le 7 juin 2020, l'armée malienne a mené une opération près de Bourem et a abattu cinq "
                "jihadistes du JNIM.", "fr")
    assert set(out) == {"Clash", "MilitaryOperation"}
    assert ("PARTICIPANT", "actor:fama") in out["Clash"]


def test_a_person_killed_in_a_sentence_naming_no_armed_actor_is_a_victim(roles):
    out = roles("On 7 June 2020, JNIM militants ambushed a convoy near Boni. Abdoulaye Diallo, a trader "
                "travelling with it, was killed.")
    assert ("VICTIM", "actor:abdoulaye-diallo") in out["Attack"]


def test_a_force_that_intervenes_in_the_next_sentence_takes_part(roles):
    out = roles("On 7 June 2020, gunmen attacked the village of Kiri near Bankass. MINUSMA peacekeepers intervened.")
    assert ("PARTICIPANT", "actor:minusma") in out["ViolenceAgainstCivilians"]
