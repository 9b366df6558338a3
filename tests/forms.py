"""What a screen sends when a person saves it: the form as it was shown (its hidden versions included),
with what they typed. A test that posts only the fields it changes would leave out the version a save
is based on, which the screens refuse."""


def shown_form_data(client, url: str, **typed) -> dict:
    """The data of the form at ``url`` as ``client`` was shown it, updated with ``typed``."""
    form = client.get(url).context["form"]
    data = {name: "" if value is None else value for name, value in form.initial.items()}
    data.update(typed)
    return data


def grid_post(client, url: str, cells: dict[str, str], reason: str = ""):
    """Save cells of a Mijn cijfers grid (``{"opvangtype=cosm": "71"}``) as the screen would."""
    typed = {f"cel__{key}": value for key, value in cells.items()}
    return client.post(url, shown_form_data(client, url, reason=reason, **typed))
