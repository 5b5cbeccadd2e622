"""Reproduce the Xinjiang live-streaming e-commerce survey report (2023)."""
