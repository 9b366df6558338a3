"""Public URLs of the publication that are not Wagtail pages (mounted before Wagtail's catch-all),
and every region's site under /regio/<slug>/ (cms.regional)."""

from django.urls import include, path

from cms import national, regional, views

app_name = "cms"

# An edition's files, relative to the site of its region.
edition_files = [
    ("monitor/<int:year>/pdf/", views.edition_pdf, "edition_pdf"),
    ("monitor/<int:year>/cijfers.csv", views.edition_figures_csv, "edition_figures_csv"),
    (
        "monitor/<int:year>/cijfers.csv-metadata.json",
        views.edition_figures_metadata,
        "edition_figures_metadata",
    ),
    (
        "monitor/<int:year>/versies/<int:number>/cijfers.csv-metadata.json",
        views.edition_version_metadata,
        "edition_version_metadata",
    ),
    ("monitor/<int:year>/versies/", views.edition_versions, "edition_versions"),
    ("monitor/<int:year>/versies/<int:number>/", views.edition_version, "edition_version"),
    ("monitor/<int:year>/versies/<int:number>/pdf/", views.edition_version_pdf, "edition_version_pdf"),
    ("monitor/<int:year>/versies/<int:number>/cijfers.csv", views.edition_version_csv, "edition_version_csv"),
]

region_urlpatterns = [
    *(path(route, regional.region_files(view), name=f"region_{name}") for route, view, name in edition_files),
    path("", regional.region_page, name="region_home"),
    path("<path:path>", regional.region_page, name="region_page"),
]

urlpatterns = [
    path("landelijk/", national.overview_page, name="national_overview"),
    path("landelijk/<int:year>/", national.overview_page, name="national_overview_year"),
    *(path(route, view, name=name) for route, view, name in edition_files),
    path(f"{regional.PREFIX}/<slug:region_slug>/", include(region_urlpatterns)),
    path("huisstijl/<slug:region_slug>.css", regional.region_stylesheet, name="region_stylesheet"),
]
