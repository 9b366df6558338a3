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

MUNICIPALITIES_CSV = "gemeenten-regio-rotterdam.csv"

# The plan of the 2025 monitor, with its opgaven in the order of chapter 1.
PLAN = {"title": "Regionaal Actieplan Mensenhandel 2024-2026", "start_year": 2024, "end_year": 2026}

# (number, title as in chapter 1, short title as the chapter 3 and 5 headings use it)
OPGAVEN = [
    (1, "Verbeteren zicht op aard en omvang van de verschillende vormen van mensenhandel", "Aard en omvang"),
    (
        2,
        "Bevorderen regionale samenwerking: intensivering samenwerking gemeenten, onderwijs en "
        "zorg- en veiligheidsorganisaties",
        "Regionale en lokale samenwerking",
    ),
    (3, "Awareness, signaleren en melden", "Bewustwording, signaleren en melden"),
    (4, "Aanpakken van faciliteerders en mensenhandelaren", "Aanpak faciliteerders en mensenhandelaren"),
    (
        5,
        "Preventie & zorg voor het slachtoffer: het verbinden van zorg en veiligheid",
        "Preventie en zorg voor het slachtoffer",
    ),
]

GAP = "gepland"
RUN = "lopend"
CONT = "doorlopend"
DONE = "afgerond"
POST = "doorgeschoven"
NV = ""  # niet vermeld: the source reports what happened but gives no status

# A status is only the one chapter 3 gives: done ("is gepubliceerd", a dated one-off event that took
# place), postponed ("doorgeschoven"), planned ("zal plaatsvinden in 2026"), running ("verlengd tot",
# "in 2026 verder", "verschijnt in 2026") or continuous ("structureel", "het hele jaar door"). A
# recurring activity that the text only reports as having happened in 2025 has no status (NV).

# An owner is only the one chapter 3 names as doing the action ("door de VAR", "organiseerde de VAR",
# "de gemeente financierde", "Humanitas DMH heeft ..."). Where the text names no one ("het leerhuis
# stond in het teken van", "een rollenspel is ontwikkeld", "de NRM bracht een bezoek", "werd in
# samenwerking met ... georganiseerd") the lead is NO_OWNER, shown as "niet vermeld"; organisations the
# text names as taking part stay co-owners. The monitor itself is "een jaarlijks product van de VAR"
# (chapter 1); the regional Mensenhandel portfolio is one of the VAR's portfolios ("de
# VAR-portefeuilles", the VAR's ketenregisseur Mensenhandel).
NO_OWNER = None

