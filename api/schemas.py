"""The shapes of the API's answers (the OpenAPI schema and the documentation page are made from them).

Field names are English; descriptions are Dutch, for the public that reads the documentation page.
The examples are taken from the 2025 edition of regio Rotterdam.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from ninja import Field, Schema

EXAMPLE_SITE = "https://monitor.example"
EXAMPLE_REGION_API = f"{EXAMPLE_SITE}/api/v1/regions/rotterdam/"
EXAMPLE_API = f"{EXAMPLE_REGION_API}editions/2025/"
EXAMPLE_WEB = f"{EXAMPLE_SITE}/monitor/2025/"


class RegionOut(Schema):
    slug: str = Field(
        ..., description="De code van de regio, in de adressen van de API.", examples=["rotterdam"]
    )
    name: str = Field(..., description="Zoals pagina's de regio noemen.", examples=["regio Rotterdam"])
    full_name: str = Field("", examples=["VeiligheidsAlliantie regio Rotterdam"])
    is_fictional: bool = Field(
        ...,
        description="Een verzonnen voorbeeldregio (voor demonstratie en tests): haar cijfers zijn niet echt.",
        examples=[False],
    )
    editions_count: int = Field(..., description="Aantal gepubliceerde edities.", examples=[1])
    latest_year: int | None = Field(
        ..., description="Jaar van de nieuwste gepubliceerde editie.", examples=[2025]
    )
    years: list[int] = Field(
        ..., description="De jaren met een gepubliceerde editie, nieuwste eerst.", examples=[[2025]]
    )
    url: str = Field(..., description="Deze regio in de API.", examples=[EXAMPLE_REGION_API])
    editions_url: str = Field(
        ..., description="De gepubliceerde edities van de regio.", examples=[f"{EXAMPLE_REGION_API}editions/"]
    )
    web_url: str | None = Field(None, description="De website van de regio.", examples=[f"{EXAMPLE_SITE}/"])


class VersionOut(Schema):
    number: int = Field(..., description="Versienummer, vanaf 1 (de eerste publicatie).", examples=[1])
    published_at: datetime = Field(..., description="Moment van publicatie van deze versie.")
    is_current: bool = Field(..., description="De versie die nu op de website staat.", examples=[True])
    is_correction: bool = Field(
        ..., description="Een latere publicatie van een editie die al openbaar was.", examples=[False]
    )
    correction_reason: str | None = Field(
        None, description="Reden van de correctie; leeg bij de eerste publicatie.", examples=[None]
    )
    changes: list[str] = Field(
        default_factory=list,
        description="Wat deze correctie veranderde ten opzichte van de vorige versie.",
        examples=[[]],
    )
    url: str = Field(
        ..., description="Deze versie in de API (met ?version=N).", examples=[f"{EXAMPLE_API}?version=1"]
    )
    web_url: str | None = Field(
        ..., description="Deze versie op de website.", examples=[f"{EXAMPLE_WEB}versies/1/"]
    )
    pdf_url: str | None = Field(
        ..., description="De pdf van deze versie.", examples=[f"{EXAMPLE_WEB}versies/1/pdf/"]
    )
    csv_url: str | None = Field(
        ...,
        description="Alle cijfers van deze versie (csv, uitwisselformaat).",
        examples=[f"{EXAMPLE_WEB}versies/1/cijfers.csv"],
    )


class EditionSummaryOut(Schema):
    region: str = Field(..., description="De code van de regio.", examples=["rotterdam"])
    year: int = Field(..., description="Het jaar waarover de editie rapporteert.", examples=[2025])
    title: str = Field(..., examples=["Mensenhandelmonitor 2025"])
    subtitle: str = Field("", examples=["Samenwerken tegen mensenhandel"])
    region_name: str = Field(
        ..., description="De regio zoals de editie haar noemt.", examples=["regio Rotterdam"]
    )
    publication_date: date | None = Field(
        None, description="Publicatiedatum die de editie noemt (leeg: niet vermeld).", examples=["2026-03-01"]
    )
    published_at: datetime = Field(..., description="Moment van publicatie van de huidige versie.")
    current_version: int = Field(..., description="Nummer van de huidige versie.", examples=[1])
    versions_count: int = Field(..., description="Aantal gepubliceerde versies.", examples=[1])
    url: str = Field(..., description="Deze editie in de API.", examples=[EXAMPLE_API])
    web_url: str | None = Field(..., description="De editie op de website.", examples=[EXAMPLE_WEB])
    pdf_url: str | None = Field(
        ..., description="De pdf van de huidige versie.", examples=[f"{EXAMPLE_WEB}pdf/"]
    )
    csv_url: str | None = Field(
        ...,
        description="Alle cijfers van de huidige versie (csv, uitwisselformaat).",
        examples=[f"{EXAMPLE_WEB}cijfers.csv"],
    )


class EditionOut(EditionSummaryOut):
    version: int = Field(..., description="De versie waarover dit antwoord gaat.", examples=[1])
    versions: list[VersionOut] = Field(..., description="Alle gepubliceerde versies, oudste eerst.")
    tables_url: str = Field(
        ..., description="De tabellen van deze versie.", examples=[f"{EXAMPLE_API}tables/"]
    )
    plan_url: str = Field(
        ..., description="De stand van het actieplan in deze versie.", examples=[f"{EXAMPLE_API}plan/"]
    )


class FootnoteOut(Schema):
    number: int = Field(..., description="Nummer zoals gedrukt.", examples=[2])
    text: str = Field(..., examples=["Niet alle telefoontjes resulteren in een registratie."])
    kind: str | None = Field(
        None,
        description=(
            "'bron': voetnoot van de bron; 'kwaliteit': toelichting bij een bevinding van de "
            "consistentiecontrole; 'afscherming': kleine aantallen niet getoond. Leeg in een versie van "
            "vóór deze indeling."
        ),
        examples=["bron"],
    )
    level: Literal["cel", "rij", "tabel"] = Field(
        ..., description="Waar de noot bij hoort: één cel, een rij (dimensiewaarde) of de hele tabel."
    )


class DimensionValueOut(Schema):
    code: str = Field(..., examples=["seksueel"])
    label: str = Field(..., examples=["Seksuele uitbuiting"])
    is_total: bool = Field(False, description="Een totaal van andere waarden (zie parts).")
    parts: list[str] = Field(
        default_factory=list, description="De waarden waarvan dit het totaal is.", examples=[[]]
    )
    subset_of: str | None = Field(None, description="'Waarvan': deel van deze andere waarde, niet opgeteld.")
    unit: str | None = Field(None, description="Eenheid van deze rij, als die afwijkt van die van de tabel.")
    cbs_code: str | None = Field(None, description="CBS-code van de gemeente (bij een gemeentedimensie).")
    footnotes: list[int] = Field(
        default_factory=list, description="Nummers van de voetnoten bij deze rij.", examples=[[]]
    )


class DimensionOut(Schema):
    code: str = Field(..., examples=["uitbuitingsvorm"])
    label: str = Field(..., examples=["Uitbuitingsvorm"])
    values: list[DimensionValueOut]


class JointReportOut(Schema):
    year: int
    text: str = Field(..., description="Meldingen die voor twee gemeenten samen zijn gedaan.")
    count: int


class TableOut(Schema):
    code: str = Field(..., description="Vaste code van de tabel.", examples=["essm_meldpunt_contacten"])
    title: str = Field(..., examples=["Contacten met het meld- en adviespunt van het ESSM"])
    unit: str = Field(..., description="Eenheid van de aantallen.", examples=["contactmomenten"])
    description: str = Field("", description="Toelichting voor lezers.")
    source: str = Field("", examples=["ESSM, regionaal meld- en adviespunt"])
    partner: str = Field(
        "",
        description="De datapartner die de cijfers aanleverde.",
        examples=["Expertisecentrum Seksualiteit Sekswerk en Mensenhandel (ESSM)"],
    )
    chapter: str = Field(
        "",
        description="Hoofdstuk of paragraaf van de editie.",
        examples=["2. Aard en omvang – Regionale cijfers ESSM"],
    )
    comparable: bool | None = Field(
        None,
        description=(
            "Zelfde definitie in elke regio, naast elkaar te tonen. Cijfers van verschillende definities "
            "worden nooit opgeteld. Leeg: niet vastgelegd in deze versie."
        ),
        examples=[True],
    )
    years: list[int] = Field(..., examples=[[2025]])
    dimensions: list[DimensionOut]
    footnotes: list[FootnoteOut] = Field(..., description="Alle voetnoten van de tabel.")
    joint_reports: list[JointReportOut] = Field(default_factory=list)
    observations_count: int = Field(..., description="Aantal cellen (waarnemingen) van de tabel.")
    url: str = Field(
        ...,
        description="Deze tabel met haar waarnemingen in de API.",
        examples=[f"{EXAMPLE_API}tables/essm_meldpunt_contacten/"],
    )


class ObservationOut(Schema):
    year: int = Field(..., examples=[2025])
    coordinates: dict[str, str] = Field(
        ..., description="Per dimensie (code) de waarde (code).", examples=[{"onderwerp": "mensenhandel"}]
    )
    value: int | None = Field(
        ...,
        description=(
            "Het aantal. Leeg (null): niet beschikbaar, of niet getoond ter bescherming van kleine "
            "aantallen (zie status). Nooit 0 in plaats van 'niet beschikbaar'."
        ),
        examples=[139],
    )
    status: Literal["ok", "missing", "suppressed"] = Field(
        ..., description="'ok'; 'missing': niet beschikbaar; 'suppressed': niet getoond (kleine aantallen)."
    )
    display: str = Field(
        ..., description="Zoals gedrukt: het getal, 'niet beschikbaar' of 'x'.", examples=["139"]
    )
    is_total: bool = Field(False, description="Een cel van een totaal.")
    footnotes: list[FootnoteOut] = Field(
        default_factory=list, description="Voetnoten bij deze cel en haar rijen."
    )
    quality_notes: list[FootnoteOut] = Field(
        default_factory=list,
        description="Kwaliteitsnoten: toelichting bij een afwijking die de beheerder aanvaardde.",
    )


class TableObservationsOut(Schema):
    table: TableOut
    items: list[ObservationOut] = Field(..., description="De waarnemingen van deze pagina (limit/offset).")
    count: int = Field(..., description="Totaal aantal waarnemingen.", examples=[3])


class StatusCountOut(Schema):
    status: str | None = Field(
        ..., description="Status van de actie; leeg: niet vermeld.", examples=["afgerond"]
    )
    label: str = Field(..., examples=["Afgerond"])
    count: int = Field(..., examples=[1])


class ActionOut(Schema):
    title: str = Field(..., examples=["Regionale Mensenhandelmonitor 2024 publiceren"])
    status: str | None = Field(..., description="Status in het jaar van de editie; leeg: niet vermeld.")
    status_label: str = Field(..., examples=["Afgerond"])
    lead: str | None = Field(None, description="Trekker; leeg: niet vermeld.", examples=["VAR"])
    co_owners: list[str] = Field(default_factory=list)
    timing: str = Field("", examples=["2025"])
    postponed_to: str | None = Field(None, description="Doorgeschoven naar (jaar of plan).")
    progress: str = Field("", description="Stand van zaken in het jaar van de editie.")


class OpgaveStateOut(Schema):
    number: int = Field(..., examples=[1])
    title: str
    short_title: str = Field("", examples=["Aard en omvang"])
    actions_count: int
    status_counts: list[StatusCountOut]
    actions: list[ActionOut] = Field(
        default_factory=list, description="De acties, alleen als de editie ze opsomt (actions_shown)."
    )


class PlanStateOut(Schema):
    plan: str = Field(..., examples=["Regionaal Actieplan Mensenhandel 2024-2026"])
    period: str = Field("", examples=["2024-2026"])
    year: int = Field(..., description="Het jaar van de stand van zaken.", examples=[2025])
    actions_shown: bool
    opgaven: list[OpgaveStateOut]


class OutlookItemOut(Schema):
    title: str
    description: str = ""
    owners: list[str] = Field(default_factory=list)
    timing: str = ""


class OutlookOpgaveOut(Schema):
    number: int
    title: str
    short_title: str = ""
    items: list[OutlookItemOut]


class OutlookOut(Schema):
    plan: str
    year: int = Field(..., description="Het jaar van de doorkijk.", examples=[2026])
    opgaven: list[OutlookOpgaveOut]


class PlanOut(Schema):
    plan_states: list[PlanStateOut] = Field(..., description="De stand van het actieplan per opgave.")
    outlook: list[OutlookOut] = Field(..., description="De doorkijk naar het volgende jaar per opgave.")


class ErrorOut(Schema):
    detail: str = Field(..., examples=["Niet gevonden."])


class EditionPageOut(Schema):
    items: list[EditionSummaryOut]
    count: int = Field(..., description="Totaal aantal gepubliceerde edities.", examples=[1])


class TablePageOut(Schema):
    items: list[TableOut]
    count: int = Field(..., description="Totaal aantal tabellen van de editie.", examples=[18])


class RegionPageOut(Schema):
    items: list[RegionOut]
    count: int = Field(
        ..., description="Aantal regio's met ten minste één gepubliceerde editie.", examples=[1]
    )
