"""Qt widgets of Overflight: they call desktop.core and never re-implement it."""
