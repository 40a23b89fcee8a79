"""What every command shares: one-line errors, the catalogue, times, regions, criteria and outputs."""

from __future__ import annotations

import argparse
import math
import os
import sys
import unicodedata
from contextlib import contextmanager

EXIT_USAGE = 2


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit status 2
        raise CliError(f"{self.prog}: {message}")


def _number(convert, kind: str, low, high, open_low: bool, open_high: bool):
    """An argparse type: a finite number (no nan, no inf) within a range; the message names the range."""
    def parse(text: str):
        try:
            value = convert(text)
        except (ValueError, OverflowError):
            raise argparse.ArgumentTypeError(f"'{text}' is not {kind}") from None
        if not math.isfinite(value):
            raise argparse.ArgumentTypeError(f"'{text}' is not a finite number")
        below = low is not None and (value <= low if open_low else value < low)
        above = high is not None and (value >= high if open_high else value > high)
        if below or above:
            if low is not None and high is not None and not (open_low or open_high):
                wanted = f"from {low:g} to {high:g}"
            else:
                lo = "" if low is None else f"{'above' if open_low else 'at least'} {low:g}"
                hi = "" if high is None else f"{'below' if open_high else 'at most'} {high:g}"
                wanted = " and ".join(x for x in (lo, hi) if x)
            raise argparse.ArgumentTypeError(f"{text} must be {wanted}")
        return value
    parse.__name__ = kind
    return parse


def finite_float(low=None, high=None, *, open_low=False, open_high=False):
    """An argparse type for a float that must be finite and in [low, high] (or an open end)."""
    return _number(float, "a number", low, high, open_low, open_high)


def int_range(low, high):
    """An argparse type for a whole number from low to high."""
    return _number(int, "a whole number", low, high, False, False)


def printable_text(text: str) -> str:
    """An argparse type for a name: no control characters (a newline would split a TLE or CSV row)."""
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in text):
        raise argparse.ArgumentTypeError(f"{text!r} contains control characters (newlines, tabs, ...)")
    return text


def read_input_path(path: str, what: str) -> str:
    """The one gate for every file a command reads: a readable regular file, or one line saying why not
    (directories, devices and pipes refused before anything reads them: ``core.files.unreadable_reason``)."""
    from desktop.core.files import unreadable_reason

    reason = unreadable_reason(path, what=what)
    if reason:
        raise CliError(f"{what} {path}: {reason}")
    return path


def check_output_path(target: str, what: str, regular: bool = False) -> None:
    """Refuse an output path that cannot be written, before any work: a directory, a missing or
    read-only parent directory, or (``regular``: files that are checked after writing) a device."""
    if target == "-":
        if regular:
            raise CliError(f"{what}: give a file name (standard output is not supported here)")
        return
    parent = os.path.dirname(os.path.abspath(target))
    if os.path.isdir(target):
        raise CliError(f"{what} {target}: is a directory; give a file name")
    if not os.path.isdir(parent):
        raise CliError(f"{what} {target}: the directory {parent} does not exist")
    if os.path.exists(target):
        if regular and not os.path.isfile(target):
            raise CliError(f"{what} {target}: not a regular file; give a file name")
        if not os.access(target, os.W_OK):
            raise CliError(f"{what} {target}: cannot write: permission denied")
    elif not os.access(parent, os.W_OK):
        raise CliError(f"{what} {target}: cannot write in {parent}: permission denied")


def check_written(target: str, what: str) -> None:
    """After writing: report an output only if it is there and not empty."""
    if not os.path.isfile(target) or os.path.getsize(target) == 0:
        raise CliError(f"cannot write {target}: {what} was not written")


@contextmanager
def open_output(target: str):
    """A text output (or standard output for '-'); written to a temporary file and moved into place on leaving
    (whole or not at all), and any write error (a full disk) becomes one line. Report an output only after
    leaving this block."""
    if target == "-":
        try:
            yield sys.stdout
            sys.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise CliError(f"cannot write to standard output: {exc.strerror or exc}") from None
        return
    from desktop.core.files import replaced_when_written

    try:
        if os.path.exists(target) and not os.path.isfile(target):  # a device such as /dev/null: written in place
            with open(target, "w", newline="", encoding="utf-8") as out:
                yield out
            return
        with replaced_when_written(target, "output", allow_empty=True) as tmp:  # whole or not at all
            with open(tmp, "w", newline="", encoding="utf-8") as out:
                yield out
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from None


