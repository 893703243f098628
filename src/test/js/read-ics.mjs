// Prints each VEVENT of an .ics file as ical.js reads it, one JSON object per line:
// uid, summary, and for start and end the wall-clock time, the zone it is in and the UTC instant.
// Usage: node read-ics.mjs FILE.ics
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const vcalendar = new ICAL.Component(ICAL.parse(text));
// Register the file's own zone definitions, as Thunderbird does; without them times come back floating.
for (const vtimezone of vcalendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(vtimezone);
}

function time(t) {
  if (!t) {
    return null;
  }
  return {
    local: t.toString(),
    zone: t.zone ? t.zone.tzid : null,
    epochSeconds: t.toUnixTime(),
  };
}

for (const vevent of vcalendar.getAllSubcomponents('vevent')) {
  const event = new ICAL.Event(vevent);
  const alarm = vevent.getFirstSubcomponent('valarm');
  console.log(JSON.stringify({
    uid: event.uid,
    summary: event.summary,
    location: event.location,
    sequence: event.sequence,
    start: time(event.startDate),
    end: vevent.hasProperty('dtend') ? time(event.endDate) : null,
    alarm: alarm ? alarm.getFirstPropertyValue('trigger').toString() : null,
  }));
}
