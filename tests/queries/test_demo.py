"""`conflictkg demo` answers its first questions through the query library."""
import shutil

from click.testing import CliRunner

from conflictkg.cli import main


def test_demo_prints_chain_attributions_channels_hostages(qkg, tmp_path):
    db = tmp_path / "kg.db"
    shutil.copytree(qkg.store.path, db)  # the demo may ingest example reports: not into the shared store
    res = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "Katiba Macina -[PART_OF]-> JNIM" in out and "source: " in out
    assert "3. Events attributed to JNIM" in out and "Attack on Bamba -> JNIM (attributed)" in out
    assert "Katiba Macina (probable, component of JNIM)" in out
    assert "via Government talks with JNIM leaders [announced]" in out
    assert "Soumaila Cissé held by JNIM (attributed, since 2020-03-25, until 2020-10-08)" in out


def test_demo_on_a_pack_alone_says_what_to_ingest(mini_kg):
    res = CliRunner().invoke(main, ["demo", "--db", str(mini_kg.store.path)])
    assert res.exit_code == 0, res.output
    assert "none yet: ingest a report" in res.output
