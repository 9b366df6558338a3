"""Public URLs of the publication that are not Wagtail pages (mounted before Wagtail's catch-all)."""

from django.urls import path

from cms import national, views

app_name = "cms"

urlpatterns = [
    path("landelijk/", national.overview_page, name="national_overview"),
    path("landelijk/<int:year>/", national.overview_page, name="national_overview_year"),
    path("monitor/<int:year>/pdf/", views.edition_pdf, name="edition_pdf"),
    path("monitor/<int:year>/cijfers.csv", views.edition_figures_csv, name="edition_figures_csv"),
    path(
        "monitor/<int:year>/cijfers.csv-metadata.json",
        views.edition_figures_metadata,
        name="edition_figures_metadata",
    ),
    path(
        "monitor/<int:year>/versies/<int:number>/cijfers.csv-metadata.json",
        views.edition_version_metadata,
        name="edition_version_metadata",
    ),
    path("monitor/<int:year>/versies/", views.edition_versions, name="edition_versions"),
    path("monitor/<int:year>/versies/<int:number>/", views.edition_version, name="edition_version"),
    path(
        "monitor/<int:year>/versies/<int:number>/pdf/", views.edition_version_pdf, name="edition_version_pdf"
    ),
    path(
        "monitor/<int:year>/versies/<int:number>/cijfers.csv",
        views.edition_version_csv,
        name="edition_version_csv",
    ),
]
