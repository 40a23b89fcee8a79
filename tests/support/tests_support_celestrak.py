"""A fake CelesTrak GP server for tests (real HTTP on 127.0.0.1)."""

import json
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, urlsplit

from sgp4 import exporter

from desktop.core.elements import parse_tle_text, tle_checksum

ISS_L1 = "1 25544U 98067A   26070.19118651  .00009215  00000+0  17770-3 0  9998"
ISS_L2 = "2 25544  51.6325  64.9326 0007932 179.9008 180.1983 15.48575655556567"


def renumbered(satnum: int, name: str, day: str = "26320.50000000"):
    """A realistic set for another catalogue number (the ISS's elements, renumbered)."""
    l1 = ISS_L1[:2] + f"{satnum:05d}" + ISS_L1[7:18] + day + ISS_L1[32:]
    l2 = ISS_L2[:2] + f"{satnum:05d}" + ISS_L2[7:]
    l1, l2 = l1[:68] + str(tle_checksum(l1)), l2[:68] + str(tle_checksum(l2))
    return name, l1, l2


def omm_json(*records):
    out = []
    for name, l1, l2 in records:
        es = parse_tle_text(f"{name}\n{l1}\n{l2}\n")[0][0]
        out.append(exporter.export_omm(es.satrec, name))
    return json.dumps(out)


SATCAT_HEADER = ("OBJECT_NAME,OBJECT_ID,NORAD_CAT_ID,OBJECT_TYPE,OPS_STATUS_CODE,OWNER,LAUNCH_DATE,LAUNCH_SITE,"
                 "DECAY_DATE,PERIOD,INCLINATION,APOGEE,PERIGEE,RCS,DATA_STATUS_CODE,ORBIT_CENTER,ORBIT_TYPE")
# rows in CelesTrak's layout (values as CelesTrak published them for these objects; COSMOS 2251 DEB is decayed)
SATCAT_ROWS = (
    "ISS (ZARYA),1998-067A,25544,PAY,+,ISS,1998-11-20,TYMSC,,92.85,51.64,421,415,399.0524,,EA,ORB",
    "KHAYYAM,2022-096A,53370,PAY,+,IRAN,2022-08-09,TYMSC,,94.52,97.39,503,486,0.6,,EA,ORB",
    "COSMOS 2251 DEB,1993-036ABC,34427,DEB,D,CIS,1993-06-16,PLMSC,2019-03-02,,,,,0.05,,EA,IMP",
    "SL-16 R/B,1990-046B,20625,R/B,,CIS,1990-05-22,TYMSC,,104.5,71.0,843,822,20.3,,EA,ORB",
)


def satcat_csv(rows=SATCAT_ROWS) -> str:
    return SATCAT_HEADER + "\r\n" + "\r\n".join(rows) + "\r\n"


class FakeCelestrak(BaseHTTPRequestHandler):
    mode = "ok"
    satcat_mode = None  # when set, the SATCAT's answer (/pub/satcat.csv) follows it and the element sets follow mode
    requests = []
    sets = {53370: renumbered(53370, "KHAYYAM"), 25544: ("ISS (ZARYA)", ISS_L1, ISS_L2)}
    groups = {"iran-test": (53370,), "stations": (25544,)}

    def log_message(self, *args):
        pass

    def _send(self, code, body, content_type="application/json", length=None):
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(length if length is not None else len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        cls = type(self)
        cls.requests.append((self.path, self.headers.get("User-Agent")))
        query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        fmt = query.get("FORMAT", "TLE")
        mode = cls.satcat_mode if cls.satcat_mode and urlsplit(self.path).path == "/pub/satcat.csv" else cls.mode
        if mode == "timeout":
            time.sleep(1.5)
            return self._send(200, "[]")
        if mode in ("403", "404", "500"):
            return self._send(int(mode), "Forbidden" if mode == "403" else "error", "text/plain")
        if mode == "nodata":
            return self._send(200, "No GP data found", "text/plain")
        if mode == "notupdated":
            return self._send(200, "GP data has not updated since your last successful download of GROUP=STATIONS at 2026-11-23 12:00:00 UTC.", "text/plain")
        if mode == "html":
            return self._send(200, "<!DOCTYPE html><html><body>Service unavailable</body></html>", "text/html")
        if urlsplit(self.path).path == "/pub/satcat.csv":
            if mode == "notatable":
                return self._send(200, "Invalid query\n", "text/plain")
            if mode == "badrows":
                body = satcat_csv(SATCAT_ROWS[:2] + ("BROKEN,,notanumber,PAY,+,US,,,,,,,,,,,", "SHORT,1999-001A"))
                return self._send(200, body, "text/csv")
            body = satcat_csv()
            if mode == "truncated":
                return self._send(200, body[: len(body) // 2], "text/csv", length=len(body))
            return self._send(200, body, "text/csv")
        if "GROUP" in query:
            members = cls.groups.get(query["GROUP"].lower())
            if members is None:
                return self._send(200, "No GP data found", "text/plain")
            records = [cls.sets[n] for n in members]
            body = omm_json(*records) if fmt == "JSON" else "".join(f"{a}\n{b}\n{c}\n" for a, b, c in records)
            return self._send(200, body, "application/json" if fmt == "JSON" else "text/plain")
        satnum = int(query.get("CATNR", "53370"))
        record = cls.sets.get(satnum)
        if record is None:
            return self._send(200, "No GP data found", "text/plain")
        if mode == "wrong":
            record = cls.sets[25544]
        if fmt == "JSON":
            body = omm_json(record)
        else:
            name, l1, l2 = record
            if mode == "badchecksum":
                l2 = l2[:68] + str((int(l2[68]) + 1) % 10)
            body = f"{name}\n{l1}\n{l2}\n"
        if mode == "truncated":
            return self._send(200, body[: len(body) // 2], length=len(body))
        return self._send(200, body, "application/json" if fmt == "JSON" else "text/plain")


