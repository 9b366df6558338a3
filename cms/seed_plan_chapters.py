"""Chapters 8 to 12 of the 2025 edition (our own words), and the whole body in order."""

from cms.seed_blocks import heading, section, text
from cms.seed_chapters import chapter_aanleiding, chapter_landelijk
from cms.seed_partners import chapter_avim, chapter_essm, chapter_om, chapter_rctm, chapter_riec


def chapter_plan(plan_id: int) -> dict:
    return section(
        "8. Stand van zaken Regionaal Actieplan 2024-2026",
        text(
            "<p>In de regio Rotterdam werken gemeenten en ketenpartners samen om mensenhandel te voorkomen "
            "en te bestrijden. Het Regionaal Beleidskader is uitgewerkt in het Regionaal Actieplan "
            "2024-2026. Hieronder per opgave de stand van de acties eind 2025: hoeveel acties er per "
            "status zijn, en per actie wie haar trekt en wat er is gebeurd.</p>"
        ),
        {"type": "plan_state", "value": {"plan": str(plan_id), "year": 2025, "show_actions": True}},
        heading("Aanpak in de regio"),
        text(
            "<p>Alle 23 gemeenten werkten in 2025 op hun eigen manier aan het thema, maar niet elke gemeente "
            "heeft daar genoeg capaciteit voor. De VAR ondersteunt en motiveert de gemeenten waar zij kan. "
            "Rotterdam en Dordrecht zijn de grootste gemeenten van de regio, maar geen maatstaf voor het "
            "geheel; hun activiteiten staan hier als voorbeeld.</p>"
        ),
        heading("Gemeente Rotterdam"),
        text(
            "<ul><li><b>Bewustwording en trainingen.</b> Onder meer de escapetruck van Stichting Reshape, "
            "en voorlichting en trainingen door het ESSM voor hotelpersoneel, gemeentelijke "
            "toezichthouders, jongeren en professionals.</li><li><b>Lobby.</b> Rotterdam werkte mee aan "
            "de nieuwe strafbaarstelling van mensenhandel en pleitte met de VNG voor betere voorzieningen "
            "voor slachtoffers, duidelijke bevoegdheden bij ernstige benadeling en meer mogelijkheden om "
            "gegevens te delen.</li><li><b>Handhavingsknelpunt seksuele uitbuiting.</b> Rotterdam droeg "
            "bij aan het plan van aanpak binnen het RIEC-samenwerkingsverband.</li><li><b>Landelijk "
            "barrièremodel criminele uitbuiting.</b> Rotterdam werkte mee aan dit model van het CCV, dat in "
            "2026 verschijnt en criminele uitbuiting moet verstoren door barrières op te werpen.</li>"
            "<li><b>Werkbezoek OVSE.</b> De Organisatie voor Veiligheid en Samenwerking in Europa sprak in "
            "Rotterdam over de aanpak en was positief over lokale initiatieven, zoals de steun aan jongeren "
            "die uit de criminaliteit willen stappen. Het rapport volgt in het eerste kwartaal van "
            "2026.</li><li><b>Studieochtend criminele uitbuiting.</b> In november 2025, met OM en politie, "
            "voor advocatuur, OM, politie en rechtspraak.</li><li><b>Opvang Maatschappelijke Maatregelen "
            "(OMM).</b> In mei 2025 vroegen de gemeenten met OMM-bedden de staatssecretaris van VWS om "
            "duidelijke governance en extra geld. Fier beheerde in 2025 vijf OMM-bedden en draagt die per "
            "2026 over aan het ESSM.</li></ul>"
        ),
        heading("Gemeente Dordrecht"),
        text(
            "<ul><li><b>Trainingen.</b> Het ESSM trainde professionals op het Leerpark over criminele "
            "uitbuiting en gaf voorlichting in het Albert Schweitzer Ziekenhuis; FairWork trainde in vier "
            "sessies ruim veertig professionals. Zij zagen veel signalen, zoals misbruik van kwetsbare "
            "personen, dichtgeplakte ramen en veel kort bezoek.</li><li><b>Bewustwording "
            "bij inwoners.</b> In de landelijke campagne ‘Houd misdaad uit je buurt’ maakte Dordrecht "
            "reclame voor Meld Misdaad Anoniem, en vertelde een ervaringsdeskundige over seksuele en "
            "criminele uitbuiting.</li><li><b>Mensen met een licht verstandelijke beperking.</b> Humanitas "
            "DMH liet professionals ervaren hoe iemand met een LVB de wereld beleeft, een uitkomst van een "
            "verkenning met Dordrecht, de VAR en het ESSM.</li><li><b>Rollenspel.</b> Professionals oefenen "
            "in de rol van een samenwerkingspartner met het herkennen van signalen van criminele "
            "uitbuiting, zoals excessief geweld en online ronselen onder jongeren.</li><li><b>Koffer "
            "Verkeerd.</b> Met deze koffer, ontwikkeld in 2024, is snel een sekskamer na te bootsen vol "
            "signalen van mensenhandel zoals die in de onvergunde branche worden gevonden. Hij werd in 2025 "
            "vaak ingezet bij gemeenten en ketenpartners in de regio.</li></ul>"
        ),
    )


