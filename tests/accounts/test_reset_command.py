import pytest
from django.core.management import CommandError, call_command
from django_otp.plugins.otp_totp.models import TOTPDevice


def test_reset_2fa_removes_the_devices(enrolled_beheerder, capsys):
    call_command("reset_2fa", "beheerder1")
    assert not TOTPDevice.objects.filter(user=enrolled_beheerder).exists()
    assert "1 apparaat" in capsys.readouterr().out


def test_reset_2fa_unknown_user(db):
    with pytest.raises(CommandError):
        call_command("reset_2fa", "niemand")
