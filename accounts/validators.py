"""Password validators: Django's minimum length in Dutch; repeated and sequential characters refused."""

from django.contrib.auth.password_validation import MinimumLengthValidator as DjangoMinimumLengthValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext, ngettext


class MinimumLengthValidator(DjangoMinimumLengthValidator):
    """Django's, in Dutch: Django 5.2.x changed this message's msgid and its Dutch translation lags."""

    def get_error_message(self):
        return ngettext(
            "Dit wachtwoord is te kort. Het moet minstens %(min_length)d teken bevatten.",
            "Dit wachtwoord is te kort. Het moet minstens %(min_length)d tekens bevatten.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self):
        return ngettext(
            "Uw wachtwoord moet minstens %(min_length)d teken lang zijn.",
            "Uw wachtwoord moet minstens %(min_length)d tekens lang zijn.",
            self.min_length,
        ) % {"min_length": self.min_length}


KEYBOARD_ROWS = ("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn")


class CharacterPatternValidator:
    """Refuses passwords whose length comes from a pattern rather than from choice.

    Twelve characters are only as strong as their least guessable part: ``aaaaaaaaaaaa``,
    ``abcdefghijkl`` or ``abababababab`` meet a length rule and fall to the first guesses of any
    cracking tool. Refused: a character repeated more than ``max_repeat`` times in a row, a run of
    ``sequence_length`` characters that follow each other in the alphabet, in digits or on a keyboard
    row (either direction), and fewer than ``min_unique`` different characters.
    """

    def __init__(self, max_repeat: int = 3, sequence_length: int = 4, min_unique: int = 6):
        self.max_repeat = max_repeat
        self.sequence_length = sequence_length
        self.min_unique = min_unique

    def validate(self, password: str, user=None) -> None:
        if self._has_repeat(password):
            raise ValidationError(
                gettext(
                    "Dit wachtwoord bevat te veel herhaalde tekens (meer dan %(count)d keer achter elkaar)."
                )
                % {"count": self.max_repeat},
                code="password_repeated_characters",
            )
        if self._has_sequence(password.lower()):
            raise ValidationError(
                gettext(
                    "Dit wachtwoord bevat een reeks opeenvolgende tekens (zoals 'abcd', '4321' of 'qwer')."
                ),
                code="password_sequence",
            )
        if len(set(password)) < self.min_unique:
            raise ValidationError(
                gettext("Dit wachtwoord bestaat uit te weinig verschillende tekens (minstens %(count)d).")
                % {"count": self.min_unique},
                code="password_too_few_unique",
            )

    def get_help_text(self) -> str:
        return gettext(
            "Uw wachtwoord mag geen herhaalde tekens ('aaaa') of reeksen ('abcd', '1234', 'qwer') bevatten "
            "en moet minstens %(count)d verschillende tekens hebben."
        ) % {"count": self.min_unique}

    def _has_repeat(self, password: str) -> bool:
        run = 1
        for previous, current in zip(password, password[1:], strict=False):
            run = run + 1 if current == previous else 1
            if run > self.max_repeat:
                return True
        return False

    def _has_sequence(self, password: str) -> bool:
        size = self.sequence_length
        for start in range(len(password) - size + 1):
            window = password[start : start + size]
            if _is_stepped(window) or any(window in row or window in row[::-1] for row in KEYBOARD_ROWS):
                return True
        return False


def _is_stepped(window: str) -> bool:
    """Letters or digits that each differ by the same +1 or -1 from the one before ('abcd', '9876')."""
    if not (window.isascii() and (window.isalpha() or window.isdigit())):
        return False
    steps = {ord(b) - ord(a) for a, b in zip(window, window[1:], strict=False)}
    return steps in ({1}, {-1})
