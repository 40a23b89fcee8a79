"""`catalog` and `info`: what the catalogue holds."""

from __future__ import annotations

from desktop.cli.common import add_filter_args, catalog_from_args, filtered_sets, find_sat, metadata_for, time_arg


def cmd_catalog(args) -> int:
    from desktop.core import timebase
    from desktop.core.orbitclass import CLASSES, classes_of

    catalog = catalog_from_args(args)
    sets, metadata, spec = filtered_sets(args, list(catalog), args.group or "")
    now = timebase.now_s()
    classes = classes_of(es.satrec for es in sets) if sets else []
    print(f"{'NORAD':>6}  {'name':<24} {'owner':<6} {'class':<5} {'epoch (UTC)':<20} {'age (d)':>8}  source")
    for es, code in zip(sets, classes):
        flag = f"{es.flag} " if es.flag else ""
        record = metadata.get(es.satnum)
        owner = record.owner if record else "-"
        if record is not None and record.decayed:
            flag = "DECAYED " + flag
        print(f"{es.satnum:>6}  {es.name:<24} {owner:<6} {CLASSES[int(code)]:<5} {es.epoch_iso:<20} "
              f"{es.age_days(now):>8.1f}  {flag}{es.source}")
    if not spec.is_empty():
        print(f"{len(sets)} of {len(catalog)} satellites ({spec.describe()})")
    return 0


def cmd_info(args) -> int:
    from desktop.core.elements import ElementError
    from desktop.core.orbit import summarize
    from desktop.core.satcat import satellite_lines

    catalog = catalog_from_args(args)
    es = find_sat(catalog, args.sat)
    at_s = time_arg(args.at, "--at") if args.at else None
    record = metadata_for([es], to_stdout=True).get(es.satnum)
    for label, value in summarize(es, at_s).lines() + satellite_lines(es, record):
        print(f"{label + ':':<18} {value}")
    try:
        l1, l2 = es.tle_lines()
    except ElementError as exc:
        print(f"{'TLE:':<18} ({exc})")
        return 0
    print(f"{'TLE:':<18} {l1}\n{'':<18} {l2}")
    return 0


def register(sub, add):
    p = add("catalog", cmd_catalog, "list the satellites in the catalogue with their owners, orbit classes, epochs, "
                                    "ages and APPROXIMATE or DESIGNED flags")
    add_filter_args(p)
    p.add_argument("--group", metavar="NAME", help="only the members of a CelesTrak group whose answer is cached")
    p = add("info", cmd_info, "orbit summary and metadata (owner, launch, type, status) of one satellite")
    p.add_argument("sat", help="name, unique name prefix or catalogue number")
    p.add_argument("--at", help="time for the element age (ISO 8601, default now)")
