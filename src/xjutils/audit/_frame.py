"""The one shape every check family returns, so notebook 08 can count and join them."""

from fnmatch import fnmatchcase

import pandas as pd

from .. import data

COLUMNS = [
    "family",
    "check",
    "subject",
    "evidence",
    "found",
    "erratum_id",
    "premise",
    "plausibility",
    "found_if_premise",
]
# A conditional row: a check whose premise may not hold (answers in whole yuan) reports its
# result under the premise instead of skipping. `premise` states it, `plausibility` judges it
# (likely, possible, unlikely: why, in words) and `found_if_premise` says whether it would be a
# finding if the premise held; `found` stays False, since the premise is not established.
PLAUSIBILITY = ("likely", "possible", "unlikely")


def frame(family: str, rows: list[dict]) -> pd.DataFrame:
    """Rows examined by one family: what was looked at, the computed evidence, and if it is a
    finding (found) which erratum explains it: the row's own `erratum_id` (a claim's, from
    data/), else the open erratum whose `explains` selectors match it (`explained_by`)."""
    out = pd.DataFrame(rows, columns=COLUMNS[1:])
    out.insert(0, "family", family)
    out["found"] = out["found"].astype(bool)
    out["erratum_id"] = out["erratum_id"].astype(object)
    out["found_if_premise"] = out["found_if_premise"].astype("boolean")
    bad = out["premise"].notna() & out["found"]
    if bad.any():
        raise ValueError(f"a conditional row cannot be a finding: {list(out.loc[bad, 'subject'])}")
    word = out["plausibility"].dropna().astype(str).str.split(":").str[0]
    if not word.isin(PLAUSIBILITY).all():
        raise ValueError(f"plausibility must open with one of {PLAUSIBILITY}")
    todo = out["found"] & out["erratum_id"].isna()
    out.loc[todo, "erratum_id"] = [
        explained_by(family, c, s) for c, s in zip(out.loc[todo, "check"], out.loc[todo, "subject"])
    ]
    return out


def selectors(explains) -> list[tuple[str, str, str]]:
    """An erratum's `explains` cell as (family, check, subject) patterns."""
    return [tuple(s.split("/", 2)) for s in str(explains).split()] if pd.notna(explains) else []


def matches(selector: tuple[str, str, str], family: str, check: str, subject: str) -> bool:
    """Whether a finding of `family`/`check` about `subject` is one the selector names."""
    f, c, s = selector
    return f == family and fnmatchcase(check, c) and fnmatchcase(str(subject), s)


def explained_by(family: str, check: str, subject: str) -> str | None:
    """The open erratum of data/errata.csv whose `explains` selectors name this finding.

    Findings are joined to errata through data (family, check and subject keys), never through
    ids typed in code nor through the wording of an erratum's evidence.
    """
    for erratum_id, sels in once("selectors", _open_selectors):
        if any(matches(sel, family, check, subject) for sel in sels):
            return erratum_id
    return None


def _open_selectors() -> list[tuple[str, list]]:
    """(erratum_id, selectors) of every open erratum, in the table's order."""
    rows = data.load("errata").query("status == 'open'")
    return [(e, selectors(x)) for e, x in zip(rows["erratum_id"], rows["explains"])]


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
