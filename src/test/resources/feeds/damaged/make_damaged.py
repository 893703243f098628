#!/usr/bin/env python3
"""Writes the damaged variants of the linux.conf.au 2020 excerpt, one defect each, as real feeds carry them.

Run from this folder: python3 make_damaged.py ../../schedules/linux_conf_au_2020.ics
The excerpt (lca2020-excerpt.ics) is the clean reference: every variant must import the same events at the
same times as python-icalendar reads from it (FeedCorpusTest).
"""
import re
import sys

WINDOWS_VTIMEZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:E. Australia Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n"
    "TZOFFSETFROM:+1000\r\nTZOFFSETTO:+1000\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010101T000000\r\n"
    "TZOFFSETFROM:+1000\r\nTZOFFSETTO:+1000\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n")


def unfold(text):
    return re.sub(r"\r\n[ \t]", "", text)


def fold_bytes(line, width=75):
    """Folds at exactly `width` octets, wherever that falls, even inside a UTF-8 sequence."""
    data = line.encode("utf-8")
    parts = [data[:width]]
    data = data[width:]
    while data:
        parts.append(b" " + data[:width - 1])
        data = data[width - 1:]
    return b"\r\n".join(parts)


def excerpt(source):
    text = open(source, encoding="utf-8", newline="").read()
    head, rest = text.split("BEGIN:VEVENT\r\n", 1)
    events = ["BEGIN:VEVENT\r\n" + e for e in ("BEGIN:VEVENT\r\n" + rest).split("BEGIN:VEVENT\r\n")[1:]]
    events[-1] = events[-1].replace("END:VCALENDAR\r\n", "")
    plain = [e for e in events if all(ord(c) < 128 for c in e)][:24]
    # events with curly quotes and dashes, whose summaries Windows-1252 can also write
    fancy = [e for e in events if any(ord(c) > 127 for c in e)
             and all(c.encode("cp1252", "ignore") for c in re.search(r"SUMMARY:(.*)", unfold(e)).group(1))][:12]
    return head + "".join(plain + fancy) + "END:VCALENDAR\r\n"


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(name, "wb") as f:
        f.write(data)


def main(source):
    clean = excerpt(source)
    write("../lca2020-excerpt.ics", clean)
    flat = unfold(clean)
    # CR CR LF inside the folds of descriptions (Windows-edited text)
    write("crcrlf-in-folds.ics", re.sub(r"(DESCRIPTION:(?:[^\r]*\r\n )+)", lambda m: m.group(1).replace("\r\n ", "\r\r\n "), clean))
    # no folding at all: lines of several hundred octets
    write("long-lines.ics", flat)
    # vCalendar 1.0 parameters on text properties
    write("vcalendar10-params.ics", re.sub(r"^(SUMMARY|DESCRIPTION|LOCATION):", r"\1;CHARSET=UTF-8;ENCODING=8BIT:", clean, flags=re.M))
    # DTSTAMP with a TZID and no Z
    write("dtstamp-tzid.ics", re.sub(r"^DTSTAMP;VALUE=DATE-TIME:(\d{8}T\d{6})Z", r"DTSTAMP;TZID=Australia/Brisbane:\1", clean, flags=re.M))
    # a TZID that is a tz alias, with no VTIMEZONE for it
    write("tzid-alias-without-vtimezone.ics", clean.replace("TZID=Australia/Brisbane", "TZID=Australia/Queensland"))
    # every line folded at 75 octets, splitting UTF-8 sequences
    write("folds-split-utf8.ics", b"\r\n".join(fold_bytes(l) for l in flat.split("\r\n")))
    # Windows zone names, with Outlook's VTIMEZONE and without one
    windows = clean.replace("TZID=Australia/Brisbane", 'TZID="E. Australia Standard Time"').replace(
        "X-WR-TIMEZONE:Australia/Brisbane", "X-WR-TIMEZONE:E. Australia Standard Time")
    write("windows-zone-no-vtimezone.ics", windows)
    write("windows-zone-outlook-vtimezone.ics", windows.replace("BEGIN:VEVENT\r\n", WINDOWS_VTIMEZONE + "BEGIN:VEVENT\r\n", 1))
    # lower-case property and parameter names
    write("lowercase-names.ics", re.sub(r"^([A-Z-]+)([;:])", lambda m: m.group(1).lower() + m.group(2),
                                        clean.replace(";TZID=", ";tzid=").replace(";VALUE=", ";value="), flags=re.M))
    # a UTF-8 byte-order mark
    write("utf8-bom.ics", b"\xef\xbb\xbf" + clean.encode("utf-8"))
    # Windows-1252 (Latin-1) bytes instead of UTF-8
    write("latin1.ics", flat.encode("cp1252", "replace"))
    # cut before END:VCALENDAR
    write("no-end-vcalendar.ics", clean.replace("END:VCALENDAR\r\n", ""))
    # bare LF line ends
    write("bare-lf.ics", clean.replace("\r\n", "\n"))


if __name__ == "__main__":
    main(sys.argv[1])