def check_element_outputs(args) -> None:
    """--out and --omm (the commands that make an element set: design, burn), refused before any work."""
    for target, what in ((args.out, "--out"), (args.omm, "--omm")):
        if target:
            check_output_path(target, what)


def write_element_outputs(args, sets):
    """The sets as TLE to --out and as OMM JSON to --omm; returns the stream for the report: standard error when a
    set went to standard output (which then holds the set alone), else standard output."""
    from desktop.core.elements import omm_json_text, tle_text

    wrote = False
    for target, text in ((args.out, tle_text), (args.omm, omm_json_text)):
        if target:
            with open_output(target) as out:
                out.write(text(sets))
            wrote = wrote or target == "-"
    return sys.stderr if wrote else sys.stdout


def print_tle(es) -> None:
    """The set's two lines under the report, aligned with its labels (when no output took the set)."""
    l1, l2 = es.tle_lines()
    print(f"{'TLE:':<18} {l1}\n{'':<18} {l2}")


def catalog_from_args(args):
    from desktop.core.catalog import load_catalog
    from desktop.core.elements import ElementError

    files = [read_input_path(path, "--tle") for path in args.tle or ()]
    try:
        catalog = load_catalog(extra_files=files)
    except ElementError as exc:
        raise CliError(str(exc)) from None
    for issue in catalog.issues:
        print(f"warning: skipped record: {issue}", file=sys.stderr)
    for problem in catalog.cache_problems:
        print(f"warning: {problem}", file=sys.stderr)
    return catalog


def find_sat(catalog, query):
    from desktop.core.elements import ElementError

    try:
        return catalog.find(query)
    except ElementError as exc:
        raise CliError(str(exc)) from None


# Times the command line accepts: from Sputnik to 2100. SGP4 output far from the element epoch
# is meaningless (ISS elements of 2026 give heights of 10^8 km in 1958), so commands that
# propagate also keep within MAX_YEARS_FROM_EPOCH of each satellite's epoch.
FIRST_TIME_ISO, LAST_TIME_ISO = "1957-10-04", "2100-01-01"
MAX_YEARS_FROM_EPOCH = 10
TIME_HELP = f"ISO 8601 UTC, from {FIRST_TIME_ISO} to {LAST_TIME_ISO}"


def time_arg(text, what="--start"):
    """POSIX seconds from an ISO 8601 argument within FIRST_TIME_ISO to LAST_TIME_ISO."""
    from desktop.core import timebase

    try:
        value = timebase.to_posix(text)
    except (ValueError, OverflowError) as exc:
        raise CliError(f"{what}: {exc}") from None
    if not timebase.to_posix(FIRST_TIME_ISO) <= value <= timebase.to_posix(LAST_TIME_ISO):
        raise CliError(f"{what} {text}: times from {FIRST_TIME_ISO} to {LAST_TIME_ISO} are supported")
    return value


def check_near_epoch(sets, start_s: float, end_s: float, what: str = "--start") -> None:
    """Refuse a window more than MAX_YEARS_FROM_EPOCH from an element set's epoch: SGP4's output
    there is not a position (heights of millions of km), so it must never be printed as data."""
    limit_s = MAX_YEARS_FROM_EPOCH * 365.25 * 86400.0
    for es in sets:
        if max(abs(start_s - es.epoch_s), abs(end_s - es.epoch_s)) > limit_s:
            raise CliError(f"{what}: {es.name}'s elements are from {es.epoch_iso}; predictions more than "
                           f"{MAX_YEARS_FROM_EPOCH} years from the element epoch are meaningless "
                           "(give elements of that time with --tle)")


def region_from_args(args):
    region = _build_region(args)
    if region.note:
        print(f"warning: {region.note}", file=sys.stderr)
    return region


