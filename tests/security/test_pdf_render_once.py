"""One render of an edition's PDF across processes: several processes asking at once render it once
and store one file; orphaned files are removed."""

import os
import subprocess
import sys
import textwrap
import time

import pytest

from cms.models import EditionSnapshot
from tests.cms.conftest import make_edition, make_figure_table, make_plan

from . import served

PROCESSES = 4

# Each process: production settings on the served database; the renderer replaced by one that notes
# each call and takes a second (as WeasyPrint takes seconds); all ask for the PDF at the same moment.
WORKER = textwrap.dedent(
    """
    import os, sys, time
    import django

    django.setup()
    import cms.pdf
    from cms import services
    from cms.models import EditionPage

    def render(document):
        with open(os.environ["RENDER_LOG"], "a") as log:
            log.write(f"{os.getpid()}\\n")
        time.sleep(1)
        return b"%PDF-1.7 edition " + str(document["year"]).encode()

    cms.pdf.render_pdf = render
    page = EditionPage.objects.get(year=2025, locale__language_code="nl")
    start = float(os.environ["START_AT"])
    while time.time() < start:
        time.sleep(0.005)
    sys.stdout.write(repr(services.edition_pdf(page=page)))
    """
)


@pytest.fixture
def published_without_pdf(transactional_db, django_db_serialized_rollback, site, monkeypatch):
    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: b"%PDF-1.7 in test")
    _home, index = site
    page = make_edition(index, plan=make_plan(), tables=[make_figure_table("tabel_test")])
    EditionSnapshot.objects.update(pdf="", pdf_rendered_at=None)
    served.create_cache_table()
    yield page
    served.drop_cache_table()


def test_processes_asking_at_once_render_one_pdf_and_keep_one_file(published_without_pdf, tmp_path):
    media = tmp_path / "media"
    pdf_dir = media / "monitor" / "pdf"
    pdf_dir.mkdir(parents=True)
    orphan = pdf_dir / "mensenhandelmonitor-2025-r1_oud.pdf"
    orphan.write_bytes(b"%PDF-1.7 left by a render that died")
    an_hour_ago = time.time() - 3600
    os.utime(orphan, (an_hour_ago, an_hour_ago))
    render_log = tmp_path / "renders.log"
    environment = served.production_environment(
        served.database_url(tmp_path),
        MEDIA_ROOT=str(media),
        RENDER_LOG=str(render_log),
        START_AT=str(time.time() + 12),
    )
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER],
            cwd=served.ROOT,
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(PROCESSES)
    ]
    results = [worker.communicate(timeout=120) for worker in workers]
    for worker, (_out, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err
    assert {out for out, _err in results} == {"b'%PDF-1.7 edition 2025'"}
    assert len(render_log.read_text().split()) == 1
    revision = EditionSnapshot.objects.get().revision_id
    assert [path.name for path in pdf_dir.iterdir()] == [f"mensenhandelmonitor-2025-r{revision}.pdf"]


@pytest.fixture
def edition_in_memory(site, monkeypatch):
    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: b"%PDF-1.7 rendered")
    _home, index = site
    return make_edition(index, plan=make_plan(), tables=[make_figure_table("tabel_test")])


def _stored_pdfs() -> list[str]:
    storage = EditionSnapshot._meta.get_field("pdf").storage
    try:
        return storage.listdir("monitor/pdf")[1]
    except FileNotFoundError:
        return []


def test_two_renders_that_meet_keep_one_file(edition_in_memory):
    from cms.services import _store_pdf

    EditionSnapshot.objects.update(pdf="")
    first, second = EditionSnapshot.objects.get(), EditionSnapshot.objects.get()
    before = set(_stored_pdfs())
    _store_pdf(first, b"%PDF-1.7 first")
    _store_pdf(second, b"%PDF-1.7 second")  # recorded against the empty field it read: refused
    snapshot = EditionSnapshot.objects.get()
    assert second.pdf.name == first.pdf.name == snapshot.pdf.name
    assert set(_stored_pdfs()) - before == {snapshot.pdf.name.rsplit("/", 1)[1]}
    with snapshot.pdf.open("rb") as handle:
        assert handle.read() == b"%PDF-1.7 first"


def test_a_pdf_whose_file_is_missing_is_rendered_again(client, edition_in_memory):
    assert client.get(f"{edition_in_memory.url}pdf/").status_code == 200
    snapshot = EditionSnapshot.objects.get()
    snapshot.pdf.storage.delete(snapshot.pdf.name)  # as after a restore without the media files
    response = client.get(f"{edition_in_memory.url}pdf/")
    assert response.status_code == 200
    assert b"".join(response) == b"%PDF-1.7 rendered"
