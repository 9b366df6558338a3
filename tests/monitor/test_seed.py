import pytest

from actionplan.models import Municipality
from monitor.models import Delivery, DimensionValue, JointReport, Observation, Table
from workbench.packs import default_pack, seed_figures

TABLE_CODES = [table["code"] for table in default_pack().tables]

pytestmark = pytest.mark.django_db


def values(code: str, year: int) -> dict[str, int | None]:
    return dict(Observation.objects.filter(table__code=code, year=year).values_list("coord_key", "value"))


def test_every_table_of_chapter_2_is_seeded(seeded):
    assert sorted(Table.objects.values_list("code", flat=True)) == sorted(TABLE_CODES)
    assert Table.objects.filter(disclosure_threshold__isnull=False).count() == 0


def test_the_printed_numbers_are_stored_as_printed(seeded):
    assert values("landelijk_comensha_slachtoffers", 2024) == {
        "grootheid=gemeld": 944,
        "grootheid=stijging_tov_vorig_jaar": 76,
    }
    assert not Observation.objects.filter(table__code="landelijk_comensha_slachtoffers", year=2023).exists()
    assert values("essm_meldpunt_contacten", 2025) == {
        "onderwerp=totaal": 191,
        "onderwerp=mensenhandel": 139,
        "onderwerp=overig": 52,
    }
    assert sorted(values("essm_meldpunt_brongemeente", 2025).values()) == [6, 9, 14, 108]
    hulp = {year: values("essm_hulpverlening_vorm_leeftijd", year) for year in (2023, 2024, 2025)}
    assert [hulp[y]["leeftijd=totaal|traject=totaal"] for y in (2023, 2024, 2025)] == [148, 167, 208]
    assert hulp[2025]["leeftijd=onder_18|traject=seksueel"] == 23
    assert hulp[2025]["leeftijd=totaal|traject=arbeid"] == 21
    herkomst = values("essm_herkomstgemeente_traject", 2025)
    assert herkomst["gemeente=rotterdam|traject=seksueel"] == 121
    assert herkomst["gemeente=totaal|traject=crimineel"] == 10
    assert herkomst["gemeente=onbekend|traject=arbeid"] == 1
    assert values("essm_opvang_tekst", 2025)["opvangtype=totaal"] == 113
    assert values("essm_opvang_ambulant", 2025)["opvangtype=cosm|uitbuitingsvorm=seksueel"] == 65
    assert values("avim_onderzoeken", 2025) == {"grootheid=gestart": 34}
    assert sorted(values("rctm_controles", 2025).values()) == [4, 13, 27]
    assert sorted(values("om_zaken", 2025).values()) == [28, 30]
    assert values("riec_casussen", 2024) == {
        "categorie=lopend": 11,
        "categorie=nieuw": 4,
        "categorie=seksueel": 1,
        "categorie=arbeid": None,
        "categorie=crimineel": None,
        "categorie=mensensmokkel": None,
    }
    assert sorted(values("riec_casussen", 2025).values()) == [1, 2, 3, 4, 5, 11]


@pytest.mark.parametrize(
    "code",
    [
        "essm_meldingen_aard",
        "essm_hulpverlening_totaal",
        "essm_slachtoffers_gender",
        "avim_informatieve_gesprekken",
        "avim_aangiftes",
    ],
)
def test_lost_charts_exist_as_niet_beschikbaar(seeded, code):
    cells = values(code, 2025)
    assert cells and set(cells.values()) == {None}


def test_municipalities_are_official_with_cbs_codes(seeded):
    capelle = DimensionValue.objects.get(
        dimension__table__code="essm_herkomstgemeente_traject", code="capelle_aan_den_ijssel"
    )
    assert capelle.municipality.name == "Capelle aan den IJssel"
    assert capelle.municipality.cbs_code == "GM0502"
    specials = DimensionValue.objects.filter(
        dimension__table__code="essm_herkomstgemeente_traject", code__in=["buiten_regio", "onbekend"]
    )
    assert [v.municipality for v in specials] == [None, None]
    assert Municipality.objects.filter(name__contains="a/d").count() == 0


def test_joint_reports_of_footnotes_3_4_5(seeded):
    reports = {
        (r.footnote.number, r.column.code, r.municipality.code, r.other_municipality.code)
        for r in JointReport.objects.select_related(
            "footnote", "column", "municipality", "other_municipality"
        )
    }
    assert reports == {
        (3, "seksueel", "capelle_aan_den_ijssel", "rotterdam"),
        (4, "preventief", "schiedam", "vlaardingen"),
        (5, "seksueel", "sliedrecht", "dordrecht"),
    }


def test_seeded_years_are_published_and_2026_is_open(seeded):
    assert Delivery.objects.filter(year=2025).exclude(status=Delivery.Status.PUBLISHED).count() == 0
    assert set(Delivery.objects.filter(year=2026).values_list("status", flat=True)) == {Delivery.Status.OPEN}


def test_seed_twice_changes_nothing(seeded):
    history = Observation.history.count()
    counts = seed_figures()
    assert set(counts.values()) == {0}
    assert Observation.history.count() == history
    assert Observation.objects.count() == 183
