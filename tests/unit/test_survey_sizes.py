"""survey.sample_sizes is scanned once per content of the shares, never served stale."""

from xjutils import data, survey


def test_the_same_shares_are_scanned_once_and_edited_ones_afresh(monkeypatch):
    first = survey.sample_sizes()
    scans = []
    monkeypatch.setattr(survey, "scan", lambda *a, **k: scans.append(1) or original(*a, **k))
    assert survey.sample_sizes() == first and scans == []  # served from the memo
    shares, load = data.load("survey_shares"), data.load
    year = int(shares["year"].max())
    planted = shares[shares["year"] == year].head(1).assign(value=33.33, decimals=2)
    edited = shares.copy()
    edited.loc[planted.index, ["value", "decimals"]] = [33.33, 2]
    monkeypatch.setattr(
        data, "load", lambda name: edited.copy() if name == "survey_shares" else load(name)
    )
    survey.sample_sizes()
    assert scans  # a different table: scanned again


original = survey.scan
