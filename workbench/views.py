"""The role guides in the admin."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from .admin_pages import AdminPageMixin
from .guides import BY_SLUG, guides_for


def help_index(request):
    """Straight to the guide of the user's (first) role."""
    guides = guides_for(request.user)
    if not guides:
        raise Http404
    return redirect("workbench_help_guide", slug=guides[0].slug)


class GuideView(AdminPageMixin, TemplateView):
    """Any signed-in user may read any guide: they hold no data, only the steps of a job."""

    header_icon = "help"
    page_title = _("Handleiding")

    def dispatch(self, request, *args, **kwargs):
        self.guide = BY_SLUG.get(kwargs["slug"])
        if self.guide is None:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.guide.title

    def get_template_names(self):
        return [f"workbench/help/{self.guide.slug}.html"]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["guide"] = self.guide
        context["guides"] = guides_for(self.request.user)
        return context
