import { ContextConsumer } from '@lit/context';
import { type PropertyValues, html, noChange, nothing } from 'lit';
import { outcomeContext } from '../../context/clinic.js';
import { buildPayload, fieldOfPath } from '../../domain/booking/build.js';
import { deliver } from '../../domain/booking/deliver.js';
import type { BookingPayloadV1, ContactMethod } from '../../domain/booking/payload.js';
import {
  type BookingDraft,
  type BookingPolicy,
  DEFAULT_SERVICES,
  type Service,
  type Slot,
  bookingWindow,
  parseServices,
  parseSlots,
  validateBooking,
} from '../../domain/booking/rules.js';
import { buildIcs } from '../../domain/calendar/ics.js';
import type { Outcome } from '../../domain/outcome.js';
import { isIsoDate } from '../../domain/time.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import { MnElement, httpUrl } from '../shared/mn-element.js';
import { BookingErrorEvent, BookingSubmitEvent, BookingSuccessEvent } from './events.js';
import { bookingStyles } from './mn-booking-form.styles.js';
import { booking } from '../../i18n/en/booking.js';
import { addEnglish } from '../../i18n/index.js';

addEnglish('booking', booking);

type Phase = 'form' | 'sending' | 'failed' | 'offline' | 'sent' | 'mail';

const CONTACTS: ContactMethod[] = ['email', 'phone', 'text'];
const TIMES = ['any', 'morning', 'afternoon', 'evening'] as const;
const AREAS = ['face', 'neck', 'chest', 'hands', 'body'];
/** What survives a reload: contact details and preferences, never health information. */
const KEPT = ['name', 'email', 'phone', 'contact', 'service', 'areas', 'dates'] as const;

/**
 * An appointment request form. It offers the clinic's services, keeps microneedling sessions
 * spaced, follows the safety check's outcome (its paired check's, anywhere in the page; only the level is sent),
 * and delivers the request as JSON to `endpoint` with retries, or as an email when there is no
 * endpoint. What the patient typed is never lost: it stays on failure, offline, and across a reload.
 * Form-associated: inside a page's own `<form>` it adds its values (`mn-name`, `mn-email`, ...)
 * and validity, and resets with it.
 *
 * @tag mn-booking-form
 * @summary Appointment requests that respect spacing and safety.
 * @csspart base - The widget's box.
 * @csspart notice - Setup notice for a bad attribute (for the designer).
 * @cssproperty --mn-color-accent - Buttons, links and focus rings.
 * @fires mn-booking-submit - Cancellable, before sending; `detail` is the payload. Cancel it to send it yourself.
 * @fires mn-booking-success - The endpoint accepted the request; `detail` is the payload.
 * @fires mn-booking-error - Sending failed; `detail` has `payload`, `status` and the server's `error`.
 */
export class MnBookingForm extends MnElement {
  static override styles = [...MnElement.styles, bookingStyles];
  static formAssociated = true;

  private readonly internals = this.attachInternals();

  // Static declarations, not decorators: smaller in the paste-in script.
  static override properties = {
    ...MnElement.properties,
    outcome: { attribute: false },
    d: { attribute: false },
    phase: { attribute: false },
    shown: { attribute: false },
    submitted: { attribute: false },
    server: { attribute: false },
    slots: { attribute: false },
    say: { attribute: false },
    back: { attribute: false },
    problem: { attribute: false },
    endpoint: {},
    services: {},
    spacingDays: { attribute: 'spacing-days' },
    horizonDays: { attribute: 'horizon-days' },
    slotsSrc: { attribute: 'slots-src' },
    lastSession: { attribute: 'last-session' },
    service: {},
    patientName: { attribute: 'patient-name' },
    patientEmail: { attribute: 'patient-email' },
    patientPhone: { attribute: 'patient-phone' },
    policyVersion: { attribute: 'policy-version' },
    requireCheck: { attribute: 'require-check' },
    persist: {},
    minFill: { attribute: 'min-fill' },
  };

  /** The paired safety check's outcome (see register.ts), if any. */
  declare protected outcome?: Outcome;