def _build_region(args):
    from desktop.core import regions
    from desktop.core.atlas import country_region

    try:
        if args.region:
            return country_region(args.region)
        if args.box:
            return regions.box_region(*args.box)
        if args.circle:
            lat, lon, km = args.circle
            _check_place(lat, lon, "--circle")
            if not 0 <= km <= MAX_CIRCLE_KM:
                raise CliError(f"--circle: radius {km:g} km must be from 0 to {MAX_CIRCLE_KM:,} km")
            return regions.CircleRegion(f"circle {km:g} km around {lat:g}, {lon:g}", lat, lon, km)
        if args.point:
            lat, lon = args.point
            _check_place(lat, lon, "--point")
            return regions.CircleRegion(f"point {lat:g}, {lon:g}", lat, lon, 0.0)
        if args.geojson:
            return regions.geojson_file_region(read_input_path(args.geojson, "--geojson"))
        if args.polygon:
            points = []
            for pair in args.polygon:
                try:
                    lat, lon = (float(x) for x in pair.split(","))
                except ValueError:
                    raise CliError(f"--polygon: '{pair}' is not LAT,LON (for example 31.5,34.9)") from None
                _check_place(lat, lon, "--polygon")
                points.append((lat, lon))
            return regions.polygon_region(points, name="polygon")
    except regions.RegionError as exc:
        raise CliError(str(exc)) from None
    raise CliError("give a region: --region NAME, --box S W N E, --circle LAT LON KM, --point LAT LON, --polygon LAT,LON ... or --geojson FILE")


MAX_CIRCLE_KM = 10_000  # a quarter of the Earth's circumference


def _check_place(lat: float, lon: float, what: str) -> None:
    if not (math.isfinite(lat) and -90 <= lat <= 90 and math.isfinite(lon) and -360 <= lon <= 360):
        raise CliError(f"{what}: {lat:g}, {lon:g} is not a place (latitude -90 to 90, longitude -360 to 360)")


COORDINATE = finite_float(-360, 360)  # --box and --circle values; regions checks each one's range


def add_criterion_args(p, daylight_help: str) -> None:
    """--criterion with its angle or swath, and --daylight: the same for passes, coverage, report and animate."""
    p.add_argument("--criterion", choices=["nadir", "sensor", "contact"], default="sensor")
    p.add_argument("--off-nadir", type=finite_float(0, 90, open_high=True), metavar="DEG", help="sensor: largest off-nadir angle (default 30)")
    p.add_argument("--swath", type=finite_float(0, open_low=True), metavar="KM", 
                   help="sensor: full swath width on the ground (instead of --off-nadir); a satellite given as "
                        "NAME=KM has its own")
    p.add_argument("--elevation", type=finite_float(-90, 90), metavar="DEG", help="contact: elevation mask (default 10)")
    p.add_argument("--daylight", nargs="?", type=finite_float(-18, 90), const=0.0, metavar="SUN_DEG", help=daylight_help)


def criterion_from_args(args):
    from desktop.core.access import AccessError, Criterion

    try:
        if args.criterion == "sensor":
            if args.swath is not None:
                return Criterion("sensor", half_swath_km=args.swath / 2.0)
            return Criterion("sensor", off_nadir_deg=30.0 if args.off_nadir is None else args.off_nadir)
        if args.criterion == "contact":
            return Criterion("contact", elevation_deg=10.0 if args.elevation is None else args.elevation)
        return Criterion("nadir")
    except AccessError as exc:
        raise CliError(str(exc)) from None


def sats_with_sensors(catalog, names, criterion):
    """The named satellites (once each, in order) and each one's criterion: ``NAME=KM`` gives that satellite its
    own full swath width (core.access.split_sensor), the others take ``criterion``. One line for a bad width."""
    from desktop.core.access import AccessError, sensor_criterion, split_sensor
    from desktop.core.elements import ElementError

    sets, criteria = [], []
    for text in names:
        name, swath_km = split_sensor(text)
        try:
            es = catalog.find(name)
        except ElementError as exc:
            if swath_km is None:
                raise CliError(str(exc)) from None
            try:  # a satellite whose own name ends in '=<number>'
                es, swath_km = catalog.find(text), None
            except ElementError:
                raise CliError(str(exc)) from None
        try:
            c = sensor_criterion(es, swath_km, criterion)
        except AccessError as exc:
            raise CliError(str(exc)) from None
        if es.satnum not in [s.satnum for s in sets]:
            sets.append(es)
            criteria.append(c)
    return sets, criteria


