"""The open API (django-ninja), mounted at /api/v1/: read-only, no sign-in, from published snapshots only.

Every endpoint finds the published edition first, by region and year (``api.selectors``: 404 for
anything not live and public, and for another region's edition), answers 304 to a client that has
the answer already (``api.http``), and reads the rest from the parts of the snapshot's document kept
in the cache (``api.documents``; the addresses and versions: ``api.answers``). Lists are paginated with
ninja's LimitOffsetPagination (``limit``, ``offset``; the answer has ``items`` and ``count``).
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI, Path, Query, Router
from ninja.errors import Throttled
from ninja.pagination import LimitOffsetPagination

from api import answers, schemas
from api.http import not_modified, snapshot_part
from api.selectors import by_region, editions_fingerprint, published_edition, published_editions
from api.throttling import ClientRateThrottle

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
        "De gepubliceerde edities van de Mensenhandelmonitor als JSON: per regio de edities met hun "
        "versies en correcties, tabellen met dimensies en eenheden, waarnemingen met voetnoten en "
        "kwaliteitsnoten, en de stand van het actieplan per opgave. Alleen wat gepubliceerd is; alleen "
        "lezen. Cijfers: CC BY 4.0."
    ),
    urls_namespace="api-v1",
    docs_url=None,
    openapi_url="/openapi.json",
    throttle=[ClientRateThrottle()],
)

regions = Router(tags=[gettext_lazy("regio's en edities")])
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


SLUG = Path(..., description="De code van de regio (zie de lijst van regio's).", example="rotterdam")
YEAR = Path(..., description="Het jaar waarover de editie rapporteert.", example=2025)
CODE = Path(
    ..., description="De code van de tabel (zie de lijst van tabellen).", example="essm_meldpunt_contacten"
)
VERSION = Query(
    None, ge=1, description="Een eerdere gepubliceerde versie (1 = de eerste publicatie); leeg: de huidige."
)


@read(regions, "/", response=schemas.RegionPageOut, summary=gettext_lazy("Regio's"))
def region_list(request: HttpRequest, response: HttpResponse, *, pagination: Query[Pagination.Input]):
    """De regio's die ten minste één editie hebben gepubliceerd."""
    published = published_editions()
    if unchanged := not_modified(request, response, editions_fingerprint(published)):
        return unchanged
    items = [answers.region_out(request, region, editions) for region, editions in by_region(published)]
    return PAGINATOR.paginate_queryset(items, pagination=pagination, request=request)


def _region_editions(slug: str):
    published = published_editions(region_slug=slug)
    if not published:
        raise Http404  # no such region, or nothing published yet: the same answer
    return published


@read(regions, "/{slug}/", response={200: schemas.RegionOut, **NOT_FOUND}, summary=gettext_lazy("Eén regio"))
def region_detail(request: HttpRequest, response: HttpResponse, *, slug: str = SLUG):
    """Een regio met de jaren van haar gepubliceerde edities."""
    published = _region_editions(slug)
    if unchanged := not_modified(request, response, editions_fingerprint(published)):
        return unchanged
    return answers.region_out(request, published[0].page.region, published)


@read(
    regions,
    "/{slug}/editions/",
    response={200: schemas.EditionPageOut, **NOT_FOUND},
    summary=gettext_lazy("Gepubliceerde edities van een regio"),
)
def edition_list(
    request: HttpRequest, response: HttpResponse, *, slug: str = SLUG, pagination: Query[Pagination.Input]
):
    """De gepubliceerde edities van de regio, nieuwste eerst, met hun huidige versie."""
    published = _region_editions(slug)
    if unchanged := not_modified(request, response, editions_fingerprint(published)):
        return unchanged
    items = [answers.edition_summary(request, edition) for edition in published]
    return PAGINATOR.paginate_queryset(items, pagination=pagination, request=request)


@read(
    regions,
    "/{slug}/editions/{year}/",
    response={200: schemas.EditionOut, **NOT_FOUND},
    summary=gettext_lazy("Eén editie"),
)
def edition_detail(
    request: HttpRequest,
    response: HttpResponse,
    *,
    slug: str = SLUG,
    year: int = YEAR,
    version: int | None = VERSION,
):
    """Een gepubliceerde editie met al haar versies (correcties met reden en datum)."""
    edition = published_edition(region_slug=slug, year=year, version=version)
    if unchanged := not_modified(request, response, editions_fingerprint([edition])):
        return unchanged
    return answers.edition_detail(request, edition)


@read(
    regions,
    "/{slug}/editions/{year}/tables/",
    response={200: schemas.TablePageOut, **NOT_FOUND},
    summary=gettext_lazy("Tabellen van een editie"),
)
def table_list(
    request: HttpRequest,
    response: HttpResponse,
    *,
    slug: str = SLUG,
    year: int = YEAR,
    pagination: Query[Pagination.Input],
    version: int | None = VERSION,
):
    """De tabellen van de editie: code, titel, eenheid, bron, hoofdstuk, of ze tussen regio's vergelijkbaar
    zijn, en hun dimensies met waarden en eenheden."""
    edition = published_edition(region_slug=slug, year=year, version=version)
    if unchanged := not_modified(request, response, editions_fingerprint([edition])):
        return unchanged
    tables = [answers.table_out(request, edition, table) for table in snapshot_part(edition, "tables") or []]
    return PAGINATOR.paginate_queryset(tables, pagination=pagination, request=request)


@read(
    regions,
    "/{slug}/editions/{year}/tables/{code}/",
    response={200: schemas.TableObservationsOut, **NOT_FOUND},
    summary=gettext_lazy("Eén tabel met haar waarnemingen"),
)
def table_detail(
    request: HttpRequest,
    response: HttpResponse,
    *,
    slug: str = SLUG,
    year: int = YEAR,
    code: str = CODE,
    pagination: Query[Pagination.Input],
    version: int | None = VERSION,
):
    """Eén tabel van de editie en haar waarnemingen: coördinaten, waarde (leeg: niet beschikbaar),
    voetnoten en kwaliteitsnoten."""
    edition = published_edition(region_slug=slug, year=year, version=version)
    if unchanged := not_modified(request, response, editions_fingerprint([edition])):
        return unchanged
    part = snapshot_part(edition, f"table:{code}")
    if part is None:
        raise Http404
    page = PAGINATOR.paginate_queryset(part["observations"], pagination=pagination, request=request)
    return {"table": answers.table_out(request, edition, part["table"]), **page}


@read(
    regions,
    "/{slug}/editions/{year}/plan/",
    response={200: schemas.PlanOut, **NOT_FOUND},
    summary=gettext_lazy("Stand van het actieplan"),
)
def plan_state(
    request: HttpRequest,
    response: HttpResponse,
    *,
    slug: str = SLUG,
    year: int = YEAR,
    version: int | None = VERSION,
):
    """De stand van het actieplan per opgave zoals de editie die toont: aantallen per status, de acties
    (als de editie ze opsomt) en de doorkijk."""
    edition = published_edition(region_slug=slug, year=year, version=version)
    if unchanged := not_modified(request, response, editions_fingerprint([edition])):
        return unchanged
    return snapshot_part(edition, "plan") or {"plan_states": [], "outlook": []}


api.add_router("/regions/", regions)
