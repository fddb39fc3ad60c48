import { ContextConsumer } from '@lit/context';
import { type PropertyDeclaration, type PropertyValues, html, nothing } from 'lit';
import { outcomeContext } from '../../context/clinic.js';
import { buildPayload, fieldOfPath } from '../../domain/booking/build.js';
import { AREAS, CONTACTS, type PrefillKey, TIMES, newDraft, prefillValue, reduceDraft } from '../../domain/booking/draft.js';
import {
  type BookingDraft,
  type BookingPolicy,
  DEFAULT_SERVICES,
  type Offer,
  type Service,
  type Slot,
  bookingOffer,
  bookingWindow,
  parseServices,
  parseSlots,
  validateBooking,
} from '../../domain/booking/rules.js';
import { mailtoLink, requestEvents, summaryLines } from '../../domain/booking/summary.js';
import type { BookingPayloadV1 } from '../../domain/booking/payload.js';
import type { Outcome } from '../../domain/outcome.js';
import { dateIn } from '../../domain/time.js';
import { formatDate, formatTime } from '../../i18n/format.js';
import { downloadIcs } from '../shared/download.js';
import { jsonSource } from '../shared/json-source.js';
import { MnElement, httpUrl, tel } from '../shared/mn-element.js';
import { bookingStyles } from './mn-booking-form.styles.js';
import { type SendState, uuid } from './submit.js';
import { type DeliveryResult, deliver } from './deliver.js';
import { BookingErrorEvent, BookingSubmitEvent, BookingSuccessEvent } from './events.js';
import { booking } from '../../i18n/en/booking.js';
import { addEnglish, lookup } from '../../i18n/index.js';

addEnglish('booking', booking);

/** A draft as `sessionStorage` keeps it: the fields the page's form gets, and the id of a request on its way. */
type Stored = Partial<BookingDraft> & { pending?: string };

/** A message, worded with the date when it takes one. */
const worded = (m: string | ((date: string) => string), date: string) => (typeof m == 'string' ? m : m(date));

/**
 * An appointment request form. It offers what the safety check's outcome allows (CLINICAL.md
 * section 1: after a consult, a decline or a deferral without a date, consultations only), keeps
 * microneedling sessions spaced, and delivers the request as JSON to `endpoint` with retries, or as
 * an email when there is no endpoint. What the patient typed is never lost: it stays on failure,
 * offline (then the form offers to send it when the connection is back), while the form is fixed, and across a reload (`persist`), and a request sent just before a
 * reload is not sent twice.
 * Form-associated: inside a page's `<form>` it is disabled, reset and restored with it; it joins
 * that form's data and validation only when it has a `name` (then the page's submit button sends).
 * Without a `name` it neither blocks nor joins it: its fields live in its own shadow form.
 *
 * @tag mn-booking-form
 * @summary Appointment requests that respect spacing and safety.
 * @csspart base - The widget's box.
 * @csspart notice - Setup notice for a bad attribute (for the designer).
 * @cssproperty --mn-color-accent - Buttons, links and focus rings.
 * @fires mn-booking-submit - Cancellable, before sending; `detail` is the payload. Cancel it to send it yourself, or call `respondWith(promise)` to have the form show sending, success and failure for your promise.
 * @fires mn-booking-success - The request was accepted; `detail` is the payload.
 * @fires mn-booking-error - Sending failed (after the retries, or offline); `detail` has `payload`, `status` and the server's `error`.
 */
export class MnBookingForm extends MnElement {
  static override styles = [MnElement.styles, bookingStyles];
  static formAssociated = true;

  // Static declarations, not decorators: smaller in the paste-in script.
  static override properties = {
    endpoint: {},
    services: {},
    spacingDays: {},
    horizonDays: {},
    policyVersion: {},
    requireCheck: {},
    minFill: {},
    requestMode: {},
    persist: {},
    name: {},
    slotsSrc: {},
    // The five prefills, last (willUpdate reads them in this order).
    patientName: {},
    patientEmail: {},
    patientPhone: {},
    service: {},
    lastSession: {},
  };

