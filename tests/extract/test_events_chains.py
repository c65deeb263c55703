"""Event detection and joining: one event per chain of verbs sharing a subject, new events for new
subjects and places. Synthetic sentences."""


def test_a_chain_of_verbs_after_a_place_is_one_event(run):
    out = run("On 30 January 2020, JNIM fighters attacked the village of Tinkar in Koro (Mopti), killed four "
              "farmers, burned granaries and seized livestock.", published="2020-02-01")
    assert len(out.events()) == 1



def test_a_second_verb_with_its_own_date_is_another_event(run):
    out = run("On 30 January 2020, JNIM fighters attacked the village of Tinkar in Koro (Mopti), and on 2 February "
              "2020 burned granaries.", published="2020-02-03")
    assert len(out.events()) == 2
