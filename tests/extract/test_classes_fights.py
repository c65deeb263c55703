"""Attack or clash: an assault by one party is an attack; when the text says its target fought back
(repelled, responded to the attack, routed the assailants, clashed with them, returned fire), the
event was armed fighting between organised parties: a clash. Synthetic sentences, EN and FR."""
import pytest


@pytest.mark.parametrize("text", [
    "On 7 June 2020, gunmen attacked the village of Tinkar near Bourem, village self-defence repelled the attack.",
    "On 7 June 2020, gunmen attacked the village of Tinkar near Bourem. Dozo hunters responded to the attack.",
    "On 7 June 2020, JNIM fighters attacked an army post in Bourem, the attack was repelled.",
    "On 7 June 2020, JNIM fighters attacked the village of Tinkar near Bourem and clashed with hunters based in the village.",
    "On 7 June 2020, JNIM fighters ambushed a patrol near Bourem and the soldiers returned fire.",
    "Le 7 juin 2020, des jihadistes ont attaqué le village de Tinkar près de Bourem, les chasseurs dozos ont repoussé l'attaque.",
])
def test_an_attack_met_by_armed_resistance_is_a_clash(run, text):
    out = run(text, published="2020-06-08", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes()[0] == "Clash"


@pytest.mark.parametrize("text", [
    "On 7 June 2020, gunmen attacked the village of Tinkar near Bourem, with village self-defence repelling the attack.",
    "On 7 June 2020, militiamen attacked the village of Tinkar near Bourem. The villagers repelled the attack.",
    "On 7 June 2020, JNIM fighters attacked the village of Tinkar near Bourem; hunters guarding the village were overpowered.",
    "On 7 June 2020, JNIM fighters attacked the village of Tinkar near Bourem, four hunters were killed in the fighting.",
    "Le 7 juin 2020, des jihadistes ont attaqué le village de Tinkar près de Bourem, les villageois ont repoussé l'attaque.",
    "Le 7 juin 2020, des jihadistes ont attaqué le village de Tinkar près de Bourem, quatre chasseurs ont été tués dans les combats.",
])
def test_defenders_who_fought_or_died_fighting_make_a_clash(run, text):
    out = run(text, published="2020-06-08", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes()[0] == "Clash"


@pytest.mark.parametrize("text", [
    "On 7 June 2020, militiamen attacked the hamlet of Tinkar near Bourem, two villagers and one attacker killed.",
    "On 7 June 2020, gunmen attacked a house in Bourem, its owner was killed after killing an assailant.",
    "On 7 June 2020, gunmen attacked an army post in Bourem, the soldiers killed three presumed assailants.",
    "Le 7 juin 2020, des hommes armés ont attaqué le village de Tinkar près de Bourem, deux assaillants ont été tués.",
])
def test_attackers_killed_mean_their_targets_fought_back(run, text):
    out = run(text, published="2020-06-08", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes()[0] == "Clash"


@pytest.mark.parametrize("text, cls", [
    ("On 7 June 2020, gunmen attacked the village of Tinkar near Bourem, the villagers fled.", "ViolenceAgainstCivilians"),
    ("On 7 June 2020, JNIM fighters ambushed an army patrol near Bourem and killed 9 soldiers.", "Attack"),
])
def test_an_attack_without_resistance_stays_what_it_was(run, text, cls):
    out = run(text, published="2020-06-08")
    assert out.classes()[0] == cls


@pytest.mark.parametrize("text", [
    "On 7 June 2020, the Malian army conducted an operation near Bourem and killed five JNIM militants.",
    "On 7 June 2020, French forces conducted an air-ground operation near Bourem. Around 30 militants were killed.",
    "Le 7 juin 2020, l'armée malienne a mené une opération près de Bourem et a tué cinq terroristes.",
])
def test_an_operation_that_killed_fighters_holds_a_clash(run, text):
    out = run(text, published="2020-06-08", lang="fr" if text.startswith("Le ") else "en")
    assert set(out.classes()) >= {"Clash", "MilitaryOperation"}
    clash, = out.events("Clash")
    op, = out.events("MilitaryOperation")
    assert (clash, "PART_OF", op, None) in out.rel(clash, "PART_OF")


def test_the_relatives_of_attackers_are_not_attackers(run):
    out = run("On 7 June 2020, gunmen attacked the village of Tinkar near Bourem and killed two assailants' relatives.",
              published="2020-06-08")
    assert "Clash" not in out.classes()


@pytest.mark.parametrize("text", [
    # the fighters named by a long noun phrase, by their leader, or before a participle
    "On 7 June 2020, French forces conducted an operation near Bourem and killed an undetermined number of alleged JNIM or ISGS fighters.",
    "On 7 June 2020, French forces conducted an operation near Bourem, killing a deputy emir of JNIM and nine of his men.",
    "On 7 June 2020, French and Malian forces carried out a joint operation near Bourem, 15 presumed JNIM militants killed and 5 captured.",
    "Le 7 juin 2020, l'armée a mené une opération près de Bourem, une quinzaine de terroristes présumés tués.",
    # a fight told as such inside the operation
    "On 7 June 2020, French forces conducting operations near Bourem exchanged fire with gunmen.",
])
def test_the_fighting_of_an_operation_leads_as_a_clash_part_of_it(run, text):
    out = run(text, published="2020-06-08", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes()[:2] == ["Clash", "MilitaryOperation"]
    clash, = out.events("Clash")
    op, = out.events("MilitaryOperation")
    assert (clash, "PART_OF", op, None) in out.rel(clash, "PART_OF")


def test_the_fighting_of_an_undated_operation_told_later_takes_the_story_day(run):
    out = run("French forces carried out an operation near Bourem. Helicopters dropped commandos near the town. "
              "The operation left a total of 20 militants killed or captured.", published="2020-06-08")
    clash, = out.events("Clash")
    assert out.props(clash)["date"] == "2020-06-08"


def test_civilians_killed_in_an_operation_are_no_fighting(run):
    out = run("On 7 June 2020, the Malian army conducted an operation near Bourem and killed two herders suspected "
              "of supporting militants.", published="2020-06-08")
    assert "Clash" not in out.classes()


def test_the_clash_in_an_operation_leads_and_holds_the_toll(run):
    out = run("On 7 June 2020, the Malian army conducted an operation near Bourem, killed five JNIM militants "
              "and seized motorbikes.", published="2020-06-08")
    assert out.classes() == ["Clash", "MilitaryOperation"]
    clash, = out.events("Clash")
    assert out.props(clash)["fatalities_min"] == "5"


@pytest.mark.parametrize("text", [
    "On 7 June 2020, the Malian army conducted an operation near Bourem and arrested five suspects.",
    "On 7 June 2020, French forces conducted an operation near Bourem, an air strike killed five militants.",
])
def test_an_operation_without_fighting_or_with_a_strike_holds_no_clash(run, text):
    out = run(text, published="2020-06-08")
    assert "Clash" not in out.classes()


@pytest.mark.parametrize("text", [
    "On 7 June 2020, mortar shelling and exchanges of gunfire between the army and JNIM militants took place in Bourem.",
    "Bourem inhabitants reported an explosion followed by an exchange of fire.",
    # the residents are who told it, not a crowd in the fight
    "Residents of Bourem said they heard an explosion, then an exchange of fire.",
    "Le 7 juin 2020, des habitants de Bourem ont signalé une explosion suivie d'un échange de tirs.",
    "Le 7 juin 2020, des tirs d'obus et des échanges de tirs entre l'armée et des jihadistes ont eu lieu à Bourem.",
])
def test_a_blast_in_an_exchange_of_fire_is_a_clash(run, text):
    out = run(text, published="2020-06-08", lang="fr" if text.startswith("Le ") else "en")
    assert out.classes()[0] == "Clash"


def test_a_blast_alone_stays_an_explosion(run):
    out = run("On 7 June 2020, an IED struck an army vehicle near Bourem.", published="2020-06-08")
    assert out.classes() == ["Explosion"]