  /**
   * Where the request stands: `idle` → `sending` → `sent` or `failed`, or `idle` → `mail`; an edit
   * moves `failed` or `mail` back to `idle`, and a new send may start from any state but `sending`
   * (which refuses it).
   */
  #state!: SendState;
  /** The request on its way, or the last one sent: what the summary and the email show. */
  #payload?: BookingPayloadV1;
  /**
   * Field messages from the server's last answer (editable fields only), until the field changes.
   * Declared third and empty, as the safety check's and the timeline's third fields: the script
   * writes the three classes' first fields alike (formStateRestoreCallback empties it again).
   */
  #server: Record<string, string> = {};
  /** The id of the request being sent, kept until it succeeds: every try of one request has one id, so the server sees one request. */
  #id?: string;

  /** The safety check's outcome from the same `<mn-clinic>`, if any (its context consumer asks for the update). */
  declare protected outcome?: Outcome;
  /** The outcome the draft's service last followed. */
  #was?: Outcome;
  declare private d: BookingDraft;

  /** Where requests are POSTed (http or https); overrides the clinic's `endpoint`. */
  declare endpoint?: string;
  /** Services as JSON (attribute) or an array: `[{"id", "name", "durationMinutes", "treatment"}]`. Default: consultation and microneedling. */
  declare services?: string | Service[];
  /** Days between microneedling sessions (default 28; never below 14). */
  declare spacingDays?: string;
  /** How many days ahead requests may go (default 90). */
  declare horizonDays?: string;
  /** Prefills the date of the last microneedling session (`YYYY-MM-DD`); so does the URL parameter `mn-last-session`, which wins. */
  declare lastSession?: string;
  /** Prefills the service id; so does the URL parameter `mn-service`, which wins. */
  declare service?: string;
  /** Prefills the patient's name (a page that knows them); the URL parameter `mn-name` wins. */
  declare patientName?: string;
  /** Prefills the patient's email; the URL parameter `mn-email` wins. */
  declare patientEmail?: string;
  /** Prefills the patient's phone; the URL parameter `mn-phone` wins. */
  declare patientPhone?: string;
  /** URL of a JSON list of free slots `[{"start", "durationMinutes", "services"}]`; offered instead of preferred dates. */
  declare slotsSrc?: string;
  /** Version of the privacy policy the consent refers to; recorded in the request. */
  declare policyVersion?: string;
  /** Treatment services need a completed safety check (the one sharing the form's clinic, else the nearest before it). `require-check="false"` still requires it, with a notice.
   * @default false
   */
  declare requireCheck: boolean;
  /** Minimum milliseconds from showing the form to sending: a faster send waits (default 3000).
   * @default 3000
   */
  declare minFill: number | string;
  /** `cors` (default): JSON with an `Idempotency-Key` header. `simple`: a CORS simple request with no custom header (`text/plain`), for form services and webhooks that refuse the preflight; the id is in the body either way. */
  declare requestMode?: string;
  /** `session` (default): the draft (contact details and preferences, never health answers) and the id of a request on its way survive a reload in this tab; `none`: nothing is stored (so does a bad value, with a notice). */
  declare persist?: string;
  /** Joins the page's `<form>`: its non-health fields go into the form's data as one JSON value under this name (never the message or the last session), its problems into the form's validity, and the page's submit button replaces Send. */
  declare name: string;
  /** First wait before trying again in milliseconds, doubled each time (default 1000). Property only.
   * @default 1000
   */
  declare retryDelay: number;
  /** Milliseconds per attempt before giving up on it (default 10000). Property only.
   * @default 10_000
   */
  declare timeout: number;
  /** Milliseconds from Send to the failure screen at most, the minimum fill time's wait and the retries included (default 15000). Property only.
   * @default 15_000
   */
  declare budget: number;

