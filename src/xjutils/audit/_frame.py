"""The one shape every check family returns, so notebook 08 can count and join them."""

import pandas as pd

from .. import data

COLUMNS = ["family", "check", "subject", "evidence", "found", "erratum_id"]


def frame(family: str, rows: list[dict]) -> pd.DataFrame:
    """Rows examined by one family: what was looked at, the computed evidence, and if it is a
    finding (found) which erratum explains it."""
    out = pd.DataFrame(rows, columns=COLUMNS[1:])
    out.insert(0, "family", family)
    out["found"] = out["found"].astype(bool)
    return out


def erratum(family: str | None, contains: str = "") -> str | None:
    """The open erratum of a family whose evidence mentions `contains` (None if none).

    Findings are joined to errata through data, never through ids typed in code.
    """
    e = data.load("errata").query("status == 'open'")
    e = e if family is None else e[e["family"] == family]
    e = e[e["evidence"].str.contains(contains, regex=False)] if contains else e
    return e["erratum_id"].iloc[0] if len(e) else None


def where(row) -> str:
    """Provenance of a row: source, section, item, page."""
    page = "" if pd.isna(row.get("page")) else f" p{int(row['page'])}"
    item = "" if pd.isna(row.get("item")) else f" {row['item']}"
    return f"{row.get('source', '')} {row.get('section', '')}{item}{page}".strip()


_memo: dict = {}


def once(name: str, fn):
    """fn() computed once per loaded state of data/: every family shares one claims check and
    one sample-size scan (the loader's cache is cleared whenever data/ may have changed)."""
    token = data._load("claims")  # a new object after every data.clear_cache()
    hit = _memo.get(name)
    if hit is None or hit[0] is not token:
        _memo[name] = (token, fn())
    return _memo[name][1]


def sample_sizes() -> dict:
    """The sample size that explains each survey year's shares."""
    from .. import survey

    return once("sample_sizes", survey.sample_sizes)


def claim_results():
    """claim_results(), shared by the families."""
    from .. import claims

    return once("claims", claims.check_all)
