"""Public URLs of the publication that are not Wagtail pages (mounted before Wagtail's catch-all)."""

urlpatterns: list = []
