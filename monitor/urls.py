"""Public URLs of the figures (mounted before Wagtail's catch-all)."""

urlpatterns: list = []
