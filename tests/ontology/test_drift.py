"""The generated forms of the ontology must match ontology.yaml (the single source of truth)."""
from importlib import resources

from rdflib import Graph
from rdflib.compare import isomorphic

from conflictkg.ontology import generate
from conflictkg.ontology.model import ONTOLOGY

PKG = resources.files("conflictkg.ontology")


def _committed(name: str) -> Graph:
    g = Graph()
    g.parse(data=PKG.joinpath(name).read_text(encoding="utf-8"), format="turtle")
    return g


def test_owl_turtle_matches_yaml():
    assert isomorphic(_committed("conflict.ttl"), generate.to_owl()), \
        "conflict.ttl drifted: run `conflictkg ontology --format ttl -o conflictkg/ontology/conflict.ttl`"


def test_shacl_matches_yaml():
    assert isomorphic(_committed("shapes.ttl"), generate.to_shacl()), \
        "shapes.ttl drifted: run `conflictkg ontology --format shacl -o conflictkg/ontology/shapes.ttl`"


def test_python_constants_match_yaml():
    assert PKG.joinpath("terms.py").read_text(encoding="utf-8") == generate.to_python(), \
        "terms.py drifted: run `conflictkg ontology --format py -o conflictkg/ontology/terms.py`"


def test_contract_names_present():
    """The names DESIGN.md makes a contract (gold files and queries rely on them)."""
    from conflictkg.ontology import terms

    for label in ("Actor", "Event", "Place", "Source"):
        assert label in terms.LABELS
    for cls in ("ArmedGroup", "StateForce", "Government", "InternationalMission", "Person", "Militia",
                "Organization", "CivilianGroup", "Attack", "Clash", "Explosion", "Kidnapping",
                "ViolenceAgainstCivilians", "MilitaryOperation", "Negotiation", "Agreement", "Release",
                "Statement", "Protest", "Country", "AdminArea", "Settlement", "Area", "Site"):
        assert cls in ONTOLOGY.classes
    for rel in ("PART_OF", "ALLIED_WITH", "PLEDGED_ALLEGIANCE_TO", "SPLINTER_OF", "RIVAL_OF", "MEMBER_OF",
                "LEADER_OF", "NEGOTIATES_WITH", "DEMANDS_WITHDRAWAL_OF", "OPERATES_IN", "BASED_IN",
                "ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT", "MEDIATED_BY", "HELD_HOSTAGE_BY",
                "OCCURRED_AT", "LOCATED_IN", "LINKED_TO", "CONCERNS", "CITES"):
        assert rel in terms.RELATIONSHIP_TYPES
    assert terms.CONFIDENCE == ("claimed", "attributed", "probable", "possible", "denied")
    assert terms.NEGOTIATION_STATUS == ("proposed", "announced", "ongoing", "concluded", "refused", "failed")


def test_store_schema_matches_ontology(mini_kg):
    """The embedded store's tables are exactly the ontology's labels and relationship types."""
    with mini_kg.engine() as eng:
        tables = eng.run("CALL show_tables() RETURN name, type").rows
    nodes = {n for n, t in tables if t == "NODE"}
    rels = {n for n, t in tables if t == "REL"}
    assert nodes == set(ONTOLOGY.labels)
    assert rels == set(ONTOLOGY.relationships)


def test_acled_mapping_and_confidence_scale():
    assert ONTOLOGY.acled_class("Violence against civilians", "Abduction/forced disappearance") == "Kidnapping"
    assert ONTOLOGY.acled_class("Explosions/Remote violence", "Air/drone strike") == "Explosion"
    assert ONTOLOGY.acled_class("Battles", "Armed clash") == "Clash"
    assert ONTOLOGY.acled_class("Battles", "No such thing") is None
    assert ONTOLOGY.best_confidence(["possible", "attributed", "probable"]) == "attributed"
    assert ONTOLOGY.best_confidence(["denied"]) == "denied"
    assert ONTOLOGY.best_confidence(["denied", "possible"]) == "possible"
    # every event class carries CAMEO codes
    for c in ONTOLOGY.classes.values():
        if c.label == "Event":
            assert c.cameo, c.name
