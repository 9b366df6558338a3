"""Caching of the API's answers: the parts of a published document by snapshot, and HTTP validators.

A published snapshot never changes, so what the API builds from it is kept in the shared cache under
the snapshot's id (and the edition's last publication, should a revision ever be published twice):
after the first request an answer costs the queries that find the edition and its versions, and no
document is loaded again. The ETag is made of the same ids, the request's path and query and the
host (the answers hold absolute URLs), so a client or CDN asking again with ``If-None-Match`` gets
304 before anything is built; the edition's next publication changes the ids and so the ETag.
``ops.http_cache.PublicCacheHeadersMiddleware`` leaves a response that carries its own ETag and
Cache-Control alone, and answers ``If-None-Match`` on it the same way.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.http import parse_etags

from api.documents import document_parts
from api.selectors import PublishedEdition, snapshot_document

# Part of every cache key and ETag: raise it when the shape of an answer changes, so that no answer
# built by the previous code is served again.
API_REVISION = 1
PART_TIMEOUT = 60 * 60 * 24 * 7
_INDEX = "__parts__"


def _part_key(edition: PublishedEdition, name: str) -> str:
    published = edition.page.last_published_at.timestamp() if edition.page.last_published_at else 0
    return f"api:{API_REVISION}:snapshot:{edition.version.snapshot_id}:{published}:{name}"


def snapshot_part(edition: PublishedEdition, name: str):
    """A part of the answers about the edition's version (``api.documents.document_parts``), or None
    when the document has no such part; the document is read and split at most once per snapshot."""
    index = cache.get(_part_key(edition, _INDEX))
    if index is not None:
        if name not in index:
            return None
        value = cache.get(_part_key(edition, name))
        if value is not None:
            return value
    parts = document_parts(snapshot_document(edition.version.snapshot_id))
    entries = {_part_key(edition, part): value for part, value in parts.items()}
    entries[_part_key(edition, _INDEX)] = sorted(parts)
    cache.set_many(entries, PART_TIMEOUT)
    return parts.get(name)


def etag(request: HttpRequest, basis: str) -> str:
    """A strong validator for this request's answer as long as ``basis`` (snapshot ids) holds."""
    query = urlencode(sorted((key, value) for key, values in request.GET.lists() for value in values))
    raw = f"{API_REVISION}|{request.scheme}://{request.get_host()}{request.path}?{query}|{basis}"
    return '"' + hashlib.sha256(raw.encode()).hexdigest()[:40] + '"'


def _cache_headers(response: HttpResponse, tag: str) -> None:
    response["ETag"] = tag
    patch_cache_control(
        response,
        public=True,
        max_age=getattr(settings, "PUBLIC_CACHE_MAX_AGE", 60),
        s_maxage=getattr(settings, "PUBLIC_CACHE_SHARED_MAX_AGE", 300),
    )


def not_modified(request: HttpRequest, response: HttpResponse, basis: str) -> HttpResponse | None:
    """304 if the client has this answer already; else None, with ETag and Cache-Control set on the
    (temporal) response that the answer will be rendered into."""
    tag = etag(request, basis)
    _cache_headers(response, tag)
    known = {value.removeprefix("W/") for value in parse_etags(request.headers.get("If-None-Match", ""))}
    if tag in known or "*" in known:
        unchanged = HttpResponseNotModified()
        _cache_headers(unchanged, tag)
        return unchanged
    return None