def check_memory(args, need_bytes: float, job: str, advice: str) -> None:
    """Memory before work: refuse a job whose estimate (core.budget) is over the budget, in one line."""
    from desktop.core.budget import GB, budget_bytes

    try:
        budget = budget_bytes(getattr(args, "memory_budget", None))
    except ValueError as exc:
        raise CliError(str(exc)) from None
    if need_bytes > budget:
        raise CliError(f"this {job} job needs about {need_bytes / GB:.2g} GB (budget {budget / GB:g} GB); "
                       f"{advice}, or raise --memory-budget")


def keep_designs(change) -> None:
    """Save the user's designs as ``change(kept designs)`` returns them; a damaged designs file is moved aside
    (never overwritten) and named in one warning line."""
    from desktop.core import design

    try:
        problems = design.update_designs(change)
    except design.DesignError as exc:
        raise CliError(str(exc)) from None
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)


OUTPUT_DESTS = ("out", "omm", "csv", "png", "pdf", "gif")  # options that name a file a command writes


def refuse_writing_over_inputs(args) -> None:
    """A command asked to write over a file it reads (an element file, an article, a region, a lesson) refuses
    in one line before any work: the user's input is never replaced by the output."""
    inputs = list(getattr(args, "tle", None) or [])
    inputs += [getattr(args, "file", None)] + [s for s in (getattr(args, "sat", None) or []) if s.endswith(".overflight")]
    outputs = [(f"--{dest}", getattr(args, dest, None)) for dest in OUTPUT_DESTS]
    if getattr(args, "command", None) == "coverage":
        outputs.append(("--geojson", args.geojson))  # coverage writes its cells there; passes reads a region
    else:
        inputs.append(getattr(args, "geojson", None))
    inputs = [p for p in inputs if p and p != "-" and os.path.exists(p)]
    for what, target in outputs:
        if not target or target == "-" or not os.path.exists(target):
            continue
        for source in inputs:
            if os.path.samefile(source, target):
                raise CliError(f"{what} {target}: that is an input of this command ({source}); "
                               "write the output to another file")


def add_filter_args(p, what: str = "satellites") -> None:
    """The catalogue filters (the core's CatalogFilter), shared by every command that takes many satellites."""
    g = p.add_argument_group("filters", f"keep only some {what} (combine freely; case-insensitive)")
    g.add_argument("--owner", metavar="WHO", help="owner country or organisation, a name or a SATCAT code: Iran, IRAN, "
                                                  "China, PRC, ESA ('refresh --satcat' for more than the bundled ones)")
    g.add_argument("--orbit-class", metavar="CLASS", help="LEO, SSO, MEO, GEO or HEO (LEO includes SSO)")
    g.add_argument("--type", dest="object_type", metavar="TYPE", help="object type: PAY, R/B, DEB or UNK")
    g.add_argument("--name", dest="name_text", metavar="TEXT", help="part of the name or the catalogue number")


def catalog_filter_from_args(args, group: str = ""):
    """The CatalogFilter the options describe (CliError for an unknown class or type)."""
    from desktop.core.catalogfilter import CatalogFilter, FilterError

    spec = CatalogFilter(owner=args.owner or "", orbit_class=args.orbit_class or "", object_type=args.object_type or "",
                         group=group or "", text=args.name_text or "")
    try:
        return spec.checked()
    except FilterError as exc:
        raise CliError(str(exc)) from None


def metadata_for(sets, to_stdout: bool = False) -> dict:
    """The SATCAT metadata of the sets by number; each problem met on the way (a damaged cache moved aside) is one
    warning line, on standard error (``to_stdout``: with a report that prints them there, as info does)."""
    from desktop.core.satcat import load_metadata

    problems: list[str] = []
    metadata = load_metadata(problems, wanted={es.satnum for es in sets})
    for problem in problems:
        print(f"warning: {problem}", file=sys.stdout if to_stdout else sys.stderr)
    return metadata


def filtered_sets(args, sets, group: str = ""):
    """``sets`` that pass the filter options, the metadata by number, and the filter; CliError (one line) for a
    bad filter or an uncached group."""
    from desktop.core.catalogfilter import CatalogIndex, FilterError, group_members

    spec = catalog_filter_from_args(args, group)
    sets = list(sets)
    metadata = metadata_for(sets)
    if spec.is_empty():
        return list(sets), metadata, spec
    try:
        kept = CatalogIndex(sets, metadata).filtered(spec, group_members(spec.group))
    except FilterError as exc:
        raise CliError(str(exc)) from None
    return kept, metadata, spec
