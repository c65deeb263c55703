"""The rule extractor on short snippets (small test pack): attributions and hedges, coreference,
places through the hierarchy, events, statements, negotiations, new entities."""


def test_parenthesis_gives_two_attributions_and_the_implied_membership(run):
    out = run("On 25 March 2020 gunmen kidnapped Soumaila Cissé in Niafunké. Cissé is still being held "
              "hostage by JNIM (most probably the Katiba Macina).")
    held = {(o, c) for (_, p, o, c) in out.rel("actor:soumaila-cisse", "HELD_HOSTAGE_BY")}
    assert held == {("actor:jnim", "attributed"), ("actor:katiba-macina", "probable")}
    assert ("actor:katiba-macina", "PART_OF", "actor:jnim", None) in out.rel("actor:katiba-macina", "PART_OF")
    (kid,) = out.events("Kidnapping")
    perps = {(o, c) for (_, p, o, c) in out.rel(kid, "ATTRIBUTED_TO")}
    assert perps == {("actor:jnim", "attributed"), ("actor:katiba-macina", "probable")}
    assert out.props(kid)["date"] == "2020-03-25"
    assert ("actor:soumaila-cisse" in {o for (_, _, o, _) in out.rel(kid, "VICTIM")})


def test_repeated_names_and_pronouns_create_no_entity(run):
    out = run("Soumaïla Cissé was abducted near Niafunké on 25 March 2020. Cissé, 70, is the opposition leader. "
              "He was campaigning. They took him away.", published="2020-03-26")
    people = {e for e in out.entities() if e.startswith("actor:")}
    assert people == {"actor:soumaila-cisse"}
    aliases = {s.value for s in out.all if s.predicate == "alias"}
    assert "He" not in aliases and "They" not in aliases and "him" not in aliases


def test_context_settles_an_ambiguous_place(run):
    out = run("This morning (6 April 2020) JNIM attacked Bamba (Bourem) and killed at least 20 Malian soldiers.")
    (ev,) = out.events("Attack")
    assert out.rel(ev, "OCCURRED_AT") == {(ev, "OCCURRED_AT", "place:ml/gao/bourem/bamba", "attributed")}
    assert ("place:ml/gao/bourem/bamba", "LOCATED_IN", "place:ml/gao/bourem", None) in out.rel(predicate="LOCATED_IN")
    p = out.props(ev)
    assert p["date"] == "2020-04-06" and p["fatalities_min"] == "20" and "fatalities_max" not in p
    assert out.rel(ev, "TARGETED") == {(ev, "TARGETED", "actor:fama", None)}
    assert out.rel(ev, "ATTRIBUTED_TO") == {(ev, "ATTRIBUTED_TO", "actor:jnim", "attributed")}


def test_hedges_set_attribution_confidence_in_french(run):
    out = run("Mali : l'attaque de Bamba (Bourem), le 6 avril 2020, a fait 20 morts parmi les soldats maliens. "
              "Elle est vraisemblablement l'œuvre de l'État islamique au grand Sahara (EIGS).", lang="fr")
    (ev,) = out.events("Attack")
    assert out.rel(ev, "ATTRIBUTED_TO") == {(ev, "ATTRIBUTED_TO", "actor:isgs", "probable")}
    assert out.props(ev)["fatalities_min"] == "20"


def test_claims_and_denials(run):
    out = run("JNIM claimed responsibility on Tuesday for the attack on Bamba (Bourem) on 6 April 2020. "
              "The Katiba Macina denied any involvement.", published="2020-04-09")
    (att,) = out.events("Attack")
    perps = {(o, c) for (_, _, o, c) in out.rel(att, "ATTRIBUTED_TO")}
    assert ("actor:jnim", "claimed") in perps and ("actor:katiba-macina", "denied") in perps
    statements = out.events("Statement")
    issuers = {o for st in statements for (_, _, o, _) in out.rel(st, "PARTICIPANT")}
    assert issuers == {"actor:jnim", "actor:katiba-macina"}
    claim = next(st for st in statements if ("actor:jnim" in {o for (_, _, o, _) in out.rel(st, "PARTICIPANT")}))
    assert out.props(claim)["date"] == "2020-04-07"
    assert out.rel(claim, "CONCERNS") == {(claim, "CONCERNS", att, None)}