def chapter_conclusie() -> dict:
    return section(
        "9. Conclusie",
        heading("Landelijk"),
        text(
            "<p>Mensenhandel in Nederland wordt groter en ingewikkelder. Er komen meer meldingen binnen, "
            "vooral van minderjarige slachtoffers van criminele uitbuiting en van slachtoffers van "
            "internationale seksuele en arbeidsuitbuiting, terwijl het werkelijke aantal slachtoffers "
            "grotendeels onbekend blijft. Dadernetwerken werken flexibeler, diffuser en digitaler en zijn "
            "daardoor moeilijker op te sporen. Betere signalering, meer zicht op netwerken en gerichte "
            "bescherming van kwetsbare groepen zijn nodig, in een aanpak die integraal en wendbaar is.</p>"
        ),
        heading("Regionaal"),
        text(
            "<h4>Meer signalen en meldingen</h4><p>In 2025 kwamen in de regio meer signalen en meldingen "
            "binnen, vooral over seksuele en criminele uitbuiting. Het sterke aantal meldingen van "
            "criminele uitbuiting in het laatste kwartaal wijst op een groeiend probleem én op betere "
            "signalering. Het RCTM trof bij zijn controles niet-vergunde sekswerkers en slachtoffers aan, "
            "maar digitale communicatie en georganiseerde netwerken maken toezicht lastiger. Het RIEC zag "
            "meer signalen van seksuele uitbuiting, mede door zijn eigen prioriteit.</p>"
            "<h4>Netwerken professioneler en digitaler</h4><p>Seksuele en criminele uitbuiting worden "
            "steeds meer georganiseerd in flexibele netwerken die snel kunnen opschalen. Sekswerkers worden "
            "centraal aangestuurd en vaker met meerderen tegelijk aangetroffen, ze reizen meer, en online "
            "waarschuwingssystemen, zoals een videogesprek vooraf, maken controle moeilijker. Minderjarigen "
            "worden vaker bij criminele activiteiten betrokken.</p>"
            "<h4>Meer aandacht voor faciliteerders</h4><p>Het RIEC richtte een handhavingsknelpunt "
            "seksuele uitbuiting in, het RCTM ziet structurele faciliterende patronen en het OM pakt bij "
            "criminele uitbuiting ook ondersteunende rollen aan, zoals chauffeurs.</p>"
            "<h4>Zwaarder werk in hulpverlening en opsporing</h4><p>Het ESSM ziet in opvang en ambulante "
            "hulp zwaardere problemen, meer buitenlandse cliënten en meer minderjarigen in preventieve "
            "trajecten. De AVIM werkt in een steeds complexer veld, is afhankelijk van signalen uit "
            "basisteams en gemeenten, heeft te weinig capaciteit en heeft structurele samenwerking en "
            "informatie-uitwisseling nodig.</p>"
            "<h4>Veel Zuid-Amerikaanse sekswerkers</h4><p>Het aanbod van sekswerkers uit Zuid-Amerika is "
            "groot en groeit, bijna altijd met een Spaanse verblijfsvergunning; de meesten komen uit "
            "Colombia, Brazilië en Venezuela.</p>"
            "<p>Dit alles vraagt om sterkere samenwerking in de keten, een betere informatiepositie en "
            "genoeg capaciteit en aandacht om de groeiende complexiteit van mensenhandel aan te pakken.</p>"
        ),
    )


def chapter_vervolg(plan_id: int) -> dict:
    return section(
        "10. Het vervolg: doorkijk naar 2026",
        text(
            "<p>Wat staat er in 2026 op de agenda? Per opgave de geplande activiteiten, met wie ze "
            "uitvoert en wanneer. In 2026 lopen het Regionaal Beleidskader Mensenhandel en het Actieplan "
            "2024-2026 af; na de evaluatie volgt het beleidskader en actieplan 2027-2030.</p>"
        ),
        {"type": "outlook", "value": {"plan": str(plan_id), "year": 2026}},
    )


def chapter_bijlage(ontwikkeling_ids: list[int]) -> dict:
    return section(
        "Bijlage: ontwikkelingen in 2025",
        text("<p>De belangrijkste juridische en beleidsmatige ontwikkelingen van het afgelopen jaar.</p>"),
        {"type": "developments", "value": {"developments": ontwikkeling_ids}},
    )


def chapter_casus(casus_id: int) -> dict:
    return section(
        "Casus uit de praktijk van het ESSM",
        {"type": "casus", "value": {"casus": casus_id}},
    )


def edition_body(*, plan_id: int, definition_ids: list[int], casus_id: int, ontwikkeling_ids: list[int]):
    return [
        chapter_aanleiding(definition_ids),
        chapter_landelijk(),
        chapter_essm(),
        chapter_avim(),
        chapter_rctm(),
        chapter_om(),
        chapter_riec(),
        chapter_plan(plan_id),
        chapter_conclusie(),
        chapter_vervolg(plan_id),
        chapter_bijlage(ontwikkeling_ids),
        chapter_casus(casus_id),
    ]
