"""The article panel: linked text that acts on the map when clicked."""

from PySide6.QtCore import QPoint, QUrl, Qt
from PySide6.QtGui import QTextCursor


def click_entity(qtbot, panel, text):
    """Click the middle of the first occurrence of ``text`` in the panel, as a user would."""
    doc = panel.text.document()
    cursor = doc.find(text)
    assert not cursor.isNull(), text
    middle = QTextCursor(doc)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    rect = panel.text.cursorRect(middle)
    qtbot.mouseClick(panel.text.viewport(), Qt.LeftButton, pos=QPoint(rect.center().x(), rect.center().y()))


def test_context_note_is_shown_without_an_article(window):
    panel = window.article_panel
    assert panel.is_context and "Khayyam" in panel.text.toPlainText()
    assert any(e.kind == "satellite" for e in panel.entities)


def test_clicking_a_linked_country_sets_the_analysis_region(window, qtbot, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("A test story. Officials in Israel were asked how often the Khayyam satellite passes overhead.\n")
    assert window.load_article_file(str(path))
    panel = window.article_panel
    assert not panel.is_context
    window.docks["Article"].raise_()
    qtbot.wait(50)
    click_entity(qtbot, panel, "Israel")
    assert window.session.region is not None and window.session.region.name == "Israel"


def test_clicking_a_satellite_a_site_and_a_date(window, qtbot, tmp_path):
    path = tmp_path / "story.md"
    path.write_text("On 9 August 2022 the ISS passed near Baikonur.\n")
    window.load_article_file(str(path))
    panel = window.article_panel
    by_text = {e.text: i for i, e in enumerate(panel.entities)}
    panel.link_clicked(QUrl(f"overflight:e/{by_text['ISS']}"))
    assert window.session.selected == [25544]
    panel.link_clicked(QUrl(f"overflight:e/{by_text['Baikonur']}"))
    assert window.session.marked_place.name.startswith("Baikonur")
    assert abs(window.map.center_lon - 63.5) < 15
    panel.link_clicked(QUrl(f"overflight:e/{by_text['9 August 2022']}"))
    from desktop.core import timebase

    assert window.session.time_s == timebase.to_posix("2022-08-09T00:00:00Z")


def test_html_article_shows_as_inert_text(window, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><script>alert('x')</script><p>Paya is in orbit.</p>"
                    "<img src='http://example.com/a.png'></body></html>")
    assert window.load_article_file(str(page))
    shown = window.article_panel.text.toHtml()
    assert "alert" not in shown and "example.com" not in shown and "<img" not in shown
    assert "Paya" in window.article_panel.text.toPlainText()


def test_a_bad_article_keeps_the_current_one(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    before = window.article_panel.text.toPlainText()
    assert not window.load_article_file(str(bad))
    assert shown and "binary" in shown[0]
    assert window.article_panel.text.toPlainText() == before


def test_dropping_an_article_file_opens_it(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "dropped.md"
    path.write_text("# Dropped\n\nKowsar was launched from Vostochny.\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)
    panel = window.article_panel
    assert not panel.is_context and "Kowsar" in panel.text.toPlainText()
    assert any(e.kind == "launch site" for e in panel.entities)


def test_dropping_an_element_file_adds_its_sets(window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    path = tmp_path / "sats.txt"
    path.write_text("DROPSAT\n1 25544U 98067A   26071.19118651  .00009215  00000+0  17770-3 0  9999\n"
                    "2 25544  51.6325  64.9326 0007932 179.9008 180.1983 15.48575655556567\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))
    assert window.session.catalog.get(25544).name == "DROPSAT"
