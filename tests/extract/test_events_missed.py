"""Events the extractor used to miss entirely: a looting with a quantity or a named owner inside
the phrase, a gathering that demands something, pickets, signed agreements (plural, or between
communities), strikes carried out by aircraft, multiple attacks written with a hyphen, an ambush
suffered, people beaten or tortured, a base set up, weapons seized, devices defused, election
material taken, "violence between" two communities. Invented sentences, English and French."""
import pytest

from conflictkg.loaders import report
from conflictkg.loaders.base import LoadContext

from .conftest import Out


@pytest.fixture
def srun(sahel, tmp_path):
    def _run(text, **options):
        p = tmp_path / "r.txt"
        p.write_text(text, encoding="utf-8")
        ctx = LoadContext(sahel, {"published": "2021-03-20", **options})
        return Out(list(report.load(p, ctx)), ctx.issues, sahel)
    return _run


@pytest.mark.parametrize("text,cls", [
    # looting: a quantity before the goods, a group's name inside the phrase, no determiner
    ("On 12 March 2021, gunmen on motorbikes seized more than two hundred heads of cattle near Bourem.", "Attack"),
    ("On 12 March 2021, armed men seized a MINUSMA truck near Bourem.", "Attack"),
    ("On 12 March 2021, bandits stripped the travellers of belongings on the road to Bourem.", "Attack"),
    ("On 12 March 2021, gunmen seized the electoral materials of two polling stations near Bourem.", "Attack"),
    ("Le 12 mars 2021, des hommes armés ont emporté le matériel électoral de deux bureaux de vote près de Bourem.", "Attack"),
    # a hyphenated multiple attack; an ambush suffered
    ("On 12 March 2021, assailants carried out a double-attack against two army posts in Bourem.", "Attack"),
    ("On 12 March 2021, a GATIA patrol was subjected to ambush near Bourem.", "Attack"),
    # crowds that gather to demand, pickets
    ("On 12 March 2021, hundreds of residents gathered in front of the governorate of Gao, calling for more security.", "Protest"),
    ("On 12 March 2021, teachers picketed the regional academy of Gao to demand their salaries.", "Protest"),
    ("Le 12 mars 2021, des centaines de jeunes se sont rassemblés devant la mairie de Gao pour exiger le départ du maire.", "Protest"),
    # pacts
    ("On 12 March 2021, the CMA and GATIA signed agreements on security in Menaka.", "Agreement"),
    ("On 12 March 2021, Dogon and Fulani village chiefs signed a peace accord in Koro.", "Agreement"),
    ("Le 12 mars 2021, la CMA et le GATIA ont signé un accord de cessation des hostilités à Ménaka.", "Agreement"),
    # strikes by aircraft, devices with a hyphened count
    ("On 12 March 2021, French aircraft carried out a strike on a militant camp near Tessit.", "Explosion"),
    ("Le 12 mars 2021, l'aviation française a mené des frappes près de Tessit.", "Explosion"),
    ("On 12 March 2021, an army truck was struck by a twin-IED near Tessit.", "Explosion"),
    # an operation: a base set up, weapons seized, a device defused
    ("On 12 March 2021, French forces set up a new base in Gossi.", "MilitaryOperation"),
    ("On 12 March 2021, Malian soldiers seized weapons and ammunition at a checkpoint in Bourem.", "MilitaryOperation"),
    ("Le 12 mars 2021, les FAMa ont désamorcé un engin explosif à Bourem.", "MilitaryOperation"),
    # fighting between two communities told as violence
    ("On 12 March 2021, renewed violence between Dogon and Fulani in Koro left three dead.", "Clash"),
    ("Le 12 mars 2021, de nouvelles violences entre Peuls et Dogons ont fait trois morts à Koro.", "Clash"),
])
def test_missed_events_are_told(srun, text, cls):
    out = srun(text, lang="fr" if text.startswith("Le ") else "en")
    assert out.classes()[:1] == [cls], out.classes()


@pytest.mark.parametrize("text", [
    "On 12 March 2021, a shepherd was severely beaten by gunmen near Bourem.",
    "Le 12 mars 2021, un berger a été passé à tabac par des hommes armés près de Bourem.",
    "On 12 March 2021, soldiers detained a trader in Bourem who was subjected to torture.",
])
def test_people_beaten_or_tortured_make_an_event(srun, text):
    out = srun(text, lang="fr" if text.startswith("Le ") else "en")
    assert out.classes() and out.classes()[0] in ("Attack", "ViolenceAgainstCivilians"), out.classes()


@pytest.mark.parametrize("text", [
    # no crowd demand: people gathered for a wedding; the army beat back an attack
    "On 12 March 2021, hundreds of people gathered in Gao for a wedding.",
    # a pact named without signing, date or place, and no party: no event
    "The two communities want a peace agreement.",
    # violence between communities in general: no day, no village
    "Violence between herders and farmers has killed hundreds in central Mali.",
    # a labour strike is no air strike
    "Teachers went on strike across the country.",
])
def test_no_event_without_the_construction(srun, text):
    assert srun(text, lang="en").classes() == []


def test_weapons_of_killed_soldiers_are_part_of_the_attack(srun):
    out = srun("On 12 March 2021, gunmen killed two gendarmes and seized their weapons in Gao.", lang="en")
    assert out.classes()[:1] == ["Attack"], out.classes()
    assert "MilitaryOperation" not in out.classes()


def test_a_defused_device_keeps_its_planter(srun):
    out = srun("On 12 March 2021 the Malian army defused an IED near Boni. The device was likely planted by "
               "JNIM militants.", lang="en")
    assert out.classes()[0] == "MilitaryOperation"
    assert any(p == "ATTRIBUTED_TO" and o == "actor:jnim" for _, p, o, _ in out.rel(predicate="ATTRIBUTED_TO"))
