import { type PropertyValues, html, nothing } from 'lit';
import { DEFAULT_PROTOCOL, type Protocol, parseProtocol } from '../../domain/aftercare/protocol.js';
import { type Aftercare, buildAftercare, parseTreatedAt } from '../../domain/aftercare/schedule.js';
import type { CalendarEvent } from '../../domain/calendar/ics.js';
import { parsePhone } from '../../domain/contact.js';
import { openAt } from '../../domain/hours.js';
import { DAY, addDays, dateIn, zonedInstant } from '../../domain/time.js';
import { formatDate, formatDays, formatTime } from '../../i18n/format.js';
import { downloadIcs } from '../shared/download.js';
import { jsonSource } from '../shared/json-source.js';
import { MnElement, httpUrl, tel } from '../shared/mn-element.js';
import { styles } from './mn-aftercare-timeline.styles.js';
import { aftercare, aftercareGB } from '../../i18n/en/aftercare.js';
import { addEnglish, addMessages, lookup } from '../../i18n/index.js';

addEnglish('aftercare', aftercare);
addMessages('en-GB', { aftercare: aftercareGB });

const MINUTE = 60_000;

/**
 * Shows the patient where they are in their recovery after microneedling, phase by phase from the
 * end of treatment (CLINICAL.md sections 2 and 3): what to do, avoid and expect, countdowns to the
 * milestones, the red flags with the clinic's phone (and, while the clinic is closed by its
 * `hours`, its after-hours phone or urgent care), emergencies apart with the emergency number, and
 * the window for the next session. Advances by itself at the next boundary (a phase the patient
 * opened stays open) and exports the milestones to a calendar. The clinic's own
 * protocol comes from the `protocol` property, `protocol-src`, or a
 * `<script type="application/json">` child, in that order.
 *
 * @tag mn-aftercare-timeline
 * @summary The patient's aftercare timeline from their treatment time.
 * @csspart base - The widget's box.
 * @csspart notice - Setup notice for a bad attribute or protocol (for the designer).
 * @csspart timeline - The ordered list of phases.
 * @csspart phase - One phase of the timeline.
 * @csspart flags - The red flags with the clinic's phone: once, above the timeline.
 * @csspart emergency - What to do in an emergency, with the emergency number: apart from the red flags.
 * @cssproperty --mn-color-accent - Marker of the current phase, buttons and links.
 */
export class MnAftercareTimeline extends MnElement {
  static override styles = [MnElement.styles, styles];

  // Static declarations, not decorators: smaller in the paste-in script (Lit adds MnElement's).
  static override properties = {
    treatedAt: {},
    now: {},
    protocol: { attribute: false },
    protocolSrc: {},
    bookingUrl: {},
  };

  // Internal state changes only in `willUpdate` or in a handler that asks to render again, so it
  // needs no reactive property.
  /** The time the patient entered, or from the `mn-treated-at` URL parameter. */
  #entered?: string | null;
  /** Why the entered treatment date cannot be used (`needDate`, `future`). */
  #problem?: 'needDate' | 'future';
  /** Phases the patient opened or closed, by id. */
  #open: Record<string, boolean> = {};
  /** The phase the live region announces (the patient's page advanced into it). */
  #status?: string;

  /**
   * End of treatment: `YYYY-MM-DDTHH:MM` (the clinic's time zone), with an offset, or a date alone
   * (then the clinic's closing time that day, or 18:00, but never later than the moment the patient
   * looks). Without it the patient enters theirs.
   */
  declare treatedAt?: string;
  /** A fixed "now" for previews (a Date, or `YYYY-MM-DDTHH:MM` in the clinic's time zone); the timeline then does not advance. */
  declare now?: Date | string;
  /** The clinic's protocol, as an object or JSON text (see the README). */
  declare protocol?: unknown;
  /** URL of the clinic's protocol JSON (http or https; same origin, or served with CORS). */
  declare protocolSrc?: string;
  /** The booking page; its link gets `mn-last-session=YYYY-MM-DD` for the booking form. */
  declare bookingUrl?: string;

