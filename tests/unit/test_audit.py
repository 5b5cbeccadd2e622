"""xjutils.audit: each generic check finds an inconsistency planted in a scratch data/."""

import pytest

from tests.conftest import edit_cell
from xjutils import audit


def test_current_findings_are_all_explained():
    found = audit.expect_explained(audit.findings())
    assert set(found["check"]) >= {"claim:parts_sum", "sample_size", "rounded_sum", "cross_source"}


def test_a_broken_claim_is_an_unexplained_finding(scratch_data):
    edit_cell(scratch_data / "overall.csv", "fig01.gmv.2020", "value", "13.20")
    with pytest.raises(AssertionError, match="pre.gmv_cagr"):
        audit.expect_explained(audit.findings())


def test_distribution_over_100(scratch_data):
    edit_cell(scratch_data / "survey_shares.csv", "fig13.lt5.2023", "value", "65.26")
    assert "q_returns" in " ".join(audit.distributions()["evidence"])


def test_figures_out_of_order(scratch_data):
    edit_cell(scratch_data / "contents.csv", "fig17", "page", "13")
    assert "fig17" in " ".join(audit.contents_order()["evidence"])


def test_date_after_publication(scratch_data):
    edit_cell(scratch_data / "case_numbers.csv", "case6.crossborder_start", "date", "2024-06")
    assert "case6.crossborder_start" in " ".join(audit.dates()["evidence"])


def test_stated_sample_size_that_fits_is_no_finding(scratch_data):
    edit_cell(scratch_data / "facts.csv", "fact.valid_questionnaires", "value", "38")
    assert not audit.sample_sizes()["evidence"].str.startswith("report2023").any()


def test_errata_table_names_the_detecting_check():
    table = audit.errata_table(audit.findings()).set_index("erratum_id")
    assert table.loc["E01", "detected_by"] == "claim:parts_sum"
    assert table.loc["E02", "detected_by"] == "reading"
