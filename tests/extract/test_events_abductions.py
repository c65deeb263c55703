"""An abduction in which people die is first a killing: the killing leads, holds the death toll,
and the abduction stays beside it as a kidnapping. Synthetic sentences, EN and FR."""
import pytest


def _lead(out):
    """The first event emitted, with its death toll."""
    ev = next(e for e in dict.fromkeys(s.subject for s in out.all if s.subject.startswith("event:")))
    return out.props(ev)


@pytest.mark.parametrize("text", [
    "On 3 May 2020, JNIM militants abducted and executed two traders near Bourem.",
    "On 3 May 2020, JNIM militants abducted two traders near Bourem, mutilated them and killed them.",
    "On 3 May 2020, JNIM militants killed two traders and abducted a herder near Bourem.",
    "Le 3 mai 2020, des jihadistes du JNIM ont enlevé puis exécuté deux commerçants près de Bourem.",
])
def test_an_abduction_with_deaths_is_led_by_the_killing(run, text):
    out = run(text, published="2020-05-04", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes() == ["ViolenceAgainstCivilians", "Kidnapping"]
    assert _lead(out)["class"] == "ViolenceAgainstCivilians"


@pytest.mark.parametrize("text", [
    "On 3 May 2020, gunmen abducted three farmers near Bourem. Two of them were later found dead.",
    "On 3 May 2020, gunmen abducted a farmer near Bourem. His body was found two days later.",
    "Le 3 mai 2020, des hommes armés ont enlevé un cultivateur près de Bourem. Son corps a été retrouvé deux jours plus tard.",
])
def test_abductees_found_dead_make_the_abduction_a_killing(run, text):
    out = run(text, published="2020-05-04", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes() == ["ViolenceAgainstCivilians", "Kidnapping"]


@pytest.mark.parametrize("text", [
    "On 3 May 2020, JNIM militants killed five villagers and abducted two others near Bourem.",
    "On 3 May 2020, JNIM militants abducted and executed five villagers near Bourem.",
])
def test_the_toll_of_killed_and_abducted_goes_to_the_killing(run, text):
    out = run(text, published="2020-05-04")
    tolls = {out.props(e)["class"]: out.props(e).get("fatalities_min") for e in out.events()}
    assert tolls == {"ViolenceAgainstCivilians": "5", "Kidnapping": None}


def test_a_captive_soldier_put_to_death_is_an_attack(run):
    out = run("On 3 May 2020, JNIM militants abducted and executed a Malian army soldier near Bourem.",
              published="2020-05-04")
    assert out.classes() == ["Attack", "Kidnapping"]


@pytest.mark.parametrize("text", [
    "On 3 May 2020, JNIM militants abducted two traders and seized their truck near Bourem.",
    "On 3 May 2020, gunmen abducted a farmer near Bourem. He was released two days later.",
    "On 3 May 2020, gunmen abducted a farmer near Bourem. On 9 May 2020, gunmen killed two herders in Gao.",
])
def test_an_abduction_without_deaths_stays_a_kidnapping(run, text):
    out = run(text, published="2020-05-04")
    assert out.classes()[0] == "Kidnapping"
