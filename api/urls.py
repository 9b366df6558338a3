"""/api/: the documentation page and the API itself (mounted before Wagtail's catch-all)."""

from django.urls import path, re_path
from django.views.generic import RedirectView

from api import views
from api.endpoints import api

urlpatterns = [
    path("", RedirectView.as_view(url="/api/v1/docs/", permanent=False)),
    path("v1/", RedirectView.as_view(url="/api/v1/docs/", permanent=False)),
    path("v1/docs/", views.documentation, name="api_documentation"),
    path("v1/", api.urls),
    # Any other address under /api/ is answered in JSON, not by the site's HTML 404 page.
    re_path(r"^.*$", views.not_found),
]