  declare private d: BookingDraft;
  private phase: Phase = 'form';
  private shown = new Set<string>();
  private submitted = false;
  private server: Record<string, string> = {};
  declare private slots?: Slot[] | 'loading' | 'error';
  private say = '';
  private back = false;
  /** The server's own words on a 4xx answer. */
  declare private problem?: string;

  /** Where requests are POSTed (http or https); overrides the clinic's `endpoint`. */
  declare endpoint?: string;
  /** Services as JSON (attribute) or an array: `[{"id", "name", "durationMinutes", "treatment"}]`. Default: consultation, microneedling, microneedling with PRP. */
  declare services?: string | Service[];
  /** Days between microneedling sessions (default 28; never below 14). */
  declare spacingDays?: string;
  /** How many days ahead requests may go (default 90). */
  declare horizonDays?: string;
  /** URL of a JSON list of free slots `[{"start", "durationMinutes", "services"}]`; offered instead of preferred dates. */
  declare slotsSrc?: string;
  /** Prefills the date of the last microneedling session (`YYYY-MM-DD`); so does the URL parameter `mn-last-session`. */
  declare lastSession?: string;
  /** Prefills the service id; so does the URL parameter `mn-service`. */
  declare service?: string;
  /** Prefills the patient's name (a page that knows them); the URL parameter `mn-name` wins. */
  declare patientName?: string;
  /** Prefills the patient's email; the URL parameter `mn-email` wins. */
  declare patientEmail?: string;
  /** Prefills the patient's phone; the URL parameter `mn-phone` wins. */
  declare patientPhone?: string;
  /** Version of the privacy policy the consent refers to; recorded in the request. */
  declare policyVersion?: string;
  /** Treatment services need a completed safety check (the one sharing the form's clinic, else the nearest before it). `require-check="false"` still requires it, with a notice. */
  requireCheck = false;
  /** `session` (default): the draft survives a reload in this tab; `none`: nothing is stored (as with any other value, which gets a notice). */
  declare persist?: string;
  /** First retry delay in milliseconds, doubled each time (default 1000). Property only. */
  retryDelay = 1000;
  /** Milliseconds per attempt before giving up on it (default 10000). Property only. */
  timeout = 10_000;
  /** Minimum milliseconds from showing the form to sending: faster sends wait (default 3000). */
  minFill = 3000;

  constructor() {
    super();
    new ContextConsumer(this, { context: outcomeContext, subscribe: true, callback: (v) => (this.outcome = v) });
  }

