"""The PDF of an edition: made once per published revision, tagged, with outline and title."""

import io

import pytest
from django.core.management import call_command
from pypdf import PdfReader

from cms.models import EditionSnapshot


def _outline_titles(reader: PdfReader) -> list[str]:
    titles = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    return titles


@pytest.fixture
def render_counter(monkeypatch):
    from cms import pdf

    calls = []
    real = pdf.render_pdf

    def counting(document):
        calls.append(document["year"])
        return real(document)

    monkeypatch.setattr(pdf, "render_pdf", counting)
    return calls


def test_pdf_is_a_tagged_pdf_with_title_language_and_outline(client, edition, render_counter):
    response = client.get("/monitor/2025/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Mensenhandelmonitor 2025" in text
    assert reader.metadata.title.startswith("Mensenhandelmonitor 2025")
    outline = _outline_titles(reader)
    for chapter in ("Aanleiding", "Stand van zaken actieplan", "Conclusie"):
        assert chapter in outline
    assert "Een tussenkop" in outline
    catalog = reader.trailer["/Root"]
    assert str(catalog["/Lang"]) == "nl"
    assert "/StructTreeRoot" in catalog
    assert catalog["/MarkInfo"]["/Marked"]


def test_pdf_is_rendered_once_per_published_revision(client, edition, render_counter):
    client.get("/monitor/2025/pdf/")
    client.get("/monitor/2025/pdf/")
    assert render_counter == [2025]
    snapshot = EditionSnapshot.objects.get(revision_id=edition.live_revision_id)
    assert snapshot.pdf and snapshot.pdf_rendered_at

    edition.save_revision().publish()
    client.get("/monitor/2025/pdf/")
    assert render_counter == [2025, 2025]


def test_publishing_queues_the_pdf(edition, render_counter, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        edition.save_revision().publish()
    edition.refresh_from_db()
    assert EditionSnapshot.objects.get(revision_id=edition.live_revision_id).pdf
    assert render_counter == [2025]


def test_render_monitor_pdf_command(edition, tmp_path):
    output = tmp_path / "editie.pdf"
    call_command("render_monitor_pdf", year=2025, output=str(output))
    assert output.read_bytes().startswith(b"%PDF")


def test_a_pdf_being_rendered_elsewhere_is_not_rendered_again(client, edition, render_counter, monkeypatch):
    from django.core.cache import cache

    from cms import services

    snapshot = EditionSnapshot.objects.get(revision_id=edition.live_revision_id)
    cache.add(f"cms:pdf-lock:{snapshot.pk}", 1, 60)
    monkeypatch.setattr(services, "PDF_WAIT_SECONDS", 0.2)
    response = client.get("/monitor/2025/pdf/")
    assert response.status_code == 503
    assert response["Retry-After"]
    assert render_counter == []


def test_colophon_gives_full_addresses_and_its_own_running_header(client, edition, settings):
    settings.PUBLIC_BASE_URL = "https://monitor.example.nl/"
    reader = PdfReader(io.BytesIO(client.get("/monitor/2025/pdf/").content))
    last = reader.pages[-1].extract_text()
    assert "https://monitor.example.nl/monitor/2025/cijfers.csv" in last
    assert "https://monitor.example.nl/monitor/2025/" in last
    header = last.splitlines()[:2]
    assert any(line.rstrip().endswith("Colofon") for line in header), header
    assert "Colofon" in _outline_titles(reader)
