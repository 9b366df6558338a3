"""Facts of the 2025 monitor (regio Rotterdam) for the action plan, as data.

Sources: chapter 1 (the five opgaven and the partners), chapter 3 (stand van zaken Regionaal
Actieplan 2024-2026, with "Aanpak in de regio" for Rotterdam and Dordrecht) and chapter 5 (doorkijk
2026) of the seed document; municipalities from shared/reference/gemeenten-regio-rotterdam.csv.
Titles and notes are summaries in our own words.
"""

REGION = "regio"
PARTNER = "partner"
NATIONAL = "landelijk"

# (short name, full name, kind)
ORGANISATIONS = [
    ("VAR", "VeiligheidsAlliantie regio Rotterdam", REGION),
    ("RIEC Rotterdam", "Regionaal Informatie- en Expertisecentrum Rotterdam", PARTNER),
    (
        "AVIM",
        "Politie eenheid Rotterdam, Afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel",
        PARTNER,
    ),
    ("ESSM", "Humanitas Expertisecentrum Seksualiteit Sekswerk en Mensenhandel", PARTNER),
    ("OM Rotterdam", "Openbaar Ministerie, arrondissementsparket Rotterdam", PARTNER),
    ("RCTM", "Regionaal Controleteam Mensenhandel", PARTNER),
    ("Humanitas DMH", "Humanitas DMH", PARTNER),
    ("Stichting Reshape", "Stichting Reshape", PARTNER),
    ("Fier", "Fier", PARTNER),
    ("FairWork", "FairWork", NATIONAL),
    ("CCV", "Centrum voor Criminaliteitspreventie en Veiligheid", NATIONAL),
    ("VNG", "Vereniging van Nederlandse Gemeenten", NATIONAL),
    ("Comensha", "Coördinatiecentrum tegen Mensenhandel", NATIONAL),
    ("NRM", "Nationaal Rapporteur Mensenhandel", NATIONAL),
    ("EMM", "Expertisecentrum Mensenhandel en Mensensmokkel", NATIONAL),
    ("OVSE", "Organisatie voor Veiligheid en Samenwerking in Europa", NATIONAL),
]
