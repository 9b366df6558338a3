"""Chapters 3 to 7 of the 2025 edition: each partner's figures with their explanation (our own words)."""

from cms.seed_blocks import callout, figure, heading, key_figures, section, text


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