  #plan?: Aftercare;
  #rules!: Protocol;
  #json = jsonSource(this, this.notices, 'protocol', true);
  #at!: Date;
  /** The plan from `treated-at`: the patient enters no date then. */
  #fixed?: Aftercare;
  #booking?: string;
  #timer?: ReturnType<typeof setTimeout>;
  #advancing?: boolean;
  /** When the patient asked about this treatment (a date alone ended by then), and what they gave. */
  #asked?: Date;
  #question?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#entered ??= new URLSearchParams(location.search).get('mn-treated-at');
    document.addEventListener('visibilitychange', this.#advance);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#advance);
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#json.read((raw) => {
      const rules = parseProtocol(raw);
      this.#rules = 'field' in rules ? DEFAULT_PROTOCOL : rules;
      return 'field' in rules ? [rules] : [];
    });

    const { timezone, hours } = this.clinic;
    this.#at = this.parseAttr('now', (v) => parseTreatedAt(v, this.clinic.timezone)?.at, 'datetime') ?? new Date();
    // Kept across renders: a live timeline would otherwise move a date alone's end on with the clock.
    const question = [this.treatedAt, this.#entered, this.now] + '';
    if (question != this.#question) this.#asked = this.#at;
    this.#question = question;
    const build = (v: string) => buildAftercare(v, { ...this.clinic, protocol: this.#rules, now: this.#at, asked: this.#asked });
    const before = this.#plan?.current;
    const p = (this.#plan =
      (this.#fixed = this.parseAttr('treatedAt', build, 'datetime')) ?? this.parseAttr('mnTreatedAt', build, 'datetime', this.#entered));
    // The entered time may come from a link: a bad one is a console warning, never words on the page.
    this.notices.set('mn-treated-at');
    // The red flags show with the clinic's number (CLINICAL.md section 2): a timeline without one tells the designer.
    this.notices.set('phone', p && !this.clinic.phone && 'no-phone');
    this.#booking = this.parseAttr('bookingUrl', httpUrl, 'url');
    if (this.#advancing && before && before != p?.current) {
      this.#status = p?.current;
      // The phase the patient was reading stays open when the next one starts.
      this.#open[before] ??= true;
    }
    this.#advancing = false;
    // The timer to the next change (one at a time): only for a live timeline on a shown page.
    clearTimeout(this.#timer);
    if (!p || this.now || document.hidden) return;
    // Countdowns count calendar days: their words change at midnight. (An instant not given is NaN, never a wait.)
    // The phases follow one another from the end of treatment.
    // The next midnight is always among them, so the wait is at most a day (setTimeout's limit is 24 days).
    this.#timer = setTimeout(
      this.#advance,
      Math.min(
        ...[
          zonedInstant(addDays(dateIn(this.#at, timezone), 1), 0, timezone),
          hours && openAt(hours, this.#at, timezone)?.next,
          p.treatedAt,
          ...p.phases.map((x) => x.end),
          ...p.milestones.flatMap((m) => [m.at, m.until]),
        ]
          .map((d) => +d! - +this.#at)
          .filter((ms) => ms > 0),
      ),
    );
  }

  /** At a boundary, and when the page is hidden or shown: a hidden page keeps no timer (`willUpdate`), a shown one catches up. */
  #advance = () => {
    clearTimeout(this.#timer);
    this.#advancing = true;
    this.requestUpdate();
  };

  protected renderBody() {
    const t = this.t.aftercare;
    const [enteredDate, enteredTime] = (this.#entered ?? '').split('T');
    // Today (in the clinic's zone): the latest treatment date the patient may enter.
    const today = dateIn(this.#at, this.clinic.timezone);
    const label = (id: string) =>
      id == 'before' || id == 'after' ? t[id] : (this.#rules.phases.find((p) => p.id == id)?.title ?? lookup(t.phases, id)?.title ?? id);
    // Nested templates are built apart from the markup that holds them: the build's template
    // minifier only reaches a template without backticks inside.
    const renderPlan = (p: Aftercare) => {
      const { locale, timezone, phone, afterHoursPhone, hours, name, emergencyNumber, region } = this.clinic;
      const now = this.#at;
      // Whether the clinic is open now, and when that may change (with `hours` only).
      const open = hours && openAt(hours, now, timezone);
      const hl = this.hl + 1;
      const day = (d: Date) => dateIn(d, timezone);
      // The date (not when `timeOnly`), with the year only for a date outside the current one.
      const dt = (d: Date, timeOnly?: boolean) => formatTime(d, locale, timezone, !timeOnly, day(d).slice(0, 4) != today.slice(0, 4));
      const date = (d: string) => formatDate(d, locale, 'day', d.slice(0, 4) != today.slice(0, 4));
      const current = p.phases.find((x) => x.id == p.current);
      // The next session's window: its first and last day, counted in days from the day of treatment.
      const [first, last] = this.#rules.nextSession.map((n) => addDays(day(p.treatedAt), n));
      // 911 for US clinics, else the clinic's own number or "your local emergency number" (CLINICAL.md section 2).
      const sos = emergencyNumber ?? (region == 'US' && parsePhone('911', 2));
      const number = sos ? tel(sos) : t.emergency.local;
      const say = (text: string, what: unknown) => text.split('%').flatMap((x, i) => (i ? [what, x] : x));
      // The milestones still to come at `at` as calendar events (one over is left out: a reminder
      // once its quarter hour has passed, a window from its last day on).
      const events = (at: Date) =>
        p.milestones
          .filter((m) => (m.until ? day(m.until) > day(at) : +m.at + 15 * MINUTE >= +at))
          .map((m): CalendarEvent => ({
            uid: `${m.id}-${+m.at}@mn-widgets`,
            summary: `${name ? `${name}${this.t.common.colon} ` : ''}${t.milestones[m.id]}`,
            // All free: a reminder, or a two-week window, should not show the patient as busy.
            free: true,
            ...(m.until
              ? { date: day(m.at), lastDate: addDays(day(m.until), -1), status: 'TENTATIVE' }
              : { start: m.at, end: new Date(+m.at + 15 * MINUTE) }),
          }));
      const download = () => {
        // A live timeline's `at` is its last render's, which can be hours old: count from the click.
        const at = this.now ? now : new Date();
        downloadIcs(events(at), at, 'aftercare.ics');
      };
      // Once the last milestone is over there is nothing to add (events(now) is empty): no calendar
      // control rather than an empty file.
      const book = this.#booking && new URL(this.#booking);
      if (book) book.searchParams.set('mn-last-session', day(p.treatedAt));
      // The red flags are the protocol's, the same in every phase: one box above the timeline, where
      // it stays whichever phases are open (and prints once). Emergencies stand apart.
      return html`<p class="sum" tabindex="-1">${t.treated(dt(p.treatedAt))} ${p.assumed ? t[p.assumed](dt(p.treatedAt, true)) : nothing} <strong>${current ? `${t.here}${this.t.common.colon} ${label(p.current)}.` : label(p.current)}</strong></p><ul class="countdowns">${p.milestones
        .filter((m) => m.at > now && !m.until)
        .map(
          (m) =>
            html`<li>${t.countdown(t.milestones[m.id], formatDays((Date.parse(day(m.at)) - Date.parse(today)) / DAY, locale), dt(m.at, day(m.at) == today))}</li>`,
        )}</ul><div class="flags" part="flags"><div role="heading" aria-level=${hl}>${t.sections.call}</div><p>${t.flags}</p><ul>${(this.#rules.redFlags ?? t.redFlags).map((s) => html`<li>${s}</li>`)}</ul>${phone && html`<p>${name ? t.call(name) : this.t.common.callUs} ${tel(phone)}</p>`}${
        open?.open != false
          ? nothing
          : html`<p><strong>${t.closed(dt(open.next))}</strong> ${afterHoursPhone ? say(t.afterHours, tel(afterHoursPhone)) : say(t.urgent, number)}</p>`
      }</div><div class="sos" part="emergency"><div role="heading" aria-level=${hl}>${t.emergency.title}</div> <p>${say(t.emergency.text, number)}</p></div><ol part="timeline">${p.phases.map(
        (x, i) => {
          const on = x == current;
          const open = this.#open[x.id] ?? on;
          return html`<li part="phase" class=${on ? 'now' : x.end <= now ? 'past' : ''} aria-current=${on ? 'step' : nothing}><div role="heading" aria-level=${hl}><button aria-expanded=${open} aria-controls="p${i}" @click=${() => {
            this.#open[x.id] = !open;
            this.requestUpdate();
          }}>${label(x.id)} <span class="when">${dt(x.start)} – ${dt(x.end)}</span></button></div>${on ? html`<strong class="marker">${t.here}</strong>` : nothing}<div class="panel" id="p${i}" ?hidden=${!open}>${(
            ['do', 'avoid', 'normal'] as const
          ).map((k) => {
            // "{exercise-ok}": that milestone's date and time.
            const items =
              x[k] ??
              lookup(t.phases, x.id)?.[k].map((s) => s.replace(/\{(.+?)\}/, (_, id) => dt(p.milestones.find((m) => m.id == id)!.at))) ??
              [];
            return items.length
              ? html`<div role="heading" aria-level=${hl + 1}>${t.sections[k]}</div><ul>${items.map((s) => html`<li>${s}</li>`)}</ul>`
              : nothing;
          })}</div></li>`;
        },
      )}</ol><div role="heading" aria-level=${hl}>${t.milestones['next-session']}</div><p>${(last < today ? t.nextSessionPast : t.nextSession)(date(first), date(last))}</p>${
        book || events(now)[0]
          ? html`<p class="actions">${book && html`<a class="button" href=${book.href}>${t.book}</a>`} ${events(now)[0] && html`<button class="secondary" @click=${download}>${t.calendar}</button>`}</p>`
          : nothing
      }`;
    };
    const submit = (e: SubmitEvent) => {
      e.preventDefault();
      const { date, time } = Object.fromEntries(new FormData(e.target as HTMLFormElement)) as Record<string, string>;
      this.#problem = !date ? 'needDate' : date > today ? 'future' : undefined;
      if (!this.#problem) this.#entered = date + (time ? 'T' + time : '');
      this.requestUpdate();
      this.focusTo = this.#problem ? '[name=date]' : '.sum';
    };
    return html`<div role="heading" aria-level=${this.hl} class="title">${t.title}</div>${
      this.#fixed
        ? nothing
        : html`${this.#plan ? nothing : html`<p>${t.enter}</p>`}<form novalidate @submit=${submit}><label>${t.date} <input type="date" name="date" required max=${today} aria-invalid=${!!this.#problem} aria-describedby="err" .value=${enteredDate} /></label><label>${t.time} <input type="time" name="time" .value=${enteredTime?.slice(0, 5) ?? ''} /></label><button>${t.show}</button><p class="error" id="err" role="alert">${this.#problem && t[this.#problem]}</p></form>`
    }${this.#plan ? renderPlan(this.#plan) : nothing}<p role="status" aria-live="polite" class="sr-only">${this.#status && `${t.here}${this.t.common.colon} ${label(this.#status)}.`}</p>`;
  }
}
