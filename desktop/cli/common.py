"""What every command shares: one-line errors, the catalogue, times, regions, criteria and outputs."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager

EXIT_USAGE = 2


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, exit status 2
        raise CliError(f"{self.prog}: {message}")


def open_output(target: str):
    if target == "-":
        return contextmanager(lambda: (yield sys.stdout))()
    try:
        return open(target, "w", newline="", encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {target}: {exc.strerror or exc}") from None


def catalog_from_args(args):
    from desktop.core.catalog import load_catalog
    from desktop.core.elements import ElementError

    try:
        catalog = load_catalog(extra_files=args.tle or ())
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


def time_arg(text, what="--start"):
    from desktop.core import timebase

    try:
        return timebase.to_posix(text)
    except ValueError as exc:
        raise CliError(f"{what}: {exc}") from None


def region_from_args(args):
    region = _build_region(args)
    if region.note:
        print(f"warning: {region.note}", file=sys.stderr)
    return region


def _build_region(args):
    from desktop.core import regions

    try:
        if args.region:
            return regions.country_region(args.region)
        if args.box:
            return regions.box_region(*args.box)
        if args.circle:
            lat, lon, km = args.circle
            return regions.CircleRegion(f"circle {km:g} km around {lat:g}, {lon:g}", lat, lon, km)
        if args.point:
            lat, lon = args.point
            return regions.CircleRegion(f"point {lat:g}, {lon:g}", lat, lon, 0.0)
        if args.geojson:
            return regions.geojson_file_region(args.geojson)
        if args.polygon:
            points = []
            for pair in args.polygon:
                try:
                    lat, lon = (float(x) for x in pair.split(","))
                except ValueError:
                    raise CliError(f"--polygon: '{pair}' is not LAT,LON (for example 31.5,34.9)") from None
                points.append((lat, lon))
            return regions.polygon_region(points, name="polygon")
    except regions.RegionError as exc:
        raise CliError(str(exc)) from None
    raise CliError("give a region: --region NAME, --box S W N E, --circle LAT LON KM, --point LAT LON, --polygon LAT,LON ... or --geojson FILE")


def add_criterion_args(p, daylight_help: str) -> None:
    """--criterion with its angle or swath, and --daylight: the same for passes, coverage, report and animate."""
    p.add_argument("--criterion", choices=["nadir", "sensor", "contact"], default="sensor")
    p.add_argument("--off-nadir", type=float, metavar="DEG", help="sensor: largest off-nadir angle (default 30)")
    p.add_argument("--swath", type=float, metavar="KM", help="sensor: full swath width on the ground (instead of --off-nadir)")
    p.add_argument("--elevation", type=float, metavar="DEG", help="contact: elevation mask (default 10)")
    p.add_argument("--daylight", nargs="?", type=float, const=0.0, metavar="SUN_DEG", help=daylight_help)


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
