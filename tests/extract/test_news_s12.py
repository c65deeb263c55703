"""Session 12: what the five devset reports of session 12 (a court report opening on a flashback, a
weekly round-up with one bullet per incident, an NGO press release, a Q&A with an analyst, drone
strikes with contested tolls) showed, as general rules. Invented EN/FR sentences, read with the
Sahel pack."""
from __future__ import annotations

import pytest


@pytest.fixture
def read(sahel_roles):
    """(statements, {event id: class}, {event class: {(role, actor)}}) of a snippet."""
    def _run(text, lang="en", published="2021-05-03"):
        return sahel_roles(text, lang, published)
    return _run


def _names(sts) -> dict:
    """{entity id: name} of the actors and places a snippet creates or names."""
    return {s.subject: s.value for s in sts if s.predicate == "name" and s.subject.startswith(("actor:", "place:"))}


def _events(sts):
    """{event id: {"class", "date", "places", "fat": (min, max)}}"""
    out = {}
    for s in sts:
        if s.subject.startswith("event:"):
            e = out.setdefault(s.subject, {"places": set(), "roles": set()})
            if s.predicate == "class":
                e["class"] = s.value
            elif s.predicate in ("date", "start_date"):
                e.setdefault("date", s.value)
            elif s.predicate in ("fatalities_min", "fatalities_max"):
                e[s.predicate] = s.value
            elif s.predicate == "OCCURRED_AT":
                e["places"].add(s.object)
            elif s.predicate in ("ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT"):
                e["roles"].add((s.predicate, s.object, s.confidence if s.predicate == "ATTRIBUTED_TO" else None))
    for e in out.values():
        e["fat"] = (e.pop("fatalities_min", None), e.pop("fatalities_max", None))
    return out


# -- a nationality noun before a name describes the person -------------------------------------------

@pytest.mark.parametrize("text,lang,name", [
    ("Le Mauritanien Khalil Ould Sidi a été condamné mardi pour l'attaque d'un hôtel de Gao.", "fr", "Khalil Ould Sidi"),
    ("La cour a aussi jugé le Nigérien Abdou Garba Sani, qui avait caché les armes.", "fr", "Abdou Garba Sani"),
    ("The court in Bamako sentenced the Mauritanian Khalil Ould Sidi to life on Tuesday.", "en", "Khalil Ould Sidi"),
])
def test_a_nationality_noun_before_a_name_is_no_part_of_it(read, text, lang, name):
    sts, _, _ = read(text, lang, "2020-10-29")
    names = _names(sts)
    assert name in names.values(), names
    assert not any(v.endswith(name) and v != name for v in names.values()), names


# -- a round-up bullet: date - place: ... (English: French months and weekdays take no capital) ----

@pytest.mark.parametrize("text,lang,place", [
    ("NIGER\n* Mon 16 Aug - Tamalaout, Banibangou department: gunmen killed 12 herders near a well.\n", "en", "Tamalaout"),
    ("NIGER\n* Thu 19 Aug — Kelwa, Banibangou department: a mine blast killed three traders.\n", "en", "Kelwa"),
])
def test_a_spaced_dash_ends_the_date_of_a_bullet_before_its_place(read, text, lang, place):
    sts, _, _ = read(text, lang, "2021-08-21")
    names = _names(sts)
    assert place in names.values(), names
    assert not any("Aug" in v for v in names.values()), names


@pytest.mark.parametrize("text,lang", [
    ("Weekly digest\nGunmen killed 12 herders near Banibangou on Monday.\n\nWHAT TO WATCH\nMore raids are likely.", "en"),
    ("Le point de la semaine\nDes hommes armés ont tué 12 éleveurs près de Banibangou lundi.\n\nPOURQUOI LE FRONT "
     "DE L'EST S'EMBRASE\nLes attaques se multiplient.", "fr"),
])
def test_a_heading_in_capitals_is_no_organisation(read, text, lang):
    sts, _, _ = read(text, lang, "2021-08-21")
    assert not any(k.startswith("actor:") for k in _names(sts) if k not in ("actor:government-of-niger",)), _names(sts)


# -- a toll revised "from N to M" is M, not a range --------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Gunmen ambushed a convoy near Dori on Wednesday. A government statement on Thursday raised the toll "
     "from 31 to 52 dead.", "en"),
    ("Des hommes armés ont attaqué un convoi près de Dori mercredi. Un communiqué du gouvernement a porté jeudi "
     "le bilan de 31 à 52 morts.", "fr"),
    ("Des hommes armés ont attaqué un convoi près de Dori mercredi. Le bilan est passé de 31 à 52 morts, selon "
     "le gouvernement.", "fr"),
])
def test_a_toll_revised_from_one_figure_to_another_is_the_later(read, text, lang):
    sts, _, _ = read(text, lang, "2021-08-21")
    assert [e["fat"] for e in _events(sts).values() if e["class"] == "Attack"] == [("52", "52")]


# -- people a place or a force "lost" are its dead ---------------------------------------------------

