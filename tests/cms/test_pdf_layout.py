"""The print layout of the seeded 2025 edition, read back from the PDF (issue 13).

The rules of a professional statistical publication: a footnote marker and its note carry the same
number on the same page; no page ends with a heading or a caption; a table that breaks leaves at least
three rows on either side and repeats its header; no page is less than half full except the last page
of a chapter.
"""

from collections import defaultdict

import pytest
from django.core.management import call_command
from django.db import transaction

from cms import services
from cms.models import EditionPage
from tests.cms.pdf_layout import Element, Layout, note_label, read_layout

# The mark makes pytest-django set up the test database even when this module runs alone (it sets up
# only the databases that the session's marked tests need); the tests themselves only read the PDF.
pytestmark = pytest.mark.django_db

HEADINGS = ("H1", "H2", "H3", "H4", "H5", "H6")


@pytest.fixture(scope="module")
def layout(django_db_setup, django_db_blocker, tmp_path_factory) -> Layout:
    """The seeded 2025 edition's PDF, rendered once for the module (the database is rolled back)."""
    path = tmp_path_factory.mktemp("pdf") / "monitor-2025.pdf"
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0)
        page = EditionPage.objects.live().get(year=2025, locale__language_code="nl")
        path.write_bytes(services.edition_pdf(page=page, refresh=True))
        transaction.set_rollback(True)
    return read_layout(path)


def _tables(layout: Layout) -> list[list[Element]]:
    """Each table as its fragments: WeasyPrint tags the part of a table on the next page as a new Table
    without a caption (every table of the edition has one)."""
    tables: list[list[Element]] = []
    for table in layout.root.find("Table"):
        if any(child.type == "Caption" for child in table.children) or not tables:
            tables.append([table])
        else:
            tables[-1].append(table)
    return tables


def _body_rows_per_page(fragments: list[Element]) -> dict[int, int]:
    rows: dict[int, int] = defaultdict(int)
    for body in (body for fragment in fragments for body in fragment.find("TBody")):
        for row in body.children:
            if row.type == "TR" and row.pages():
                rows[min(row.pages())] += 1
    return dict(rows)


def _notes(layout: Layout, fragments: list[Element]) -> dict[int, set[str]]:
    """A table's notes per page: in its footer (a long table repeats them on every page) or in the first
    list after the table, before the next table."""
    items = [li for table in fragments for foot in table.find("TFoot") for li in foot.find("LI")]
    order = list(_all(layout.root))
    after = order[order.index(fragments[-1]) + 1 :]
    for element in after:
        if element.type == "Table":
            break
        if element.type == "L" and element not in _all(fragments[-1]):
            items += element.find("LI")
            break
    notes: dict[int, set[str]] = defaultdict(set)
    for item in items:
        for page in item.pages():
            notes[page].add(note_label(item.text()))
    return notes


def test_every_footnote_marker_has_its_note_with_the_same_number_on_its_page(layout):
    markers = 0
    for fragments in _tables(layout):
        notes = _notes(layout, fragments)
        for link in (link for table in fragments for link in table.find("Link")):
            number, page = link.text().strip(), min(link.pages())
            markers += 1
            assert number in notes[page], f"marker {number} on page {page}; notes there: {notes[page]}"
    assert markers >= 5  # 191 (2), the three joint reports (3-5), COSM 70 (6)


def test_no_page_ends_with_a_heading_or_a_caption(layout):
    for page in range(2, layout.pages + 1):
        leaves = [leaf for leaf in layout.page_leaves(page) if leaf.text.strip() or "Figure" in leaf.path]
        last = leaves[-1]
        assert not last.inside(*HEADINGS, "Caption"), f"page {page} ends with {last.path[-3:]}: {last.text!r}"


def test_a_table_that_breaks_leaves_three_rows_on_either_side_and_repeats_its_header(layout):
    for fragments in _tables(layout):
        rows = _body_rows_per_page(fragments)
        if len(rows) < 2:
            continue
        caption = "".join(c.text() for c in fragments[0].children if c.type == "Caption")
        assert min(rows.values()) >= 3, f"{caption!r} splits {rows}"
        header_pages = {page for table in fragments for head in table.find("THead") for page in head.pages()}
        assert set(rows) <= header_pages, f"{caption!r}: header on {header_pages}, rows on {set(rows)}"


def test_no_page_is_less_than_half_full_except_the_last_page_of_a_chapter(layout):
    ends = layout.chapter_ends()
    thin = {page: round(fill, 2) for page, fill in layout.fill.items() if fill < 0.5 and page not in ends}
    assert not thin, f"pages less than half full: {thin}; chapter ends: {sorted(ends)}"


def test_the_layout_reader_sees_the_chapters(layout):
    # Guards the rules above against a reader that finds nothing: chapters, tables and notes are there.
    assert layout.pages > 20
    assert len(layout.chapter_starts()) >= 12
    assert len(_tables(layout)) >= 15


def _all(element: Element):
    for child in element.children:
        yield child
        yield from _all(child)
