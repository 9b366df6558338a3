"""Snippet content of the 2025 edition, in the project's own words (facts from the seed document)."""

import datetime

DEFINITIONS = [
    {
        "code": "arbeid",
        "name": "Arbeidsuitbuiting",
        "sort_order": 1,
        "definition": (
            "<p>Iemand wordt gedwongen om te werken, onder omstandigheden die een mens onwaardig zijn. "
            "De werknemer wordt in zijn vrijheid beperkt en moet vaak een deel van wat hij verdient "
            "afdragen aan de werkgever. Het gaat om alle uitbuiting in werk buiten de seksbranche.</p>"
        ),
    },
    {
        "code": "seksueel",
        "name": "Seksuele uitbuiting",
        "sort_order": 2,
        "definition": (
            "<p>Iemand wordt gedwongen om tegen een of andere vorm van betaling seksuele handelingen te "
            "verrichten met of voor een ander. In Nederland komt deze vorm het meest voor, en zij "
            "speelt zich ook online af.</p>"
        ),
    },
    {
        "code": "crimineel",
        "name": "Criminele uitbuiting",
        "sort_order": 3,
        "definition": (
            "<p>Iemand wordt gedwongen om strafbare feiten te plegen en moet de opbrengst geheel of "
            "gedeeltelijk afstaan aan de uitbuiters. Denk aan afgedwongen diefstal, inbraak of overval, "
            "of aan gedwongen werk in de drugshandel: smokkelen, produceren, verkopen of hennep "
            "knippen.</p>"
        ),
    },
    {
        "code": "orgaanverwijdering",
        "name": "Gedwongen orgaanverwijdering",
        "sort_order": 4,
        "definition": (
            "<p>Iemand wordt gedwongen om een of meer organen af te staan. Over deze vorm is in "
            "Nederland nog weinig bekend.</p>"
        ),
    },
    {
        "code": "gedwongen_huwelijk",
        "name": "Gedwongen huwelijk",
        "sort_order": 5,
        "since_eu_directive": True,
        "definition": (
            "<p>Uitbuiting van een huwelijk dat onder dwang is gesloten. Valt onder mensenhandel zodra "
            "de herziene Europese richtlijn in Nederlandse wetgeving is omgezet.</p>"
        ),
    },
    {
        "code": "illegale_adoptie",
        "name": "Illegale adoptie",
        "sort_order": 6,
        "since_eu_directive": True,
        "definition": (
            "<p>Uitbuiting door middel van een adoptie die buiten de wettelijke regels om tot stand "
            "komt. Nieuw in de herziene Europese richtlijn mensenhandel.</p>"
        ),
    },
    {
        "code": "draagmoederschap",
        "name": "Uitbuiting van draagmoederschap",
        "sort_order": 7,
        "since_eu_directive": True,
        "definition": (
            "<p>Een vrouw wordt gedwongen of misleid om als draagmoeder een kind te dragen. Nieuw in de "
            "herziene Europese richtlijn mensenhandel.</p>"
        ),
    },
]

