"""The chapters of the 2025 edition, rewritten in the project's own words.

Facts and figures come from the seed document; the sentences are ours. Numbers that live in a
figure table are shown by figure and key-figure blocks (from the table), not typed in twice.
This module: chapters 1 and 2; cms.seed_partners: the partners' figures; cms.seed_plan_chapters:
the plan, the conclusion, the outlook, the annex and the casus.
"""

from cms.seed_blocks import OPGAVEN_HTML, callout, figure, heading, key_figures, section, text


def chapter_aanleiding(definition_ids: list[int]) -> dict:
    core, eu = definition_ids[:4], definition_ids[4:]
    return section(
        "1. Aanleiding",
        text(
            "<p>Hoe groot is mensenhandel in de regio Rotterdam, welke vormen komen voor en wat verandert "
            "er van jaar tot jaar? Deze monitor zet de antwoorden op een rij, zodat de aanpak kan worden "
            "bijgestuurd waar dat nodig is. Burgemeesters en gemeenteraden kunnen de monitor ook "
            "gebruiken om verantwoording af te leggen.</p>"
            "<p>De monitor hoort bij de regionale aanpak mensenhandel. Die aanpak kent vijf opgaven:</p>"
            + OPGAVEN_HTML
            + "<p>De VeiligheidsAlliantie regio Rotterdam (VAR) brengt de monitor elk jaar uit. Hij komt "
            "tot stand met de politie-eenheid Rotterdam (AVIM), het Regionaal Informatie- en "
            "Expertisecentrum (RIEC), het Expertisecentrum Seksualiteit, Sekswerk en Mensenhandel van "
            "Humanitas (ESSM), het Openbaar Ministerie (OM) en de gemeenten Rotterdam en Dordrecht. De "
            "cijfers gaan over de 23 gemeenten van de regio.</p>"
        ),
        heading("Wat is mensenhandel?"),
        text(
            "<p>Van mensenhandel is sprake als iemand wordt geworven, vervoerd of gehuisvest met als doel "
            "die persoon uit te buiten, en daarbij dwang, misleiding of misbruik van een kwetsbare positie "
            "wordt gebruikt. Deze monitor onderscheidt vier vormen.</p>"
        ),
        {"type": "definitions", "value": {"definitions": core}},
        callout(
            "Drie nieuwe vormen",
            "<p>Op 26 januari 2024 bereikten de Europese Raad en het Europees Parlement een voorlopig "
            "akkoord om ook gedwongen huwelijk, illegale adoptie en draagmoederschap als vormen van "
            "uitbuiting in de EU-richtlijn mensenhandel op te nemen.</p>",
        ),
        {"type": "definitions", "value": {"definitions": eu}},
    )


def chapter_landelijk() -> dict:
    return section(
        "2. Landelijke cijfers",
        text(
            "<p>Twee rapporten geven samen het landelijke beeld: de Jaarcijfers 2024 van de Nationaal "
            "Rapporteur Mensenhandel (NRM) en het Fenomeenbeeld Mensenhandel 2024 van het "
            "Expertisecentrum Mensenhandel en Mensensmokkel (EMM). Zij laten een probleem zien dat groter "
            "wordt en van karakter verandert.</p>"
            "<p>Landelijke cijfers verschijnen elk jaar rond de Europese Dag tegen Mensenhandel op "
            "18 oktober; bij het maken van deze monitor waren alleen de cijfers over 2024 bekend. Betere "
            "signalering verklaart een deel van de stijging bij Comensha, maar beide rapporten wijzen erop "
            "dat de werkelijke omvang grotendeels buiten beeld blijft.</p>"
        ),
        key_figures(
            (
                "Slachtoffers gemeld bij Comensha in 2024",
                "landelijk_comensha_slachtoffers",
                2024,
                "grootheid=gemeld",
                "Comensha, via NRM Jaarcijfers 2024",
            ),
            (
                "Meer meldingen dan in 2023",
                "landelijk_comensha_slachtoffers",
                2024,
                "grootheid=stijging_tov_vorig_jaar",
                "Comensha, via NRM Jaarcijfers 2024",
            ),
        ),
        figure("landelijk_comensha_slachtoffers", "2024", "table"),
        heading("Opvallende trends"),
        text(
            "<p>Criminele uitbuiting groeit sterk, in de meldingen en in de opsporing. Het aantal "
            "minderjarige slachtoffers steeg fors. Steeds vaker worden jongeren via sociale media "
            "geworven, en soms is iemand slachtoffer en dader tegelijk. Dadernetwerken zijn wendbaar, "
            "van losse individuen tot internationale groepen, en gebruiken steeds meer digitale "
            "middelen.</p>"
            "<p>Ook de plaatsen en de herkomst van slachtoffers verschuiven. Uitbuiting in hotels en "
            "vakantiewoningen nam sterk toe, vaak met slachtoffers uit Latijns-Amerika. Zulke locaties zijn "
            "verblijfplaats en werkplek tegelijk, wat slachtoffers nog minder zichtbaar maakt. Ook bij "
            "internationale seksuele uitbuiting zijn vaker Latijns-Amerikaanse vrouwen het slachtoffer.</p>"
            "<p>Arbeidsmigranten, en vooral ontheemden uit Oekraïne, zijn kwetsbaarder geworden voor "
            "arbeidsuitbuiting. Die concentreert zich in sectoren met lage lonen en weinig toezicht: land- "
            "en tuinbouw, logistiek en schoonmaak. Mensen zonder zekere verblijfsstatus blijven het meest "
            "kwetsbaar. Mensenhandel wordt verborgener, digitaler en mobieler, terwijl het zicht op "
            "slachtoffers achterblijft.</p>"
        ),
        figure("landelijk_nrm_trends", "2024"),
        heading("Wat de Nationaal Rapporteur schat"),
        figure("landelijk_nrm_kerncijfers", "2024", "table"),
        text(
            "<p>Kinderen en jongeren, migranten en asielzoekers en mensen met een licht verstandelijke "
            "beperking zijn extra kwetsbaar. Seksuele uitbuiting verschuift van zichtbare plekken, zoals "
            "clubs en bordelen, naar minder zichtbare, zoals thuisprostitutie en escort.</p>"
        ),
    )
