"""The 2025 edition in English beside Dutch: translated through wagtail-localize, composed from the
Dutch edition's snapshot (the same numbers), marked where a text is still Dutch."""

import re

import pdfplumber
import polib
import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from accounts import roles
from cms import services
from cms.models import EditionLabels, EditionPage, EditionSnapshot
from cms.translation import english_date, english_number, iter_numbers
from tests.cms.pdf_layout import read_layout
from tests.factories import UserFactory


@pytest.fixture
def seeded(db):
    call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0)


def _edition(language: str) -> EditionPage:
    return EditionPage.objects.get(year=2025, locale__language_code=language)


def _html(client, path: str) -> BeautifulSoup:
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content.decode(), "html.parser")


def _number(text: str) -> int | None:
    text = text.strip().replace(",", "")
    return int(text) if re.fullmatch(r"-?\d+", text) else None


def _table_numbers(soup: BeautifulSoup) -> list[int]:
    """Every number in the figures' data tables and the key figures, in the order of the page."""
    numbers = []
    for cell in soup.select("td.mhm-figure__cell, dd.mhm-keyfigure__value"):
        shown = cell.find("span", attrs={"aria-hidden": "true"}) or cell
        text = shown.find(string=True, recursive=False) if shown is cell else shown.get_text()
        value = _number(text or "")
        if value is not None:
            numbers.append(value)
    return numbers


def _first_text(element) -> str:
    """The first text of a tagged element: a cell's number, before its footnote references."""
    for leaf in element.leaves:
        if leaf.text.strip():
            return leaf.text
    for child in element.children:
        if text := _first_text(child):
            return text
    return ""


def _pdf_numbers(content: bytes, tmp_path, name: str) -> list[int]:
    """Every number in the data cells of the PDF's tables, read from its tags (PDF/UA: TD elements),
    without the footnote references beside them."""
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(content)
    numbers = []
    for cell in read_layout(path).root.find("TD"):
        value = _number(_first_text(cell))
        if value is not None:
            numbers.append(value)
    return numbers


def test_the_english_edition_is_published_at_en_with_the_dutch_numbers(client, seeded):
    dutch, english = _edition("nl"), _edition("en")
    assert english.live and english.translation_key == dutch.translation_key
    response = client.get("/en/monitor/2025/")
    assert response["Content-Language"] == "en"
    nl_page, en_page = _html(client, "/monitor/2025/"), _html(client, "/en/monitor/2025/")
    assert nl_page.html["lang"] == "nl" and en_page.html["lang"] == "en"
    assert en_page.h1.get_text(strip=True) == "Human Trafficking Monitor 2025"
    assert "1 March 2026" in en_page.select_one(".mhm-hero__meta").get_text()
    assert "1 maart 2026" in nl_page.select_one(".mhm-hero__meta").get_text()

    nl_numbers, en_numbers = _table_numbers(nl_page), _table_numbers(en_page)
    assert len(nl_numbers) > 100 and en_numbers == nl_numbers
    # English writes thousands with a comma, Dutch as the snapshot has them.
    assert "5,000" in [cell.get_text(strip=True) for cell in en_page.select("td.mhm-figure__cell")]

    # One snapshot of figures: the English document is composed from the Dutch live snapshot.
    nl_snapshot = services.live_snapshot(page=dutch)
    en_snapshot = services.live_snapshot(page=english)
    assert en_snapshot.document["source_published_at"] == nl_snapshot.created_at.isoformat()
    assert list(iter_numbers(en_snapshot.document)) == list(iter_numbers(nl_snapshot.document))


def test_the_language_switch_links_each_page_to_its_other_language(client, seeded):
    for dutch_path, english_path in [
        ("/", "/en/"),
        ("/monitor/", "/en/monitor/"),
        ("/monitor/2025/", "/en/monitor/2025/"),
    ]:
        for path, other, other_language in [
            (dutch_path, english_path, "en"),
            (english_path, dutch_path, "nl"),
        ]:
            soup = _html(client, path)
            alternates = {
                link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')
            }
            assert alternates == {
                "nl": f"http://testserver{dutch_path}",
                "en": f"http://testserver{english_path}",
            }
            switch = soup.select_one(f'a[hreflang="{other_language}"][lang="{other_language}"]')
            assert switch is not None and switch["href"] == other, path


