"""Writes of two-factor sign-in: enrol a TOTP device, confirm it with a code, remove it."""

import logging

from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger(__name__)

DEVICE_NAME = "Authenticator-app"


def normalise_token(token: str | None) -> str:
    return "".join((token or "").split())


def totp_device_pending(*, user) -> TOTPDevice:
    """The user's unconfirmed device (its secret is what the QR code shows), created on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def totp_device_confirm(*, user, device: TOTPDevice, token: str) -> bool:
    """Confirm the pending device if the code it shows is right; other pending devices are dropped."""
    with transaction.atomic():
        locked = (
            TOTPDevice.objects.select_for_update().filter(pk=device.pk, user=user, confirmed=False).first()
        )
        if locked is None or not locked.verify_token(normalise_token(token)):
            return False
        locked.confirmed = True
        locked.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
    device.refresh_from_db()
    logger.info("Two-factor sign-in enabled for user %s", user.pk)
    return True


def verify_code(*, user, token: str):
    """The confirmed device that accepts the code, or None (each device's own throttling applies)."""
    token = normalise_token(token)
    if not token:
        return None
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if device.verify_token(token):
                return device
    return None


def totp_devices_remove(*, user) -> int:
    """Remove every TOTP device of the user (after they proved possession, or by an operator)."""
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    logger.warning("Two-factor sign-in removed for user %s (%s devices)", user.pk, deleted)
    return deleted
