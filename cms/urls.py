"""Public URLs of the publication that are not Wagtail pages (mounted before Wagtail's catch-all)."""

from django.urls import path

from cms import views

app_name = "cms"

urlpatterns = [
    path("monitor/<int:year>/pdf/", views.edition_pdf, name="edition_pdf"),
]