def test_labels_of_tables_plan_and_definitions_are_english_and_the_rest_says_it_is_dutch(client, seeded):
    soup = _html(client, "/en/monitor/2025/")
    text = soup.get_text(" ", strip=True)
    for english in (
        "Contents",  # the template's own strings (locale/en)
        "Download as PDF",
        "Labour exploitation",  # a definition's name and text (EditionLabels)
        "A person is made to work under conditions unworthy of a human being",
        "Victims reported to Comensha (national)",  # a table's title, dimension and value labels
        "Form of exploitation",
        "Not stated",  # a status of the plan
        "9. Conclusion",  # the page's own translation
        "Human trafficking in the Netherlands is growing",
    ):
        assert english in text, english
    for dutch in ("Inhoudsopgave", "Arbeidsuitbuiting", "Uitbuitingsvorm", "Niet vermeld"):
        assert dutch not in text, dutch
    # Chapter 2's paragraphs are not translated yet: shown in Dutch, marked as Dutch, never blank.
    untranslated = soup.select('.mhm-text[lang="nl"]')
    assert untranslated and all(block.get_text(strip=True) for block in untranslated)
    assert "Twee rapporten geven samen het landelijke beeld" in " ".join(b.get_text() for b in untranslated)
    # An untranslated label (a progress note of an action) is a span marked Dutch.
    note = soup.find("span", attrs={"lang": "nl"}, string=re.compile("De NRM bezocht de regio"))
    assert note is not None
    # A name the same in both languages, translated as itself, is not marked as Dutch.
    assert "ESSM" in text and "Xarah" in text
    for name in ("ESSM", "Xarah", "Schiedam", "Gender"):
        assert not soup.find(attrs={"lang": "nl"}, string=name), name
    # Nothing on the Dutch page is marked as Dutch or English.
    assert not _html(client, "/monitor/2025/").select("main [lang]")
    # Header and footer: English words; the region's own name (Dutch data) marked as Dutch.
    footer = soup.select_one("footer").get_text(" ", strip=True)
    assert "Published every year by the VeiligheidsAlliantie regio Rotterdam" in footer
    assert soup.select_one(".mhm-header__region")["lang"] == "nl"


def test_both_pdfs_carry_their_language_and_the_same_numbers(client, seeded, tmp_path):
    dutch = services.edition_pdf(page=_edition("nl"))
    english = services.edition_pdf(page=_edition("en"))
    assert dutch and english
    path = tmp_path / "en.pdf"
    path.write_bytes(english)
    with pdfplumber.open(path) as pdf:
        assert pdf.doc.catalog["Lang"].decode() == "en"
        assert "Human Trafficking Monitor 2025" in " ".join(pdf.pages[0].extract_text().split())
        assert "Page 2 of" in pdf.pages[1].extract_text()
    nl_numbers = _pdf_numbers(dutch, tmp_path, "nl")
    assert len(nl_numbers) > 100
    assert _pdf_numbers(english, tmp_path, "en") == nl_numbers
    response = client.get("/en/monitor/2025/pdf/")
    assert response.status_code == 200 and response.content == english


def test_translation_progress_and_the_redacteur_translates_in_the_admin(client, seeded):
    english = Locale.objects.get(language_code="en")
    source = TranslationSource.objects.get_for_instance(_edition("nl"))
    translation = Translation.objects.get(source=source, target_locale=english)
    total, done = translation.get_progress()
    assert 0 < done < total  # introduction, definitions and conclusion; the rest shows as to do
    labels = TranslationSource.objects.get_for_instance(
        EditionLabels.objects.get(year=2025, locale__language_code="nl")
    ).translations.get(target_locale=english)
    assert 0 < labels.get_progress()[1] < labels.get_progress()[0]

    redacteur = UserFactory(roles=[roles.REDACTEUR])
    assert redacteur.has_perm("wagtail_localize.submit_translation")
    client.force_login(redacteur)
    editor = client.get(f"/admin/pages/{_edition('en').pk}/edit/")
    assert editor.status_code == 200
    html = editor.content.decode()
    # The translation editor, with the glossary above it.
    assert "js-translation-editor" in html and "Regionale Tafel" in html and "Regional Board" in html
    po = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert po.status_code == 200
    exported = polib.pofile(po.content.decode())
    assert "ketenregisseur = chain coordinator" in exported.header
    assert any(entry.msgstr == "9. Conclusion" for entry in exported)


def test_a_po_file_from_outside_is_imported_and_published(client, seeded):
    english = Locale.objects.get(language_code="en")
    source = TranslationSource.objects.get_for_instance(_edition("nl"))
    translation = Translation.objects.get(source=source, target_locale=english)
    po = translation.export_po()
    entry = next(entry for entry in po if entry.msgid == "2. Landelijke cijfers")
    entry.msgstr = "2. Figures for the Netherlands"
    translation.import_po(po, user=None, tool_name="test")
    translation.save_target(publish=False)
    page = _edition("en")
    page.get_latest_revision().publish()
    assert "2. Figures for the Netherlands" in client.get("/en/monitor/2025/").content.decode()


def test_a_correction_of_the_dutch_edition_is_composed_into_the_english_one(client, seeded):
    dutch = _edition("nl")
    dutch.correction_reason = "Tekst verduidelijkt."
    dutch.save_revision(user=UserFactory(roles=[roles.BEHEERDER])).publish()
    nl_snapshot = services.live_snapshot(page=_edition("nl"))
    en_snapshot = services.live_snapshot(page=_edition("en"))
    assert en_snapshot.document["source_published_at"] == nl_snapshot.created_at.isoformat()
    assert list(iter_numbers(en_snapshot.document)) == list(iter_numbers(nl_snapshot.document))
    assert EditionSnapshot.objects.filter(page=_edition("en")).count() == 1


