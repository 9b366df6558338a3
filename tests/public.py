"""Reading public pages and files back as a new visitor would, after a change.

The first request of a test fills the page cache (cms.caching); a page that read live rows would
then still show what it showed before the change. These helpers clear the caches and read through
a fresh client without a session, so a test sees what the next visitor gets.
"""

from django.core.cache import cache
from django.test import Client


def read_fresh(path: str):
    """The response a new anonymous visitor gets now: caches cleared, no session."""
    cache.clear()
    return Client().get(path)


def public_text(path: str) -> str:
    """The body of a public URL that must answer 200 (a 404 would hide what a test looks for)."""
    response = read_fresh(path)
    assert response.status_code == 200, f"{path} answered {response.status_code}"
    if hasattr(response, "streaming_content"):
        return b"".join(response.streaming_content).decode("utf-8-sig", errors="replace")
    return response.content.decode("utf-8-sig", errors="replace")
