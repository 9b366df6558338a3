"""The API's documentation page, made from its OpenAPI schema, in the public site's look.

Ninja's Swagger UI loads its scripts from a CDN, which the Content-Security-Policy forbids and the
public must not depend on; this page is plain HTML from our own templates and CSS: every endpoint
with its parameters and an example answer built from the schema's examples.
"""

from __future__ import annotations

import json
from functools import lru_cache

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from api.answers import PREFIX
from api.endpoints import api

_PLACEHOLDERS = {"string": "tekst", "integer": 0, "number": 0, "boolean": False}
_MAX_DEPTH = 8


def _resolve(schema: dict, components: dict) -> dict:
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _example(schema: dict, components: dict, depth: int = 0):  # noqa: C901 - one branch per JSON type
    """A plausible value for a JSON schema: its example, else its default, else one of its type."""
    schema = _resolve(schema, components)
    if schema.get("examples"):
        return schema["examples"][0]
    if schema.get("default") not in (None, [], {}):
        return schema["default"]
    if "anyOf" in schema:
        options = [option for option in schema["anyOf"] if option.get("type") != "null"]
        return _example(options[0], components, depth) if options else None
    if depth > _MAX_DEPTH:
        return None
    kind = schema.get("type")
    if schema.get("enum"):
        return schema["enum"][0]
    if kind == "object" and "properties" in schema:
        return {name: _example(sub, components, depth + 1) for name, sub in schema["properties"].items()}
    if kind == "object":
        return {"code": "waarde"}
    if kind == "array":
        return [_example(schema.get("items") or {}, components, depth + 1)]
    if kind == "string" and schema.get("format") == "date-time":
        return "2026-03-01T10:00:00+01:00"
    if kind == "string" and schema.get("format") == "date":
        return "2026-03-01"
    return _PLACEHOLDERS.get(kind)


def _type_label(schema: dict) -> str:
    if "anyOf" in schema:
        return " of ".join(_type_label(option) for option in schema["anyOf"])
    return {"integer": "geheel getal", "string": "tekst", "null": "leeg", "boolean": "ja/nee"}.get(
        schema.get("type", ""), schema.get("type", "")
    )


def _parameters(operation: dict) -> list[dict]:
    return [
        {
            "name": parameter["name"],
            "where": {"path": "pad", "query": "query"}.get(parameter["in"], parameter["in"]),
            "required": parameter.get("required", False),
            "type": _type_label(parameter.get("schema") or {}),
            "description": parameter.get("description")
            or (parameter.get("schema") or {}).get("description", ""),
            "default": (parameter.get("schema") or {}).get("default"),
        }
        for parameter in operation.get("parameters") or []
    ]


@lru_cache(maxsize=1)
def _endpoints() -> tuple[dict, list[dict]]:
    schema = api.get_openapi_schema(path_prefix=PREFIX.rstrip("/"))
    components = schema.get("components", {}).get("schemas", {})
    endpoints = []
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            ok = operation["responses"].get(200) or operation["responses"]["200"]
            answer = ok["content"]["application/json"]["schema"]
            example = _example(answer, components)
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "anchor": operation["operationId"].removeprefix("api_endpoints_").replace("_", "-"),
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": _parameters(operation),
                    "example": json.dumps(example, ensure_ascii=False, indent=2),
                }
            )
    return schema["info"], endpoints


@require_safe
def documentation(request):
    """The documentation page: what the API offers, how to page, cache and cite, every endpoint."""
    info, endpoints = _endpoints()
    context = {"info": info, "endpoints": endpoints, "openapi_url": f"{PREFIX}openapi.json", "prefix": PREFIX}
    return render(request, "api/documentation.html", context)


def not_found(request):
    """An address under /api/ that is no endpoint: 404 in JSON, like the endpoints' own."""
    return JsonResponse({"detail": _("Niet gevonden.")}, status=404)
