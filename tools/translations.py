"""The window's translations: extract, compile, and hand work to translators.

    python tools/translations.py                  update the .ts files from desktop/ui, then compile the .qm files
    python tools/translations.py update           pyside6-lupdate over desktop/ui -> desktop/i18n/overflight_<lang>.ts
    python tools/translations.py release          pyside6-lrelease every .ts -> .qm (committed: `pip install .` ships them)
    python tools/translations.py status           finished / unfinished entries per language
    python tools/translations.py dump LANG [OUT]  unfinished entries as JSON (context, source, comment, translation "")
    python tools/translations.py apply LANG FILE  fill translations from such a JSON file and mark them finished

The JSON is a list of objects ``{"context", "source", "comment", "translation"}``; ``apply``
matches an entry by context and source (and comment when given), leaves entries whose
translation is empty untouched, and reports entries it cannot find. Placeholders such as
``{0}``, ``{name}`` and ``%1`` must survive translation: ``apply`` refuses a translation that
drops or adds one.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop" / "ui"
I18N = ROOT / "desktop" / "i18n"
sys.path.insert(0, str(ROOT))
from desktop.core.languages import TRANSLATED  # noqa: E402

PLACEHOLDER = re.compile(r"\{[A-Za-z_0-9]*(?:![rs])?(?::[^{}]*)?\}|%\d|%n")


def ts_path(lang: str) -> Path:
    return I18N / f"overflight_{lang}.ts"


def tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"error: {name} not found (it ships with PySide6: pip install PySide6-Essentials)")
    return found


def update(langs=TRANSLATED) -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    sources = [str(p) for p in sorted(SOURCES.glob("*.py"))]
    for lang in langs:
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                        "-target-language", lang, "-ts", str(ts_path(lang))], check=True, capture_output=True)


def misplaced_contexts(lang: str = TRANSLATED[0]) -> list[str]:
    """Contexts pyside6-lupdate got wrong: after a QCoreApplication.translate() call in a method it files
    that method's later self.tr() strings under "QCoreApplication.self", which Qt never looks up at run time.
    Use self.tr() or QCoreApplication.translate() within one function, not both."""
    return sorted({ctx for ctx, _m in entries(read(lang).getroot()) if "." in ctx or not ctx})


def release(langs=TRANSLATED) -> None:
    for lang in langs:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm",
                        str(I18N / f"overflight_{lang}.qm")], check=True)


def entries(root):
    """(context name, message element) for every message of a parsed .ts tree."""
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def unfinished(message) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished",) or not (translation.text or "").strip()


def read(lang: str):
    path = ts_path(lang)
    if not path.is_file():
        raise SystemExit(f"error: {path} does not exist (run: python tools/translations.py update)")
    return ET.parse(path)


def write(tree, lang: str) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_path(lang).write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def dump(lang: str) -> list[dict]:
    tree = read(lang)
    return [{"context": ctx, "source": m.findtext("source", ""), "comment": m.findtext("comment", "") or "",
             "translation": ""} for ctx, m in entries(tree.getroot()) if unfinished(m)]


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def apply(lang: str, items: list[dict]) -> tuple[int, list[str]]:
    """Fill translations in; returns (how many were applied, problems)."""
    tree = read(lang)
    index = {}
    for ctx, m in entries(tree.getroot()):
        index.setdefault((ctx, m.findtext("source", "")), []).append(m)
    applied, problems = 0, []
    for item in items:
        text = (item.get("translation") or "").strip("\n")
        if not text.strip():
            continue
        key = (item.get("context", ""), item.get("source", ""))
        found = index.get(key, [])
        if item.get("comment"):
            found = [m for m in found if (m.findtext("comment", "") or "") == item["comment"]] or found
        if not found:
            problems.append(f"not in overflight_{lang}.ts: {key[0]}: {key[1][:60]!r}")
            continue
        if placeholders(text) != placeholders(key[1]):
            problems.append(f"placeholders differ ({placeholders(key[1])} -> {placeholders(text)}): {key[0]}: {key[1][:60]!r}")
            continue
        for message in found:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            applied += 1
    write(tree, lang)
    return applied, problems


def status() -> dict:
    counts = {}
    for lang in TRANSLATED:
        if ts_path(lang).is_file():
            messages = [m for _, m in entries(read(lang).getroot())]
            counts[lang] = (sum(not unfinished(m) for m in messages), len(messages))
    return counts


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = argv[0] if argv else "all"
    if command in ("all", "update"):
        update()
        wrong = misplaced_contexts()
        if wrong:
            print(f"warning: strings filed under contexts Qt will not look up: {', '.join(wrong)} "
                  "(see misplaced_contexts in tools/translations.py)", file=sys.stderr)
    if command in ("all", "release"):
        release()
    if command in ("all", "update", "release", "status"):
        for lang, (done, total) in status().items():
            print(f"{lang}: {done}/{total} finished")
        return 0
    if command == "dump" and len(argv) in (2, 3):
        if argv[1] not in TRANSLATED:
            print(f"error: {argv[1]!r} is not one of {', '.join(TRANSLATED)}", file=sys.stderr)
            return 2
        text = json.dumps(dump(argv[1]), ensure_ascii=False, indent=1)
        if len(argv) == 3:
            Path(argv[2]).write_text(text + "\n", encoding="utf-8")
        else:
            print(text)
        return 0
    if command == "apply" and len(argv) == 3:
        if argv[1] not in TRANSLATED:
            print(f"error: {argv[1]!r} is not one of {', '.join(TRANSLATED)}", file=sys.stderr)
            return 2
        try:
            items = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"error: {argv[2]}: {exc}", file=sys.stderr)
            return 2
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            print(f"error: {argv[2]}: expected a JSON list of objects with context, source and translation", file=sys.stderr)
            return 2
        applied, problems = apply(argv[1], items)
        for problem in problems:
            print(problem, file=sys.stderr)
        release([argv[1]])
        done, total = status()[argv[1]]
        print(f"{argv[1]}: {applied} translations applied, {len(problems)} refused; {done}/{total} finished")
        return 0 if not problems else 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
