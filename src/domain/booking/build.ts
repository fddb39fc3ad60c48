/**
 * Turns a valid draft into the payload the clinic receives. Health information never enters it:
 * of the safety check only the level travels (and whether a clinician should review).
 */
import type { Level } from '../outcome.js';
import type { BookingPayloadV1 } from './payload.js';
import type { BookingDraft, Service } from './rules.js';

export interface PayloadContext {
  id: string;
  now: Date;
  services: Service[];
  locale: string;
  timezone: string;
  level?: Level;
  policyUrl?: string;
  policyVersion?: string;
  /** The page's URL: its `utm_*` parameters go into `meta.utm`, its origin and path into `meta.page` (never the rest of its query). */
  url?: string;
  fillMs: number;
  trap: string;
}

export function buildPayload(d: BookingDraft, c: PayloadContext): BookingPayloadV1 {
  const service = c.services.find((s) => s.id == d.service);
  const url = c.url ? new URL(c.url) : undefined;
  const utm: Record<string, string> = {};
  // At most 10, of 100 characters each: a long campaign link must not make a server refuse the request.
  url?.searchParams.forEach((v, k) => {
    if (k.startsWith('utm_') && Object.keys(utm).length < 10) utm[k.slice(4, 104)] = v.slice(0, 100);
  });
  const at = c.now.toISOString();
  const slot = d.slot ? new Date(d.slot) : undefined;
  // Through JSON: what is undefined is left out.
  return JSON.parse(
    JSON.stringify({
      version: 1,
      id: c.id,
      createdAt: at,
      contact: { name: d.name.trim(), email: d.email.trim(), phone: d.phone.trim() || undefined, preferred: d.contact },
      // An unknown service goes by its id.
      service: { id: d.service, name: service?.name ?? d.service, durationMinutes: service?.durationMinutes },
      areas: d.areas,
      firstVisit: d.firstVisit,
      lastSession: d.firstVisit ? undefined : d.lastSession,
      preferences: slot ? [] : d.dates.filter((p) => p.date).slice(0, 3),
      slot: slot && { start: slot.toISOString(), durationMinutes: service?.durationMinutes ?? 60 },
      message: d.message.trim() || undefined,
      consent: { given: true, policyUrl: c.policyUrl, policyVersion: c.policyVersion, at },
      screening: c.level && { level: c.level, review: c.level == 'consult' || undefined },
      locale: c.locale,
      timezone: c.timezone,
      meta: {
        utm: Object.keys(utm)[0] ? utm : undefined,
        page: url && url.origin + url.pathname,
        fillMs: Math.round(c.fillMs),
        trap: c.trap,
      },
    } satisfies BookingPayloadV1),
  );
}

/**
 * The form field a server error path such as `contact.email` or `preferences.1.date` belongs to;
 * undefined for what the patient cannot edit (`id`, `createdAt`, `meta.*`, ...).
 */
export function fieldOfPath(path: string): string | undefined {
  const [head, sub] = path.split('.');
  return head == 'contact'
    ? (sub ?? 'name')
    : head == 'preferences'
      ? `date${+sub || 0}`
      : // The consent's own parts (its time, policy) are the form's, not the patient's.
        /^(service|areas|firstVisit|lastSession|slot|message)$/.test(head) || path == 'consent'
        ? head
        : undefined;
}
