"""Attributions in news reports: speakers are not targets, claims and denials attach to the event
they refer to, appositives describe rather than act, suspicion is a `possible` attribution,
an accusation of supporting a group does not blame that group for the event, a leader's denial
is his group's. Synthetic sentences (English and French) against the Sahel pack."""
from __future__ import annotations

import pytest

from conflictkg.loaders import report
from conflictkg.loaders.base import LoadContext


@pytest.fixture
def load(sahel, tmp_path):
    """Events of a snippet: {event id: {"class", "date", "slots": {(role, actor, confidence)}}}."""
    def _run(text, lang="en", published="2019-11-04"):
        p = tmp_path / "r.txt"
        p.write_text(text, encoding="utf-8")
        sts = list(report.load(p, LoadContext(sahel, {"lang": lang, "published": published})))
        out: dict = {}
        for s in sts:
            if not s.subject.startswith("event:"):
                continue
            e = out.setdefault(s.subject, {"class": None, "date": None, "slots": set(), "concerns": set()})
            if s.predicate == "class":
                e["class"] = s.value
            elif s.predicate == "date":
                e["date"] = s.value
            elif s.predicate == "CONCERNS":
                e["concerns"].add(s.object)
            elif s.object and s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT"):
                e["slots"].add((s.predicate, s.object, s.confidence))
        return out
    return _run


def of_class(out, cls):
    return [e for e in out.values() if e["class"] == cls]


def roles(out, actor):
    return {(r, c) for e in out.values() for (r, a, c) in e["slots"] if a == actor}


@pytest.mark.parametrize("text,lang", [
    ("Gunmen stormed an army post in Indelimane on Friday, killing 20 Malian soldiers, the government said.", "en"),
    ("Des hommes armés ont attaqué vendredi un poste de l'armée à Indelimane, tuant 20 soldats maliens, selon le gouvernement.", "fr"),
])
def test_speaker_is_not_a_target(load, text, lang):
    out = load(text, lang)
    assert ("TARGETED", None) not in roles(out, "actor:government-of-mali")
    assert ("TARGETED", None) in roles(out, "actor:fama")


@pytest.mark.parametrize("text,lang,claim_day", [
    ("Gunmen killed 20 Malian soldiers at an army post in Indelimane on Friday. "
     "The Islamic State claimed responsibility for the attack on Saturday through its news agency.", "en", "2019-11-02"),
    ("Gunmen killed 20 Malian soldiers at an army post in Indelimane on Friday. "
     "The Islamic State claimed the attack on Saturday.", "en", "2019-11-02"),
    ("Des hommes armés ont tué vendredi 20 soldats maliens dans un poste de l'armée à Indelimane. "
     "L'État islamique a revendiqué l'attaque samedi par le biais de son agence de propagande.", "fr", "2019-11-02"),
])
def test_claim_attaches_to_the_attack_told(load, text, lang, claim_day):
    out = load(text, lang)
    attacks = [e for e in out.values() if e["class"] in ("Attack", "ViolenceAgainstCivilians")]
    assert len(attacks) == 1, out
    assert attacks[0]["date"] == "2019-11-01"
    assert ("ATTRIBUTED_TO", "actor:islamic-state", "claimed") in attacks[0]["slots"]
    assert not any(r == "TARGETED" for (r, a, c) in attacks[0]["slots"] if a == "actor:islamic-state")
    stmts = of_class(out, "Statement")
    assert [s["date"] for s in stmts] == [claim_day]


@pytest.mark.parametrize("text,lang", [
    ("On 30 September gunmen attacked the army camp in Boulkessi. The attack was claimed by JNIM, "
     "al-Qaeda's branch in the Sahel.", "en"),
    ("Le 30 septembre, des hommes armés ont attaqué le camp de l'armée à Boulkessi. L'attaque a été revendiquée "
     "par le GSIM, la branche sahélienne d'Al-Qaïda.", "fr"),
])
def test_appositive_is_not_a_second_claimant(load, text, lang):
    out = load(text, lang, "2019-10-08")
    assert ("ATTRIBUTED_TO", "claimed") in roles(out, "actor:jnim")
    assert not any(r in ("ATTRIBUTED_TO", "PARTICIPANT") for r, c in roles(out, "actor:al-qaeda"))


