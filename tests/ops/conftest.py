"""An S3 server for the storage tests: moto in server mode on a free port, started by the tests."""

import socket

import boto3
import pytest
from django.test import override_settings

from ops.storage import s3_storage
from tests.cms.conftest import beheerder, edition, plan, site  # noqa: F401 - fixtures

BUCKET = "mensenhandelmonitor-test"
CREDENTIALS = {"access_key": "testing", "secret_key": "testing"}  # moto accepts any


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def s3_server():
    """A real HTTP S3 endpoint (moto's ThreadedMotoServer), for the whole session; yields its URL."""
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.stop()


@pytest.fixture
def s3_bucket(s3_server):
    """A fresh bucket; yields a boto3 client to look into it."""
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(Bucket=BUCKET)
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


@pytest.fixture
def s3_storage_settings(s3_server, s3_bucket):
    """The default storage is production's S3 storage on the local server."""
    default = s3_storage(bucket=BUCKET, endpoint_url=s3_server, region="us-east-1", **CREDENTIALS)
    storages = {
        "default": default,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages):
        yield s3_bucket


def bucket_keys(client) -> set[str]:
    return {item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])}
