"""The parts of the API's answers that are not read from a snapshot's document: where things are (API
and web addresses), the versions of an edition, a region and an edition in a list."""

from __future__ import annotations

from django.http import HttpRequest

from api.selectors import PublishedEdition, Version

PREFIX = "/api/v1/"


def absolute(request: HttpRequest, path: str) -> str:
    return request.build_absolute_uri(path)


def region_api_url(request: HttpRequest, slug: str) -> str:
    return absolute(request, f"{PREFIX}regions/{slug}/")


def edition_api_url(request: HttpRequest, edition: PublishedEdition) -> str:
    return absolute(request, f"{PREFIX}regions/{edition.page.region.slug}/editions/{edition.page.year}/")


def version_suffix(edition: PublishedEdition) -> str:
    """The query that names the version asked for, unless it is the current one."""
    return "" if edition.version.is_current else f"?version={edition.version.number}"


def web_url(request: HttpRequest, page) -> str | None:
    """The page's public address (None if the site does not route to it)."""
    url = page.get_url(request) if page is not None else None
    return absolute(request, url) if url else None


def _files(web: str | None, folder: str = "") -> dict[str, str | None]:
    return {
        "web_url": f"{web}{folder}" if web else None,
        "pdf_url": f"{web}{folder}pdf/" if web else None,
        "csv_url": f"{web}{folder}cijfers.csv" if web else None,
    }


def version_out(request: HttpRequest, edition: PublishedEdition, version: Version, web: str | None) -> dict:
    return {
        "number": version.number,
        "published_at": version.published_at,
        "is_current": version.is_current,
        "is_correction": version.is_correction,
        "correction_reason": version.correction_reason or None,
        "changes": version.changes,
        "url": f"{edition_api_url(request, edition)}?version={version.number}",
        **_files(web, f"versies/{version.number}/"),
    }


def edition_summary(request: HttpRequest, edition: PublishedEdition) -> dict:
    """An edition in a list: its current version, where to read it, and how many versions it has."""
    current = edition.current
    return {
        "region": edition.page.region.slug,
        "year": edition.page.year,
        "title": current.title,
        "subtitle": current.subtitle,
        "region_name": current.region_name,
        "publication_date": current.publication_date,
        "published_at": current.published_at,
        "current_version": current.number,
        "versions_count": len(edition.versions),
        "url": edition_api_url(request, edition),
        **_files(web_url(request, edition.page)),
    }


def edition_detail(request: HttpRequest, edition: PublishedEdition) -> dict:
    web = web_url(request, edition.page)
    base = edition_api_url(request, edition)
    suffix = version_suffix(edition)
    return {
        **edition_summary(request, edition),
        "version": edition.version.number,
        "versions": [version_out(request, edition, item, web) for item in edition.versions],
        "tables_url": f"{base}tables/{suffix}",
        "plan_url": f"{base}plan/{suffix}",
    }


def table_out(request: HttpRequest, edition: PublishedEdition, table: dict) -> dict:
    url = f"{edition_api_url(request, edition)}tables/{table['code']}/"
    return {**table, "url": url + version_suffix(edition)}


def region_out(request: HttpRequest, region, editions: list[PublishedEdition]) -> dict:
    """A region that published at least one edition; its names as the region's data give them."""
    years = sorted((edition.page.year for edition in editions), reverse=True)
    return {
        "slug": region.slug,
        "name": region.name,
        "full_name": region.full_name,
        "is_fictional": region.is_fictional,
        "editions_count": len(editions),
        "latest_year": years[0] if years else None,
        "years": years,
        "url": region_api_url(request, region.slug),
        "editions_url": f"{region_api_url(request, region.slug)}editions/",
        "web_url": web_url(request, getattr(region, "home_page", None)),
    }
