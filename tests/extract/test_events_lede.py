"""Events a report opens with, and plural event nouns pinned down by a place or by their two
sides. Synthetic sentences, EN and FR."""
import pytest


@pytest.mark.parametrize("text, cls", [
    ("Two teachers were abducted by unidentified armed men.", "Kidnapping"),
    ("Gunmen shot dead two traders at the market.", "ViolenceAgainstCivilians"),
    ("Un enseignant et un cultivateur ont été enlevés par des hommes armés non identifiés.", "Kidnapping"),
])
def test_a_lede_without_day_place_or_known_actor_is_the_news_of_the_day(run, text, cls):
    out = run(text, published="2019-03-02", lang="fr" if text.startswith("Un ") else "en")
    evs = out.events()
    assert out.classes() == [cls]
    assert out.props(evs[0]).get("date") == "2019-03-02"


def test_without_a_publication_day_an_unanchored_lede_stays_out(run):
    out = run("Two teachers were abducted by unidentified armed men.")
    assert out.events() == []


def test_only_the_lede_is_the_news(run):
    text = ("The situation remains tense in the north. Schools stayed closed for the holiday. "
            "Markets reopened after the rains. A farmer was abducted by unknown gunmen.")
    out = run(text, published="2019-03-02")
    assert out.events() == []


@pytest.mark.parametrize("text", [
    "Clashes were reported between the Malian army and gunmen in Bourem.",
    "Clashes between JNIM and the Malian army in the village of Bourem, no casualties.",
    "Des affrontements ont opposé l'armée malienne à des hommes armés à Bourem.",
    "Clashes reported between the Malian army and unidentified gunmen aboard motorbikes.",
])
def test_plural_clashes_pinned_by_a_town_or_their_sides_are_one_event(run, text):
    out = run(text, published="2019-03-02", lang="fr" if text.startswith("Des ") else "en")
    assert out.classes() == ["Clash"]


@pytest.mark.parametrize("text", [
    "Attacks in the Gao region have become more frequent, analysts said.",
    "Les attaques se sont multipliées dans la région de Mopti.",
])
def test_plural_attacks_in_a_region_stay_generic(run, text):
    out = run(text, published="2019-03-02", lang="fr" if text.startswith("Les ") else "en")
    assert [c for c in out.classes() if c != "Statement"] == []
