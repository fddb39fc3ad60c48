/**
 * The booking draft: where it starts (prefill from the element's attributes) and how the patient's
 * input changes it. Pure.
 */
import { isEmail, parsePhone } from '../contact.js';
import { type IsoDate, isIsoDate } from '../time.js';
import type { ContactMethod, TimeOfDay } from './payload.js';
import type { BookingDraft, Service } from './rules.js';

/** The choices the form offers, in their order. */
export const CONTACTS: ContactMethod[] = ['email', 'phone', 'text'];
export const TIMES: TimeOfDay[] = ['any', 'morning', 'afternoon', 'evening'];
export const AREAS = ['face', 'neck', 'chest', 'hands', 'body'] as const;
export type Area = (typeof AREAS)[number];

/** What a page may prefill, by URL parameter (`mn-` and the key) or attribute. */
export type PrefillKey = 'name' | 'email' | 'phone' | 'service' | 'last-session';

/**
 * A prefill value, trimmed, when it validates (it fills its input, where the patient sees and
 * edits it); undefined when it does not (dropped: never shown) or is blank. A service must be one
 * the clinic offers; the last session's date no later than today.
 */
export function prefillValue(k: PrefillKey, raw: string, services: Service[], today: IsoDate): string | undefined {
  const v = raw.trim();
  const ok =
    k == 'email'
      ? isEmail(v)
      : k == 'phone'
        ? parsePhone(v)
        : k == 'service'
          ? services.some((s) => s.id == v)
          : k == 'name'
            ? v.length <= 100
            : isIsoDate(v) && v <= today;
  return (ok && v) || undefined;
}

/** An empty draft for a service, with the last session's date ('' for a first visit). */
export const newDraft = (service: string, last = ''): BookingDraft => ({
  name: '',
  email: '',
  phone: '',
  contact: 'email',
  service,
  areas: [],
  firstVisit: !last,
  lastSession: last,
  dates: [0, 1, 2].map(() => ({ date: '', timeOfDay: 'any' })),
  message: '',
  consent: false,
});

/** One input event: its field's `name`, `value`, and `checked` for a checkbox (undefined otherwise). */
export function reduceDraft(d: BookingDraft, name: string, value: string, checked?: boolean): BookingDraft {
  const next = { ...d, dates: d.dates.map((x) => ({ ...x })) } as BookingDraft & Record<string, unknown>;
  // A checkbox fires both input and change: the areas stay a set.
  if (name == 'areas') next.areas = d.areas.filter((a) => a != value).concat(checked ? [value] : []);
  // A date row's field (date0, time0...: the form's only names with a digit).
  else if (/\d/.test(name)) next.dates[+name[4]][(name[0] == 'd' ? 'date' : 'timeOfDay') as 'date'] = value;
  else next[name] = checked ?? value;
  return next;
}