@pytest.mark.parametrize("text,lang,want", [
    ("The hamlet of Kelwa lost 14 villagers on 9 August when armed men fired on farmers.", "en", ("14", "14")),
    ("The army lost 11 soldiers in an ambush near Boni on Monday.", "en", ("11", "11")),
    ("Le hameau de Kelwa a perdu 14 habitants le 9 août quand des hommes armés ont tiré sur des cultivateurs.", "fr",
     ("14", "14")),
    ("L'armée a perdu 11 soldats dans une embuscade près de Boni lundi.", "fr", ("11", "11")),
    ("The army lost 11 soldiers and three vehicles in an ambush near Boni on Monday.", "en", ("11", "11")),
])
def test_people_lost_are_the_dead(read, text, lang, want):
    sts, _, _ = read(text, lang, "2021-08-21")
    assert [e["fat"] for e in _events(sts).values()] == [want]


# -- who condemns a killing did not do it; its own people hit make it the target ----------------------

@pytest.mark.parametrize("text,lang", [
    ("MSF condemned the killing of two of its staff members, shot dead on Wednesday near Dédougou.", "en"),
    ("MSF (Doctors Without Borders) strongly condemned on Thursday the murder of three of its employees near Dédougou.",
     "en"),
    ("Médecins sans frontières (MSF) condamne le meurtre de deux membres de son équipe, abattus mercredi près de "
     "Dédougou.", "fr"),
    ("MSF condamne fermement l'assassinat de trois de ses employés, tués mercredi près de Dédougou.", "fr"),
])
def test_who_condemns_a_killing_of_its_staff_is_its_target(read, text, lang):
    sts, _, roles = read(text, lang, "2023-02-09")
    vac = roles.get("ViolenceAgainstCivilians", set()) | roles.get("Attack", set())
    assert ("ATTRIBUTED_TO", "actor:msf") not in vac, vac
    assert ("TARGETED", "actor:msf") in vac, vac


# -- "56 of them": the counted people, not the actor "them" stood for --------------------------------
# (English: "dont 56 d'entre eux" gives no actor in French)

@pytest.mark.parametrize("text", [
    "Human Rights Watch published a report on Thursday accusing soldiers of executing at least 90 villagers, "
    "31 of them children, near Thiou on 3 March.",
    "Amnesty International said on Monday that gunmen had killed 40 herders, 12 of them teenagers, near Dori.",
])
def test_a_part_of_a_count_is_no_victim(read, text):
    sts, _, roles = read(text, "en", "2024-04-29")
    victims = {a for r in roles.values() for p, a in r if p == "VICTIM"}
    assert not victims & {"actor:human-rights-watch", "actor:amnesty-international"}, victims


# -- a second source "speaks of" another toll: competing figures ------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("On Sunday drones struck Tinzaouaten. According to the rebels, 21 civilians were killed. A local official "
     "reached by phone spoke of at least fifteen dead.", "en"),
    ("Dimanche, des drones ont frappé Tinzaouaten. Selon les rebelles, 21 civils ont été tués. Un élu local joint "
     "par téléphone parle d'au moins quinze morts.", "fr"),
])
def test_a_toll_another_source_speaks_of_competes(read, text, lang):
    sts, _, _ = read(text, lang, "2024-08-27")
    assert [e["fat"] for e in _events(sts).values() if e["fat"] != (None, None)] == [("15", "21")]


# -- a round-up's country heading tells whose government speaks --------------------------------------

@pytest.mark.parametrize("text,lang,gov", [
    ("WEEKLY DIGEST\n\nNIGER\n* Mon 16 Aug - Kelwa, Banibangou department: gunmen killed 12 herders.\n"
     "* Tue 17 Aug - Tamalaout, Banibangou department: gunmen killed five traders.\n\nBURKINA FASO\n"
     "* Wed 18 Aug - near Gorgadji: a convoy was ambushed. The government's communiqué on Thursday gave 30 dead.\n",
     "en", "actor:government-of-burkina-faso"),
    ("LE POINT DE LA SEMAINE\n\nNIGER\n* Lundi - Kelwa, département de Banibangou : des hommes armés ont tué 12 "
     "éleveurs.\n* Mardi - Tamalaout, département de Banibangou : des hommes armés ont tué cinq commerçants.\n\n"
     "BURKINA FASO\n* Mercredi - près de Gorgadji : un convoi est tombé dans une embuscade. Le gouvernement a annoncé "
     "jeudi un bilan de 30 morts.\n", "fr", "actor:government-of-burkina-faso"),
])
def test_a_country_heading_gives_the_government_of_its_section(read, text, lang, gov):
    sts, _, roles = read(text, lang, "2021-08-21")
    issuers = {a for p, a in roles.get("Statement", set()) if p == "PARTICIPANT"}
    assert issuers == {gov}, issuers


# -- a dateline with no city: the publication day heads the lede, it dates nothing -------------------

