"""Chapter 五: the nine recommendations and the published evidence behind each.

The evidence links (data/evidence.csv) are our reading; this module resolves each link to its
provenance (figure/table, value) so the traceability matrix can be drawn and each
recommendation's quantitative support counted.
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import data, labels

STRENGTH = {"direct": 3, "indirect": 2, "unquantified": 1}
BASES = ("quantified", "indirect_only", "none")  # what a recommendation rests on, best first
COLUMN_CHARS = {"zh": 3, "en": 7}  # characters per line of a column's label
ROW_CHARS = {"zh": 16, "en": 24}  # characters per line of a recommendation's label


def _provenance() -> pd.DataFrame:
    """Item (figure, table or case) of every id an evidence link may name, and whether the
    report gives a number for it (an input with a value, or a figure/table the text covers)."""
    parts = []
    named = set()  # only the tables the links name are read (a notebook's cache follows them)
    for ref in data.load("evidence")["ref"].dropna():
        try:
            named.add(data.table_of(ref))
        except KeyError:
            pass  # an item or case id, not an input row
    for name in ("survey_shares", "facts", "prefecture_gmv", "platform_metrics", "topic_plays"):
        if name not in named:
            continue
        t = data.load(name)
        parts.append(
            pd.DataFrame(
                {
                    "ref": t["id"],
                    "item": t["item"].fillna(t["id"]),
                    "quantified": t["value"].notna(),
                }
            )
        )
    cases = data.load("case_numbers")
    parts.append(
        pd.DataFrame(
            {"ref": cases["id"], "item": cases["case_id"], "quantified": cases["value"].notna()}
        )
    )
    cov = data.load("coverage")
    parts.append(
        pd.DataFrame(
            {"ref": cov["item_id"], "item": cov["item_id"], "quantified": cov["coverage"] != "none"}
        )
    )
    return pd.concat(parts, ignore_index=True).drop_duplicates("ref").set_index("ref")


def evidence() -> pd.DataFrame:
    """Each evidence link with the item it belongs to and whether it carries a number.

    Raises:
        KeyError: a link names an id that exists nowhere in data/.
    """
    links = data.load("evidence")
    prov = _provenance()
    unknown = sorted(set(links["ref"].dropna()) - set(prov.index))
    if unknown:
        raise KeyError(f"data/evidence.csv names unknown ids: {unknown}")
    out = links.join(prov, on="ref")
    out["quantified"] = out["quantified"].fillna(False).astype(bool)
    return out


def support(ev: pd.DataFrame) -> pd.DataFrame:
    """Per recommendation: how many direct, indirect and quantified links it has."""
    recs = data.load("recommendations").set_index("rec_id")
    counts = ev.groupby("rec_id").agg(
        direct=("strength", lambda s: int((s == "direct").sum())),
        indirect=("strength", lambda s: int((s == "indirect").sum())),
        quantified_direct=(
            "quantified",
            lambda q: int(q[ev.loc[q.index, "strength"] == "direct"].sum()),
        ),
    )
    out = recs.join(counts)
    out["basis"] = np.where(
        out["quantified_direct"] > 0,
        "quantified",
        np.where(out["indirect"] > 0, "indirect_only", "none"),
    )
    return out.reset_index()


def link_counts(ev: pd.DataFrame) -> dict[str, int]:
    """How many recommendations and evidence links there are, and links of each strength."""
    links = ev.dropna(subset=["ref"])
    found = links["strength"].value_counts()
    counts = {"recommendations": ev["rec_id"].nunique(), "links": len(links)}
    return counts | {s: int(found.get(s, 0)) for s in STRENGTH}


def unsupported(ev: pd.DataFrame) -> list[str]:
    """The recommendations no evidence link bears on."""
    refs = ev.groupby("rec_id")["ref"].count()
    return list(refs[refs == 0].index)


def by_basis(sup: pd.DataFrame, lang: str) -> dict[str, list[str]]:
    """The titles of the recommendations of each basis of `support` (none, when none has it)."""
    return {b: list(sup.loc[sup["basis"] == b, f"title_{lang}"]) for b in BASES}


def matrix(ev: pd.DataFrame) -> pd.DataFrame:
    """Recommendations x items: the strongest link between them (0 = none)."""
    ev = ev.dropna(subset=["item"]).assign(score=ev["strength"].map(STRENGTH))
    m = ev.pivot_table(index="rec_id", columns="item", values="score", aggfunc="max")
    recs = data.load("recommendations")["rec_id"]
    return m.reindex(recs).fillna(0).astype(int)


def item_label(ref: str, lang: str) -> str:
    """A reader's name for an evidence column: 图9 / Fig. 9, 案例3 / Case 3, a fact's words."""
    from . import plots, present

    if ref.startswith(("fig", "tab")):
        return present.item_label(ref, lang, short=True)
    if ref.startswith("case"):
        return present.case(ref, lang)
    if ref in labels.TEXT:  # a fact whose own words are too long for a column head
        what = labels.t(ref, lang)
    else:
        what = data.load("facts").set_index("id").loc[ref, f"what_{lang}"]
    return plots.wrap(what, COLUMN_CHARS[lang])


def figure(m: pd.DataFrame, lang: str):
    """The traceability matrix as a seaborn heat map, each column named as a reader knows it."""
    import seaborn as sns

    from . import plots

    recs = data.load("recommendations").set_index("rec_id")
    # At the edition's figure width, so that every label prints at least at plots.MIN_PT.
    fig, ax = plt.subplots(figsize=(plots.WIDTH, 0.5 * m.shape[0] + 2.6))
    # Purples: the blues are the years' (plots.COLOURS), and this scale is no year.
    cmap = plt.matplotlib.colors.ListedColormap(["#f2f2f2", "#dadaeb", "#9e9ac8", "#54278f"])
    width = ROW_CHARS[lang]
    rows = [
        plots.wrap(f"{int(r.removeprefix('rec'))}. {recs.loc[r, f'title_{lang}']}", width)
        for r in m.index
    ]
    cols = [item_label(c, lang) for c in m.columns]
    sns.heatmap(
        m.set_axis(rows).set_axis(cols, axis=1),
        cmap=cmap,
        vmin=0,
        vmax=3,
        cbar=False,
        linewidths=1,
        linecolor="white",
        ax=ax,
    )
    # Every label level, never turned (Chinese is not set sideways): the evidence names the
    # columns at the top, like a table's header, each in lines of a few characters.
    ax.xaxis.tick_top()
    ax.tick_params(axis="x", labelrotation=0, labelsize=plots.SMALL, length=0)
    ax.tick_params(axis="y", labelrotation=0, labelsize=plots.SMALL, length=0)
    for label in ax.get_xticklabels():
        label.set_verticalalignment("bottom")
        label.set_linespacing(1.3)
    ax.set_xlabel("")
    ax.set_ylabel("")
    handles = [plt.Rectangle((0, 0), 1, 1, color=cmap(i)) for i in (3, 2, 1)]
    texts = [labels.t(k, lang) for k in ("direct", "indirect", "unquantified")]
    return plots.finish(fig, labels.t("trace_title", lang), lang, legend=(handles, texts))
