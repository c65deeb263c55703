"""Text plumbing: folding keeps offsets, markup and URLs (the seed's broken links), blocks,
sentences, front matter, language."""
from conflictkg.extract.text import (analysis_text, blocks, dedupe_urls, detect_language, find_urls, fold, is_thread,
                                     norm_key, sentences, split_front_matter, url_dates)


def test_fold_keeps_every_offset():
    s = "Soumaïla Cissé, l’œuvre « présumée » — İstanbul\u00a0… Timbuktu"
    f = fold(s)
    assert len(f) == len(s)
    assert f.startswith("soumaila cisse, l'oeuvre"[:12])
    assert "'" in f and '"' in f
    assert norm_key("Jama'at Nusrat al-Islam") == "jamaat nusrat al islam"


SEED_LINE = ('1/ They attacked Bamba. http://www.rfi.fr/fr/ticker/mali-moins-20-soldats-tu%C3%A9s">'
             'https://www.rfi.fr/fr/ticker...\n'
             '2/ After Tarkint. https://www.france24.com/fr/20200320-nouvelle-attaque">https://www.france24.com/fr/202003...')


def test_broken_markup_gives_each_cited_url_once():
    urls = dedupe_urls(find_urls(SEED_LINE))
    assert [u.url for u in urls] == [
        "http://www.rfi.fr/fr/ticker/mali-moins-20-soldats-tu%C3%A9s",
        "https://www.france24.com/fr/20200320-nouvelle-attaque",
    ]
    assert not any(u.truncated for u in urls)


def test_urls_and_markup_are_blanked_for_the_rules():
    text = "Read [the RFI story](https://www.rfi.fr/x) on **JNIM** in Mali."
    an, urls = analysis_text(text)
    assert len(an) == len(text)
    assert "rfi.fr" not in an and "**" not in an and "JNIM" in an
    assert an.index("JNIM") == text.index("JNIM")
    assert urls[0].url == "https://www.rfi.fr/x"


def test_dates_in_cited_urls():
    assert url_dates("https://www.france24.com/fr/20200320-nouvelle-attaque") == ["2020-03-20"]
    assert url_dates("https://example.org/2019/10/05/story") == ["2019-10-05"]
    assert url_dates("https://www.rfi.fr/fr/ticker/mali") == []


def test_front_matter_and_its_offset():
    text = "---\npublished: 2019-12-12\nkind: article\n---\nNIAMEY - Text."
    fm, body, err = split_front_matter(text)
    assert err is None and str(fm["published"]) == "2019-12-12" and fm["kind"] == "article"
    assert text[body:].startswith("NIAMEY")
    fm, body, err = split_front_matter("---\n: : bad\n---\nText")
    assert fm == {} and err


def test_threads_blocks_and_sentences():
    text = "1/ First item. M. Cissé was taken on 25 March.\n2/ Second item\non two lines.\n\nA new paragraph."
    assert is_thread(text)
    an, _ = analysis_text(text)
    bl = blocks(text)    # thread numbers are blanked in the analysis text, so blocks come from the original
    assert len(bl) == 3
    sents = [an[s.start:s.end] for s in sentences(an, bl[0])]
    assert sents == ["First item.", "M. Cissé was taken on 25 March."]
    assert [an[s.start:s.end] for s in sentences(an, bl[1])] == ["Second item\non two lines."]
    assert not is_thread("On 1/ 2 of the days")


def test_language():
    assert detect_language("Le gouvernement malien a revu à la baisse le bilan du massacre de Sobane Da.") == "fr"
    assert detect_language("The Islamic State group claimed responsibility for the attack.") == "en"
