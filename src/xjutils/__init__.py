"""Reproduce the Xinjiang live-streaming e-commerce survey report (2023)."""

from . import deps  # noqa: F401  (records what a notebook reads, for the runner's cache)
