"""The open API (django-ninja), mounted at /api/v1/: read-only, no sign-in, from published snapshots only.

Every endpoint finds the published edition first (``api.selectors``: 404 for anything not live and
public), answers 304 to a client that has the answer already (``api.http``), and reads the rest from
the parts of the snapshot's document kept in the cache. Lists are paginated with ninja's
LimitOffsetPagination (``limit``, ``offset``; answer ``items`` and ``count``).
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI, Path, Query, Router
from ninja.errors import Throttled
from ninja.pagination import LimitOffsetPagination

from api import schemas
from api.http import not_modified, snapshot_part
from api.selectors import (
    PublishedEdition,
    Version,
    editions_fingerprint,
    published_edition,
    published_editions,
)
from api.throttling import ClientRateThrottle

PREFIX = "/api/v1/"
MAX_LIMIT = 1000


class Pagination(LimitOffsetPagination):
    """limit (default 100, at most 1000) and offset; the answer carries items and count."""

    class Input(LimitOffsetPagination.Input):
        limit: int = schemas.Field(100, ge=1, le=MAX_LIMIT, description="Aantal per pagina (hoogstens 1000).")
        offset: int = schemas.Field(0, ge=0, description="Aantal over te slaan items.")


PAGINATOR = Pagination(max_limit=MAX_LIMIT)

api = NinjaAPI(
    title="Mensenhandelmonitor: open data",
    version="1",
    description=(
        "De gepubliceerde edities van de Mensenhandelmonitor als JSON: edities met hun versies en "
        "correcties, tabellen met dimensies en eenheden, waarnemingen met voetnoten en kwaliteitsnoten, "
        "en de stand van het actieplan per opgave. Alleen wat gepubliceerd is; alleen lezen. "
        "Cijfers: CC BY 4.0."
    ),
    urls_namespace="api-v1",
    docs_url=None,
    openapi_url="/openapi.json",
    throttle=[ClientRateThrottle()],
)

editions = Router(tags=[gettext_lazy("edities")])
NOT_FOUND = {404: schemas.ErrorOut}


def read(router: Router, path: str, **kwargs):
    """GET (in the schema) and HEAD (the same answer without a body) on one path."""

    def decorator(func):
        router.api_operation(["HEAD"], path, include_in_schema=False, **kwargs)(func)
        return router.get(path, **kwargs)(func)

    return decorator


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": _("Niet gevonden.")}, status=404)


@api.exception_handler(Throttled)
def _throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    message = _("Te veel verzoeken. Probeer het later opnieuw.")
    return api.create_response(request, {"detail": message}, status=429)


def _absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def _edition_urls(request: HttpRequest, edition: PublishedEdition) -> dict[str, str]:
    web = _absolute(request, edition.page.get_url(request))
    return {
        "url": _absolute(request, f"{PREFIX}editions/{edition.page.year}/"),
        "web_url": web,
        "pdf_url": f"{web}pdf/",
        "csv_url": f"{web}cijfers.csv",
    }


def _version_out(request: HttpRequest, edition: PublishedEdition, version: Version) -> dict:
    web = _absolute(request, edition.page.get_url(request))
    return {
        "number": version.number,
        "published_at": version.published_at,
        "is_current": version.is_current,
        "is_correction": version.is_correction,
        "correction_reason": version.correction_reason or None,
        "changes": version.changes,
        "url": _absolute(request, f"{PREFIX}editions/{edition.page.year}/?version={version.number}"),
        "web_url": f"{web}versies/{version.number}/",
        "pdf_url": f"{web}versies/{version.number}/pdf/",
        "csv_url": f"{web}versies/{version.number}/cijfers.csv",
    }


def _summary(request: HttpRequest, edition: PublishedEdition) -> dict:
    current = edition.current
    return {
        "year": edition.page.year,
        "title": current.title,
        "subtitle": current.subtitle,
        "region_name": current.region_name,
        "publication_date": current.publication_date,
        "published_at": current.published_at,
        "current_version": current.number,
        "versions_count": len(edition.versions),
        **_edition_urls(request, edition),
    }


def _version_suffix(edition: PublishedEdition) -> str:
    return "" if edition.version.is_current else f"?version={edition.version.number}"


YEAR = Path(..., description="Het jaar waarover de editie rapporteert.", example=2025)
CODE = Path(
    ..., description="De code van de tabel (zie de lijst van tabellen).", example="essm_meldpunt_contacten"
)
VERSION = Query(
    None, ge=1, description="Een eerdere gepubliceerde versie (1 = de eerste publicatie); leeg: de huidige."
)


@read(editions, "/", response=schemas.EditionPageOut, summary=gettext_lazy("Gepubliceerde edities"))
def edition_list(request: HttpRequest, response: HttpResponse, *, pagination: Query[Pagination.Input]):
    """Alle gepubliceerde edities, nieuwste eerst, met hun huidige versie."""
    published = published_editions()
    if unchanged := not_modified(request, response, editions_fingerprint(published)):
        return unchanged
    return PAGINATOR.paginate_queryset(
        [_summary(request, edition) for edition in published], pagination=pagination, request=request
    )


@read(
    editions, "/{year}/", response={200: schemas.EditionOut, **NOT_FOUND}, summary=gettext_lazy("Eén editie")
)
def edition_detail(
    request: HttpRequest, response: HttpResponse, *, year: int = YEAR, version: int | None = VERSION
):
    """Een gepubliceerde editie met al haar versies (correcties met reden en datum)."""
    edition = published_edition(year=year, version=version)
    if unchanged := not_modified(request, response, edition.fingerprint):
        return unchanged
    base = _absolute(request, f"{PREFIX}editions/{year}/")
    suffix = _version_suffix(edition)
    return {
        **_summary(request, edition),
        "version": edition.version.number,
        "versions": [_version_out(request, edition, item) for item in edition.versions],
        "tables_url": f"{base}tables/{suffix}",
        "plan_url": f"{base}plan/{suffix}",
    }


def _table_out(request: HttpRequest, edition: PublishedEdition, table: dict) -> dict:
    url = _absolute(request, f"{PREFIX}editions/{edition.page.year}/tables/{table['code']}/")
    return {**table, "url": url + _version_suffix(edition)}


@read(
    editions,
    "/{year}/tables/",
    response={200: schemas.TablePageOut, **NOT_FOUND},
    summary=gettext_lazy("Tabellen van een editie"),
)
def table_list(
    request: HttpRequest,
    response: HttpResponse,
    *,
    year: int = YEAR,
    pagination: Query[Pagination.Input],
    version: int | None = VERSION,
):
    """De tabellen van de editie: code, titel, eenheid, bron, hoofdstuk, dimensies met waarden en eenheden."""
    edition = published_edition(year=year, version=version)
    if unchanged := not_modified(request, response, edition.fingerprint):
        return unchanged
    tables = [_table_out(request, edition, table) for table in snapshot_part(edition, "tables") or []]
    return PAGINATOR.paginate_queryset(tables, pagination=pagination, request=request)


@read(
    editions,
    "/{year}/tables/{code}/",
    response={200: schemas.TableObservationsOut, **NOT_FOUND},
    summary=gettext_lazy("Eén tabel met haar waarnemingen"),
)
def table_detail(
    request: HttpRequest,
    response: HttpResponse,
    *,
    year: int = YEAR,
    code: str = CODE,
    pagination: Query[Pagination.Input],
    version: int | None = VERSION,
):
    """Eén tabel van de editie en haar waarnemingen: coördinaten, waarde (leeg: niet beschikbaar),
    voetnoten en kwaliteitsnoten."""
    edition = published_edition(year=year, version=version)
    if unchanged := not_modified(request, response, edition.fingerprint):
        return unchanged
    part = snapshot_part(edition, f"table:{code}")
    if part is None:
        raise Http404
    page = PAGINATOR.paginate_queryset(part["observations"], pagination=pagination, request=request)
    return {"table": _table_out(request, edition, part["table"]), **page}


@read(
    editions,
    "/{year}/plan/",
    response={200: schemas.PlanOut, **NOT_FOUND},
    summary=gettext_lazy("Stand van het actieplan"),
)
def plan_state(
    request: HttpRequest, response: HttpResponse, *, year: int = YEAR, version: int | None = VERSION
):
    """De stand van het actieplan per opgave zoals de editie die toont: aantallen per status, de acties
    (als de editie ze opsomt) en de doorkijk."""
    edition = published_edition(year=year, version=version)
    if unchanged := not_modified(request, response, edition.fingerprint):
        return unchanged
    return snapshot_part(edition, "plan") or {"plan_states": [], "outlook": []}


api.add_router("/editions/", editions)
