"""Wlz-assistent: a Dutch knowledge assistant for the Wet langdurige zorg."""

__version__ = "0.1.0"
