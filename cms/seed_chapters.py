"""The chapters of the 2025 edition, rewritten in the project's own words.

Facts and figures come from the seed document; the sentences are ours. Numbers that live in a
figure table are shown by figure and key-figure blocks (from the table), not typed in twice where
that can be avoided.
"""


def text(html: str) -> dict:
    return {"type": "text", "value": html}


def heading(title: str) -> dict:
    return {"type": "heading", "value": title}


def figure(table: str, years: str, chart_type: str = "auto", caption: str = "") -> dict:
    value = {"table": table, "years": years, "chart_type": chart_type, "caption": caption}
    return {"type": "figure", "value": value}


def key_figures(*items: tuple[str, str, int, str, str]) -> dict:
    figures = [
        {"label": label, "table": table, "year": year, "cell": cell, "value": "", "source": source}
        for label, table, year, cell, source in items
    ]
    return {"type": "key_figures", "value": {"figures": figures}}


def callout(title: str, html: str) -> dict:
    return {"type": "callout", "value": {"title": title, "text": html}}


def section(title: str, *content: dict) -> dict:
    return {"type": "section", "value": {"title": title, "content": list(content)}}


OPGAVEN_HTML = (
    "<ol><li>beter zicht krijgen op de aard en omvang van de verschillende vormen van mensenhandel;</li>"
    "<li>de regionale samenwerking versterken tussen gemeenten, onderwijs en organisaties in zorg en "
    "veiligheid;</li><li>bewustwording vergroten en signaleren en melden bevorderen;</li>"
    "<li>faciliteerders en mensenhandelaren aanpakken;</li>"
    "<li>mensenhandel voorkomen en slachtoffers zorg bieden, door zorg en veiligheid te verbinden.</li></ol>"
)


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
            "minderjarige slachtoffers steeg fors. Jongeren worden steeds vaker via sociale media "
            "geronseld, en soms is iemand slachtoffer en dader tegelijk. Dadernetwerken zijn wendbaar, "
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


