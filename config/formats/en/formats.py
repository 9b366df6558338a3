"""Date input in the English admin as in the Dutch one: the date picker writes dd-mm-yyyy
(WAGTAIL_DATE_FORMAT), so an English-speaking user's forms accept it too (and ISO dates)."""

DATE_INPUT_FORMATS = ["%d-%m-%Y", "%Y-%m-%d"]