@pytest.mark.parametrize("text,lang", [
    ("On Saturday gunmen killed 134 villagers in Ogossagou. Authorities suspect Dan Na Ambassagou militiamen.", "en"),
    ("Samedi, des hommes armés ont tué 134 villageois à Ogossagou. Les autorités soupçonnent des miliciens "
     "de Dan Na Ambassagou.", "fr"),
    ("On Saturday gunmen killed 134 villagers in Ogossagou. Members of Dan Na Ambassagou are suspected.", "en"),
    ("Samedi, des hommes armés ont tué 134 villageois à Ogossagou. Des membres de Dan Na Ambassagou sont soupçonnés.", "fr"),
])
def test_suspicion_is_a_possible_attribution(load, text, lang):
    out = load(text, lang, "2019-03-25")
    assert roles(out, "actor:dan-na-ambassagou") == {("ATTRIBUTED_TO", "possible")}


@pytest.mark.parametrize("text,lang", [
    ("On Saturday gunmen killed 134 villagers in Ogossagou. The village was targeted because residents were "
     "accused of supporting the Katiba Macina of Amadou Koufa.", "en"),
    ("Samedi, des hommes armés ont tué 134 villageois à Ogossagou. Le village avait été visé parce que des "
     "habitants étaient accusés de soutenir la katiba Macina d'Amadou Koufa.", "fr"),
])
def test_accused_of_supporting_a_group_does_not_blame_it(load, text, lang):
    out = load(text, lang, "2019-03-25")
    assert roles(out, "actor:katiba-macina") == set()
    assert roles(out, "actor:amadou-koufa") == set()


@pytest.mark.parametrize("text,lang", [
    ("On Saturday gunmen killed 134 villagers in Ogossagou. Authorities blamed Dan Na Ambassagou. "
     "The militia's leader, Youssouf Toloba, denied that his men were involved in the attack.", "en"),
    ("Samedi, des hommes armés ont tué 134 villageois à Ogossagou. Les autorités accusent Dan Na Ambassagou. "
     "Le chef de la milice, Youssouf Toloba, a démenti toute implication de ses hommes.", "fr"),
])
def test_a_leaders_denial_is_his_groups_beside_the_blame(load, text, lang):
    out = load(text, lang, "2019-03-25")
    assert roles(out, "actor:dan-na-ambassagou") == {("ATTRIBUTED_TO", "attributed"), ("ATTRIBUTED_TO", "denied")}


@pytest.mark.parametrize("text,lang", [
    ("The village of Dioura had been targeted before. On 17 March an attack on the army camp of Dioura "
     "killed 26 Malian soldiers.", "en"),
    ("Le village de Dioura avait déjà été visé. Le 17 mars, une attaque contre le camp militaire de Dioura avait "
     "fait 26 morts parmi les soldats maliens.", "fr"),
])
def test_soldiers_dead_is_not_violence_against_civilians(load, text, lang):
    out = load(text, lang, "2019-03-25")
    assert not of_class(out, "ViolenceAgainstCivilians"), out


@pytest.mark.parametrize("text,lang", [
    ("On Monday gunmen killed 58 villagers near Banibangou. Authorities suspected the Islamic State in the Greater "
     "Sahara, but the group did not claim the killings.", "en"),
    ("Lundi, des hommes armés ont tué 58 villageois près de Banibangou. Les autorités soupçonnent l'État islamique "
     "au grand Sahara, qui n'a pas revendiqué la tuerie.", "fr"),
])
def test_a_negated_claim_leaves_the_suspicion(load, text, lang):
    out = load(text, lang, "2021-03-17")
    assert roles(out, "actor:isgs") == {("ATTRIBUTED_TO", "possible")}


@pytest.mark.parametrize("text,lang", [
    ("On Sunday gunmen killed 132 villagers in Diallassagou. Survivors said the attackers had accused the "
     "inhabitants of collaborating with the Malian army.", "en"),
    ("Dimanche, des hommes armés ont tué 132 villageois à Diallassagou. Des rescapés ont raconté que les assaillants "
     "avaient accusé les habitants de collaborer avec l'armée malienne.", "fr"),
])
def test_the_accused_civilians_partner_is_not_blamed(load, text, lang):
    out = load(text, lang, "2022-06-21")
    assert not any(r == "ATTRIBUTED_TO" for r, c in roles(out, "actor:fama"))


@pytest.mark.parametrize("text,lang", [
    ("Mali: 132 civilians killed in Bankass, the government blames the Katiba Macina", "en"),
    ("Mali : 132 civils tués dans le cercle de Bankass, le gouvernement accuse la katiba Macina", "fr"),
])
def test_the_accuser_in_a_headline_is_not_a_target(load, text, lang):
    out = load(text, lang, "2022-06-21")
    assert roles(out, "actor:government-of-mali") <= {("PARTICIPANT", None)}
    assert ("ATTRIBUTED_TO", "attributed") in roles(out, "actor:katiba-macina")
