"""Browser tests: Playwright with Debian's chromium against pytest-django's live server."""

import os

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


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
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
    context.close()


@pytest.fixture
def seeded_site(live_server):
    """The whole 2025 edition as seed_rotterdam_2025 makes it, served by the live server."""
    call_command("seed_rotterdam_2025", "--no-demo-accounts", verbosity=0)
    return live_server.url