# Actions of chapter 3. Keys: opgave, title, lead, co (co-owners), status, timing (dict of
# year/quarter/month/date), note (stand van zaken 2025), optional municipality (CBS code) and
# postponed_to_year. Order within an opgave follows the text.
ACTIONS = [
    # Opgave 1: aard en omvang
    {
        "opgave": 1,
        "title": "Regionale Mensenhandelmonitor 2024 publiceren",
        "lead": "VAR",
        "co": [],
        "status": DONE,
        "timing": {"year": 2025},
        "note": "De regionale monitor over 2024 is verschenen.",
    },
    {
        "opgave": 1,
        "title": "Regionale omgevingsscan naar seksuele uitbuiting",
        "lead": "RIEC Rotterdam",
        "co": [],
        "status": POST,
        "timing": {"year": 2026},
        "postponed_to_year": 2026,
        "note": "Niet in 2025 uitgevoerd; het RIEC heeft de scan opgenomen in zijn actieplan voor 2026.",
    },
    {
        "opgave": 1,
        "title": "Landelijke onderzoeken en ontwikkelingen volgen en delen met het netwerk",
        "lead": "VAR",
        "co": [],
        "status": CONT,
        "timing": {"year": 2025},
        "note": "De VAR volgt landelijk onderzoek en nieuwe ontwikkelingen en deelt die structureel.",
    },
    # Opgave 2: regionale en lokale samenwerking
    {
        "opgave": 2,
        "title": "Regionale portefeuille Mensenhandel uitbreiden met Mensensmokkel",
        "lead": "VAR",
        "co": [],
        "status": DONE,
        "timing": {"year": 2025},
        "note": "Mensensmokkel is aan de regionale portefeuille toegevoegd.",
    },
    {
        "opgave": 2,
        "title": "Werkbezoek van de Nationaal Rapporteur aan de regio",
        "lead": NO_OWNER,
        "co": ["RIEC Rotterdam", "AVIM", "ESSM", "NRM"],
        "status": DONE,
        "timing": {"year": 2025},
        "note": "De NRM bezocht de regio; RIEC, AVIM, ESSM en VAR presenteerden hun aanpak.",
    },
    {
        "opgave": 2,
        "title": "Regionale Tafel en Platform Mensenhandel laten bijeenkomen",
        "lead": NO_OWNER,
        "co": [],
        "status": NV,
        "timing": {"year": 2025},
        "note": (
            "Beide kwamen twee keer bijeen. De Regionale Tafel stuurde strategisch; het Platform "
            "begon het jaar met een sessie over de herijking van het actieplan en een inventarisatie "
            "bij de deelnemende organisaties."
        ),
    },
    {
        "opgave": 2,
        "title": "Netwerkbijeenkomsten voor aandachtsfunctionarissen organiseren",
        "lead": "VAR",
        "co": [],
        "status": NV,
        "timing": {"year": 2025},
        "note": (
            "Twee bijeenkomsten, waarvan één samen met de VAR-portefeuilles Jeugd & Veiligheid en "
            "Digitale Criminaliteit, over de grenzen van de domeinen heen."
        ),
    },
    {
        "opgave": 2,
        "title": "Deelname ketenregisseur aan landelijke en regionale overleggen en leernetwerken",
        "lead": "VAR",
        "co": [],
        "status": NV,
        "timing": {"year": 2025},
        "note": (
            "De ketenregisseur nam deel aan overleggen, congressen en leernetwerken en droeg bij aan "
            "de landelijke leidraad voor professioneler toezicht op de seksbranche."
        ),
    },
    {
        "opgave": 2,
        "title": "Project Versterken Ketenaanpak tegen Criminele Uitbuiting",
        "lead": "Gemeente Rotterdam",
        "co": ["ESSM", "OM Rotterdam", "AVIM", "VAR"],
        "status": RUN,
        "timing": {"year": 2026},
        "municipality": "GM0599",
        "note": (
            "ESSM, OM, AVIM en VAR doen sinds 2025 mee, met voorrang voor criminele uitbuiting van "
            "minderjarigen. De uitvoering gaat in 2026 verder."
        ),
    },
    # Opgave 3: bewustwording, signaleren en melden
    {
        "opgave": 3,
        "title": "Leerhuis over mensenhandel",
        "lead": NO_OWNER,
        "co": [],
        "status": DONE,
        "timing": {"year": 2025, "month": 4},
        "note": "Het leerhuis van april 2025 ging in zijn geheel over mensenhandel.",
    },
    {
        "opgave": 3,
        "title": "Tweedaagse opleiding Bestuurlijk Toezicht Prostitutie",
        "lead": "AVIM",
        "co": ["VAR"],
        "status": DONE,
        "timing": {"year": 2025},
        "note": "AVIM en VAR boden de tweedaagse opleiding in de regio aan.",
    },
    {
        "opgave": 3,
        "title": "Meldroutekaart mensenhandel actualiseren",
        "lead": NO_OWNER,
        "co": ["RIEC Rotterdam", "ESSM"],
        "status": DONE,
        "timing": {"year": 2025},
        "note": "De meldroutekaart is samen met RIEC en ESSM bijgewerkt.",
    },
    {
        "opgave": 3,
        "title": "Regionaal congres mensenhandel",
        "lead": "VAR",
        "co": ["RIEC Rotterdam"],
        "status": DONE,
        "timing": {"date": "2025-10-27", "year": 2025},
        "note": "VAR en RIEC organiseerden op 27 oktober 2025 een congres.",
    },
    {
        "opgave": 3,
        "title": "Inzet van VR-brillen en de Koffer Verkeerd",
        "lead": NO_OWNER,
        "co": [],
        "status": CONT,
        "timing": {"year": 2025},
        "note": "Het hele jaar door vaak ingezet bij gemeenten en ketenpartners.",
    },
    # Opgave 4: aanpak faciliteerders en mensenhandelaren
    {
        "opgave": 4,
        "title": "Handhavingsknelpunt faciliteerders van seksuele uitbuiting aanwijzen",
        "lead": "RIEC Rotterdam",
        "co": [],
        "status": DONE,
        "timing": {"year": 2025},
        "note": "De deelnemers van het RIEC wezen in 2025 het handhavingsknelpunt aan.",
    },
    {
        "opgave": 4,
        "title": "Faciliterende netwerken analyseren en bestrijden",
        "lead": NO_OWNER,
        "co": [],
        "status": GAP,
        "timing": {"year": 2026},
        "note": "Gepland voor 2026, als vervolg op het aangewezen handhavingsknelpunt.",
    },
    # Opgave 5: preventie en zorg voor het slachtoffer
    {
        "opgave": 5,
        "title": "Regionale zorgcoördinatie slachtoffers",
        "lead": "ESSM",
        "co": ["VAR"],
        "status": CONT,
        "timing": {"year": 2025},
        "note": (
            "Structureel voortgezet. Samen met de VAR in de jaarlijkse gesprekken met gemeenten en "
            "door vaste aanwezigheid op netwerkbijeenkomsten is gewerkt aan meer bekendheid."
        ),
    },
    {
        "opgave": 5,
        "title": "Pilot noodbed voor meerderjarige mannelijke slachtoffers",
        "lead": "ESSM",
        "co": [],
        "status": RUN,
        "timing": {"date": "2026-07-01", "year": 2026},
        "note": (
            "Gestart in 2025 voor meerderjarige mannelijke slachtoffers met een Nederlands paspoort of "
            "een verblijfsstatus: eerst alleen uit Rotterdam, sinds augustus 2025 uit de hele regio. Het "
            "noodbed is nog niet gebruikt. De pilot is verlengd tot 1 juli 2026. De evaluatie laat zien "
            "dat het bed te weinig bekend is; mannelijke slachtoffers gebruiken ook niet altijd opvang, "
            "of kunnen niet veilig in hun eigen regio terecht. Meer opvangplaatsen in andere gemeenten "
            "en de mogelijkheid om landelijk plaatsen uit te ruilen zouden helpen."
        ),
    },
    # Aanpak in de regio: gemeente Rotterdam
    {
        "opgave": 3,
        "title": "Rotterdam: bewustwording en trainingen",
        "lead": "Gemeente Rotterdam",
        "co": ["ESSM", "Stichting Reshape"],
        "status": NV,
        "timing": {"year": 2025},
        "municipality": "GM0599",
        "note": (
            "Onder meer de escapetruck van Stichting Reshape; de gemeente financierde voorlichting en "
            "trainingen door het ESSM voor hotelpersoneel, toezichthouders, jongeren en professionals."
        ),
    },
    {
        "opgave": 2,
        "title": "Rotterdam: lobby voor wetgeving en slachtoffervoorzieningen",
        "lead": "Gemeente Rotterdam",
        "co": ["VNG"],
        "status": NV,
        "timing": {"year": 2025},
        "municipality": "GM0599",
        "note": (
            "Meegewerkt aan de modernisering van de strafbaarstelling; met de VNG gepleit voor betere "
            "voorzieningen voor slachtoffers, duidelijkere bevoegdheden en betere gegevensdeling."
        ),
    },
    {
        "opgave": 4,
        "title": "Rotterdam: bijdrage aan het handhavingsknelpunt seksuele uitbuiting",
        "lead": "Gemeente Rotterdam",
        "co": ["RIEC Rotterdam"],
        "status": DONE,
        "timing": {"year": 2025},
        "municipality": "GM0599",
        "note": "Bijgedragen aan het plan van aanpak voor het handhavingsknelpunt binnen het RIEC.",
    },
    {
        "opgave": 4,
        "title": "Rotterdam: landelijk barrièremodel criminele uitbuiting",
        "lead": "Gemeente Rotterdam",
        "co": ["CCV"],
        "status": RUN,
        "timing": {"year": 2026},
        "municipality": "GM0599",
        "note": "Meegewerkt aan het barrièremodel onder leiding van het CCV; het model verschijnt in 2026.",
    },
    {
        "opgave": 2,
        "title": "Rotterdam: werkbezoek van de OVSE",
        "lead": NO_OWNER,
        "co": ["OVSE"],
        "status": DONE,
        "timing": {"year": 2025},
        "municipality": "GM0599",
        "note": (
            "De OVSE besprak de Rotterdamse aanpak en was positief over lokale initiatieven; haar "
            "rapport verschijnt in het eerste kwartaal van 2026."
        ),
    },
    {
        "opgave": 3,
        "title": "Rotterdam: studieochtend criminele uitbuiting",
        "lead": NO_OWNER,
        "co": ["OM Rotterdam", "AVIM"],
        "status": DONE,
        "timing": {"year": 2025, "month": 11},
        "municipality": "GM0599",
        "note": "Studieochtend in november 2025 voor advocatuur, OM, politie en rechtspraak.",
    },
    {
        "opgave": 5,
        "title": "Rotterdam: opvang maatschappelijke maatregelen (OMM)",
        "lead": "Gemeente Rotterdam",
        "co": ["ESSM", "Fier"],
        "status": RUN,
        "timing": {"year": 2026},
        "municipality": "GM0599",
        "note": (
            "In mei 2025 vroegen de gemeenten met OMM-bedden VWS om een heldere governance en extra "
            "geld. Fier beheerde in 2025 vijf OMM-bedden en draagt die per 2026 over aan het ESSM."
        ),
    },
    # Aanpak in de regio: gemeente Dordrecht
    {
        "opgave": 3,
        "title": "Dordrecht: trainingen mensenhandel",
        "lead": NO_OWNER,
        "co": ["ESSM", "FairWork"],
        "status": DONE,
        "timing": {"year": 2025},
        "municipality": "GM0505",
        "note": (
            "ESSM trainde professionals op het Leerpark over criminele uitbuiting en lichtte "
            "ziekenhuispersoneel voor; FairWork trainde in vier sessies ruim 40 professionals, die veel "
            "signalen zagen: misbruik van kwetsbare personen, dichtgeplakte ramen, veel kort bezoek."
        ),
    },
    {
        "opgave": 3,
        "title": "Dordrecht: bewustwording voor inwoners",
        "lead": "Gemeente Dordrecht",
        "co": [],
        "status": DONE,
        "timing": {"year": 2025},
        "municipality": "GM0505",
        "note": (
            "In de campagne 'Houd misdaad uit je buurt' bracht Dordrecht Meld Misdaad Anoniem onder "
            "de aandacht, met een ervaringsdeskundige over seksuele en criminele uitbuiting."
        ),
    },
    {
        "opgave": 5,
        "title": "Dordrecht: aandacht voor mensen met een licht verstandelijke beperking",
        "lead": "Humanitas DMH",
        "co": ["Gemeente Dordrecht", "VAR", "ESSM"],
        "status": DONE,
        "timing": {"year": 2025},
        "municipality": "GM0505",
        "note": (
            "Humanitas DMH liet professionals ervaren hoe iemand met een LVB de wereld beleeft, als "
            "uitkomst van een verkenning met Dordrecht, VAR en ESSM."
        ),
    },
    {
        "opgave": 3,
        "title": "Dordrecht: rollenspel signalen criminele uitbuiting",
        "lead": NO_OWNER,
        "co": [],
        "status": DONE,
        "timing": {"year": 2025},
        "municipality": "GM0505",
        "note": (
            "Een rollenspel waarin professionals als samenwerkingspartner oefenen met signalen, "
            "onder meer bij excessief geweld en online ronselen van jongeren."
        ),
    },
    {
        "opgave": 3,
        "title": "Dordrecht: Koffer Verkeerd",
        "lead": NO_OWNER,
        "co": [],
        "status": NV,
        "timing": {"year": 2024},
        "municipality": "GM0505",
        "note": (
            "In 2024 ontwikkeld: een nagebootste sekskamer vol signalen uit de onvergunde branche, "
            "om met professionals het gesprek aan te gaan. In 2025 vaak ingezet in de regio."
        ),
    },
]