def test_english_formats_of_dates_and_numbers():
    assert english_date("1 maart 2025") == "1 March 2025"
    assert english_date("juli 2026") == "July 2026"
    assert english_date("eind 2025") is None
    assert english_number("1234") == "1,234" and english_number("x") == "x"


def _figure_with_notes(document: dict) -> tuple[dict, dict]:
    """The first figure block of a document with footnotes, a unit and a dimension of several values."""
    for section in document["sections"]:
        for block in section["blocks"]:
            snapshot = block.get("snapshot") or {}
            dimensions = snapshot.get("dimensions") or []
            if (
                snapshot.get("footnotes")
                and snapshot.get("unit")
                and dimensions
                and len(dimensions[0]["values"]) > 2
            ):
                return block, snapshot
    raise AssertionError("no figure with footnotes in the document")


def _translate_labels_except(untranslated: set[str], as_itself: set[str]) -> None:
    """The edition's labels translated into English, all but ``untranslated`` (no translation at all)
    and ``as_itself`` (translated explicitly as the Dutch text); the English edition published again."""
    from wagtail_localize.models import StringSegment, StringTranslation

    english = Locale.objects.get(language_code="en")
    source = TranslationSource.objects.get_for_instance(
        EditionLabels.objects.get(year=2025, locale__language_code="nl")
    )
    translation = source.translations.get(target_locale=english)
    po = translation.export_po()
    for entry in po:
        if entry.msgid in as_itself:
            entry.msgstr = entry.msgid
        elif not entry.msgstr and entry.msgid not in untranslated:
            entry.msgstr = f"{entry.msgid} (EN)"
    translation.import_po(po, user=None, tool_name="test")
    segments = StringSegment.objects.filter(source=source, string__data__in=untranslated)
    assert segments.count() >= len(untranslated)
    StringTranslation.objects.filter(
        locale=english, translation_of__in=segments.values("string"), context__in=segments.values("context")
    ).delete()
    translation.save_target(publish=True)
    _edition("en").get_latest_revision().publish()


def _dutch_marked(element) -> list[str]:
    return [marked.get_text(" ", strip=True).lower() for marked in element.select('[lang="nl"]')]


def _assert_marked_exactly(figure, untranslated: set[str], as_itself: set[str]) -> None:
    """Inside a figure, each text that stayed Dutch is marked lang="nl", and nothing else is; no mark in
    an attribute or inside the chart's SVG (its title and description are text alternatives)."""
    marked = _dutch_marked(figure)
    assert marked, "no text of the figure is marked as Dutch"
    for text in untranslated:
        assert text.lower() in marked, text
    assert set(marked) <= {text.lower() for text in untranslated}, marked
    for text in as_itself:
        assert text in figure.get_text(), text
        assert text.lower() not in marked, text
    html = str(figure)
    assert "&lt;span" not in html
    for svg in figure.select("svg"):
        assert not svg.select("span") and "lang=" not in str(svg.title)
    for element in figure.select("[aria-label]"):
        assert "<" not in element["aria-label"], element["aria-label"]


def test_labels_inside_a_figure_that_stay_dutch_are_marked_on_the_page_and_in_the_pdf(client, seeded):
    from cms.pdf import pdf_html

    block, snapshot = _figure_with_notes(services.live_snapshot(page=_edition("nl")).document)
    dimension = snapshot["dimensions"][0]
    values = [value for value in dimension["values"] if not value.get("is_total")]
    untranslated = {
        dimension["label"],
        values[0]["label"],
        snapshot["footnotes"][0]["text"],
        snapshot["unit"],
    }
    as_itself = {values[1]["label"]}
    assert len(untranslated) == 4 and not untranslated & as_itself
    _translate_labels_except(untranslated, as_itself)

    document = services.live_snapshot(page=_edition("en")).document
    assert untranslated <= set(document["untranslated"])
    assert not as_itself & set(document["untranslated"])
    figure_id = f"figuur-{block['id']}"
    page = _html(client, "/en/monitor/2025/")
    _assert_marked_exactly(page.find(id=figure_id), untranslated, as_itself)
    # The figure's title is translated: English, and not marked.
    title = next(
        item["snapshot"]["title"]
        for section in document["sections"]
        for item in section["blocks"]
        if item.get("id") == block["id"]
    )
    assert title != snapshot["title"] and title in page.find(id=figure_id).get_text()

    printed = BeautifulSoup(pdf_html(document), "html.parser")
    assert printed.html["lang"] == "en"
    _assert_marked_exactly(printed.find(id=figure_id), untranslated, as_itself)


def test_a_label_translated_as_itself_is_english_and_one_never_translated_is_dutch(seeded):
    source = EditionLabels.objects.get(year=2025, locale__language_code="nl")
    labels = [str(block.value) for block in source.labels if block.block_type == "label"]
    same, missing = labels[0], labels[1]
    _translate_labels_except({missing}, {same})
    mapping = EditionLabels.translation_map(source.region_id, 2025, "en")
    assert mapping[same] == same
    assert missing not in mapping
