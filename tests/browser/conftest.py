"""Browser tests: Playwright with Debian's chromium against pytest-django's live server."""

import os
import threading
import time

import pytest
from django.core.management import call_command

# Playwright's sync API runs an event loop in this thread; the live server's database calls are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def close_and_wait_for_server(context, timeout: float = 30) -> None:
    """Close the browser context, then wait until the live server has finished every request.

    A page left open (the page editor's editing-session pings, a preview) may still be served; no
    request should be writing while the test's database is flushed and restored for the next test."""
    context.close()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        serving = [t for t in threading.enumerate() if "process_request_thread" in t.name and t.is_alive()]
        if not serving:
            return
        time.sleep(0.05)


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """One chromium for the session.

    While Playwright's sync API runs, this thread counts as asynchronous, so Django hands it other
    connection objects than the test database was set up on (same database, new objects). They lack
    the copy of the migrated rows that each transactional test restores (serialized rollback), so
    the copy is carried over; without it the next test starts with an empty database."""
    from django.db import connections
    from playwright.sync_api import sync_playwright

    serialized = {
        alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections
    }
    with sync_playwright() as playwright:
        for alias, contents in serialized.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="nl-NL", reduced_motion="reduce"
    )
    page = context.new_page()
    yield page
    close_and_wait_for_server(context)


@pytest.fixture
def seeded_site(live_server):
    """The whole 2025 edition as seed_rotterdam_2025 makes it, served by the live server."""
    from wagtail.models import GroupPagePermission

    # The migrations' rows come back with each test's serialized rollback; without them the redacteur
    # has no page permission and every editor link bounces to the dashboard.

    assert GroupPagePermission.objects.exists(), "the migrated rows are missing: a serialized rollback failed"
    call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0)
    return live_server.url