def chapter_essm() -> dict:
    return section(
        "3. Regionale cijfers van het ESSM",
        text(
            "<p>Het Expertisecentrum Seksualiteit, Sekswerk en Mensenhandel (ESSM) is een onderdeel van "
            "Stichting Humanitas in Rotterdam. Voor de hele regio is het een plek voor ontmoeting, "
            "voorlichting en hulp, en het vangt slachtoffers van mensenhandel op. Bij het regionale meld- "
            "en adviespunt van het ESSM kan iedereen, ook anoniem, een vermoeden van mensenhandel of "
            "uitbuiting melden.</p>"
        ),
        key_figures(
            (
                "Contacten met het meld- en adviespunt",
                "essm_meldpunt_contacten",
                2025,
                "onderwerp=totaal",
                "ESSM",
            ),
            (
                "Personen begeleid door het ESSM",
                "essm_hulpverlening_vorm_leeftijd",
                2025,
                "traject=totaal;leeftijd=totaal",
                "ESSM",
            ),
            ("Slachtoffers in tijdelijke opvang", "essm_opvang_tekst", 2025, "opvangtype=totaal", "ESSM"),
        ),
        heading("Het meld- en adviespunt"),
        text(
            "<p>Het meldpunt werd in 2025 iets vaker benaderd dan in de jaren ervoor. Het merendeel van de "
            "contacten ging over mensenhandel; de rest betrof een algemene vraag of sekswerk, waaronder "
            "vragen over stoppen met sekswerk. De meeste meldingen kwamen uit de gemeente Rotterdam.</p>"
            "<p>Alleen contacten die het ESSM in behandeling neemt, worden geregistreerd. Wie wordt "
            "doorverwezen of een vraag heeft die niet bij het ESSM past, telt niet mee.</p>"
        ),
        figure("essm_meldpunt_contacten", "2025"),
        figure("essm_meldpunt_brongemeente", "2025"),
        figure("essm_meldingen_aard", "2025"),
        text(
            "<p>In het laatste kwartaal van 2025 kwamen bijna evenveel meldingen van criminele uitbuiting "
            "binnen als in de drie kwartalen daarvoor samen. Dat kan betekenen dat deze vorm toeneemt, maar "
            "ook dat er beter op wordt gelet en vaker wordt gesignaleerd.</p>"
        ),
        heading("Hulpverlening"),
        text(
            "<p>Het ESSM begeleidde in 2025 mensen die slachtoffer waren van mensenhandel of daar een "
            "ernstig risico op liepen; in dat laatste geval startte een preventief traject. Het gaat niet "
            "alleen om nieuwe cliënten. Omdat veel cliënten zowel ambulante hulp als opvang krijgen, telt "
            "de hulpverlening beide samen.</p>"
            "<p>De meeste cliënten waren slachtoffer van seksuele uitbuiting, overwegend vrouwen. Bij "
            "criminele uitbuiting zijn mannen en vrouwen ongeveer even vaak slachtoffer. Over het gender "
            "van slachtoffers van arbeidsuitbuiting zijn geen gegevens.</p>"
        ),
        figure("essm_hulpverlening_totaal", "2025"),
        figure("essm_slachtoffers_gender", "2025"),
        figure("essm_hulpverlening_vorm_leeftijd", "2023,2024,2025"),
        text(
            "<p>Het aantal slachtoffers groeide het sterkst bij seksuele uitbuiting en arbeidsuitbuiting. "
            "Het ESSM helpt vooral volwassenen, maar het aantal minderjarige slachtoffers van seksuele "
            "uitbuiting nam duidelijk toe. Bij criminele uitbuiting bleven de aantallen ongeveer gelijk: "
            "de extra aandacht en de meldingen bij het meldpunt zijn in de slachtoffercijfers van 2025 "
            "nog niet terug te zien.</p>"
        ),
        heading("Herkomst van de slachtoffers"),
        figure("essm_herkomstgemeente_traject", "2025", "table"),
        callout(
            "Wat zeggen deze cijfers?",
            "<p>Meldingen en casussen laten maar een deel zien van wat er in een gemeente speelt; er wordt "
            "structureel te weinig gemeld. Een gemeente zonder meldingen heeft daarom juist reden om, "
            "bijvoorbeeld met de aandachtsfunctionaris, te investeren in bewustwording: signaleren begint "
            "bij het herkennen van mensenhandel.</p>"
            "<p>Drie meldingen zijn door twee gemeenten samen gedaan; de voetnoten bij de tabel zeggen "
            "welke.</p>",
        ),
        heading("Opvang"),
        text(
            "<p>Als ambulante begeleiding niet volstaat, biedt het ESSM tijdelijke opvang. Er zijn drie "
            "vormen:</p><ul><li><b>COSM</b> (Categorale Opvang voor Slachtoffers van Mensenhandel): voor "
            "buitenlandse vrouwelijke slachtoffers in de bedenktijd;</li><li><b>Tosca</b>: voor "
            "Rotterdamse slachtoffers;</li><li><b>Xarah</b>: zelfstandige studio's met woonbegeleiding "
            "voor slachtoffers uit de regio met een B8-verblijfsvergunning, als vervolg op de COSM.</li>"
            "</ul><p>Daarnaast heeft het ESSM een lokaal en een regionaal bed voor vrouwelijke slachtoffers "
            "en een noodbed waar slachtoffers dag en nacht kort terechtkunnen. Omdat er landelijk veel "
            "vraag is naar crisisplaatsen, is dat noodbed belangrijk; de eerste opvang van vrouwelijke "
            "slachtoffers is in de regio daardoor goed geregeld.</p>"
        ),
        figure("essm_opvang_tekst", "2025"),
        text(
            "<p>Verreweg de meeste slachtoffers verbleven in de COSM, vooral buitenlandse slachtoffers van "
            "seksuele uitbuiting. Een deel van de COSM-trajecten bleef na de doorstroom open voor nazorg; "
            "niet iedereen die in de cijfers staat, woonde in 2025 nog in de COSM. Nederlandse slachtoffers "
            "en slachtoffers met een B8-vergunning gingen naar Tosca en Xarah.</p>"
            "<p>In de COSM kwamen meer vrouwen uit Sierra Leone dan voorheen, toen vrouwen uit Oeganda in "
            "de meerderheid waren, en ook meer vrouwen uit Zuid-Amerika. Meer cliënten hadden complexe "
            "problemen, waardoor passende hulp moeilijker te vinden was.</p>"
        ),
        figure("essm_opvang_ambulant", "2025", "table"),
    )


