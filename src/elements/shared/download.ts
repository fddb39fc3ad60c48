import { type CalendarEvent, buildIcs } from '../../domain/calendar/ics.js';

/**
 * Offers the events as an `.ics` file named `file`: a data URL through a clicked anchor, so the
 * page neither navigates nor loses the focus (it stays on the control the patient used).
 */
export function downloadIcs(events: CalendarEvent[], now: Date, file: string) {
  Object.assign(document.createElement('a'), {
    href: `data:text/calendar,${encodeURIComponent(buildIcs(events, now))}`,
    download: file,
  }).click();
}