CASUS = {
    "title": "‘Ik wist niet meer wie ik kon vertrouwen’: in de greep van criminele uitbuiting",
    "source": "het ESSM",
    "invented_names_note": "Marjolijn is een verzonnen naam; de casus is zo beschreven dat niemand "
    "erin herkenbaar is.",
    "body": (
        "<p>Het begint met een zoon die zich zorgen maakt. Hij neemt contact op met Comensha, omdat hij "
        "vermoedt dat zijn moeder Marjolijn, een vrouw van zestig, wordt uitgebuit. Kort daarna vindt "
        "de politie bij een controle een grote hoeveelheid drugs in haar huis, dat vervolgens wordt "
        "gesloten. Volgens de zoon kan zijn moeder zoiets nooit zelf hebben opgezet; hij had al langer "
        "het gevoel dat er iets mis was.</p>"
        "<p>De melding komt bij het ESSM terecht. Een hulpverlener spreekt moeder en zoon eerst aan de "
        "telefoon en gaat daarna bij hen langs. Marjolijn woont dan tijdelijk bij haar zoon, maar voelt "
        "zich daar onveilig en is erg bang. Het ESSM brengt meteen de gemeente en de woningcorporatie "
        "in stelling. Samen besluiten zij dat Marjolijn op het regionale opvangbed voor slachtoffers van "
        "mensenhandel terechtkan, waar zij gespecialiseerde begeleiding krijgt, onder anderen van een "
        "slachtofferadvocaat en van sociaal-pedagogisch hulpverleners.</p>"
        "<h4>Signalen van mensenhandel</h4>"
        "<p>Het ESSM zoekt samen met de AVIM uit wat er is gebeurd. In informatieve gesprekken wordt "
        "behoedzaam verkend of een aangifte mogelijk is. Voor de hulpverleners is al snel duidelijk dat "
        "Marjolijn in een situatie van uitbuiting is beland. Toch blijft het lastig om dat hard te "
        "maken: Marjolijn is bang om te praten, en door haar achtergrond en haar problemen kan zij "
        "moeilijk concrete feiten noemen die de mensenhandel aantonen.</p>"
        "<h4>Slachtoffer en verdachte tegelijk</h4>"
        "<p>De drugs in haar woning maken Marjolijn formeel tot verdachte, terwijl zij waarschijnlijk ook "
        "slachtoffer is. Dat is typerend voor criminele uitbuiting: wie gedwongen wordt mee te werken "
        "aan strafbare feiten, durft daar minder makkelijk open over te zijn.</p>"
        "<h4>Stap voor stap weer zelfstandig</h4>"
        "<p>Na een periode van intensieve begeleiding, gericht op praktische hulp, zelfredzaamheid en "
        "weerbaarheid, krijgt Marjolijn met urgentie een eigen woning. Het ESSM blijft haar daarna "
        "ambulant begeleiden, samen met andere zorgorganisaties; zij heeft nog tijd, rust en steun nodig "
        "om te verwerken wat er is gebeurd.</p>"
        "<p>Wanneer de rechter haar zaak behandelt, weegt het vonnis haar omstandigheden mee. Voor het "
        "ESSM laat dat zien wat samenwerking oplevert: pas als hulpverlening, gemeente, politie en "
        "justitie hun kennis bundelen, ontstaat een volledig beeld van een slachtoffer dat ook dader "
        "lijkt. Juist bij criminele uitbuiting is een vertrouwensband met de hulpverlening daarvoor "
        "onmisbaar.</p>"
    ),
}

ONTWIKKELINGEN = [
    {
        "title": "Wet modernisering en uitbreiding strafbaarstelling mensenhandel",
        "date": datetime.date(2025, 6, 10),
        "date_label": "",
        "link": "https://www.tweedekamer.nl/",
        "summary": (
            "<p>Op 10 juni 2025 nam de Tweede Kamer het wetsvoorstel aan. De wet geeft een stevigere "
            "juridische basis tegen uitbuiting en beschermt slachtoffers beter. Duidelijker bepalingen "
            "sluiten aan bij de praktijk en geven het OM meer ruimte om op te treden tegen ernstige "
            "misstanden, zoals de structurele uitbuiting van arbeidsmigranten.</p>"
            "<ul><li>Misleiding telt voortaan als vorm van beïnvloeding.</li>"
            "<li>Slachtoffers die onder dwang strafbare feiten plegen, worden in principe niet "
            "vervolgd; wat al praktijk was, staat nu in de wet.</li>"
            "<li>Jongvolwassenen tot 21 jaar in de prostitutie krijgen extra bescherming: het OM hoeft "
            "bij hen geen dwang aan te tonen.</li></ul>"
        ),
    },
    {
        "title": "Aansluiting op de Europese richtlijn mensenhandel",
        "date": None,
        "date_label": "eind 2025",
        "link": "https://eur-lex.europa.eu/",
        "summary": (
            "<p>Eind 2025 is een wetsvoorstel bij de Tweede Kamer ingediend dat de herziene Europese "
            "richtlijn mensenhandel in Nederlandse wetgeving omzet. Daarmee worden drie vormen van "
            "uitbuiting als mensenhandel strafbaar: uitbuiting van draagmoederschap, van gedwongen "
            "huwelijken en van illegale adoptie. Stemt ook de Eerste Kamer in, dan treedt de wet naar "
            "verwachting in 2026 in werking.</p>"
        ),
    },
    {
        "title": "Advies voor het landelijke actieprogramma ‘Samen tegen Mensenhandel’",
        "date": None,
        "date_label": "2025",
        "link": "",
        "summary": (
            "<p>Het adviesrapport onderzoekt hoe bewustwording, meldstructuren en kennisdeling sterker "
            "kunnen. Tussen 2020 en 2024 liepen er in totaal 54 bewustwordingscampagnes. Landelijke en "
            "regionale initiatieven kunnen elkaar versterken, maar de onderlinge afstemming, de "
            "structuur en de organisatie van meldpunten en kenniscentra schieten nog tekort. Het rapport "
            "pleit voor monitoring, evaluatie en betere coördinatie.</p>"
        ),
    },
]