  private policy!: BookingPolicy;
  /** Parsed from the properties: min-fill (ms); whether the draft is kept; the policy version. */
  private fill!: number;
  private keep!: boolean;
  private version?: string;
  private url?: string;
  private payload?: BookingPayloadV1;
  /** The draft's issues, as of this render. */
  private found: Record<string, string> = {};
  private trap = '';
  /** When the form was first shown: `meta.fillMs` counts from here. */
  private started = 0;
  private readonly key = `mn-booking:${location.pathname}`;
  /** The kept fields as last stored, or as the form began. */
  private written?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Properties of any type through the shared parser: an array of services as its JSON, numbers as text.
    const services = this.parseAttr(
      'services',
      Array.isArray(this.services) ? JSON.stringify(this.services) : this.services,
      parseServices,
      'config',
    );
    const text = (attr: string, v: unknown) => this.parseAttr(attr, v, (x) => x);
    const ms = (attr: string, v: unknown, d: number) => this.parseAttr(attr, v, (x) => (/^\d+$/.test(x) ? +x : undefined)) ?? d;
    this.fill = ms('min-fill', this.minFill, 3000);
    this.keep = this.parseAttr('persist', this.persist, (v) => (/^(session|none)$/.test(v) ? v : undefined), 'safe', 'none') != 'none';
    this.version = text('policy-version', this.policyVersion);
    const spacing = this.parseAttr('spacing-days', this.spacingDays, (v) => (/^\d+$/.test(v) && +v >= 14 ? +v : undefined), 'spacing');
    this.policy = {
      services: services ?? DEFAULT_SERVICES,
      timezone: this.clinic.timezone,
      hours: this.clinic.hours,
      outcome: this.outcome,
      requireCheck: this.flag('require-check', this.requireCheck, true),
      spacingDays: spacing ?? (this.spacingDays && /^\d+$/.test(this.spacingDays) ? 14 : undefined),
      horizonDays: this.parseAttr('horizon-days', this.horizonDays, (v) => (/^\d+$/.test(v) && +v > 0 ? +v : undefined)),
    };
    const last = this.parseAttr('last-session', this.lastSession, (v) => (isIsoDate(v) ? v : undefined), 'date');
    this.url = this.parseAttr('endpoint', this.endpoint, httpUrl, 'url') ?? this.clinic.endpoint;
    if (!this.url && !this.clinic.email && !this.endpoint) this.notices.set('endpoint', 'endpoint');
    if (changed.has('slotsSrc')) this.loadSlots();
    if (!this.d) {
      const q = new URLSearchParams(location.search);
      const lastSession = q.get('mn-last-session') ?? last ?? '';
      this.d = {
        name: q.get('mn-name') ?? text('patient-name', this.patientName) ?? '',
        email: q.get('mn-email') ?? text('patient-email', this.patientEmail) ?? '',
        phone: q.get('mn-phone') ?? text('patient-phone', this.patientPhone) ?? '',
        contact: 'email',
        service: q.get('mn-service') ?? text('service', this.service) ?? this.policy.services[0].id,
        areas: [],
        firstVisit: !lastSession,
        lastSession,
        dates: [0, 1, 2].map(() => ({ date: '', timeOfDay: 'any' })),
        message: '',
        consent: false,
        ...this.stored(),
      };
    }
    // A stale draft, a bad `mn-service` or a changed list: the select shows the first service, so does the draft.
    if (!this.policy.services.some((s) => s.id === this.d.service)) this.d = { ...this.d, service: this.policy.services[0].id };
    this.found = this.issues();
  }

  protected override firstUpdated(): void {
    this.started = Date.now();
  }

  protected override updated(): void {
    const keys = Object.keys(this.found);
    const n = keys.length;
    const first = this.renderRoot.querySelector<HTMLElement>(`[name="${keys[0]}"]`);
    this.internals.setValidity(n ? { customError: true } : {}, n ? this.t.booking.fix(n) : '', first ?? undefined);
    const data = new FormData();
    for (const [k, v] of Object.entries(this.d)) data.append(`mn-${k}`, typeof v === 'object' ? JSON.stringify(v) : String(v));
    this.internals.setFormValue(data);
    if (this.keep && this.phase !== 'sent') {
      // Nothing is stored for a visit alone: only once the patient changes what the form began with.
      const kept = JSON.stringify(Object.fromEntries(KEPT.map((k) => [k, this.d[k]])));
      if (kept !== (this.written ??= kept)) this.store(kept);
      this.written = kept;
    }
  }

  /** The page's form was reset: start again from the prefilled values. @internal */
  formResetCallback(): void {
    this.store();
    this.written = undefined;
    this.d = undefined!;
    this.shown = new Set();
    this.submitted = false;
    this.phase = 'form';
    this.say = ''; // a summary of the old problems would be out of date
    this.requestUpdate();
    // An edited date input no longer follows its value attribute (see input()): it shows it again.
    this.updateComplete.then(() => {
      for (const i of this.renderRoot.querySelectorAll<HTMLInputElement>('[type=date]')) i.value = i.defaultValue;
      this.requestUpdate();
    });
  }

  private stored(): Partial<BookingDraft> | undefined {
    try {
      return this.keep ? (JSON.parse(sessionStorage.getItem(this.key) ?? 'null') ?? undefined) : undefined;
    } catch {
      return undefined;
    }
  }

  /** Saves `json`, or removes the draft when none is given. */
  private store(json?: string): void {
    try {
      if (json) sessionStorage.setItem(this.key, json);
      else sessionStorage.removeItem(this.key);
    } catch {
      // Storage blocked (private mode, sandbox): the draft just does not survive a reload.
    }
  }

  private async loadSlots(): Promise<void> {
    const src = this.parseAttr('slots-src', this.slotsSrc, httpUrl, 'url');
    this.slots = src ? 'loading' : undefined;
    if (!src) return;
    try {
      const res = await fetch(src, { credentials: 'omit' });
      this.slots = (res.ok && parseSlots(await res.json())) || 'error';
    } catch {
      this.slots = 'error';
    }
  }

  /** Free slots for the chosen service, when the feed has any; otherwise preferred dates are asked. */
  private get freeSlots(): Slot[] | undefined {
    const now = new Date();
    const list = Array.isArray(this.slots)
      ? this.slots.filter((s) => (!s.services?.length || s.services.includes(this.d.service)) && new Date(s.start) > now)
      : [];
    return list.length ? list : undefined;
  }

  private draft(): BookingDraft {
    // A date typed in part reads as '' and fires no event when begun: the browser's badInput tells.
    const incomplete = [...this.renderRoot.querySelectorAll('input')].filter((i) => i.validity.badInput).map((i) => i.name);
    return { ...this.d, slot: this.freeSlots ? (this.d.slot ?? '') : undefined, incomplete };
  }

  private issues(): Record<string, string> {
    return { ...validateBooking(this.draft(), this.policy, new Date()), ...this.server };
  }

  private onInput(e: Event): void {
    const t = e.target as HTMLInputElement;
    const { name: n, value: v } = t;
    if (n === 'trap') return void (this.trap = v);
    const d = { ...this.d, dates: this.d.dates.map((x) => ({ ...x })) } as BookingDraft & Record<string, unknown>;
    // A checkbox fires both input and change: the areas stay a set.
    if (n === 'areas') d.areas = d.areas.filter((a) => a !== v).concat(t.checked ? [v] : []);
    else if (/^(date|time)\d$/.test(n)) Object.assign(d.dates[+n[4]], { [n[0] === 'd' ? 'date' : 'timeOfDay']: v });
    else d[n] = t.type === 'checkbox' ? t.checked : v;
    const field = n.replace('time', 'date');
    const { [field]: _, ...rest } = this.server;
    this.server = rest;
    this.d = d;
    this.payload = undefined;
    if (this.phase === 'mail' || this.phase === 'failed') this.phase = 'form';
    if (e.type === 'change') this.shown = new Set(this.shown).add(field);
  }

  /** A date typed in part (or cleared after that) fires no input event: leaving it updates and shows its error. */
  private onLeave(e: Event): void {
    const t = e.target as HTMLInputElement;
    this.shown = new Set(this.shown);
    if (t.validity?.badInput) this.shown.add(t.name);
  }

  private onOnline = () => {
    if ((this.back = this.phase === 'offline')) this.say = this.t.booking.online;
  };

  private async submit(e?: Event): Promise<void> {
    e?.preventDefault();
    if (this.phase === 'sending') return;
    this.submitted = true;
    const issues = this.issues();
    const n = Object.keys(issues).length;
    if (n) {
      this.say = this.t.booking.fix(n);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const { clinic } = this;
    const fillMs = Date.now() - this.started;
    // The request leaves no earlier than minFill after the form appeared (it is held below), and
    // fillMs says when it leaves: a fast but real patient is not refused by a server's own check,
    // on the first try or on a retry of the same request.
    const payload = (this.payload ??= buildPayload(this.draft(), {
      id: crypto.randomUUID(),
      now: new Date(),
      services: this.policy.services,
      locale: clinic.locale,
      timezone: clinic.timezone,
      level: this.outcome?.level,
      policyUrl: clinic.privacyUrl,
      policyVersion: this.version,
      url: location.href,
      fillMs: Math.max(fillMs, this.fill),
      trap: this.trap,
    }));
    // A bot filled the hidden field: it sees success, the clinic gets nothing.
    if (this.trap) return this.done(payload, false);
    const submit = new BookingSubmitEvent(payload);
    if (!this.dispatchEvent(submit)) return;
    if (!this.url) return clinic.email ? this.status('mail', this.t.booking.mailReady) : undefined;
    this.back = false;
    if (!navigator.onLine) return this.status('offline', this.t.booking.offline);
    this.phase = 'sending';
    this.say = this.t.booking.sending;
    await new Promise((r) => setTimeout(r, this.fill - fillMs));
    const r = await deliver(this.url, payload, { timeout: this.timeout, delay: this.retryDelay });
    if (r.ok) return this.done(payload, true);
    if (!r.status && !navigator.onLine) return this.status('offline', this.t.booking.offline);
    const server: Record<string, string> = {};
    for (const [path, text] of Object.entries(r.error?.fields ?? {})) server[fieldOfPath(path)] = String(text);
    this.server = server;
    this.phase = 'failed';
    // The alert box speaks for itself: the status line is cleared so nothing is read twice.
    this.say = '';
    this.problem = r.error?.error;
    const error = new BookingErrorEvent({ payload, status: r.status, error: r.error });
    this.dispatchEvent(error);
    if (Object.keys(server).length) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  /** Moves to `phase` and announces `say` in the one status region. */
  private status(phase: Phase, say: string): void {
    this.phase = phase;
    this.say = say;
  }

  private async done(payload: BookingPayloadV1, real: boolean): Promise<void> {
    // The request that was sent, even if the patient typed on while it was on its way.
    this.payload = payload;
    this.store();
    // The focused heading says it: the status region is cleared so it is not read twice.
    this.status('sent', '');
    const success = new BookingSuccessEvent(payload);
    if (real) this.dispatchEvent(success);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
  }

  /** The message for a field, once it may be shown. */
  private msg(field: string): string | undefined {
    const code = this.found[field];
    // Policy answers (safety outcome) show at once; input mistakes after a change or on submit.
    if (!this.submitted && !this.shown.has(field) && !/^(declined|deferred|check)$/.test(code)) return undefined;
    const w = bookingWindow(this.d, this.policy, new Date());
    const text = this.t.booking.issues[code] ?? code;
    return text?.replace('%', formatDate(code === 'horizon' ? w.max : w.min, this.clinic.locale, 'medium'));
  }

  /** Label/value lines of a request: the success summary and the email text. */
  private lines(p: BookingPayloadV1): Array<[string, string]> {
    const b = this.t.booking;
    const { locale, timezone } = this.clinic;
    const when = p.slot
      ? [formatDateTime(new Date(p.slot.start), locale, timezone)]
      : p.preferences.map((x) => `${formatDate(x.date, locale, 'medium')} (${b.times[x.timeOfDay]})`);
    return (
      [
        [b.name, p.contact.name],
        [b.email, p.contact.email],
        [b.phone, p.contact.phone ?? ''],
        [b.contact, b.contacts[p.contact.preferred]],
        [b.service, p.service.name],
        [b.areas, p.areas.map((a) => b.areaNames[a] ?? a).join(', ')],
        [b.lastSession, p.lastSession ? formatDate(p.lastSession, locale, 'medium') : ''],
        [p.slot ? b.slots : b.dates, when.join('; ')],
        [b.message, p.message ?? ''],
      ] as Array<[string, string]>
    ).filter(([, v]) => v);
  }

  private mailto(p = this.payload): string | undefined {
    const to = this.clinic.email;
    if (!to || !p) return undefined;
    const body = this.lines(p)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n');
    return `mailto:${to}?subject=${encodeURIComponent(this.t.booking.mailSubject)}&body=${encodeURIComponent(body)}`;
  }

  private ics(p: BookingPayloadV1): string {
    const name = `${p.service.name}${this.clinic.name ? ` (${this.clinic.name})` : ''}`;
    const base = { summary: name, location: this.clinic.address, status: 'TENTATIVE' as const };
    const events = p.slot
      ? [
          {
            ...base,
            uid: `${p.id}@mn-widgets`,
            start: new Date(p.slot.start),
            end: new Date(Date.parse(p.slot.start) + p.slot.durationMinutes * 60_000),
          },
        ]
      : p.preferences.map((x, i) => ({ ...base, uid: `${p.id}-${i}@mn-widgets`, date: x.date }));
    return `data:text/calendar;charset=utf-8,${encodeURIComponent(buildIcs(events, new Date(p.createdAt)))}`;
  }

  protected renderBody() {
    // One status region in every state: a live region inserted already filled is often not read.
    return html`<p class="sr-only" role="status">${this.say}</p>${this.renderState()}`;
  }

  private renderState() {
    const b = this.t.booking;
    const { phase, clinic } = this;
    if (phase === 'sent' && this.payload) {
      const p = this.payload;
      return html`<section class="done">
        <h3 tabindex="-1">${b.sent}</h3>
        <p>${b.next}</p>
        <dl>${this.lines(p).map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
        <a class="button secondary" href=${this.ics(p)} download="appointment-request.ics">${b.ics}</a>
      </section>`;
    }
    const d = this.d;
    const services = this.policy.services;
    const w = bookingWindow(d, this.policy, new Date());
    const slots = this.freeSlots;
    const level = this.outcome?.level;
    const canSend = this.url || clinic.email;
    const phone = clinic.phone && html`${b.call} <a href=${clinic.phone.href}>${clinic.phone.display}</a>`;
    return html`<form novalidate @submit=${this.submit} @input=${this.onInput} @change=${this.onInput} @focusout=${this.onLeave}>
        <p class="muted">${b.intro}</p>
        <div class="trap" aria-hidden="true">
          <label>${b.trap} <input name="trap" tabindex="-1" autocomplete="off" /></label>
        </div>
        ${this.input('name', 'text', 'name', true)} ${this.input('email', 'email', 'email', true)}
        ${this.input('phone', 'tel', 'tel', d.contact !== 'email')}
        ${this.group(
          b.contact,
          CONTACTS.map((c) => this.choice('radio', 'contact', c, b.contacts[c], d.contact === c)),
        )}
        <div class="f">
          <label for="service">${b.service} *</label>
          <select id="service" name="service" aria-invalid=${this.invalid('service')} aria-describedby="e-service h-service">
            ${services.map(
              (s) =>
                html`<option value=${s.id} ?selected=${s.id === d.service}>
                  ${s.name}${s.durationMinutes ? ` (${b.minutes(s.durationMinutes)})` : ''}
                </option>`,
            )}
          </select>
          ${this.error('service')}
          <p id="h-service" class="muted">${level === 'consult' ? b.review : this.found.service === 'declined' ? phone : ''}</p>
        </div>
        ${this.group(
          b.areas,
          AREAS.map((a) => this.choice('checkbox', 'areas', a, b.areaNames[a], d.areas.includes(a))),
        )}
        ${this.choice('checkbox', 'firstVisit', 'true', b.firstVisit, d.firstVisit)}
        ${d.firstVisit ? nothing : this.input('lastSession', 'date', 'off', true)}
        ${
          slots
            ? this.group(
                `${b.slots} *`,
                slots.map((s) =>
                  this.choice(
                    'radio',
                    'slot',
                    s.start,
                    formatDateTime(new Date(s.start), clinic.locale, clinic.timezone),
                    d.slot === s.start,
                    true,
                  ),
                ),
                this.error('slot'),
              )
            : html`${this.slots === 'loading' ? html`<p class="muted">${b.slotsLoading}</p>` : this.slots ? html`<p class="muted">${b.slotsNone}</p>` : nothing}
            ${this.group(b.dates, [
              w.reason ? html`<p class="muted">${b.earliest.replace('%', formatDate(w.min, clinic.locale, 'medium'))}</p>` : nothing,
              d.dates.map(
                (x, i) => html`<div class="row">
                  ${this.input(`date${i}`, 'date', 'off', !i, b.date(i + 1), x.date, w)}
                  <div class="f">
                    <label for="time${i}">${b.timeOfDay}</label>
                    <select id="time${i}" name="time${i}">
                      ${TIMES.map((t) => html`<option value=${t} ?selected=${x.timeOfDay === t}>${b.times[t]}</option>`)}
                    </select>
                  </div>
                </div>`,
              ),
            ])}`
        }
        <div class="f">
          <label for="message">${b.message}</label>
          <textarea id="message" name="message" rows="3" maxlength="2000" .value=${d.message}></textarea>
        </div>
        <div>
          ${this.choice('checkbox', 'consent', 'true', `${b.consent} *`, d.consent, true)}
          ${clinic.privacyUrl ? html`<a href=${clinic.privacyUrl} target="_blank" rel="noopener">${b.privacy}</a>` : nothing}
          ${this.error('consent')}
        </div>
        ${
          canSend
            ? html`${this.url ? nothing : html`<p><strong>${b.mailNote}</strong></p>`}
              <button aria-disabled=${phase === 'sending'}>${phase === 'sending' ? b.sending : this.url ? b.send : b.mail}</button>`
            : html`<p role="alert">${b.unconfigured} ${phone}</p>`
        }
        ${this.renderStatus(phone)}
      </form>`;
  }

  private renderStatus(phone: unknown) {
    const b = this.t.booking;
    const mail = this.mailto();
    const mailLink = mail && html`<a href=${mail}>${b.mail}</a>`;
    switch (this.phase) {
      case 'mail':
        return html`<p class="box">${b.mailReady} ${mailLink}</p>`;
      case 'offline':
        return html`<div class="box">
          <p>${this.back ? b.online : b.offline}</p>
          ${this.back ? html`<button type="button" @click=${this.submit}>${b.sendNow}</button>` : nothing}
        </div>`;
      case 'failed':
        return html`<div class="box" role="alert">
          <p>${this.problem} ${b.failed}</p>
          <button type="button" @click=${this.submit}>${b.retry}</button>
          <ul>
            ${[phone, mailLink].map((x) => (x ? html`<li>${x}</li>` : nothing))}
          </ul>
        </div>`;
    }
    return nothing;
  }

  private invalid(field: string): 'true' | 'false' {
    return this.msg(field) ? 'true' : 'false';
  }

  /**
   * A field's error, shown beside it and read with it (`aria-describedby`). Not a live region: a
   * submit fills many at once, and the status region's summary is the one announcement.
   */
  private error(field: string) {
    return html`<p id="e-${field}" class="error">${this.msg(field)}</p>`;
  }

  /**
   * A date input takes its value as the attribute, which it shows until the patient edits it: a
   * re-render then never overwrites what they typed, even half a date, whose value reads ''.
   */
  private input(
    key: string,
    type: string,
    autocomplete: string,
    required: boolean,
    label = (this.t.booking as unknown as Record<string, string>)[key],
    value = (this.d as unknown as Record<string, string>)[key],
    w?: { min: string; max: string },
  ) {
    return html`<div class="f">
      <label for=${key}>${label}${required ? ' *' : ''}</label>
      <input
        id=${key}
        name=${key}
        type=${type}
        autocomplete=${autocomplete}
        min=${w?.min ?? nothing}
        max=${w?.max ?? nothing}
        .value=${type === 'date' ? noChange : value}
        value=${type === 'date' ? value : nothing}
        aria-invalid=${this.invalid(key)}
        aria-describedby="e-${key}"
      />
      ${this.error(key)}
    </div>`;
  }

  private choice(type: string, name: string, value: string, label: string, checked: boolean, described = false) {
    const id = `${name}-${value}`;
    return html`<div class="check">
      <input
        type=${type}
        id=${id}
        name=${name}
        .value=${value}
        .checked=${checked}
        aria-invalid=${described ? this.invalid(name) : nothing}
        aria-describedby=${described ? `e-${name}` : nothing}
      />
      <label for=${id}>${label}</label>
    </div>`;
  }

  private group(legend: string, content: unknown, extra: unknown = nothing) {
    return html`<fieldset>
      <legend>${legend}</legend>
      ${content}${extra}
    </fieldset>`;
  }
}