def chapter_avim() -> dict:
    return section(
        "4. Regionale cijfers van de AVIM",
        text(
            "<p>De afdeling Vreemdelingenpolitie, Identificatie en Mensenhandel (AVIM) werkte in 2025 aan "
            "enkele grote onderzoeken die bij het schrijven van deze monitor nog liepen. Een daarvan, "
            "ontdekt door het Regionaal Controleteam Mensenhandel, ging over de uitbuiting van "
            "minderjarigen uit Oekraïne. Veel capaciteit ging ook naar een onderzoek naar een faciliteerder "
            "die in Rotterdam en andere steden woningen beschikbaar had waarin hij Zuid-Amerikaanse vrouwen "
            "liet werken, vooral door misbruik te maken van hun kwetsbare positie.</p>"
        ),
        figure("avim_onderzoeken", "2025", "table"),
        figure("avim_informatieve_gesprekken", "2025"),
        figure("avim_aangiftes", "2025"),
        text(
            "<p>De meeste gestarte onderzoeken gingen over seksuele uitbuiting. Er waren meer informatieve "
            "gesprekken en aangiftes over seksuele uitbuiting, en minder aangiftes over criminele "
            "uitbuiting dan in eerdere jaren. Dat wil niet zeggen dat criminele uitbuiting afnam: eenheden "
            "en districten pakken die zaken zelf op, samen met de AVIM, en vervolging gebeurt ambtshalve, "
            "zonder aangifte. Zulke zaken staan dus niet in deze cijfers. Sinds 2024 krijgt criminele "
            "uitbuiting juist meer aandacht; zij beslaat ongeveer de helft van het werk van de AVIM.</p>"
        ),
    )


def chapter_rctm() -> dict:
    return section(
        "5. Cijfers van het RCTM",
        text(
            "<p>In het Regionaal Controleteam Mensenhandel (RCTM) werken toezichthouders van de AVIM, het "
            "RIEC en gemeenten samen aan integrale controles in de sekswerkbranche. Uitgangspunt is de "
            "vergunningplicht voor seksinrichtingen. Zijn er signalen dat iemand slachtoffer is van "
            "seksuele uitbuiting, dan voert de politie een intakegesprek, neemt zij zo nodig bewijs in "
            "beslag en regelt zij noodopvang. Bij exploitatie zonder vergunning kan de gemeente "
            "bestuursrechtelijk optreden op grond van de APV en de sekswerker nazorg aanbieden, "
            "bijvoorbeeld via het wijkteam of schuldhulpverlening.</p>"
        ),
        figure("rctm_controles", "2025"),
        text(
            "<p>Niet bij iedereen die bij een controle wordt aangetroffen, kan worden vastgesteld of hij of "
            "zij slachtoffer is. De slachtoffers in de tabel zijn tijdens de controle of in het onderzoek "
            "daarna bevestigd. Het RCTM probeerde ook in 2025 in alle 23 gemeenten te controleren; dat "
            "lukte ondanks veel inzet niet overal.</p>"
            "<h4>Knelpunten</h4><ul><li><b>Weinig meldingen uit gemeenten.</b> Slechts enkele gemeenten "
            "zochten in 2025 contact met het RCTM, hoewel er veel aandacht is besteed aan "
            "bewustwording.</li><li><b>Georganiseerde netwerken.</b> Afspraken maken met sekswerkers wordt "
            "steeds lastiger, vooral als zij binnen een georganiseerd netwerk werken.</li></ul>"
        ),
    )


