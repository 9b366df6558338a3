"""A backup restored into an empty database and an empty media folder serves every public file."""

import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from cms.models import EditionSnapshot
from tests.cms.conftest import make_edition, make_figure_table, make_plan

PDF = b"%PDF-1.7 the edition as published"


def _filesystem_media(root):
    return override_settings(
        MEDIA_ROOT=str(root),
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    )


def _public_urls(client, edition) -> set[str]:
    """The public pages and every local link on them (downloads included), not the admin."""
    urls = {"/", "/monitor/", edition.url}
    for page in list(urls):
        html = client.get(page).content.decode()
        for link in re.findall(r'href="(/[^"#]*)"', html):
            if not link.startswith(("/admin/", "/static/")):
                urls.add(link.replace("&amp;", "&"))
    return urls


def _empty_database():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _fail_render(document):
    raise AssertionError("the PDF must come from the backup, not from a new render")


@pytest.fixture
def site_with_pdf(site, tmp_path, monkeypatch):
    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: PDF)
    with _filesystem_media(tmp_path / "media-old"):
        _home, index = site
        edition = make_edition(index, plan=make_plan(), tables=[make_figure_table("tabel_test")])
        yield edition


def test_restore_on_a_new_machine_serves_every_public_file(client, site_with_pdf, tmp_path, monkeypatch):
    edition = site_with_pdf
    urls = _public_urls(client, edition)
    before = {url: client.get(url) for url in sorted(urls)}
    # Links to pages this small test site lacks (the accessibility statement) are not files to restore.
    urls = {url for url, response in before.items() if response.status_code != 404}
    assert {url: before[url].status_code for url in urls} == dict.fromkeys(urls, 200)
    assert {"/", "/monitor/", edition.url, f"{edition.url}pdf/", "/monitor/2025/cijfers.csv"} <= urls
    assert EditionSnapshot.objects.get().pdf.storage.exists(EditionSnapshot.objects.get().pdf.name)
    target = tmp_path / "backup.json.gz"
    call_command("backup", output=str(target))

    # A new machine: an empty database, an empty media folder, an empty cache.
    _empty_database()
    cache.clear()
    new_media = tmp_path / "media-new"
    new_media.mkdir()
    monkeypatch.setattr("cms.pdf.render_pdf", _fail_render)
    with _filesystem_media(new_media):
        call_command("restore", str(target), yes=True)
        after = {url: client.get(url) for url in sorted(urls)}
        assert {url: response.status_code for url, response in after.items()} == dict.fromkeys(urls, 200)
        assert b"".join(after[f"{edition.url}pdf/"]) == PDF
        assert after["/monitor/2025/cijfers.csv"].content == before["/monitor/2025/cijfers.csv"].content
        assert any(new_media.rglob("*.pdf"))


def test_a_backup_without_files_still_restores_and_renders_the_pdf_again(client, site_with_pdf, tmp_path):
    """Backups made before the files were included: the PDF is rendered again from its snapshot."""
    import gzip
    import json

    edition = site_with_pdf
    assert client.get(f"{edition.url}pdf/").status_code == 200
    target = tmp_path / "backup.json.gz"
    call_command("backup", output=str(target))
    with gzip.open(target, "rt", encoding="utf-8") as handle:
        data = json.load(handle)["data"]
    old = tmp_path / "old-backup.json.gz"
    with gzip.open(old, "wt", encoding="utf-8") as handle:
        json.dump(data, handle)
    _empty_database()
    cache.clear()
    with _filesystem_media(tmp_path / "media-empty"):
        call_command("restore", str(old), yes=True)
        response = client.get(f"{edition.url}pdf/")
        assert response.status_code == 200 and b"".join(response) == PDF
