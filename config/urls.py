from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.shortcuts import redirect
from django.templatetags.static import static as static_url
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from ops.health import HealthView
from ops.metrics import metrics_view

handler400 = "config.views.bad_request"

urlpatterns = [
    # Browsers and feed readers ask for /favicon.ico whatever the page links to.
    path("favicon.ico", lambda request: redirect(static_url("favicon.svg"), permanent=True)),
    path("gezond/", HealthView.as_view(), name="health"),
    path("metrics", metrics_view, name="metrics"),
    path("api/", include("api.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The public site: Dutch at its own paths, the English translation under /en/ (/en/monitor/2025/);
# Wagtail's catch-all serves the page tree of the request's language (the Dutch home or its English
# translation). A region served under /regio/<slug>/ nests inside: /en/regio/<slug>/...
urlpatterns += i18n_patterns(
    path("", include("cms.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