def chapter_om() -> dict:
    return section(
        "6. Cijfers van het OM Rotterdam",
        text(
            "<p>Het OM Rotterdam richt zich op seksuele uitbuiting van kwetsbare vrouwen, jongens en "
            "transgenders en op criminele uitbuiting van kwetsbare mensen, onder wie minderjarigen.</p>"
        ),
        figure("om_zaken", "2025"),
        text(
            "<p>Politie en OM werkten in 2025 verder aan de aanpak van criminele uitbuiting en aan het "
            "proactief signaleren van mensenhandel, om het thema zichtbaarder te maken en meer zaken voor "
            "de rechter te brengen. Zij deelden kennis in presentaties en workshops, organiseerden met de "
            "gemeente Rotterdam een studieochtend, het OM sprak op het landelijke Symposium Mensenhandel "
            "en gaf interviews.</p>"
            "<p>Dat leverde duidelijk meer signalen van criminele uitbuiting op, en meerdere veroordelingen. "
            "Het parket Rotterdam loopt voorop bij de aanpak van uitbuiting van minderjarigen die worden "
            "ingezet voor zware misdrijven, zoals het uithalen van cocaïne in de haven of het plaatsen van "
            "explosieven. Sinds het vierde kwartaal van 2025 spoort het OM ook de chauffeurs van deze "
            "minderjarigen op en vervolgt hen in een verkort traject; dat kan omdat er zittingscapaciteit "
            "voor mensenhandel is gereserveerd. Zo ontstaat een barrière voor criminele organisaties die "
            "minderjarigen voor riskante klussen gebruiken.</p>"
            "<p>Verder deed het OM mee aan het Field Lab Mensenhandel 2025, in een team over criminele "
            "uitbuiting van kwetsbare mensen in sociale huurwoningen, droeg het bij aan het "
            "handhavingsknelpunt seksuele uitbuiting van het RIEC en nam het deel aan de werkgroepen van "
            "het opgaveteam mensenhandel en -smokkel.</p>"
        ),
    )


def chapter_riec() -> dict:
    return section(
        "7. Cijfers van het RIEC",
        text(
            "<p>Mensenhandel en mensensmokkel zijn sinds 2025 een prioriteit in het meerjarenplan "
            "2025-2028 van het Regionaal Informatie- en Expertisecentrum (RIEC). Het aantal lopende "
            "casussen bleef gelijk aan 2024, net als het aantal nieuwe signalen van de deelnemers. Het "
            "aantal casussen over mogelijke seksuele uitbuiting steeg wel; hoewel de aantallen klein zijn, "
            "past die stijging bij de prioriteit die het samenwerkingsverband geeft aan de aanpak van "
            "faciliteerders van seksuele uitbuiting.</p>"
        ),
        figure("riec_casussen", "2024,2025"),
        heading("Voorbeelden uit de casuïstiek"),
        text(
            "<h4>Mensensmokkel en illegale arbeid</h4><p>Een casus in de opstartfase gaat over een mogelijk "
            "crimineel netwerk dat mensen uit Zuid-Amerika en Centraal-Azië naar Nederland smokkelt en hen "
            "zonder werkvergunning, vaak met valse papieren, laat werken. Dat maakt hen extra kwetsbaar "
            "voor arbeidsuitbuiting. Hoe het netwerk precies werkt, is nog niet duidelijk.</p>"
            "<h4>Woningen afgedwongen voor sekswerk</h4><p>Bij controles op niet-vergund sekswerk bleek "
            "dat kwetsbare mensen onder druk werden gezet om hun woning daarvoor beschikbaar te stellen: "
            "misbruik van afhankelijkheid om strafbare feiten mogelijk te maken, wat als criminele "
            "uitbuiting kan worden gezien en vaker voorkomt. Naast strafrecht zijn fiscale en bestuurlijke "
            "middelen ingezet. Door de samenwerking met ketenpartners is de betrokkene gestopt en kregen de "
            "slachtoffers passende zorg. De casus wordt afgerond.</p>"
        ),
    )


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
            "sessies ruim veertig professionals, die veel signalen herkenden.</li><li><b>Bewustwording "
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