def test_negotiation_status_parties_and_what_it_concerns(run):
    out = run("Soumaila Cissé was kidnapped on 25 March 2020 by JNIM. The Malian government announced in April "
              "the opening of negotiations with JNIM. Negotiations continue to free him.", published="2020-05-02")
    negs = out.events("Negotiation")
    assert negs
    parts = {o for n in negs for (_, _, o, _) in out.rel(n, "PARTICIPANT")}
    assert {"actor:government-of-mali", "actor:jnim"} <= parts
    assert "actor:soumaila-cisse" not in parts
    statuses = {out.props(n).get("status") for n in negs}
    assert statuses & {"announced", "ongoing"}
    (kid,) = out.events("Kidnapping")
    assert any(out.rel(n, "CONCERNS", kid) for n in negs)


def test_unknown_people_and_villages_are_new_unverified_entities(run):
    out = run("On 3 May 2021 gunmen attacked the village of Kéra Daoudou and killed its chief, Amadou "
              "Traorena, according to the mayor, Mr Sidiki Bagayokodo.", published="2021-05-04")
    names = {s.subject: s.value for s in out.all if s.predicate == "name"}
    classes = {s.subject: s.value for s in out.all if s.predicate == "class"}
    village = next(i for i, n in names.items() if n == "Kéra Daoudou")
    assert classes[village] == "Settlement" and village.startswith("place:")
    mayor = next(i for i, n in names.items() if n.endswith("Bagayokodo"))
    assert classes[mayor] == "Person"
    assert not any(s.predicate == "verified" for s in out.all if s.subject in (village, mayor))
    (ev,) = out.events()
    assert out.rel(ev, "OCCURRED_AT") == {(ev, "OCCURRED_AT", village, "attributed")}


def test_every_statement_has_evidence_span_and_source(run):
    text = "JNIM attacked Bamba (Bourem) on 6 April 2020 and killed 20 soldiers."
    out = run(text)
    src = next(s.subject for s in out.all if s.predicate == "class" and s.value == "Report")
    for s in out.all:
        assert s.source == src and s.loader == "report"
        if s.subject.startswith(("event:", "actor:", "place:")):
            assert s.evidence and s.span, s
            a, b = s.span
            assert text[a:b] in text and text[a:b].strip()
    alias = next(s for s in out.all if s.predicate == "alias" and s.subject == "actor:jnim")
    assert text[alias.span[0]:alias.span[1]] == "JNIM"


def test_event_ids(run):
    out = run("JNIM attacked Bamba (Bourem) on 6 April 2020. JNIM attacked Bamba (Bourem) again on 8 April 2020.")
    assert out.events("Attack") == ["event:2020-04-06-attack-bamba", "event:2020-04-08-attack-bamba"]


def test_generic_and_hypothetical_events_are_not_events(run):
    out = run("JNIM can kidnap anyone and conduct large-scale attacks against the Malian army. "
              "Its smaller-scale attacks are underreported.", published="2020-04-06")
    assert out.events() == []


def test_year_from_cited_links_when_no_date_is_given(run):
    out = run("1/ This morning (6 April) JNIM attacked Bamba (Bourem). "
              "https://www.france24.com/fr/20200320-nouvelle-attaque\n2/ Yesterday they kidnapped a mayor.")
    (ev,) = out.events("Attack")
    assert out.props(ev)["date"] == "2020-04-06"
    src = next(s for s in out.all if s.predicate == "kind" and s.subject.startswith("source:report/"))
    assert src.value == "thread"
    cited = {s.object for s in out.all if s.predicate == "CITES"}
    assert cited == {"source:france24.com/" + __import__("hashlib").sha1(
        b"france24.com/fr/20200320-nouvelle-attaque").hexdigest()[:10]}
