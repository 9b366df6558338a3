from django.conf import settings
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
    path("", include("cms.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
