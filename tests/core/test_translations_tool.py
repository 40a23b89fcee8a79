"""tools/translations.py: what the lead hands to translators (dump) and takes back (apply)."""

import importlib.util
import json
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "translations.py"
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} passes over {region} in {days:g} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>المرورات</translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def tool(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("translations_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "I18N", tmp_path)
    (tmp_path / "overflight_ar.ts").write_text(TS, encoding="utf-8")
    return module


def test_dump_lists_only_the_unfinished_entries(tool):
    items = tool.dump("ar")
    assert [(i["context"], i["source"]) for i in items] == [
        ("MainWindow", "&File"), ("MainWindow", "{n} passes over {region} in {days:g} days")]
    assert all(i["translation"] == "" for i in items)


def test_apply_fills_translations_in_and_marks_them_finished(tool):
    items = tool.dump("ar")
    items[0]["translation"] = "&ملف"
    items[1]["translation"] = "{n} مرور فوق {region} في {days:g} يوم"
    applied, problems = tool.apply("ar", items)
    assert (applied, problems) == (2, [])
    assert tool.dump("ar") == []
    assert tool.status()["ar"] == (3, 3)
    text = (tool.I18N / "overflight_ar.ts").read_text(encoding="utf-8")
    assert "&amp;ملف" in text and 'type="unfinished"' not in text and text.startswith("<?xml")


def test_apply_refuses_lost_placeholders_and_unknown_entries(tool):
    items = [{"context": "MainWindow", "source": "{n} passes over {region} in {days:g} days",
              "translation": "مرور فوق {region}"},
             {"context": "Nowhere", "source": "Nothing", "translation": "لا شيء"}]
    applied, problems = tool.apply("ar", items)
    assert applied == 0 and len(problems) == 2
    assert "placeholders differ" in problems[0] and "not in overflight_ar.ts" in problems[1]
    assert len(tool.dump("ar")) == 2  # nothing was marked finished


def test_the_committed_translations_hold_every_placeholder_of_their_sources():
    """Every finished translation in the repository keeps its source's placeholders (a lost {0} would raise)."""
    spec = importlib.util.spec_from_file_location("translations_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for lang in module.TRANSLATED:
        for _ctx, message in module.entries(module.read(lang).getroot()):
            if not module.unfinished(message):
                source, translation = message.findtext("source"), message.findtext("translation")
                assert module.placeholders(source) == module.placeholders(translation), (lang, source)
    assert json.loads(json.dumps(module.status()))  # status is plain data
