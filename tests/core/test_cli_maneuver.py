"""`burn`, `transfer` and `lifetime` as a user types them: DESIGNED outputs, JSON keys, one-line errors."""

import json
import math

import pytest

from desktop.cli import main
from desktop.core import timebase
from desktop.core.constants import WGS72_A_KM, WGS72_MU_KM3_S2
from desktop.core.elements import read_element_file


@pytest.fixture(autouse=True)
def private_data(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_error_line(err):
    lines = err.splitlines()
    return len([ln for ln in lines if ln.startswith("error: ")]) == 1 and lines[-1].startswith("error: ")


def test_burn_writes_a_designed_set_that_reads_back(capsys, tmp_path):
    out_file = tmp_path / "after.tle"
    code, out, err = run(capsys, "burn", "KHAYYAM", "--at", "perigee", "--prograde", "10", "--after",
                         "2026-11-02T00:00Z", "--out", str(out_file))
    assert code == 0, err
    sets, issues = read_element_file(out_file)
    assert not issues and len(sets) == 1 and sets[0].flag == "DESIGNED"
    assert "KHAYYAM" in sets[0].derivation and "prograde +10.0 m/s" in sets[0].derivation
    assert "Apogee:" in out and "Track shift:" in out and "APPROXIMATE" in err
    # +10 m/s raises the apogee by about 2 x 2 a dv / v (worked out here), within 5 km
    a = WGS72_A_KM + 498.7
    rise = 4 * a * 0.010 / math.sqrt(WGS72_MU_KM3_S2 / a)
    before, after = (float(x) for x in next(ln for ln in out.splitlines() if ln.startswith("Apogee:")).split()[1:4:2])
    assert after - before == pytest.approx(rise, abs=5.0)


def test_burn_at_a_time_and_its_refusals(capsys, tmp_path):
    code, out, _ = run(capsys, "burn", "ISS", "--at", "2026-03-12T00:00Z", "--normal", "30")
    assert code == 0 and "TLE:" in out and "2026-03-12T00:00:00Z" in out
    for args, words in ((("--prograde", "12000"), "more than 10 km/s"), (("--prograde", "-3000"), "re-enters at once"),
                        (("--prograde", "nan"), "finite"), (("--prograde", "4000"), "leaves the Earth")):
        code, _out, err = run(capsys, "burn", "KHAYYAM", "--at", "apogee", *args)
        assert code == 2 and words in err and one_error_line(err), (args, err)
    code, _out, err = run(capsys, "burn", "KHAYYAM", "--at", "noon", "--prograde", "1")
    assert code == 2 and "--at" in err and one_error_line(err)
    # never over its own input
    source = tmp_path / "in.tle"
    run(capsys, "burn", "ISS", "--at", "apogee", "--prograde", "1", "--after", "2026-03-12T00:00Z", "--out", str(source))
    before = source.read_text()
    code, _out, err = run(capsys, "burn", "ISS BURN", "--tle", str(source), "--at", "apogee", "--prograde", "1",
                          "--out", str(source))
    assert code == 2 and "input" in err and source.read_text() == before


def test_transfer_hohmann_json_and_the_other_presets(capsys):
    code, out, _ = run(capsys, "transfer", "hohmann", "--from", "300", "--to", "35786", "--json")
    data = json.loads(out)
    assert code == 0 and set(data) >= {"dv1_km_s", "dv2_km_s", "total_dv_km_s", "time_of_flight_s"}
    assert data["total_dv_km_s"] == pytest.approx(3.9, abs=0.05) and data["time_of_flight_s"] / 3600 == pytest.approx(5.3, abs=0.1)
    for args in (("plane", "--height", "500", "--angle", "10"), ("combined", "--from", "300", "--to", "35786", "--angle", "28.5"),
                 ("phasing", "--height", "500", "--angle", "-20", "--revolutions", "2")):
        code, out, err = run(capsys, "transfer", *args)
        assert code == 0 and "total:" in out and ("vis-viva" in out or "2 v sin" in out), (args, err)
    code, _out, err = run(capsys, "transfer", "hohmann", "--from", "300")
    assert code == 2 and "--to" in err and one_error_line(err)


def test_lifetime_json_has_each_scenario(capsys):
    code, out, err = run(capsys, "lifetime", "KHAYYAM", "--json")
    data = json.loads(out)
    assert code == 0 and data["flag"] == "APPROXIMATE" and "650 kg" in data["drag_from"]
    names = [s["name"] for s in data["scenarios"]]
    assert names == ["low", "moderate", "high"]
    assert all(set(s) >= {"name", "reentry_utc", "years", "initial_decay_km_per_day"} for s in data["scenarios"])
    years = [s["years"] for s in data["scenarios"]]
    assert years[2] < years[1]  # more activity, sooner down
    assert "estimate" in data["note"]
    code, out, _ = run(capsys, "lifetime", "KHAYYAM", "--mass", "650", "--area", "4", "--solar", "150,12")
    assert code == 0 and "F10.7 150, Ap 12" in out and "uncertain" in out


def test_lifetime_bad_input_and_damaged_space_weather(capsys, tmp_path):
    for args, words in ((("--mass", "0"), "above 0"), (("--mass", "10", "--area", "-1"), "above 0"),
                        (("--area", "2"), "--mass"), (("--solar", "stormy"), "--solar")):
        code, _out, err = run(capsys, "lifetime", "ISS", *args)
        assert code == 2 and words in err and one_error_line(err), (args, err)
    damaged = tmp_path / "SW-All.csv"
    damaged.write_text("DATE,F10.7_OBS\n2026-01-01,garbage\n")
    code, out, err = run(capsys, "lifetime", "ISS", "--space-weather", str(damaged))
    warnings = [ln for ln in err.splitlines() if ln.startswith("warning: ")]
    assert code == 0 and len(warnings) == 1 and "scenarios" in warnings[0]
    assert "moderate" in out and "high" in out
    good = tmp_path / "sw.csv"
    rows = "".join(f"{timebase.iso_utc(timebase.to_posix('2026-01-01') + d * 86400.0)[:10]},15,160,155\n" for d in range(200))
    good.write_text("DATE,AP_AVG,F10.7_OBS,F10.7_OBS_CENTER81\n" + rows)
    code, out, err = run(capsys, "lifetime", "ISS", "--space-weather", str(good), "--json")
    assert code == 0 and json.loads(out)["scenarios"][0]["name"] == "space-weather file"


SW_HEADER = "DATE,BSRN,ND,KP1,KP2,KP3,KP4,KP5,KP6,KP7,KP8,KP_SUM,AP1,AP2,AP3,AP4,AP5,AP6,AP7,AP8,AP_AVG,CP,C9,ISN," \
            "F10.7_OBS,F10.7_ADJ,F10.7_DATA_TYPE,F10.7_OBS_CENTER81,F10.7_OBS_LAST81,F10.7_ADJ_CENTER81,F10.7_ADJ_LAST81\n"


def sw_body(days=400, f107=180.0, ap=20):
    start = timebase.to_posix("2026-01-01")
    row = "{d},2600,1,10,10,10,10,10,10,10,10,80,{ap},{ap},{ap},{ap},{ap},{ap},{ap},{ap},{ap},0.5,2,100,{f},{f},OBS,{f},{f},{f},{f}\n"
    return SW_HEADER + "".join(row.format(d=timebase.iso_utc(start + k * 86400.0)[:10], ap=ap, f=f107)
                               for k in range(days))


@pytest.fixture
def sw_server(monkeypatch):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        mode = "ok"
        requests = []

        def do_GET(self):
            Handler.requests.append(self.path)
            if Handler.mode == "html":
                body, kind, code = b"<!DOCTYPE html><html>busy</html>", "text/html", 200
            elif Handler.mode == "500":
                body, kind, code = b"oops", "text/plain", 500
            else:
                body, kind, code = sw_body().encode(), "text/csv", 200
            self.send_response(code)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    monkeypatch.setenv("OVERFLIGHT_CELESTRAK_URL", f"http://127.0.0.1:{httpd.server_address[1]}")
    Handler.port = httpd.server_address[1]
    yield Handler
    httpd.shutdown()
    httpd.server_close()


def test_space_weather_from_celestrak_is_cached_and_faults_fall_back(capsys, sw_server):
    from desktop.core import celestrak

    code, out, err = run(capsys, "lifetime", "ISS", "--space-weather", "celestrak", "--json")
    data = json.loads(out)
    assert code == 0 and sw_server.requests == ["/SpaceData/SW-All.csv"]
    assert data["scenarios"][0]["activity"].startswith("CelesTrak space weather, fetched ")
    assert data["space_weather"]["source"] == data["scenarios"][0]["activity"]
    assert data["epoch_activity"]["source"] == data["scenarios"][0]["activity"]
    # within two hours the copy answers, with no request
    run(capsys, "lifetime", "ISS", "--space-weather", "celestrak", "--json")
    assert len(sw_server.requests) == 1
    kept = celestrak.space_weather_cache().read_bytes()
    for mode in ("html", "500"):
        sw_server.mode = mode
        with pytest.raises(celestrak.CelestrakError):
            celestrak.fetch_space_weather(force=True)
        assert celestrak.space_weather_cache().read_bytes() == kept  # the last good copy stays
    # offline, the kept (newer) copy wins over the bundled one, without a request or a warning
    code, out, err = run(capsys, "lifetime", "ISS", "--space-weather", "offline", "--json")
    assert code == 0 and "warning" not in err and len(sw_server.requests) == 3
    assert json.loads(out)["space_weather"]["source"].startswith("CelesTrak space weather, fetched ")
    # a failed fetch with no copy kept: one warning, then the bundled copy, named with its date
    celestrak.space_weather_cache().unlink()
    code, out, err = run(capsys, "lifetime", "ISS", "--space-weather", "celestrak")
    warnings = [ln for ln in err.splitlines() if ln.startswith("warning: ")]
    assert code == 0 and len(warnings) == 1 and "HTTP 500" in warnings[0]
    assert "bundled copy updated 2025-07-21" in warnings[0] and "bundled copy updated 2025-07-21" in out
    # a damaged kept copy: moved aside, one warning, the bundled copy
    celestrak.space_weather_cache().write_text("{not json")
    code, out, err = run(capsys, "lifetime", "ISS", "--space-weather", "offline", "--json")
    warnings = [ln for ln in err.splitlines() if ln.startswith("warning: ")]
    assert code == 0 and len(warnings) == 1 and "bundled copy" in warnings[0]
    assert json.loads(out)["space_weather"]["source"] == "CelesTrak space weather, bundled copy updated 2025-07-21"


def test_the_space_weather_file_and_the_satcat_are_at_the_site_root_whatever_the_base(monkeypatch, sw_server):
    """The default base and a gp.php endpoint (CelesTrak's own, or a mirror's) give the same site root; the
    space-weather file was asked for beside gp.php (/NORAD/elements/SpaceData/...) when the base named it."""
    from desktop.core import celestrak, satcat

    monkeypatch.delenv("OVERFLIGHT_CELESTRAK_URL")
    assert celestrak.site_root() == "https://celestrak.org"
    for base in ("https://celestrak.org", "https://celestrak.org/", "https://celestrak.org/NORAD/elements/gp.php"):
        assert celestrak.site_root(base) == "https://celestrak.org"
        assert satcat.satcat_url(base) == "https://celestrak.org/pub/satcat.csv"
    assert celestrak.site_root("https://mirror.example/celestrak/gp.php") == "https://mirror.example/celestrak"
    assert satcat.satcat_url("https://mirror.example/celestrak/gp.php") == "https://mirror.example/celestrak/pub/satcat.csv"
    mirror = f"http://127.0.0.1:{sw_server.port}/NORAD/elements/gp.php"
    celestrak.fetch_space_weather(base=mirror, force=True)
    assert sw_server.requests == ["/SpaceData/SW-All.csv"]
    assert celestrak.gp_url("CATNR", "25544", base=mirror).startswith(mirror + "?")


def test_refresh_space_weather_keeps_a_copy_that_then_wins_over_the_bundled_one(capsys, sw_server):
    code, out, _err = run(capsys, "refresh", "--space-weather")
    assert code == 0 and sw_server.requests == ["/SpaceData/SW-All.csv"] and "fetched" in out
    assert "observed to 2027-02-04" in out  # sw_body: 400 observed days from 2026-01-01
    code, out, err = run(capsys, "lifetime", "ISS", "--space-weather", "offline", "--json")
    assert code == 0 and json.loads(out)["space_weather"]["source"].startswith("CelesTrak space weather, fetched ")
    sw_server.mode = "500"
    code, out, _err = run(capsys, "refresh", "--space-weather", "--force")
    assert code == 1 and "HTTP 500" in out and "keeping the copy held: CelesTrak space weather, fetched" in out
