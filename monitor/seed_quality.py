"""The public notes on the consistency findings of the figures of the 2025 monitor, by finding key
(``monitor.checks.Finding.key``). In our own words, from what the source itself says; where it says
nothing: "de bron verklaart het verschil niet". Loaded by ``monitor.seed`` through
``monitor.quality.finding_explain``, the service a beheerder's validation uses."""

UNEXPLAINED = "De bron verklaart het verschil niet."

QUALITY_NOTES = {
    # Hulpverlening naar type uitbuiting en leeftijd: 208 printed, 34 + 143 + 11 + 21 = 209.
    "totaal:essm_hulpverlening_vorm_leeftijd:2025:leeftijd=totaal|traject=totaal": (
        "ook de tekst van de bron noemt 208, zonder verklaring."
    ),
    # Herkomstgemeente, preventief: 34 printed, the rows add up to 35.
    "totaal:essm_herkomstgemeente_traject:2025:gemeente=totaal|traject=preventief": (
        "een melding uit Schiedam is samen met Vlaardingen gedaan en staat bij beide gemeenten; in het "
        "totaal telt zij één keer."
    ),
    # Herkomstgemeente, seksueel: 143 printed, the rows add up to 140 (138 without the two joint reports).
    "totaal:essm_herkomstgemeente_traject:2025:gemeente=totaal|traject=seksueel": (
        "twee meldingen zijn voor twee gemeenten samen gedaan (Capelle aan den IJssel met Rotterdam, "
        "Sliedrecht met Dordrecht) en staan bij beide; zonder die dubbeltelling is de som 138. Het totaal "
        "van 143 is gelijk aan het aantal slachtoffers van seksuele uitbuiting in de andere tabellen van "
        "het ESSM. " + UNEXPLAINED
    ),
    # Herkomstgemeente, arbeid: 21 printed, the rows add up to 20.
    "totaal:essm_herkomstgemeente_traject:2025:gemeente=totaal|traject=arbeid": (
        "het totaal van 21 is gelijk aan het aantal slachtoffers van arbeidsuitbuiting in de andere "
        "tabellen van het ESSM. " + UNEXPLAINED
    ),
    # Tijdelijke opvang: 113 in the text, 70 + 4 + 11 + 17 = 102.
    "totaal:essm_opvang_tekst:2025:opvangtype=totaal": (
        "de bron noemt 113 slachtoffers in tijdelijke opvang en per vorm van opvang 70, 4, 11 en 17. "
        + UNEXPLAINED
    ),
    # Criminele uitbuiting: 11 in the table by age, 10 by municipality and by shelter.
    "zelfde_grootheid:essm_hulpverlening_vorm_leeftijd:2025:leeftijd=totaal|traject=crimineel": UNEXPLAINED,
    # Meldpunt: 139 reports on trafficking, the source municipalities add up to 137.
    "zelfde_grootheid:essm_meldpunt_contacten:2025:onderwerp=mensenhandel": (
        "de bron zegt niet of de verdeling naar brongemeente alle contactmomenten (191) of alleen de "
        "meldingen over mensenhandel (139) betreft; de som (137) komt met geen van beide overeen. "
        + UNEXPLAINED
    ),
    # Minderjarige slachtoffers van seksuele uitbuiting: 10 in 2024, 23 in 2025.
    "jaarverschil:essm_hulpverlening_vorm_leeftijd:2025:leeftijd=onder_18|traject=seksueel": (
        "de bron noemt de toename opvallend en verklaart haar niet."
    ),
    # The same cell fell from 20 in 2023 to 10 in 2024 (shown beside 2025 in this edition).
    "jaarverschil:essm_hulpverlening_vorm_leeftijd:2024:leeftijd=onder_18|traject=seksueel": (
        "de bron geeft geen verklaring voor de daling."
    ),
}

# The years whose findings the seed explains (the 2025 edition shows ESSM's figures of 2023-2025).
QUALITY_YEARS = [2023, 2024, 2025]
