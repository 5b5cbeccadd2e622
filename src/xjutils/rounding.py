"""Rounding as printed tables round: the one rule that both claims and survey checks share."""

from decimal import ROUND_HALF_UP, Decimal


def round_half_up(x: float, decimals: int) -> Decimal:
    """Round as printed tables do (0.125 -> 0.13), not banker's rounding."""
    return Decimal(repr(float(x))).quantize(
        Decimal(1).scaleb(-int(decimals)), rounding=ROUND_HALF_UP
    )
