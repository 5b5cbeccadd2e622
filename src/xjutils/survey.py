"""Survey shares as counts: which k out of n institutions a printed share can be.

A share printed to d decimals is k/n for some integer k only if round(100·k/n, d) equals it;
the sample sizes n for which every share has such a k are the ones the data can come from.
"""

from statsmodels.stats.proportion import proportion_confint

from .claims import round_half_up


def counts(share: float, decimals: int, n: int) -> list[int]:
    """Every k in 0..n with 100·k/n rounding (half up) to the printed share."""
    target = round_half_up(share, decimals)
    return [k for k in range(n + 1) if round_half_up(100 * k / n, decimals) == target]


def interval(k: int, n: int) -> tuple[float, float]:
    """95% Wilson interval for k of n, in percent."""
    low, high = proportion_confint(k, n, alpha=0.05, method="wilson")
    return 100 * low, 100 * high
