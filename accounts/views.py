"""The enrolment page of two-factor sign-in in the Wagtail admin ("Tweestapsverificatie").

Confirming the app shows ten backup codes (herstelcodes) once; an enrolled user can replace them by
new ones, confirmed with a code from the app. Each backup code signs in once, in the code field.
"""

import base64
from binascii import unhexlify

import django_otp
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from django_otp.plugins.otp_totp.models import TOTPDevice

from workbench.admin_pages import AdminPageMixin

from . import policy, services
from .forms import ConfirmDeviceForm, RemoveDeviceForm
from .qr import qr_svg_data_uri


def _grouped_secret(device) -> str:
    secret = base64.b32encode(unhexlify(device.key)).decode("ascii").rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


class TwoFactorView(AdminPageMixin, TemplateView):
    """Enrol an authenticator app (QR code, confirm with a code), or see and remove the one enrolled."""

    template_name = "accounts/two_factor.html"
    page_title = gettext_lazy("Tweestapsverificatie")
    header_icon = "key"
    parent_breadcrumb = ("wagtailadmin_account", gettext_lazy("Account"))

    def dispatch(self, request, *args, **kwargs):
        if not policy.can_use_2fa(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["enrolled"] = policy.has_confirmed_device(user)
        context["required"] = policy.requires_2fa(user)
        if context["enrolled"]:
            context.setdefault("remove_form", RemoveDeviceForm())
            context.setdefault("codes_form", RemoveDeviceForm(prefix="codes"))
            context["codes_left"] = services.backup_codes_left(user=user)
        else:
            device = services.totp_device_pending(user=user)
            context["qr_code"] = qr_svg_data_uri(device.config_url)
            context["secret"] = _grouped_secret(device)
            context.setdefault("confirm_form", ConfirmDeviceForm())
        context["next"] = self._next_url()
        return context

    def _next_url(self) -> str:
        candidate = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if url_has_allowed_host_and_scheme(candidate, {self.request.get_host()}, self.request.is_secure()):
            return candidate
        return ""

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "remove":
            return self._remove()
        if request.POST.get("action") == "codes":
            return self._new_codes()
        return self._confirm()

    def _show_codes(self, codes: list[str]):
        """The one time the backup codes are shown: rendered in the response, stored nowhere else."""
        context = self.get_context_data(backup_codes=codes)
        context["next"] = self._next_url() or reverse("wagtailadmin_home")
        return self.render_to_response(context)

    def _confirm(self):
        form = ConfirmDeviceForm(self.request.POST)
        device = services.totp_device_pending(user=self.request.user)
        if form.is_valid() and services.totp_device_confirm(
            user=self.request.user, device=device, token=form.cleaned_data["otp_token"]
        ):
            django_otp.login(self.request, device)
            messages.success(self.request, _("Tweestapsverificatie staat aan voor uw account."))
            return self._show_codes(services.backup_codes_create(user=self.request.user))
        if form.is_valid():
            form.add_error(
                "otp_token",
                _("Deze code klopt niet. Controleer de tijd op uw telefoon en probeer het opnieuw."),
            )
        return self.render_to_response(self.get_context_data(confirm_form=form))

    def _new_codes(self):
        form = RemoveDeviceForm(self.request.POST, prefix="codes")
        if form.is_valid():
            device = services.verify_code(user=self.request.user, token=form.cleaned_data["otp_token"])
            if isinstance(device, TOTPDevice):
                return self._show_codes(services.backup_codes_create(user=self.request.user))
            form.add_error("otp_token", _("Deze code klopt niet. Gebruik een code uit uw authenticator-app."))
        return self.render_to_response(self.get_context_data(codes_form=form))

    def _remove(self):
        form = RemoveDeviceForm(self.request.POST)
        if form.is_valid():
            if services.verify_code(user=self.request.user, token=form.cleaned_data["otp_token"]):
                services.totp_devices_remove(user=self.request.user)
                messages.success(self.request, _("Tweestapsverificatie staat uit voor uw account."))
                return redirect("accounts_two_factor")
            form.add_error("otp_token", _("Deze code klopt niet."))
        return self.render_to_response(self.get_context_data(remove_form=form))