  constructor() {
    super();
    // The first request starts as a restored one with nothing restored: idle, nothing shown.
    this.formStateRestoreCallback(undefined!);
    new ContextConsumer(this, { context: outcomeContext, subscribe: true, callback: (v) => (this.outcome = v) });
    // The page's form was submitted with a problem here: show them, as Send does.
    this.addEventListener('invalid', this.#check);
    // The connection is back: a request kept offline may be sent now (render reads `navigator.onLine`); listened to while on the page.
    const online = () => this.requestUpdate();
    this.addController({
      hostConnected: () => addEventListener('online', online),
      hostDisconnected: () => removeEventListener('online', online),
    });
  }

  readonly #internals = this.attachInternals();
  #joined?: unknown;
  readonly #feed = jsonSource(this, this.notices, 'slots', true);

  /** The rules' policy, over the clinic's values (its locale goes into the payload). */
  #policy!: BookingPolicy & { locale: string };
  #offer!: Offer;
  #url?: string;
  #simple?: boolean;
  #fill!: number;
  /**
   * Where the draft is kept in `sessionStorage` (this tab only), or '' when it is not (`persist`):
   * per page, and per form (its id, name or place). What is kept: the fields the page's form gets
   * (never health answers), and `pending`, the id of a request on its way. Nothing is stored for a
   * visit alone, only once the patient typed (`#typed`) or sent.
   */
  #key?: string;
  /**
   * Whether the patient typed (1 after an input; a stored draft read back, or fields the browser
   * restored, count too): the draft is kept, or not. Until the next draft it also holds the state the
   * browser restored, or the page form's reset ('0'), which that draft reads instead of the stored
   * one; a reset counts as nothing typed.
   */
  #typed?: unknown;
  /** A request id came back from before a reload: that request may have arrived. */
  #resumed?: unknown;
  /**
   * Each field's problem, as a code from the rules or the server (or a server's own sentence). It
   * shows once the field was changed or a half-typed date left (`#shown`), or the form submitted
   * (`#shown['*']`, a key no field has): never before the patient acts (STYLE.md 8).
   */
  #issues!: Record<string, string>;
  #shown!: Record<string, 1>;
  /** The server's answer to the last send that failed (a 4xx in the documented format), if any. */
  #refusal?: DeliveryResult['error'];
  /** The problems summary of the last Send, for the status region. */
  #summary?: string;
  /** The dates the draft may ask for, as of this update. */
  #window!: ReturnType<typeof bookingWindow>;
  /** When the form was first shown: `meta.fillMs` counts from here. */
  #started?: number;
  /** The feed's free slots for the service (none: preferred dates); undefined without a feed's list. */
  #free?: Slot[];
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { clinic } = this;
    // Properties of any type through the shared parser: an array of services as its JSON, numbers as text.
    // The default services in the widget's language; a clinic's own keep their names.
    const named = (s: Service) => (DEFAULT_SERVICES.includes(s) ? { ...s, name: this.t.booking.serviceNames[s.id as 'consultation'] } : s);
    // (A parsed list holds new objects, never the default ones.)
    const services =
      this.parseAttr('services', parseServices, undefined, Array.isArray(this.services) ? JSON.stringify(this.services) : this.services) ??
      DEFAULT_SERVICES.map(named);
    const now = new Date();
    const num = (v: string) => (/^\d+$/.test(v) ? +v : undefined);
    // A number below the 14-day minimum means 14 (the rules' window never spaces less);
    // anything else that is not a number, the default (undefined). The parser only says which.
    const given = num(this.spacingDays!);
    this.parseAttr('spacingDays', () => given! >= 14 || undefined, given == null ? 'value' : 'spacing');
    // The clinic's timezone and hours under the policy's names (its other fields go unread).
    this.#policy = {
      ...clinic,
      services,
      outcome: this.outcome,
      requireCheck: this.flag('requireCheck', true),
      spacingDays: given,
      horizonDays: this.parseAttr('horizonDays', (v) => num(v) || undefined),
    };
    // The default consultation it may fall back on, in the widget's language too.
    const offer = (this.#offer = bookingOffer(this.#policy, now));
    offer.services = offer.services.map(named);
    this.#url = this.parseAttr('endpoint', httpUrl, 'url') ?? clinic.endpoint;
    if (!this.#url && !clinic.email && !this.endpoint) this.notices.set('endpoint', 'endpoint');
    this.#simple = this.parseAttr('requestMode', (v) => (/^(cors|simple)$/.test(v) ? v : undefined)) == 'simple';
    this.#fill = this.parseAttr('minFill', num) ?? 3000;
    // The slots feed (none: `{}`, no slots and no notice).
    let slots: Slot[] | undefined;
    this.#feed.read((raw) => ((slots = parseSlots(raw)) || JSON.stringify(raw) == '{}' ? [] : [{ field: 'slots', value: raw }]));
    // A privacy setting: a bad value keeps nothing (STYLE.md 14).
    this.#key =
      this.parseAttr('persist', (v) => (/^(session|none)$/.test(v) ? v : undefined), 'safe', undefined, 'none') == 'none'
        ? ''
        : `mn-booking:${location.pathname}#${this.id || this.name || [...document.querySelectorAll(this.localName)].indexOf(this)}`;
    // Prefill: a bad attribute is the page's mistake (a notice; a property of any type is read as
    // its text, STYLE.md 14); an `mn-*` URL parameter wins, and a bad one is anybody's text: dropped,
    // never shown, with a console warning. The patient's own fields have `patient-` attributes.
    const today = dateIn(now, clinic.timezone);
    // The link is read only when a draft is made (first draw, reset): later draws keep what the patient typed.
    const q = new URLSearchParams(this.d ? '' : location.search);
    const pre: Partial<BookingDraft> = {};
    // The last five properties; the URL parameter is `mn-` and the attribute without `patient-`.
    // (finalize gave each declaration its kebab-case attribute.)
    for (const [prop, { attribute }] of Object.entries<PropertyDeclaration>((this.constructor as typeof MnBookingForm).properties).slice(
      -5,
    )) {
      const k = (attribute as string).replace('patient-', '') as PrefillKey;
      const check = (t: string) => prefillValue(k, t, services, today);
      const url = q.get(`mn-${k}`);
      // A good URL value wins; a bad one gets its console warning (set returns undefined) and the attribute is read.
      const v =
        (url && (check(url) || this.notices.set(`mn-${k}`, 'value', url, true))) || this.parseAttr(prop, check, k[7] ? 'date' : 'value');
      // The draft's field: the patient's own under the key, `service` and `lastSession` under the property.
      if (v) pre[(k[7] ? prop : k) as 'name'] = v;
    }
    if (!this.d) {
      // The fields the browser restored, or the page form's reset (nothing), or else a draft kept
      // before a reload (blocked, none, or persist="none": JSON.parse throws, a fresh start).
      // A restore is what the patient typed (kept again, so a reload after it keeps it); a reset, nothing.
      try {
        this.#typed = JSON.parse((this.#typed ?? (this.#key && sessionStorage[this.#key])) as string);
      } catch {
        // A fresh start: #typed stays undefined (a state to read, always this form's JSON, parses).
      }
      // Never the consent (each request asks again) or the message; the last session and first visit
      // are never written (updated()).
      const { message: _m, consent: _c, pending, ...kept } = (this.#typed || {}) as Stored;
      this.#resumed = this.#id = pending;
      this.d = { ...newDraft(services[0].id, pre.lastSession), ...pre, ...kept };
    }
    // A stale draft, a service the outcome closed, or a changed list: the select shows the first offered, so does the draft.
    // eslint-disable-next-line prefer-const -- the service may change below, the slot not.
    let { service, slot } = this.d;
    // A new outcome that lets treatment be booked: the first treatment offered, as the check's "Book an appointment" said
    // (one that closes it offers none: only consultations, bookingOffer, so the service stays).
    if (this.#was != (this.#was = this.outcome) && this.outcome) service = offer.services.find((s) => s.treatment != false)?.id ?? service;
    if (!offer.services.some((s) => s.id == service)) service = offer.services[0].id;
    // The feed's future slots for the service: when there are any, one of them is asked for instead
    // of preferred dates ('' until chosen; a slot no longer offered is no choice).
    const free = (this.#free = slots?.filter((s) => (!s.services?.[0] || s.services.includes(service)) && new Date(s.start) > now));
    this.d = { ...this.d, service, slot: free?.[0] && (free.some((s) => s.start == slot) ? slot : '') };
    // The rules see the dates typed in part too (the browser reads them as '').
    const incomplete: string[] = [];
    for (const { name, validity } of this.renderRoot.querySelectorAll('input')) if (validity.badInput) incomplete.push(name);
    this.#issues = { ...validateBooking({ ...this.d, incomplete }, this.#policy, now), ...this.#server };
    this.#window = bookingWindow(this.d, this.#policy, now);
    // In a page's form and asked to join it (a `name`): that form's submit button sends.
    this.#joined = this.name && this.#internals.form;
  }

  protected override updated(): void {
    this.#started ??= Date.now();
    // In a page's form with a name: one value (the non-health fields and the consent) and its
    // validity. The state lets the browser restore the fields even with no name.
    const n = Object.keys(this.#issues).length;
    // Never health (the message, the last session; the first visit goes with it).
    const { message: _m, lastSession: _l, firstVisit: _f, ...kept } = this.d;
    const value = JSON.stringify(kept);
    // (A dictionary's boolean: 0, undefined or null is false, the page's form true.)
    this.#internals.setValidity({ customError: (n && this.#joined) as boolean }, this.t.booking.fix(n));
    this.#internals.setFormValue(this.#joined ? value : null, value);
    // This form's draft, kept or forgotten (sent, reset, a visit alone); a form taken off the page
    // (an update may still run) writes nothing. Blocked storage: nothing survives a reload. A request
    // id needs no test of its own: a Send needs the consent, which is always typed (never kept).
    try {
      if (this.#key && this.isConnected)
        if (this.#state != 'sent' && this.#typed) sessionStorage[this.#key] = JSON.stringify({ ...kept, pending: this.#id });
        else delete sessionStorage[this.#key];
    } catch {
      // Storage blocked.
    }
  }

  /** The page's form was reset: a new request, from the prefilled values. @internal */
  formResetCallback(): void {
    // The shadow form's own reset first: an edited field no longer follows its attributes (value,
    // checked, selected), and a half-typed date is cleared; then the new draft's attributes show.
    this.renderRoot.querySelector('form')?.reset();
    this.formStateRestoreCallback('0');
  }

  /** The browser restores the fields (back navigation): a new request with them, never the message, last session or consent. @internal */
  formStateRestoreCallback(state: string): void {
    // What updated() stored (the page form's reset: '0', nothing), for the next draft (#typed).
    this.#typed = state;
    this.#state = 'idle';
    this.#id = this.#summary = undefined;
    this.#shown = {};
    this.#server = {};
    this.d = undefined!;
    this.requestUpdate();
  }

  /** `<fieldset disabled>` around the element, or `disabled` on it (`:disabled`, read in render). @internal */
  formDisabledCallback(): void {
    this.requestUpdate();
  }

  /** `input` and `change` change the draft; a change, or a half-typed date left (`focusout`), shows the field's problem. */
  #onInput(e: Event): void {
    const t = e.target as HTMLInputElement;
    const field = t.name.replace('time', 'date');
    if (e.type != 'focusout') {
      const d = reduceDraft(this.d, t.name, t.value, t.type == 'checkbox' ? t.checked : undefined);
      this.#typed = 1;
      delete this.#server[field];
      // An edit leaves a failure or a prepared email (while sending, the request stands; sent has no form).
      // A change makes a new request, with a new id (the server would take a changed request under the
      // old id for the one it may already have), unless it is the consent, asked again after a reload,
      // or the same value typed again (autofill).
      if (this.#state != 'sending') {
        this.#state = 'idle';
        if (t.name != 'consent' && JSON.stringify(d) != JSON.stringify(this.d)) this.#id = this.#resumed = undefined;
      }
      this.d = d;
    }
    if (e.type == 'change' || t.validity?.badInput) this.#shown[field] = 1;
    this.requestUpdate();
  }

  /** A problem's words, once they may show (`aria-invalid` is whether they do): a code from the rules or the server, or a server's own sentence as written. */
  #text(field: string): string | undefined {
    const code = this.#issues[field];
    const { issues } = this.t.booking;
    const w = this.#window;
    return (
      code &&
      (this.#shown['*'] || this.#shown[field]) &&
      worded(
        lookup(issues, code) ?? (/^[a-z-]+$/.test(code) ? issues.value : code),
        formatDate(code == 'horizon' ? w.max : w.min, this.clinic.locale),
      )
    );
  }

  /** The field's error, read with it (`aria-describedby`), never a live region; always in place, empty until shown. */
  #error(field: string) {
    return html`<p id="e-${field}" class="error">${this.#text(field)}</p>`;
  }

  /** Every problem shows, the first gets focus, and the status region says how many (returned). */
  #check(): number {
    this.#shown['*'] = 1;
    const n = Object.keys(this.#issues).length;
    // With no problem no field is invalid: the focus goes to Send when it says Sending… (from Try
    // again, whose box goes), else nothing moves.
    this.focusTo = '[aria-invalid=true],[aria-disabled=true]';
    this.#summary = n ? this.t.booking.fix(n) : undefined;
    this.requestUpdate();
    return n;
  }

  /**
   * Sends the request (built now, so `meta.fillMs` is measured again on every send) to the
   * endpoint (none: it is prepared as an email), as a CORS simple request with `request-mode="simple"`,
   * after the minimum fill time still to run; the failure screen comes `budget` ms after at most.
   * `mn-booking-submit` comes first; a page that cancels it sends the request its own way, and with
   * `respondWith` the form shows the states of the page's promise. It draws `sending`, then the outcome.
   */
  async #submit(e: Event): Promise<void> {
    e.preventDefault();
    // What a property set just before (a new endpoint, say) applies to this send.
    await this.updateComplete;
    // One request at a time: a Send while one is on its way does nothing more. Joined, the page's form sends.
    if (this.#check() || this.#state == 'sending' || this.#joined) return;
    // The endpoint and mode as of Send: a change during the wait applies to the next request.
    const url = this.#url;
    const simple = this.#simple;
    const elapsed = Date.now() - this.#started!;
    const deadline = Date.now() + (this.budget ?? 15_000);
    const p = (this.#payload = buildPayload(this.d, {
      // The services, and the clinic's locale and timezone (the policy spreads the clinic).
      ...this.#policy,
      // One id over every try of one request, until it succeeds: the server sees one request.
      id: (this.#id ??= uuid()),
      now: new Date(),
      level: this.outcome?.level,
      policyUrl: this.clinic.privacyUrl,
      policyVersion: this.policyVersion,
      url: location.href,
      // The request leaves no earlier than min-fill after the form appeared (held below), and says so.
      fillMs: Math.max(elapsed, this.#fill),
      // A person never fills the hidden field; a server may judge by it (the request is never dropped here).
      trap: this.renderRoot.querySelector<HTMLInputElement>('[name=trap]')!.value,
    }));
    // Events dispatched from a variable: the manifest analyzer would list a `new` inside
    // dispatchEvent as an event named after its argument.
    const submit = new BookingSubmitEvent(p);
    // Cancelled: the page sends it its own way; with respondWith, the form shows the states of the
    // page's promise, bounded like its own sending.
    const own = !this.dispatchEvent(submit);
    if (own ? !submit.response : !url) return void (own || (this.#state = 'mail'));
    this.#state = 'sending';
    this.requestUpdate();
    await new Promise((r) => setTimeout(r, this.#fill - elapsed));
    const { ok, status, error }: DeliveryResult = own
      ? {
          ok: await Promise.race([submit.response, new Promise((_, no) => setTimeout(no, deadline - Date.now()))]).then(
            () => true,
            () => false,
          ),
        }
      : // The element's own timeout and retryDelay fields are deliver's options of the same names.
        await deliver(url!, p, { ...this, deadline, simple });
    let told: Event;
    if (ok) {
      this.#id = undefined;
      this.#state = 'sent';
      this.focusTo = '[role=heading]';
      told = new BookingSuccessEvent(p);
    } else {
      this.#refusal = error;
      // No answer while offline: the request is kept, to send when the connection is back.
      this.#state = status || navigator.onLine ? 'failed' : 'offline';
      told = new BookingErrorEvent({ payload: p, status, error });
      // Field messages of a 4xx answer go on the fields the patient can edit; the rest is said in the alert.
      for (const [path, text] of Object.entries(error?.fields || {})) {
        const f = fieldOfPath(path);
        if (f) {
          this.#server[f] = String(text);
          // #check's selector: after a failure nothing is aria-disabled (Send is not sending).
          this.focusTo = '[aria-invalid=true],[aria-disabled=true]';
        }
      }
    }
    this.dispatchEvent(told);
    this.requestUpdate();
  }

  protected renderBody() {
    const b = this.t.booking;
    const { clinic, d } = this;
    const offer = this.#offer;
    // Kept offline, and the connection is back (the window's `online` event draws again): `online`.
    const state = this.#state == 'offline' && navigator.onLine ? 'online' : this.#state;
    const p = this.#payload;
    const day = (x: string) => formatDate(x, clinic.locale);
    // The request last sent (or being sent): the success summary and the email text.
    const dateTime = (x: string) => formatTime(new Date(x), clinic.locale, clinic.timezone, true);
    const lines = p ? summaryLines(p, b, day, dateTime) : [];
    const free = this.#free;
    // Loading, or no free time to offer: none for the service, or the list could not be loaded (a setup notice says which).
    const feed = this.#feed.loading ? b.slotsLoading : this.#feed.failed ? b.slotsError : free && b.slotsNone;
    // (No email, or none sent yet: falsy; '' has no cut and renders nothing, as undefined.)
    const mail = (clinic.email && p && mailtoLink(clinic.email, b.mailSubject, lines, this.t.common.colon)) as
      ReturnType<typeof mailtoLink> | undefined;
    const mailLink = mail && html`<a href=${mail.href}>${b.mail}</a>`;
    const phone = clinic.phone && html`${this.t.common.callUs} ${tel(clinic.phone)}`;
    const error = this.#refusal;
    const w = this.#window;
    // One status region in every state: a live region inserted already filled is often not read.
    const say = {
      idle: this.#summary,
      sending: b.sending,
      mail: `${b.mailReady} ${mail?.cut ? b.mailCut : ''}`,
    };
    // No whitespace between block boxes (in grid and flex containers it renders as nothing): the
    // tags meet inside a tag's line break, which the minifier removes.
    return html`<p class="sr-only" role="status">${say[state as keyof typeof say]}</p>${
      state == 'sent'
        ? html`<section class="done"
            ><div role="heading" aria-level=${this.hl} tabindex="-1">${b.sent}</div
            ><p>${b.next}</p
            ><dl>${lines.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl
            ><button class="secondary" @click=${() => downloadIcs(requestEvents(p!, clinic), new Date(), 'appointment-request.ics')}>${b.ics}</button></section
          >`
        : html`<form novalidate @submit=${this.#submit} @input=${this.#onInput} @change=${this.#onInput} @focusout=${this.#onInput}
            ><fieldset class="all" ?disabled=${this.matches(':disabled')}
              ><p class="muted">${b.intro}</p
              ><label hidden>Leave empty <input name="trap" tabindex="-1" autocomplete="off" /></label
              >${this.#input('name', 'text', 'name', true)}${this.#input('email', 'email', 'email', true)}${this.#input(
                'phone',
                'tel',
                'tel',
                d.contact != 'email',
              )}<fieldset
                ><legend>${b.contact}</legend
                >${CONTACTS.map((c) => this.#choice('radio', 'contact', c, b.contacts[c], d.contact == c))}</fieldset
              ><div class="f"
                ><label for="service">${b.service} *</label
                ><select
                  id="service"
                  name="service"
                  aria-required="true"
                  aria-invalid=${!!this.#text('service')}
                  aria-describedby="e-service h-service"
                  >${offer.services.map(
                    (s) =>
                      html`<option value=${s.id} ?selected=${s.id == d.service}>${s.name}${
                        s.durationMinutes ? ` (${b.minutes(s.durationMinutes)})` : ''
                      }</option>`,
                  )}</select
                >${this.#error('service')}<p id="h-service" class="muted">${
                  offer.closed ? html`${worded(b.issues[offer.closed], offer.from ? day(offer.from) : '')} ${phone}` : ''
                }</p></div
              ><fieldset
                ><legend>${b.areas}</legend
                >${AREAS.map((a) => this.#choice('checkbox', 'areas', a, b.areaNames[a], d.areas.includes(a)))}</fieldset
              >${this.#choice('checkbox', 'firstVisit', 'true', b.firstVisit, d.firstVisit)}${
                d.firstVisit ? nothing : this.#input('lastSession', 'date', 'off', true)
              }<fieldset
                ><legend>${free?.[0] ? `${b.slots} *` : b.dates}</legend
                >${
                  free?.[0]
                    ? [
                        free.map((s) => this.#choice('radio', 'slot', s.start, dateTime(s.start), d.slot == s.start, true)),
                        this.#error('slot'),
                      ]
                    : [
                        [feed, w.reason && b.earliest(day(w.min))].map((x) => x && html`<p class="muted">${x}</p>`),
                        d.dates.map(
                          (x, i) =>
                            html`<div class="row"
                              >${this.#input(`date${i}`, 'date', 'off', !i, b.date(i + 1), x.date, w)}<div class="f"
                                ><label for="time${i}">${b.timeOfDay}</label
                                ><select id="time${i}" name="time${i}"
                                  >${TIMES.map((t) => html`<option value=${t} ?selected=${x.timeOfDay == t}>${b.times[t]}</option>`)}</select
                                ></div
                              ></div
                            >`,
                        ),
                      ]
                }</fieldset
              ><div class="f"
                ><label for="message">${b.message}</label
                ><textarea id="message" name="message" rows="3" maxlength="2000" .value=${d.message}></textarea></div
              ><div
                >${this.#choice('checkbox', 'consent', 'true', `${b.consent} *`, d.consent, true)}${
                  clinic.privacyUrl && html`<a class="privacy" href=${clinic.privacyUrl} target="_blank" rel="noopener">${b.privacy}</a>`
                }${this.#error('consent')}</div
              >${
                !this.#url && !clinic.email
                  ? html`<p role="alert">${b.unconfigured} ${phone}</p>`
                  : state == 'mail'
                    ? html`<div class="box"><p>${say.mail}</p>${mailLink}</div>`
                    : this.#joined
                      ? nothing
                      : html`${this.#url ? nothing : html`<p><strong>${b.mailNote}</strong></p>`}${
                          this.#resumed && html`<p class="muted">${b.pending}</p>`
                        }<button
                          class=${state == 'sending' ? 'secondary' : ''}
                          aria-disabled=${state == 'sending'}
                        >${state == 'sending' ? b.sending : this.#url ? b.send : b.mail}</button
                      >`
              }${
                // Failed, or kept offline (then Try again once the connection is back): the same box, the phone and the email.
                // (the only states with an f or an 'on': failed, offline, online).
                // No code looks up the key 'undefined', never in the table: the server's own sentence shows.
                /f|on/.test(state)
                  ? html`<div class="box" role="alert"
                      ><p>${lookup(b.server, error?.code as string) ?? error?.error} ${
                        // The server refused a part the patient cannot edit.
                        Object.keys(error?.fields || {}).some((x) => !fieldOfPath(x)) ? b.internal : ''
                      } ${b[state as 'failed']}</p
                      >${state == 'offline' ? '' : html`<button type="button" @click=${this.#submit}>${b.retry}</button>`}<ul>${[phone, mailLink].map((x) => x && html`<li>${x}</li>`)}</ul></div
                    >`
                  : nothing
              }</fieldset
            ></form
          >`
    }`;
  }

  /**
   * An input takes its value as the attribute, which it shows until the patient edits it: a
   * re-render then never overwrites what they typed, even half a date, whose value reads ''.
   */
  #input(
    key: string,
    type: string,
    autocomplete: string,
    required: boolean,
    label = (this.t.booking as unknown as Record<string, string>)[key],
    value = (this.d as unknown as Record<string, string>)[key],
    w?: { min: string; max: string },
  ) {
    return html`<div class="f"
      ><label for=${key}>${label}${required ? ' *' : ''}</label
      ><input
        type=${type}
        id=${key}
        name=${key}
        autocomplete=${autocomplete}
        min=${w?.min ?? nothing}
        max=${w?.max ?? nothing}
        value=${value}
        aria-required=${required}
        aria-invalid=${!!this.#text(key)}
        aria-describedby="e-${key}"
      />${this.#error(key)}</div
    >`;
  }

  #choice(type: string, name: string, value: string, label: string, checked: boolean, required?: boolean) {
    const id = `${name}-${value}`;
    return html`<div class="check"
      ><input
        type=${type}
        id=${id}
        name=${name}
        value=${value}
        ?checked=${checked}
        aria-required=${required || nothing}
        aria-invalid=${required ? !!this.#text(name) : nothing}
        aria-describedby=${required ? `e-${name}` : nothing}
      /><label for=${id}>${label}</label></div
    >`;
  }
}
