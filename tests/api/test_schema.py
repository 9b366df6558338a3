"""The OpenAPI schema is valid and complete, and the documentation page is made from it, in Dutch,
on the public site's template, without anything loaded from elsewhere."""

import json
import re

from django.test import Client
from openapi_spec_validator import validate

from tests.api.conftest import API

ENDPOINTS = {
    "/api/v1/regions/",
    "/api/v1/regions/{slug}/",
    "/api/v1/regions/{slug}/editions/",
    "/api/v1/regions/{slug}/editions/{year}/",
    "/api/v1/regions/{slug}/editions/{year}/tables/",
    "/api/v1/regions/{slug}/editions/{year}/tables/{code}/",
    "/api/v1/regions/{slug}/editions/{year}/plan/",
}


def _schema() -> dict:
    response = Client().get(f"{API}/openapi.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_schema_is_valid_openapi(db):
    schema = _schema()
    validate(schema)
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == ENDPOINTS


def test_the_schema_offers_reading_only(db):
    for path, operations in _schema()["paths"].items():
        assert set(operations) == {"get"}, path


def test_the_schema_describes_pagination_versions_and_null_values(db):
    schema = _schema()
    table = schema["paths"]["/api/v1/regions/{slug}/editions/{year}/tables/{code}/"]["get"]
    names = {parameter["name"] for parameter in table["parameters"]}
    assert names == {"slug", "year", "code", "limit", "offset", "version"}
    observation = schema["components"]["schemas"]["ObservationOut"]
    assert {"type": "null"} in observation["properties"]["value"]["anyOf"]
    assert "niet beschikbaar" in observation["properties"]["value"]["description"]


def test_the_documentation_page_lists_every_endpoint(db):
    response = Client().get(f"{API}/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl"' in html
    for path in ENDPOINTS:
        assert path in html, path
    assert "Voorbeeld van een antwoord" in html
    assert f'href="{API}/openapi.json"' in html
    # Parameters with their meaning, and an example answer made from the schema's examples.
    assert "limit" in html and "offset" in html and "version" in html
    assert "essm_meldpunt_contacten" in html
    # Nothing from another origin: no script at all, stylesheets of our own.
    assert "<script" not in html
    assert not re.search(r'(src|href)="https?://(?!testserver)', html.replace("creativecommons.org", ""))


def test_api_redirects_to_its_documentation(db):
    for path in ("/api/", f"{API}/"):
        response = Client().get(path)
        assert response.status_code == 302 and response["Location"] == f"{API}/docs/"


def test_an_unknown_api_address_is_404_in_json(db):
    for path in (f"{API}/bestaat-niet/", f"{API}/regions/x/y/z/", "/api/v2/"):
        response = Client().get(path)
        assert response.status_code == 404, path
        assert response.json() == {"detail": "Niet gevonden."}
