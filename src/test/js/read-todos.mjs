// Prints each VTODO of an .ics file as ical.js reads it, one JSON object per line:
// uid, summary, status, and the due date: its wall-clock time (or date), zone and UTC instant.
// Usage: node read-todos.mjs FILE.ics
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const vcalendar = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of vcalendar.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(vtimezone);
}

for (const vtodo of vcalendar.getAllSubcomponents('vtodo')) {
  const due = vtodo.getFirstPropertyValue('due');
  console.log(JSON.stringify({
    uid: vtodo.getFirstPropertyValue('uid'),
    summary: vtodo.getFirstPropertyValue('summary'),
    status: vtodo.getFirstPropertyValue('status'),
    due: due ? {
      local: due.toString(),
      isDate: due.isDate,
      zone: due.isDate ? null : (due.zone ? due.zone.tzid : null),
      epochSeconds: due.isDate ? null : due.toUnixTime(),
    } : null,
  }));
}
