"""Overflight: satellite ground tracks, revisit analysis and news context."""

__version__ = "0.1.0"
