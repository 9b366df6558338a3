"""/api/: the documentation page and the API itself (mounted before Wagtail's catch-all)."""

from django.urls import path
from django.views.generic import RedirectView

from api import views
from api.endpoints import api

urlpatterns = [
    path("", RedirectView.as_view(url="/api/v1/docs/", permanent=False)),
    path("v1/docs/", views.documentation, name="api_documentation"),
    path("v1/", api.urls),
]
