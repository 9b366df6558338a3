"""Writes of two-factor sign-in: enrol a TOTP device, confirm it with a code, backup codes, remove.

Backup codes (herstelcodes) are django-otp static tokens: ten are made when the app is confirmed (and
again on request), shown once, and each is deleted when it is used, so it works once.
"""

import logging

from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

logger = logging.getLogger(__name__)

DEVICE_NAME = "Authenticator-app"
BACKUP_DEVICE_NAME = "Herstelcodes"
BACKUP_CODE_COUNT = 10


def normalise_token(token: str | None) -> str:
    """Without spaces and dashes, lower case (backup codes are shown as ``abcd-efgh``)."""
    return "".join((token or "").split()).replace("-", "").lower()


def _is_app_code(token: str) -> bool:
    return token.isdigit() and len(token) == 6


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
    """The confirmed device that accepts the code, or None (each device's own throttling applies).

    Six digits are an app's code, anything else a backup code: each kind goes only to its own
    devices, so an app code does not count as a failed backup code (django-otp would delay it).
    """
    token = normalise_token(token)
    if not token:
        return None
    with transaction.atomic():
        for device in devices_for_user(user, confirmed=True, for_verify=True):
            if isinstance(device, StaticDevice):
                if not _is_app_code(token) and _use_backup_code(device, token):
                    return device
            elif _is_app_code(token) and device.verify_token(token):
                return device
    return None


def _use_backup_code(device: StaticDevice, token: str) -> bool:
    """Delete the matching code: of two requests with the same code only one deletes it."""
    allowed, _details = device.verify_is_allowed()
    if not allowed:
        return False
    deleted, _ = StaticToken.objects.filter(device=device, token=token).delete()
    if not deleted:
        device.throttle_increment()
        return False
    device.throttle_reset(commit=False)
    device.set_last_used_timestamp(commit=False)
    device.save()
    logger.warning("Backup code used by user %s", device.user_id)
    return True


def backup_codes_create(*, user) -> list[str]:
    """New backup codes for the user, replacing any earlier ones; returned to be shown once."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=BACKUP_DEVICE_NAME, confirmed=True)
        codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    logger.info("Backup codes made for user %s", user.pk)
    return [f"{code[:4]}-{code[4:]}" for code in codes]


def backup_codes_left(*, user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def totp_devices_remove(*, user) -> int:
    """Remove the user's second factor: every TOTP device and the backup codes (after they proved
    possession, or by an operator)."""
    deleted, _ = TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    logger.warning("Two-factor sign-in removed for user %s (%s devices)", user.pk, deleted)
    return deleted
