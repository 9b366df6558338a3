"""The stored files go through Django's storage API: production's S3 storage on a real S3 server.

moto runs in server mode (an HTTP endpoint, as MinIO or a cloud provider would be); boto3 looks into
the bucket from outside to see what the app wrote.
"""

import base64
import gzip
import json

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from cms import services
from workbench.management.commands.restore import _restore_media

from .conftest import BUCKET, bucket_keys

PDF = b"%PDF-1.7 the edition as stored in S3"


def test_the_edition_pdf_is_stored_in_the_bucket_and_served_from_it(
    edition, s3_storage_settings, client, monkeypatch
):
    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: PDF)
    snapshot = services.live_snapshot(page=edition)
    services.edition_render_pdf(snapshot=snapshot)

    snapshot.refresh_from_db()
    assert snapshot.pdf.name.startswith("monitor/pdf/")
    assert bucket_keys(s3_storage_settings) == {snapshot.pdf.name}
    stored = s3_storage_settings.get_object(Bucket=BUCKET, Key=snapshot.pdf.name)["Body"].read()
    assert stored == PDF

    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: b"must not render again")
    response = client.get("/monitor/2025/pdf/")
    assert response.status_code == 200
    assert response.content == PDF


def test_orphaned_pdfs_are_removed_from_the_bucket(edition, s3_storage_settings, monkeypatch):
    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: PDF)
    snapshot = services.live_snapshot(page=edition)
    services.edition_render_pdf(snapshot=snapshot)
    snapshot.refresh_from_db()
    orphan = default_storage.save(
        "monitor/pdf/mensenhandelmonitor-2025-r0.pdf", ContentFile(b"%PDF left behind")
    )

    removed = services.pdf_orphans_remove(older_than=-60)

    assert removed == [orphan]
    assert bucket_keys(s3_storage_settings) == {snapshot.pdf.name}


def test_backup_reads_the_bucket_and_restore_writes_it_back(
    edition, s3_storage_settings, tmp_path, monkeypatch
):
    monkeypatch.setattr("cms.pdf.render_pdf", lambda document: PDF)
    snapshot = services.live_snapshot(page=edition)
    services.edition_render_pdf(snapshot=snapshot)
    snapshot.refresh_from_db()
    target = tmp_path / "backup.json.gz"

    call_command("backup", "--output", str(target), verbosity=0)
    with gzip.open(target, "rt", encoding="utf-8") as handle:
        media = json.load(handle)["media"]
    assert base64.b64decode(media[snapshot.pdf.name]) == PDF

    s3_storage_settings.delete_object(Bucket=BUCKET, Key=snapshot.pdf.name)
    assert bucket_keys(s3_storage_settings) == set()
    _restore_media(media)
    assert bucket_keys(s3_storage_settings) == {snapshot.pdf.name}
    stored = s3_storage_settings.get_object(Bucket=BUCKET, Key=snapshot.pdf.name)["Body"].read()
    assert stored == PDF


def test_the_health_check_writes_and_deletes_a_file_in_the_bucket(db, s3_storage_settings, client):
    response = client.get("/gezond/?format=json")
    assert response.status_code == 200, response.content
    assert any(key.startswith("Storage") and value == "OK" for key, value in response.json().items())
    assert bucket_keys(s3_storage_settings) == set()
