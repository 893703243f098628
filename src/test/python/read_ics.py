"""Prints each VEVENT of an .ics file as python3-icalendar reads it, one JSON object per line.

For start and end: the wall-clock time and zone icalendar gives (it resolves a TZID by name with pytz,
as khal does), the UTC instant, and the UTC instant that the file's own VTIMEZONE gives (to_tz), which
checks the written zone definition independently of ical4j and ical.js.
Usage: /usr/bin/python3 read_ics.py FILE.ics
"""
import json
import sys
from datetime import timezone

import icalendar


def main(path):
    with open(path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    file_zones = {str(tz['TZID']): tz.to_tz() for tz in calendar.walk('VTIMEZONE')}
    for event in calendar.walk('VEVENT'):
        print(json.dumps({
            'uid': str(event['UID']),
            'summary': str(event['SUMMARY']),
            'start': moment(event.get('DTSTART'), file_zones),
            'end': moment(event.get('DTEND'), file_zones),
        }))


def moment(prop, file_zones):
    if prop is None:
        return None
    dt = prop.dt
    tzid = prop.params.get('TZID')
    if tzid is None:
        zone = 'UTC' if dt.tzinfo is not None and dt.utcoffset().total_seconds() == 0 else None
        file_epoch = dt.timestamp() if dt.tzinfo is not None else None
    else:
        zone = getattr(dt.tzinfo, 'zone', str(dt.tzinfo))
        file_epoch = file_zones[str(tzid)].localize(dt.replace(tzinfo=None)).timestamp()
    return {
        'local': dt.replace(tzinfo=None).isoformat(),
        'zone': zone,
        'epochSeconds': int(dt.astimezone(timezone.utc).timestamp()) if dt.tzinfo is not None else None,
        'fileZoneEpochSeconds': int(file_epoch) if file_epoch is not None else None,
    }


if __name__ == '__main__':
    main(sys.argv[1])
