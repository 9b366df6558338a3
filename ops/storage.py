"""The stored files in S3-compatible object storage (django-storages), as production configures it."""


def s3_storage(
    *,
    bucket: str,
    endpoint_url: str | None = None,
    region: str | None = None,
    location: str = "",
    access_key: str | None = None,
    secret_key: str | None = None,
) -> dict:
    """The ``STORAGES["default"]`` entry for a private bucket the app reads and serves from itself.

    Without ``access_key``/``secret_key`` boto3 finds the credentials itself (AWS_ACCESS_KEY_ID and
    AWS_SECRET_ACCESS_KEY, or the machine's role). A name already taken gets a suffix instead of
    overwriting (``file_overwrite`` off): two renders of one PDF never write into each other's file.
    """
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url or None,
        "region_name": region or None,
        "location": location,
        "default_acl": None,
        "querystring_auth": True,
        "file_overwrite": False,
    }
    if access_key:
        options.update(access_key=access_key, secret_key=secret_key)
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