@pytest.mark.parametrize("text,lang", [
    ("April 29, 2024 — A rights group said on Friday that soldiers had executed at least 40 villagers near Thiou on "
     "March 3.", "en"),
    ("29 avril 2024 — Une ONG a accusé vendredi des soldats d'avoir exécuté au moins 40 villageois près de Thiou le "
     "3 mars.", "fr"),
])
def test_a_dateline_without_a_city_dates_no_event(read, text, lang):
    sts, _, _ = read(text, lang, "2024-04-29")
    dates = [e.get("date") for e in _events(sts).values() if e["class"] == "ViolenceAgainstCivilians"]
    assert dates == ["2024-03-03"], dates


# -- a force confirming it carried out a strike owns it: a claim, and a statement about it ---------

@pytest.mark.parametrize("text,lang", [
    ("On Sunday, drone strikes hit Tinzaouaten. According to the rebels, 21 civilians were killed.\n\nThe Malian army "
     "confirmed on Monday in a statement that it had carried out the strikes.", "en"),
    ("Dimanche 25 août, des frappes de drones ont visé Tinzaouaten. Selon les rebelles, 21 civils ont été tués.\n\n"
     "L'armée malienne a confirmé lundi, dans un communiqué, avoir mené ces frappes.", "fr"),
])
def test_a_force_confirming_its_strikes_claims_them(read, text, lang):
    sts, _, roles = read(text, lang, "2024-08-27")
    assert ("ATTRIBUTED_TO", "actor:fama") in roles.get("Explosion", set()), roles
    conf = {s.confidence for s in sts if s.predicate == "ATTRIBUTED_TO" and s.object == "actor:fama"}
    assert conf == {"claimed"}, conf
    assert any(s.predicate == "CONCERNS" for s in sts)


# -- a part of the day before the date frames the sentence ------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("La nuit du samedi 7 mars 2015, peu avant minuit, un homme armé s'est approché d'un bar de Ségou, un lieu "
     "fréquenté par des expatriés, et a tiré sur les passants.", "fr"),
    ("Le soir du 3 juin, des hommes armés ont encerclé le marché de Boni, puis ont incendié les boutiques.", "fr"),
])
def test_a_night_or_morning_before_a_date_frames_the_sentence(read, text, lang):
    sts, _, _ = read(text, lang, "2020-10-29")
    dates = {e.get("date") for e in _events(sts).values()}
    assert dates and not dates & {"2020-10-29", None}, dates


# -- a gunman who "est entré dans" a place makes no military operation ------------------------------

@pytest.mark.parametrize("text", [
    "Samedi soir, un homme armé est entré dans un restaurant de Gao et a tiré sur les clients.",
    "Mardi, des assaillants sont entrés dans le village de Kelwa et ont incendié des greniers.",
])
def test_gunmen_entering_a_place_make_no_operation(read, text):
    sts, _, _ = read(text, "fr", "2020-10-29")
    assert "MilitaryOperation" not in {e["class"] for e in _events(sts).values()}


# -- "N personnes sont mortes": a French toll in the feminine ---------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Un homme armé a attaqué un bar de Gao samedi. Cinq personnes y sont mortes.", ("5", "5")),
    ("Des hommes armés ont attaqué un car près de Boni lundi. Douze passagères sont décédées.", ("12", "12")),
])
def test_a_toll_told_in_the_feminine(read, text, want):
    sts, _, _ = read(text, "fr", "2020-10-29")
    assert [e["fat"] for e in _events(sts).values()] == [want]



# -- after a wire dateline, the date opening the sentence still frames it (French: an English lede
# dates its verbs by the nearest date already) ----------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("BAMAKO, 29 octobre 2020 — La nuit du samedi 7 mars 2015, un homme armé est entré dans un bar de Ségou et a "
     "tiré sur les passants. Cinq personnes y sont mortes.", "fr"),
    ("NIAMEY, 12 mai 2021 — Le soir du 3 mars 2019, un homme armé est entré dans un bar de Gao et a tiré sur les "
     "passants.", "fr"),
])
def test_a_date_opening_the_sentence_after_its_dateline_frames_it(read, text, lang):
    sts, _, _ = read(text, lang, "2021-05-12")
    dates = {e.get("date") for e in _events(sts).values()}
    assert dates and all(d and d < "2020" for d in dates), dates


# -- "X, la katiba de Y": a group named by its chief in an apposition ---------------------------------

@pytest.mark.parametrize("text,lang,who,group", [
    ("Le tribunal a lié l'attentat à Al-Mourabitoune, la katiba de l'Algérien Mokhtar Belmokhtar, active dans le nord.",
     "fr", "actor:mokhtar-belmokhtar", "actor:al-mourabitoun"),
    ("Villagers blamed the Katiba Macina, the group of the preacher Amadou Koufa, for the raid on Boni.", "en",
     "actor:amadou-koufa", "actor:katiba-macina"),
])
def test_a_group_apposed_as_the_katiba_of_a_chief_is_led_by_him(read, text, lang, who, group):
    sts, _, _ = read(text, lang, "2020-10-29")
    assert (who, "LEADER_OF", group) in {(s.subject, s.predicate, s.object) for s in sts}
