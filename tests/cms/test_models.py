"""The edition page: its URL follows its year, its table of contents follows its headings."""

from cms import document
from cms.models import EditionPage
from tests.public import public_text


def test_edition_slug_is_its_year(site):
    _home, index = site
    page = EditionPage(title="Editie", year=2031, slug="iets-anders")
    page.clean()
    assert page.slug == "2031"


def test_table_of_contents_from_chapters_and_subheadings(edition):
    toc = document.build_document(edition)["toc"]
    assert [entry["title"] for entry in toc] == ["Aanleiding", "Stand van zaken actieplan", "Conclusie"]
    assert toc[0]["children"] == [{"title": "Een tussenkop", "anchor": "een-tussenkop"}]


def test_edition_page_shows_toc_with_working_anchors(client, edition):
    html = client.get("/monitor/2025/").content.decode()
    for anchor in ("aanleiding", "een-tussenkop", "stand-van-zaken-actieplan", "conclusie"):
        assert f'href="#{anchor}"' in html
        assert f'id="{anchor}"' in html


def test_public_pages_are_dutch_accessible_shells(client, edition):
    html = client.get("/monitor/2025/").content.decode()
    assert '<html lang="nl"' in html
    assert 'href="#hoofdinhoud"' in html and 'id="hoofdinhoud"' in html
    assert "<header" in html and "<nav" in html and "<footer" in html
    assert 'href="/monitor/2025/pdf/"' in html and 'href="/monitor/2025/cijfers.csv"' in html


def test_home_shows_latest_edition_and_archive(client, site, plan):
    from tests.cms.conftest import make_edition

    _home, index = site
    make_edition(index, year=2024, plan=plan)
    make_edition(index, year=2025, plan=plan)
    html = client.get("/").content.decode()
    assert html.index("Mensenhandelmonitor 2025") < html.index("Mensenhandelmonitor 2024")
    index_html = client.get("/monitor/").content.decode()
    assert "/monitor/2024/" in index_html and "/monitor/2025/" in index_html


def test_unpublished_edition_is_not_public(client, site, plan):
    _home, index = site
    from tests.cms.conftest import make_edition

    make_edition(index, year=2027, plan=plan, publish=False)
    assert client.get("/monitor/2027/").status_code == 404
    assert client.get("/monitor/2027/pdf/").status_code == 404


def test_preview_shows_the_draft_while_the_public_page_shows_the_publication(client, edition):
    edition.title = "Conceptversie van de editie"
    edition.save_revision()
    preview = edition.make_preview_request()
    assert "Conceptversie van de editie" in preview.content.decode()
    assert "Conceptversie van de editie" not in public_text("/monitor/2025/")
