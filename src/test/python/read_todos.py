"""Prints each VTODO of an .ics file as python3-icalendar reads it, one JSON object per line.

For the due date: the wall-clock time (or the date) and zone icalendar gives, the UTC instant, and the UTC
instant the file's own VTIMEZONE gives.
Usage: /usr/bin/python3 read_todos.py FILE.ics
"""
import datetime
import json
import sys
from datetime import timezone

import icalendar


def main(path):
    with open(path, 'rb') as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    file_zones = {str(tz['TZID']): tz.to_tz() for tz in calendar.walk('VTIMEZONE')}
    for todo in calendar.walk('VTODO'):
        print(json.dumps({
            'uid': str(todo['UID']),
            'summary': str(todo['SUMMARY']),
            'status': str(todo['STATUS']),
            'due': due(todo.get('DUE'), file_zones),
        }))


def due(prop, file_zones):
    if prop is None:
        return None
    dt = prop.dt
    if not isinstance(dt, datetime.datetime):
        return {'local': dt.isoformat(), 'isDate': True, 'zone': None, 'epochSeconds': None}
    tzid = prop.params.get('TZID')
    if tzid is None:
        zone = 'UTC' if dt.tzinfo is not None and dt.utcoffset().total_seconds() == 0 else None
        file_epoch = dt.timestamp()
    else:
        zone = getattr(dt.tzinfo, 'zone', str(dt.tzinfo))
        file_epoch = file_zones[str(tzid)].localize(dt.replace(tzinfo=None)).timestamp()
    return {
        'local': dt.replace(tzinfo=None).isoformat(),
        'isDate': False,
        'zone': zone,
        'epochSeconds': int(dt.astimezone(timezone.utc).timestamp()),
        'fileZoneEpochSeconds': int(file_epoch),
    }


if __name__ == '__main__':
    main(sys.argv[1])
