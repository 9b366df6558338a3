"""Template context shared by every page."""

from django.conf import settings


def app_version(request) -> dict[str, str]:
    return {"APP_VERSION": settings.APP_VERSION}
