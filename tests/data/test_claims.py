"""Every published claim comes out as data/claims.csv expects; a changed number turns red."""

import pytest

from xjutils import claims, data


def test_every_claim_has_its_expected_status():
    claims.expect(claims.check_all())


def test_every_mismatch_is_an_erratum():
    results = claims.check_all()
    bad = results[results["status"] == "mismatch"]
    assert bad["erratum_id"].notna().all(), bad["claim_id"].tolist()


def test_every_erratum_is_used_or_explained():
    """Each erratum earns its place: a claim's mismatch or a source link cites it, an audit
    finding is explained by it, or it says why only a reader can find it; a withdrawn one says
    why it was withdrawn. And every id cited elsewhere exists."""
    from xjutils import audit

    errata = data.load("errata").set_index("erratum_id")
    cited = set(data.load("claims")["erratum_id"].dropna())
    cited |= set(data.load("source_links")["erratum_id"].dropna())
    assert cited <= set(errata.index), sorted(cited - set(errata.index))
    found = audit.findings()
    detected = set(found.loc[found["found"], "erratum_id"].dropna())
    filled = errata.notna()
    withdrawn = errata["status"] == "withdrawn"
    said_why = filled["explanation_en"] & filled["explanation_zh"]
    used = errata.index.isin(sorted(cited | detected)) | filled["reading_why"]
    unaccounted = errata.index[(withdrawn & ~said_why) | (~withdrawn & ~used)]
    assert list(unaccounted) == []
    assert len(errata) > 0


@pytest.mark.parametrize(
    "table,row,value",
    [
        ("overall", "fig01.gmv.2020", "12.30"),  # breaks the average growth
        ("overall", "fig01.views.2023", "7.45"),  # breaks the summary's restatement
        ("platform_metrics", "tab02.kuaishou.gmv.2022", "14.21"),  # breaks a growth cell
        ("prefecture_gmv", "tab01.hotan", "4.20"),  # breaks the top-three ranking
        ("survey_shares", "fig05.lt100.2023", "23.68"),  # breaks the summary's 50% claim
    ],
)
def test_a_changed_number_is_caught(scratch_data, table, row, value, edit_cell):
    edit_cell(scratch_data / f"{table}.csv", row, "value", value)
    with pytest.raises(claims.ClaimError):
        claims.expect(claims.check_all())


def test_unknown_input_id_names_the_claims_row(scratch_data, edit_cell):
    edit_cell(scratch_data / "claims.csv", "pre.gmv_2023", "inputs", "fig01.gmv.2024")
    with pytest.raises(data.DataError, match=r"claims.csv, line 2, column 'inputs'"):
        claims.check_all()
