"""Security headers Django does not set: Content-Security-Policy and Permissions-Policy.

Public pages get a strict policy (nothing inline, nothing from elsewhere). The Wagtail admin gets
its own policy: its templates and the libraries it bundles use inline scripts and styles, so they
are allowed there, and nowhere else; everything is still loaded from this origin only. Enabled by
``CSP_ENABLED`` (production); both policies can be replaced in settings (``CSP_POLICY``,
``CSP_ADMIN_POLICY``). A public response that already carries a policy keeps it.
"""

from django.conf import settings
from django.db import OperationalError
from django.urls import reverse
from django.utils import translation

PUBLIC_POLICY = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "style-src": "'self'",
    "script-src": "'self'",
    "frame-ancestors": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "object-src": "'none'",
}

ADMIN_POLICY = {
    "default-src": "'self'",
    "img-src": "'self' data: blob:",
    "style-src": "'self' 'unsafe-inline'",
    "script-src": "'self' 'unsafe-inline'",
    "font-src": "'self' data:",
    "connect-src": "'self'",
    "frame-src": "'self'",
    "frame-ancestors": "'self'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "object-src": "'none'",
}

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=()"
)


def _header(policy: dict[str, str]) -> str:
    return "; ".join(f"{directive} {sources}" for directive, sources in policy.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = _header(getattr(settings, "CSP_POLICY", PUBLIC_POLICY))
        self.admin_policy = _header(getattr(settings, "CSP_ADMIN_POLICY", ADMIN_POLICY))
        self.permissions_policy = getattr(settings, "PERMISSIONS_POLICY", PERMISSIONS_POLICY)

    def __call__(self, request):
        response = self.get_response(request)
        if self.permissions_policy:
            response.headers.setdefault("Permissions-Policy", self.permissions_policy)
        if getattr(settings, "CSP_ENABLED", False):
            if request.path.startswith(reverse("wagtailadmin_home")):
                # Set, not defaulted: a page preview runs the page's own URL through the middleware
                # (Wagtail's make_preview_request), which gave it the public policy on the way out.
                response.headers["Content-Security-Policy"] = self.admin_policy
            else:
                response.headers.setdefault("Content-Security-Policy", self.public_policy)
        return response


class DatabaseBusyMiddleware:
    """A save that still finds the database locked after the busy timeout (SQLite, two saves at
    once) is refused in Dutch with 503 and Retry-After, instead of a 500; its transaction was
    rolled back, so nothing of it is stored."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError) or "locked" not in str(exception):
            return None
        from config.views import database_busy

        return database_busy(request)


class PathLanguageMiddleware:
    """The language of a request is the one its path names: /en/... is English, every other path
    Dutch (the default language has no prefix: ``i18n_patterns(..., prefix_default_language=False)``
    in config/urls.py). Unlike Django's LocaleMiddleware it never reads a cookie or Accept-Language,
    so a page's content depends on its URL alone and needs no ``Vary: Accept-Language`` (the page
    cache, ETags and a CDN keep one copy per URL). The admin still follows each user's preferred
    language (Wagtail switches to it in its own views)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
