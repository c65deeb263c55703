"""Session 9: news the extractor had never seen (five new devset reports: a release, a government
communiqué, a UN statement, an analyst thread, a radio piece). Invented EN/FR sentences, read with the
Sahel pack: affiliation told by a possessive, mergers told by the verb, leaders by an active verb,
allegiance to a group's emir, habits, the goal of an appeal, dates across an auxiliary."""
from __future__ import annotations

import pytest


@pytest.fixture
def read(sahel_roles):
    """(statements, {event id: class}, {(subject, predicate, object)}) of a snippet."""
    def _run(text, lang="en", published="2022-05-03"):
        sts, cls, _ = sahel_roles(text, lang, published)
        rels = {(s.subject, s.predicate, s.object) for s in sts
                if s.object and not s.subject.startswith(("event:", "source:")) and s.predicate.isupper()}
        return sts, cls, rels
    return _run


def _dates(sts, cls, want):
    return sorted({s.value for s in sts if s.subject in cls and cls[s.subject] == want and s.predicate == "date"})


@pytest.mark.parametrize("text", [
    "The Group to Support Islam and Muslims (JNIM), al-Qaeda's branch in the Sahel, claimed the raid on Monday.",
    "JNIM, al-Qaeda's Sahelian affiliate, said on Monday that it had attacked the post.",
    "Two soldiers were killed near Boni, where al-Qaeda's Sahel affiliate JNIM is active.",
])
def test_possessive_affiliation_is_part_of(read, text):
    # the possessor is the whole; the group set beside the phrase is its part
    _, _, rels = read(text)
    assert ("actor:jnim", "PART_OF", "actor:al-qaeda") in rels
    assert ("actor:al-qaeda", "PART_OF", "actor:jnim") not in rels


def test_alliance_with_is_no_part_of(read):
    # "X's alliance with Y" is an alliance between the two, not X's part
    _, _, rels = read("Ansarul Islam's alliance with JNIM worried the army in 2019.")
    assert not any(p == "PART_OF" for _, p, _ in rels)


@pytest.mark.parametrize("text,lang", [
    ("Reminder: JNIM was announced in March 2017, when Ansar Dine, Katiba Macina and al-Mourabitoun merged.", "en"),
    ("In March 2017 Ansar Dine, Katiba Macina and al-Mourabitoun merged into JNIM.", "en"),
    ("En mars 2017, Ansar Dine, la katiba Macina et Al-Mourabitoun ont fusionné pour former le GSIM.", "fr"),
])
def test_merger_told_by_the_verb(read, text, lang):
    _, _, rels = read(text, lang)
    for part in ("actor:ansar-dine", "actor:katiba-macina", "actor:al-mourabitoun"):
        assert (part, "PART_OF", "actor:jnim") in rels


@pytest.mark.parametrize("text,lang", [
    ("JNIM was formed in 2017. Iyad Ag Ghaly leads it.", "en"),
    ("Iyad Ag Ghaly, who still heads JNIM, did not comment.", "en"),
    ("Amadou Koufa, qui dirige la katiba Macina, n'a pas réagi.", "fr"),
])
def test_active_verb_of_leading(read, text, lang):
    _, _, rels = read(text, lang)
    assert any(p == "LEADER_OF" and s in ("actor:iyad-ag-ghaly", "actor:amadou-koufa") for s, p, _ in rels)


def test_singular_it_is_not_one_of_a_list(read):
    # "it" after "A, B and C merged" is the coalition the sentence was about, not the last member named
    _, _, rels = read("JNIM was announced in March 2017, when Ansar Dine, Katiba Macina and al-Mourabitoun merged. "
                      "It pledged allegiance to al-Qaeda.")
    assert ("actor:jnim", "PLEDGED_ALLEGIANCE_TO", "actor:al-qaeda") in rels
    assert ("actor:al-mourabitoun", "PLEDGED_ALLEGIANCE_TO", "actor:al-qaeda") not in rels


def test_allegiance_to_a_groups_emir_and_a_second_one(read):
    _, _, rels = read("JNIM pledged allegiance to AQIM's emir Abdelmalek Droukdel and to al-Qaeda in 2017.")
    assert ("actor:jnim", "PLEDGED_ALLEGIANCE_TO", "actor:abdelmalek-droukdel") in rels
    assert ("actor:jnim", "PLEDGED_ALLEGIANCE_TO", "actor:al-qaeda") in rels
    assert ("actor:jnim", "PLEDGED_ALLEGIANCE_TO", "actor:aqim") not in rels


def test_led_by_his_kin_names_the_leader(read):
    _, _, rels = read("Ansarul Islam, a group founded by Ibrahim Malam Dicko and now led by his brother Jafar Dicko, "
                      "is active in Soum.")
    assert ("actor:jafar-dicko", "LEADER_OF", "actor:ansarul-islam") in rels


@pytest.mark.parametrize("text,lang", [
    ("In Soum, Ansarul Islam keeps attacking army posts.", "en"),
    ("Dans le Soum, les jihadistes ne cessent d'attaquer les postes de l'armée.", "fr"),
    ("Dans le Soum, les jihadistes continuent d'attaquer les postes de l'armée.", "fr"),
])
def test_aspect_of_habit_tells_no_event(read, text, lang):
    _, cls, _ = read(text, lang)
    assert "Attack" not in cls.values()


def test_habit_aspect_leaves_a_told_attack(read):
    _, cls, _ = read("Jihadists attacked an army post in Soum on Sunday.")
    assert "Attack" in cls.values()


@pytest.mark.parametrize("text,lang", [
    ("Olivier Dubois had been held by JNIM ever since, and appeared in a video in May 2021 asking his family to work "
     "for his release.", "en"),
    ("Dans une vidéo diffusée en mai 2021, Olivier Dubois appelait les autorités à œuvrer à sa libération.", "fr"),
])
def test_release_as_the_goal_of_an_appeal_is_no_release(read, text, lang):
    _, cls, _ = read(text, lang)
    assert "Release" not in cls.values()


def test_foreign_hostages_by_trade_can_be_released(read):
    # nobody is named, but journalists and aid workers are people a release frees
    sts, cls, _ = read("A French journalist and an American aid worker were released on Monday and flown to Niamey, "
                       "officials said.", published="2023-03-20")
    assert "Release" in cls.values()
    assert _dates(sts, cls, "Release") == ["2023-03-20"]


def test_date_before_an_auxiliary_closes_the_subject(read):
    # "abducted in Niger in 2016 was released on Monday": 2016 is the abduction's, Monday the release's
    sts, cls, _ = read("An American missionary abducted in Niger in 2016 was released on Monday, officials said.",
                       published="2023-03-20")
    assert _dates(sts, cls, "Release") == ["2023-03-20"]
    assert _dates(sts, cls, "Kidnapping") == ["2016"]
