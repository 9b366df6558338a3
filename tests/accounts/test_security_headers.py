"""Content-Security-Policy (strict on public pages, the admin's own under /admin/), Permissions-Policy."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]


@override_settings(CSP_ENABLED=True)
def test_public_pages_get_the_strict_policy(client, db):
    policy = client.get("/bestaat-niet/")["Content-Security-Policy"]
    for directive in [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
    ]:
        assert directive in policy
    assert "unsafe" not in policy


@override_settings(CSP_ENABLED=True)
def test_admin_gets_its_own_policy(client, db):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "frame-ancestors 'self'" in policy
    assert "object-src 'none'" in policy
    assert "http" not in policy


def test_no_policy_unless_enabled(client, db):
    assert "Content-Security-Policy" not in client.get("/admin/login/")


def test_permissions_and_opener_policies(client, db):
    response = client.get("/admin/login/")
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_production_turns_on_csp_2fa_for_beheerder_and_secure_cookies():
    code = (
        "import django;django.setup();from django.conf import settings as s;"
        "print(s.CSP_ENABLED, s.ACCOUNTS_REQUIRE_2FA_FOR, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_HSTS_SECONDS, s.SESSION_EXPIRE_AT_BROWSER_CLOSE, s.SESSION_COOKIE_AGE,"
        " s.ACCOUNTS_CLIENT_IP_HEADER)"
    )
    environment = {
        **{k: v for k, v in os.environ.items() if k != "ACCOUNTS_CLIENT_IP_HEADER"},
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "monitor.example.nl",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == [
        "True",
        "['beheerder']",
        "True",
        "True",
        "31536000",
        "True",
        "28800",
        "HTTP_X_FORWARDED_FOR",
    ]


@override_settings(CSP_ENABLED=True)
def test_admin_policy_replaces_the_public_one_a_page_preview_picked_up(rf):
    from django.http import HttpResponse

    from config.middleware import ADMIN_POLICY, PUBLIC_POLICY, SecurityHeadersMiddleware, _header

    def preview(request):
        # Wagtail renders a preview by running the page's own URL through the middleware first.
        response = HttpResponse()
        response["Content-Security-Policy"] = _header(PUBLIC_POLICY)
        return response

    middleware = SecurityHeadersMiddleware(preview)
    admin = middleware(rf.get("/admin/pages/3/edit/preview/"))
    assert admin["Content-Security-Policy"] == _header(ADMIN_POLICY)
    public = middleware(rf.get("/"))
    assert public["Content-Security-Policy"] == _header(PUBLIC_POLICY)
