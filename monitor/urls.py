"""Public URLs of the figures (mounted before Wagtail's catch-all)."""

from django.urls import path

from . import views

app_name = "monitor"

urlpatterns = [
    path("monitor/<int:year>/cijfers.csv", views.figures_csv, name="figures_csv"),
]
