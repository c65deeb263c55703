"""Ontology names as constants. GENERATED from ontology.yaml by
`conflictkg ontology --format py`; do not edit (a test fails when it drifts)."""

# Node labels
Actor = "Actor"
Event = "Event"
Place = "Place"
Source = "Source"
Claim = "Claim"
Month = "Month"

# Actor classes
ArmedGroup = "ArmedGroup"
StateForce = "StateForce"
Government = "Government"
InternationalMission = "InternationalMission"
Person = "Person"
Militia = "Militia"
Organization = "Organization"
CivilianGroup = "CivilianGroup"

# Event classes
Attack = "Attack"
Clash = "Clash"
Explosion = "Explosion"
Kidnapping = "Kidnapping"
ViolenceAgainstCivilians = "ViolenceAgainstCivilians"
MilitaryOperation = "MilitaryOperation"
Negotiation = "Negotiation"
Agreement = "Agreement"
Release = "Release"
Statement = "Statement"
Protest = "Protest"

# Place classes
Country = "Country"
AdminArea = "AdminArea"
Settlement = "Settlement"
Area = "Area"
Site = "Site"

# Source classes
Report = "Report"
Dataset = "Dataset"

# Claim classes
RelationshipClaim = "RelationshipClaim"

# Month classes
CalendarMonth = "CalendarMonth"

# Relationship types
PART_OF = "PART_OF"
ALLIED_WITH = "ALLIED_WITH"
PLEDGED_ALLEGIANCE_TO = "PLEDGED_ALLEGIANCE_TO"
SPLINTER_OF = "SPLINTER_OF"
RIVAL_OF = "RIVAL_OF"
MEMBER_OF = "MEMBER_OF"
LEADER_OF = "LEADER_OF"
NEGOTIATES_WITH = "NEGOTIATES_WITH"
DEMANDS_WITHDRAWAL_OF = "DEMANDS_WITHDRAWAL_OF"
OPERATES_IN = "OPERATES_IN"
BASED_IN = "BASED_IN"
ATTRIBUTED_TO = "ATTRIBUTED_TO"
TARGETED = "TARGETED"
VICTIM = "VICTIM"
PARTICIPANT = "PARTICIPANT"
MEDIATED_BY = "MEDIATED_BY"
HELD_HOSTAGE_BY = "HELD_HOSTAGE_BY"
OCCURRED_AT = "OCCURRED_AT"
LOCATED_IN = "LOCATED_IN"
LINKED_TO = "LINKED_TO"
CONCERNS = "CONCERNS"
CITES = "CITES"
STATED_IN = "STATED_IN"
ABOUT = "ABOUT"
IN_MONTH = "IN_MONTH"

LABELS = ("Actor", "Event", "Place", "Source", "Claim", "Month",)
ACTOR_CLASSES = ("ArmedGroup", "StateForce", "Government", "InternationalMission", "Person", "Militia", "Organization", "CivilianGroup",)
EVENT_CLASSES = ("Attack", "Clash", "Explosion", "Kidnapping", "ViolenceAgainstCivilians", "MilitaryOperation", "Negotiation", "Agreement", "Release", "Statement", "Protest",)
PLACE_CLASSES = ("Country", "AdminArea", "Settlement", "Area", "Site",)
SOURCE_CLASSES = ("Report", "Dataset",)
CLAIM_CLASSES = ("RelationshipClaim",)
MONTH_CLASSES = ("CalendarMonth",)
RELATIONSHIP_TYPES = ("PART_OF", "ALLIED_WITH", "PLEDGED_ALLEGIANCE_TO", "SPLINTER_OF", "RIVAL_OF", "MEMBER_OF", "LEADER_OF", "NEGOTIATES_WITH", "DEMANDS_WITHDRAWAL_OF", "OPERATES_IN", "BASED_IN", "ATTRIBUTED_TO", "TARGETED", "VICTIM", "PARTICIPANT", "MEDIATED_BY", "HELD_HOSTAGE_BY", "OCCURRED_AT", "LOCATED_IN", "LINKED_TO", "CONCERNS", "CITES", "STATED_IN", "ABOUT", "IN_MONTH",)
CONFIDENCE = ("claimed", "attributed", "probable", "possible", "denied",)
NEGOTIATION_STATUS = ("proposed", "announced", "ongoing", "concluded", "refused", "failed",)
DATE_PRECISION = ("day", "month", "year",)
GEO_PRECISION = ("exact", "near", "region",)
RELIABILITY = ("A", "B", "C", "D", "E", "F",)
SOURCE_KIND = ("report", "thread", "article", "communique", "dataset", "pack", "facts", "web",)
