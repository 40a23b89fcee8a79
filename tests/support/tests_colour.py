"""Pixel checks shared by UI tests."""

import numpy as np


def colour_fraction_of(image) -> float:
    """A single number that changes when what is drawn changes (mean of the pixels)."""
    image = image.convertToFormat(image.Format.Format_RGB32)
    buf = np.frombuffer(image.constBits(), dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    return float(buf.mean())
