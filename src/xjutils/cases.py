"""Chapter 三: the six anchor case studies as data, and a comparison that keeps units apart.

The cases report different things (one show's GMV, a year's turnover, followers, sessions,
income), so they are compared only within a measure (data/case_numbers.csv `compared_as`:
sales, never beside a person's income; a team's size, never beside an audience), each panel
in its own base unit, with lower bounds ('over …') and approximations ('nearly …') marked.
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns

from . import data, labels, plots, prose

# Panels in this order; bare counts (reasons, languages, shops) are no one measure: no panel.
ORDER = ("sales", "income", "money", "team", "audience", "persons", "sessions")
MARK = {"lower_bound": "≥", "approx": "≈", "exact": "", "upper_bound": "≤"}


def numbers() -> pd.DataFrame:
    """Every numeric case-study value with its case, quantity and value in base units."""
    units = data.load("units").set_index("unit_id")
    nums = data.load("case_numbers").dropna(subset=["value"])
    nums = nums.join(units[["quantity", "base_unit", "factor"]], on="unit")
    nums["base_value"] = nums["value"] * nums["factor"]
    # what it measures where the unit's quantity alone would put unlike things on one axis
    # (yuan: a business's sales and a person's income; persons: a team and an audience)
    nums["measure"] = nums["compared_as"].fillna(nums["quantity"])
    cases = data.load("cases").set_index("case_id")[["who_zh", "who_en", "prefecture_id"]]
    return nums.join(cases, on="case_id").drop(columns=["factor"])


def timeline() -> pd.DataFrame:
    """Every dated event of the case studies, in date order."""
    dated = data.load("case_numbers").dropna(subset=["date"])
    return (
        dated[["id", "case_id", "what_en", "what_zh", "date", "qualifier", "section"]]
        .sort_values(["date", "id"])
        .reset_index(drop=True)
    )


def platform_basis(rows: pd.DataFrame) -> dict[str, int]:
    """How many cases state their platform, let it be inferred, or leave it unsaid."""
    found = rows["platform_basis"].value_counts()
    return {b: int(found.get(b, 0)) for b in ("stated", "inferred", "not_stated")}


def platform_basis_words(basis: dict[str, int], lang: str) -> str:
    """`platform_basis` as a sentence naming only the kinds that occur (no 'inferred in 0'):
    正文明言平台的4个，未说明的2个 / the text names the platform in 4 and leaves it unsaid in 2."""
    parts = [labels.t(f"basis_{b}", lang, n=n) for b, n in basis.items() if n]
    return labels.t("basis_sentence", lang, parts=prose.join(parts, lang))


def qualifiers(nums: pd.DataFrame) -> dict[str, int]:
    """How many case numbers are exact, lower or upper bounds, or approximate."""
    found = nums["qualifier"].value_counts()
    return {q: int(found.get(q, 0)) for q in MARK}


def _who(frame: pd.DataFrame, lang: str) -> pd.Series:
    """A case's person or team ('达娜、阿依可等主播团队' shortened to '达娜、阿依可等'), or whom
    the number is about when not the protagonist (昭苏县's plan in 李阳's story)."""
    who = frame[f"who_{lang}"].str.replace(r"等?主播团队$", "等", regex=True)
    about = f"about_{lang}"
    return frame[about].where(frame[about].notna(), who) if about in frame else who


def value_label(value: float, qualifier: str, unit: str, lang: str) -> str:
    """A case's number as the language writes it, marked: ≥230万元 / ≥2.3 million yuan."""
    return f"{MARK[qualifier]}{plots.magnitude(value, lang, unit)}"


def _mark(ax, text: str, x: float, y: float) -> None:
    """A point's value right of it, or left of it in the right quarter of the (log) axis,
    where a long label would run out of the panel."""
    lo, hi = ax.get_xlim()
    right = np.log(x / lo) / np.log(hi / lo) < 0.75
    ax.annotate(
        text,
        (x, y),
        xytext=(6 if right else -6, 0),
        textcoords="offset points",
        ha="left" if right else "right",
        va="center",
        fontsize=plots.SMALL,
        zorder=3,  # on a white ground above the grid line its row sits on
        bbox={"boxstyle": "square,pad=0.1", "fc": "white", "ec": "none"},
    )


def figure(frame: pd.DataFrame, lang: str):
    """One panel per quantity, stacked; a point per number on a log axis, marked ≥ or ≈."""
    panels = [q for q in ORDER if (frame["measure"] == q).any()]
    units = data.load("units").set_index("unit_id")
    counts = [int((frame["measure"] == q).sum()) for q in panels]
    fig, axes = plt.subplots(
        len(panels),
        1,
        figsize=(plots.WIDTH, 0.42 * sum(counts) + 0.9 * len(panels) + 1.2),
        gridspec_kw={"height_ratios": [c + 1.2 for c in counts]},
        squeeze=False,
    )
    who = _who(frame, lang)
    width = 40 if lang == "en" else 20
    frame = frame.assign(
        label=[
            plots.wrap(f"{w}: {t}" if lang == "en" else f"{w}：{t}", width)
            for w, t in zip(who, frame[f"what_{lang}"])
        ],
        who=_who(frame.drop(columns=f"about_{lang}", errors="ignore"), lang),  # colour: the case
    )
    hue_order = list(dict.fromkeys(frame.sort_values("case_id")["who"]))
    for ax, q in zip(axes[:, 0], panels):
        part = frame[frame["measure"] == q].sort_values(["case_id", "id"])
        sns.scatterplot(
            data=part,
            x="base_value",
            y="label",
            hue="who",
            hue_order=hue_order,
            s=60,
            palette=dict(zip(hue_order, plots.PALETTE)),
            legend=False,
            ax=ax,
        )
        ax.set_xscale("log")
        low, high = part["base_value"].min(), part["base_value"].max()
        ax.set_xlim(low / 3, high * 40)
        ax.set_ylim(len(part) - 0.5, -0.5)
        plots.plain_log_axis(ax.xaxis, lang, base=100 if high / low > 1e4 else 10)
        unit = units.loc[part["base_unit"].iloc[0], f"name_{lang}"]
        for yi, (v, qual) in enumerate(zip(part["base_value"], part["qualifier"])):
            _mark(ax, value_label(v, qual, unit, lang), v, yi)
        head = labels.t("quantity_" + q, lang)
        # A unit that only repeats what is counted (People (persons)) is left out in English.
        if not (lang == "en" and part["base_unit"].iloc[0] in ("persons", "sessions", "count")):
            head = plots.with_unit(head, unit, lang)
        ax.set_title(head, loc="left")
        ax.set_ylabel("")
        ax.set_xlabel(plots.log_label("", lang).strip(" （）()"), fontsize=plots.SMALL)
    return plots.finish(fig, labels.t("cases_title", lang), lang, note=labels.t("cases_note", lang))