# The doorkijk 2026 of chapter 5. Owners as for the actions: only those the text names ("Het RIEC
# zal", "zal het ESSM", "tussen de VAR en het RIEC"); the passive items ("worden gevolgd", "worden
# besproken", "wordt gestart") have none, shown as "trekker niet vermeld".
OUTLOOK_YEAR = 2026
OUTLOOK = [
    {
        "opgave": 1,
        "title": "Nieuwe uitbuitingsvormen volgen en borgen",
        "owners": [],
        "timing": {"year": 2026},
        "description": (
            "Uitbuiting van draagmoederschap, gedwongen huwelijk en illegale adoptie volgen en bepalen "
            "hoe deze vormen een plek krijgen in de regionale aanpak, in beleid en bij de partners."
        ),
    },
    {
        "opgave": 2,
        "title": "Bespreking monitor in Regionale Tafel en Regionaal Veiligheidsoverleg",
        "owners": [],
        "timing": {"year": 2026, "month": 7},
        "description": "De bevindingen van de regionale monitor worden in juli 2026 besproken.",
    },
    {
        "opgave": 2,
        "title": "Doorlopende activiteiten van het actieplan voortzetten",
        "owners": [],
        "timing": {"year": 2026},
        "description": (
            "Activiteiten van het Actieplan 2024-2026 met een doorlopend karakter lopen in 2026 door."
        ),
    },
    {
        "opgave": 2,
        "title": "Evaluatie van beleidskader en actieplan 2024-2026",
        "owners": [],
        "timing": {"year": 2026, "month": 11},
        "description": (
            "Voorbereiding begin 2026, uitvoering medio 2026 met alle belangrijke partners; de "
            "uitkomsten gaan in november 2026 naar het RVO."
        ),
    },
    {
        "opgave": 2,
        "title": "Beleidskader en Actieplan Mensenhandel 2027-2030 opstellen",
        "owners": [],
        "timing": {"year": 2026},
        "description": "Start na goedkeuring van de evaluatie.",
    },
    {
        "opgave": 2,
        "title": "Aandachtsfunctionaris mensenhandel in elke gemeente borgen",
        "owners": [],
        "timing": {"year": 2026},
        "description": (
            "Blijven borgen dat iedere gemeente in de regio een aandachtsfunctionaris heeft aangewezen."
        ),
    },
    {
        "opgave": 2,
        "title": "Taakverdeling en werkafspraken VAR en RIEC",
        "owners": ["VAR", "RIEC Rotterdam"],
        "timing": {"year": 2026},
        "description": "Afspraken om overlap te voorkomen en de samenwerking te versterken.",
    },
    {
        "opgave": 3,
        "title": "Regionale Week tegen Mensenhandel",
        "owners": [],
        "timing": {"date": "2026-10-12", "year": 2026},
        "description": (
            "Van maandag 12 tot en met vrijdag 16 oktober 2026, in aanloop naar de Europese dag tegen "
            "mensenhandel op 18 oktober; aandachtsfunctionarissen krijgen ondersteuning."
        ),
    },
    {
        "opgave": 4,
        "title": "Uitvoering meerjarig beleidsplan en programma mensenhandel/mensensmokkel RIEC",
        "owners": ["RIEC Rotterdam"],
        "timing": {"year": 2026},
        "description": "Verdere uitvoering van het meerjarig beleidsplan 2025-2028 van het RIEC.",
    },
    {
        "opgave": 5,
        "title": "OMM-plekken voor landelijke slachtoffers met multiproblematiek",
        "owners": ["ESSM"],
        "timing": {"year": 2026, "quarter": 2},
        "description": "Vanaf het tweede kwartaal van 2026 biedt het ESSM 4 tot 6 plekken aan.",
    },
]

# Demo accounts: (username, role group, organisation short name)
DEMO_ACCOUNTS = [
    ("beheerder", "beheerder", "VAR"),
    ("redacteur", "redacteur", "VAR"),
    ("regionale-tafel", "regionale tafel", "VAR"),
    ("actiehouder-essm", "actiehouder", "ESSM"),
    ("actiehouder-riec", "actiehouder", "RIEC Rotterdam"),
    ("datapartner-essm", "datapartner", "ESSM"),
]
