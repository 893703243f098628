"""Prints, as JSON, the events python-icalendar reads from each .ics file named on the command line.

Used by FeedCorpusTest to compare Roadshow's reading with python-icalendar's. Before python-icalendar
parses text, the bytes are decoded as any reader must: a byte-order mark dropped, folds joined on the
bytes (with python-icalendar's own fold pattern) so that a fold inside a UTF-8 sequence does not break it,
then UTF-8, else Windows-1252.
"""
import json
import re
import sys
from datetime import date, datetime, timedelta

from icalendar import Calendar

FOLD = re.compile(rb"(\r?\n)+[ \t]")


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    data = FOLD.sub(b"", data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def moment(value):
    if value is None:
        return None
    dt = getattr(value, "dt", value)
    if isinstance(dt, datetime):
        utc = None
        if dt.tzinfo is not None and dt.utcoffset() is not None:
            utc = (dt.replace(tzinfo=None) - dt.utcoffset()).isoformat()
        return {"local": dt.replace(tzinfo=None).isoformat(), "utc": utc}
    if isinstance(dt, date):
        return {"date": dt.isoformat()}
    return None


def event(e):
    start = moment(e.get("DTSTART"))
    end = moment(e.get("DTEND"))
    duration = e.get("DURATION")
    if end is None and start and "local" in start and duration is not None and isinstance(duration.dt, timedelta):
        local = datetime.fromisoformat(start["local"]) + duration.dt
        utc = None if start["utc"] is None else (datetime.fromisoformat(start["utc"]) + duration.dt).isoformat()
        end = {"local": local.isoformat(), "utc": utc}
    return {
        "uid": str(e.get("UID", "")),
        "summary": str(e.get("SUMMARY", "")),
        "status": str(e.get("STATUS", "")),
        "rrule": "RRULE" in e,
        "start": start,
        "end": end,
    }


out = {}
for path in sys.argv[1:]:
    try:
        with open(path, "rb") as f:
            cal = Calendar.from_ical(decode(f.read()))
        out[path] = {"events": [event(e) for e in cal.walk("VEVENT")]}
    except Exception as ex:  # a file python-icalendar cannot read at all
        out[path] = {"error": "%s: %s" % (type(ex).__name__, ex)}
print(json.dumps(out))
