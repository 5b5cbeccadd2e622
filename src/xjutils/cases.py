"""Chapter 三: the six anchor case studies as data, and a comparison that keeps units apart.

The cases report different things (one show's GMV, a year's turnover, followers, sessions,
income), so they are compared only within a quantity, each panel in its own base unit, with
lower bounds ('over …') and approximations ('nearly …') marked as such.
"""

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from . import data, labels

QUANTITIES = ("money", "persons", "sessions")
MARK = {"lower_bound": "≥", "approx": "≈", "exact": "", "upper_bound": "≤"}


def numbers() -> pd.DataFrame:
    """Every numeric case-study value with its case, quantity and value in base units."""
    units = data.load("units").set_index("unit_id")
    nums = data.load("case_numbers").dropna(subset=["value"])
    nums = nums.join(units[["quantity", "base_unit", "factor"]], on="unit")
    nums["base_value"] = nums["value"] * nums["factor"]
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


def figure(frame: pd.DataFrame, lang: str):
    """One panel per quantity; bars only within a panel, markers for bounds and approximations."""
    panels = [q for q in QUANTITIES if (frame["quantity"] == q).any()]
    fig, axes = plt.subplots(1, len(panels), figsize=(4.2 * len(panels), 4.5))
    for ax, q in zip(np.atleast_1d(axes), panels):
        part = frame[frame["quantity"] == q].sort_values(["case_id", "id"]).iloc[::-1]
        y = np.arange(len(part))
        ax.barh(y, part["base_value"], color=[f"C{int(c[-1]) - 1}" for c in part["case_id"]])
        for yi, (v, qual) in enumerate(zip(part["base_value"], part["qualifier"])):
            ax.annotate(
                f"{MARK[qual]}{v:,.0f}",
                (v, yi),
                xytext=(3, 0),
                textcoords="offset points",
                va="center",
                fontsize=7,
            )
        what = part[f"what_{lang}"].str.slice(0, 36 if lang == "en" else 16)
        ax.set_yticks(y, [f"{c}: {w}" for c, w in zip(part["case_id"], what)], fontsize=7)
        ax.set_xscale("log")
        ax.set_title(
            f"{labels.t('quantity_' + q, lang)} ({part['base_unit'].iloc[0]})", fontsize=10
        )
        ax.margins(x=0.3)
    fig.suptitle(labels.t("cases_title", lang))
    fig.text(0.01, 0.0, labels.t("cases_note", lang), fontsize=7, color="0.4", va="top")
    fig.tight_layout()
    return fig
