import { type PropertyValues, html, nothing } from 'lit';
import { parseScreeningConfig } from '../../domain/screening/config.js';
import {
  type Answers,
  type Field,
  type Finding,
  type Problem,
  type ScreeningResult,
  check,
  evaluateScreening,
  fields,
  preparationPlan,
} from '../../domain/screening/evaluate.js';
import type { Item, ItemId, Kind, Rules, Source, StepId } from '../../domain/screening/items.js';
import type { Level } from '../../domain/outcome.js';
import { dateIn, isIsoDate } from '../../domain/time.js';
import { parseTreatedAt } from '../../domain/aftercare/schedule.js';
import { ScreeningCompleteEvent, ScreeningResetEvent } from '../../events.js';
import { formatDate, formatWindow } from '../../i18n/format.js';
import { jsonSource } from '../shared/json-source.js';
import { MnElement, httpUrl, tel } from '../shared/mn-element.js';
import { checkStyles } from './mn-contraindication-check.styles.js';
import { type FindingText, type Label, type Plural, type Text, screening, screeningGB } from '../../i18n/en/screening.js';
import { addEnglish, addMessages } from '../../i18n/index.js';

addEnglish('screening', screening);
addMessages('en-GB', { screening: screeningGB });

/** A text, with its value (as text) in place of "%". */
const say = (t: Text, value: unknown = '') => t.replace('%', () => value as string);

/**
 * A private safety self-check before microneedling: plain questions (CLINICAL.md section 1) on a
 * few themed screens, a review, then whether the patient can book, should book a consultation
 * first, must wait (and until when, or until what resolves), or should talk about other options,
 * each finding said plainly with its reason and next step (section 5), and a preparation plan.
 * Answers stay in memory: never in the URL, storage, cookies or any request. The clinic's JSON
 * configuration comes from the `config` property, an inline `<script type="application/json">`
 * child, or `config-src`.
 *
 * @tag mn-contraindication-check
 * @summary Private pre-treatment safety self-check with a dated outcome.
 * @slot - An optional `<script type="application/json">` with the clinic's configuration (not shown).
 * @csspart base - The widget's box.
 * @csspart result - The result section.
 * @csspart notice - Setup notice for a bad attribute or configuration (for the designer).
 * @cssproperty --mn-color-accent - Buttons, radios and focus ring.
 * @fires {ScreeningCompleteEvent} mn-screening-complete - The patient reached a result: `{ level, treatment, earliestDate? }` (plus `findings` ids with `share-findings`), never the answers.
 * @fires {ScreeningResetEvent} mn-screening-reset - The patient started again after a result (also on `reset()`).
 */
export class MnContraindicationCheck extends MnElement {
  static override styles = [MnElement.styles, checkStyles];

  // Static declarations, not decorators: smaller in the paste-in script.
  static override properties = {
    layout: {},
    appointmentDate: {},
    shareFindings: {},
    now: { attribute: false },
    config: { attribute: false },
    configSrc: {},
    bookingUrl: {},
  };

  // Internal state in #private fields (their names minify), not reactive properties: every step
  // that changes it asks for a render. `answers`, `pages`, `goTo` and `finish` keep plain names:
  // the screenshot script and the language packs' result tests set answers and step through them.
  // No public field has an initializer (`answers` starts in the first render, `shareFindings` is
  // off while undefined): one would make the build write a constructor for the class's fields.
  declare private answers: Answers;
  /** The screens (set by willUpdate, from the configuration and layout). */
  declare private pages: Item[][];
  /** Past the questions when truthy: the review (the result is `final`). */
  #stage?: unknown;
  /** The result, once reached. */
  #final?: ScreeningResult;
  /**
   * The one place field errors live: shown after Next, or once a field was changed; an answer
   * that becomes valid clears its message at once, but a date being typed never switches to
   * another message until the patient leaves it.
   */
  #errs: Record<string, Problem | undefined> = {};

  /** `grouped` (default: a few themed screens), `one-at-a-time` (a question per screen) or `list` (every question on one page). */
  declare layout?: string;
  /** The appointment date (`YYYY-MM-DD`), to date the preparation plan; without it the patient may enter one. */
  declare appointmentDate?: string;
  /** URL of the clinic's JSON configuration (same origin, or served with CORS). */
  declare configSrc?: string;
  /** The clinic's configuration, an object or JSON text; wins over an inline script and `config-src`. */
  declare config?: unknown;
  /**
   * Adds the finding ids (never answers or free text) to `mn-screening-complete`. `share-findings="false"` shares nothing, with a notice.
   * @default false
   */
  declare shareFindings: boolean;
  /** Where "Book an appointment" and "Book a consultation" go (`https://…`, or `#book` on this page); the booking form there reads the outcome. */
  declare bookingUrl?: string;
  /** The current time, for previews and tests (a Date, or `YYYY-MM-DDTHH:MM` in the clinic's time zone); default the clock. */
  declare now?: Date | string;

  // In the timeline's order where they match (rules, at, booking: the script then writes their uses alike).
  #share?: boolean;
  #mode!: string;
  #rules!: Rules;
  #json = jsonSource(this, this.notices, 'config');
  #at?: Date;
  #appt?: string;
  #booking?: string;
  /** The appointment date the patient entered on the result. */
  #picked?: string;
  /** After Change on the review: the answers before (Back restores them) and the question (focus returns to its Change button). */
  #undo?: { answers: Answers; id: string };
  /** The status region's words: one summary per failed Next (the result is said by its focused heading). */
  #say?: string;
  /** The screen shown (always 0 with `list`). (Declared last: the fields before it read as the timeline's do in the script.) */
  #page = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // `steps`, the earlier name of one-at-a-time, still works.
    this.#mode = this.parseAttr('layout', (v) => (/^(grouped|one-at-a-time|steps|list)$/.test(v) ? v : undefined)) ?? 'grouped';
    this.#appt = this.parseAttr('appointmentDate', (v) => (isIsoDate(v) ? v : undefined), 'date');
    this.#booking = this.parseAttr('bookingUrl', httpUrl, 'url');
    this.#at = this.parseAttr('now', (v) => parseTreatedAt(v, this.clinic.timezone)?.at, 'datetime');
    this.#share = this.flag('shareFindings', false);
    this.#json.read((raw) => {
      const { rules, problems } = parseScreeningConfig(raw);
      this.#rules = rules;
      return problems;
    });
    // The screens: the questions not hidden, by theme (a clinic's own join the last), one each, or all on one.
    const pages: Item[][] = (this.pages = []);
    for (const i of this.#rules.items.filter((i) => !i.hidden)) {
      const last = pages.at(-1);
      if (last && (this.#mode == 'list' || (this.#mode == 'grouped' && (!i.group || i.group == last[0].group)))) last.push(i);
      else pages.push([i]);
    }
    this.#page = Math.max(0, Math.min(this.#page, pages.length - 1));
  }

  get #today(): string {
    return dateIn(this.#at ?? new Date(), this.clinic.timezone);
  }

  /**
   * Checks the screen's fields (its questions', with the follow-ups their answers open), shows their
   * errors, and says how many need a look (focus on the first); true when all are fine.
   */
  #validate(): boolean {
    const bad = this.pages[this.#page]
      .flatMap((i) => fields(i, this.answers))
      .filter((f) => (this.#errs[f.id] = check(f, this.answers[f.id], this.#today)));
    this.requestUpdate();
    // The same words again would not be read: a no-break space makes them new.
    if (bad[0]) {
      const say = this.#plural(this.t.screening.summary, bad.length);
      this.#say = this.#say == say ? say + '\u00a0' : say;
      this.focusTo = `[name="${bad[0].id}"]`;
    }
    return !bad[0];
  }

  /** After an answer changed: `settled` (a choice, or the patient left the field) shows its problem; else only a fixed one clears. */
  #changed(f: Field, value: unknown, settled?: boolean): void {
    this.answers = { ...this.answers, [f.id]: value };
    this.requestUpdate();
    const code = check(f, value, this.#today);
    if (settled || !code) this.#errs[f.id] = code;
  }

  /** To screen `page`, or to the review when `stage` is truthy (`'review'` in the screenshot script). */
  private goTo(page: number, stage?: unknown): void {
    this.#page = page;
    this.#stage = stage;
    this.requestUpdate();
    // The screen's (or the review's) first heading; back from a change, the patient continues at its row, not at the top of a long review.
    this.focusTo = stage && this.#undo ? `#c-${this.#undo.id}` : '[role=heading]';
    this.#errs = {};
    this.#say = this.#undo = undefined;
  }

  #onNext(e: Event): void {
    e.preventDefault();
    if (this.#stage) return this.finish();
    // A half-typed or impossible date reads as '' (with badInput) and fires no input: an invalid answer, not a missing one.
    for (const { name, validity } of this.renderRoot.querySelectorAll('input'))
      if (validity.badInput || this.answers[name] == '?') this.answers = { ...this.answers, [name]: validity.badInput ? '?' : undefined };
    // Next from the last screen, or from a question changed on the review, goes to the review.
    if (this.#validate()) this.goTo(this.#page + 1, this.#undo || !this.pages[this.#page + 1]);
  }

  private finish(): void {
    // In the clinic's time zone, for its country.
    const r = evaluateScreening(this.answers, { ...this.clinic, rules: this.#rules, now: this.#at });
    // The rules changed under the patient (a late configuration): back to the first screen with a problem.
    if (r.level == 'incomplete') return void this.pages.find((_, n) => (this.goTo(n), !this.#validate()));
    this.#final = r;
    // Drawn with the focus on its headline, the first heading (goTo, on the same screen: the review has no errors, summary or undo left).
    this.goTo(this.#page);
    // (Dispatched from a variable: the manifest analyzer would list a `new` inside dispatchEvent as an unnamed event.)
    // The outcome only, named field by field (level, treatment, and earliestDate when there is
    // one): a field the result gains later never reaches the page unasked.
    const { level, treatment, earliestDate } = r;
    const event = new ScreeningCompleteEvent({
      level: level as Level,
      treatment,
      ...(earliestDate && { earliestDate }),
      ...(this.#share && { findings: [...new Set(r.findings.map((f) => f.id))] }),
    });
    this.dispatchEvent(event);
  }

  /** The result once the patient has reached it (cleared by `reset()`). */
  get result(): ScreeningResult | undefined {
    const r = this.#final;
    const appt = this.#appt ?? this.#picked;
    // Its plan dated from the appointment, or from the earliest date while the appointment is before it (never from a rejected date).
    // A missing date on either side compares false.
    return r && { ...r, preparation: preparationPlan(appt! < r.earliestDate! ? r.earliestDate : appt, this.#rules, r.findings) };
  }

  /** Clears every answer and returns to the first question; fires `mn-screening-reset` if a result was shown. */
  reset(): void {
    const event = this.#final && new ScreeningResetEvent();
    this.answers = {};
    this.#final = this.#picked = undefined;
    this.goTo(0);
    this.focusTo = undefined;
    if (event) this.dispatchEvent(event);
  }

  /** The words for a count, by the plural rules of the language the text is in. */
  #plural(p: Plural, n: number): string {
    return say(p[new Intl.PluralRules(this.clinic.locale).select(n)] ?? p.other, n);
  }

  // One render with its parts as local functions (their names minify; a method's do not).
  // Nested templates stay on one line: the build's template minifier does not reach them.
  protected renderBody() {
    // The safety check's texts in the widget's language.
    const s = this.t.screening;
    const { hl } = this;
    const pages = this.pages;
    /** The answers this render shows (handlers read the current ones). */
    const given = (this.answers ??= {});
    const { locale, phone, region } = this.clinic;
    const items = pages[this.#page];
    const title = this.#mode == 'grouped' && s.groups[items[0].group!];
    /** A title: the screen's, the review's or the result's; focus goes to it. */
    const head = (text: unknown, id: string, describedby?: string) =>
      html`<div role="heading" aria-level=${hl} class="title" id=${id} tabindex="-1" aria-describedby=${describedby ?? nothing}>${text}</div>`;
    const ask = (i: Item) => i.text ?? s.ask[i.id as ItemId];
    /** The label of a follow-up (a procedure's date: its kind's). */
    const label = (id: string) => s.labels[id as Label] ?? s.when(s.kinds[id.split('.')[1] as Kind]);
    /** Text of a yes/no answer or of the procedures chosen. */
    const opt = (o: unknown) => ((o as Kind[]).map ? (o as Kind[]).map((k) => s.kinds[k]).join(', ') : o ? s.yes : s.no);
    /** A date as this screen writes it, kept on one line ("Book an appointment from Jan 12, 2027" never breaks inside it). */
    const day = (d: string) => formatDate(d, locale);

    // The result, once reached: its parts' values here, its template in render's branch (no function of its own).
    const r = this.result;
    const date = r?.earliestDate && day(r.earliestDate);
    // What may be booked follows the most restrictive finding (CLINICAL.md section 1).
    const open = r?.treatment != 'no';
    // An appointment before the earliest date is flagged; steps whose start has passed start today.
    // The date entered, in this screen's format: in the plan's heading, or in the message when it is too early.
    const appt = this.#appt ?? this.#picked;
    /** The appointment date the patient enters. */
    const pick = (e: Event) => {
      const date = (e.target as HTMLInputElement).value;
      this.#picked = isIsoDate(date) ? date : undefined;
      this.requestUpdate();
    };
    // The result's template, below, in order (written in place: about 40 B gzip less than a const for each part): the headline;
    // the findings; what may be booked; the phone; the preparation plan where treatment may be
    // booked; the notes (the US one only for a US clinic, or one whose country is unknown,
    // CLINICAL.md section 4); Start again.

    // Next comes before Back, so it keeps its place from the first question on (no mis-taps); on the
    // review, "See my result" comes before the answers, so the keyboard reaches it at once.
    const back = () => {
      // After Change, Back cancels: the review shows only answers that passed Next's checks.
      const undo = this.#undo;
      if (undo) this.answers = undo.answers;
      this.goTo(this.#stage ? pages.length - 1 : this.#page - 1, undo);
    };
    const nav = html`<div class="nav"><button>${this.#stage ? s.see : this.#undo ? s.update : s.next}</button>${this.#stage || this.#page || this.#undo ? html`<button type="button" class="secondary" @click=${back}>${this.#undo ? s.cancel : s.back}</button>` : nothing}</div>`;
    return html`<p class="muted privacy">${s.privacy}</p>${
      this.#json.loading
        ? html`<p role="status">${this.t.common.loading}</p>`
        : r
          ? html`<section class="result ${r.level}" part="result">${head(
              r.treatment == 'from'
                ? s.from(date!)
                : s.headline[r.level == 'defer' && r.findings.some((f) => f.level == 'consult') ? 'consult' : (r.level as Level)],
              'result',
            )}${
              r.findings[0] &&
              html`<ul>${r.findings.map(
                // A finding in words (CLINICAL.md section 5): what we understood, one reason from the reference, the next step.
                (f: Finding) => {
                  const item = this.#rules.items.find((i) => i.id == f.id)!;
                  const all: Record<string, FindingText | undefined> = s.findings;
                  // A branch's own words (`isotretinoin.taking`, a kind of procedure) over its item's; a clinic's own item has none.
                  const m = { ...all[f.id], ...all[`${f.id}.${f.code}`] };
                  const w = item.windows?.[f.code!] ?? item.window;
                  const wait = w && formatWindow(w, locale);
                  const level = f.level as Exclude<Level, 'clear'>;
                  const who = s.who[item.sources[0] as Source];
                  // What we understood (the date given, or the age); why (the clinic's, the finding's, or who says so); the next step.
                  return html`<li><strong>${say(m.said || s.own.said!, m.said ? (f.since ? day(f.since) : given[f.id]) : ask(item))}</strong> ${say(item.why ?? m.why ?? (who ? `${who} ${s.as[level]}.` : s.own.why!), wait)} ${say(f.until ? s.earliest(day(f.until)) : (m.then?.[level] ?? s.then[level]), wait)}</li>`;
                },
              )}</ul>`
            }${
              this.#booking &&
              html`<div class="nav">${open ? html`<a class="button" href=${this.#booking}>${date ? s.bookFrom(date) : s.book}</a>` : nothing}${r.treatment == 'yes' ? nothing : html`<a class="button ${open ? 'secondary' : ''}" href=${this.#booking}>${s.consult}</a>`}</div>`
            }${phone && html`<p>${open ? s.questions : this.t.common.callUs} ${tel(phone)}</p>`}${
              open
                ? html`<div role="heading" aria-level=${hl + 1}>${s.prepTitle(appt && !(appt < r.earliestDate!) ? day(appt) : '')}</div>${
                    this.#appt
                      ? nothing
                      : html`<label class="field">${s.appointment}<input type="date" name="appointment" min=${r.earliestDate ?? this.#today} @input=${pick} /></label>`
                  }${appt! < r.earliestDate! ? html`<p class="error" role="alert">${s.tooEarly(date!, day(appt!))}</p>` : nothing}<ul>${r.preparation.map((p) => html`<li>${p.days == null ? nothing : html`<strong>${p.from ? (p.from < this.#today ? s.prepToday : s.prepFrom(day(p.from))) : this.#plural(s.prepDays, p.days)}</strong> `}${s.prep[p.id as StepId]}</li>`)}</ul>`
                : nothing
            }<ul class="muted">${((region ?? 'US') == 'US' ? [...s.notes, s.us] : s.notes).map((n) => html`<li>${n}</li>`)}</ul><div class="nav"><button type="button" class="secondary" @click=${
              // Back at the first question, which takes the focus.
              () => (this.reset(), this.goTo(0))
            }>${s.again}</button></div></section>`
          : html`<form novalidate @submit=${this.#onNext}>${
              this.#stage
                ? // One row per question (a GOV.UK summary list): Change beside its answers; its hidden question tells the buttons apart when heard.
                  html`${head(s.review, 'review')}${nav}<dl>${pages.flat().map(
                    (i) =>
                      html`<div class="row"><dt>${ask(i)}</dt>${fields(i, given).map(
                        // The answers to a question: a follow-up's with its label.
                        ({ id, type }, k) =>
                          html`<dd>${k ? html`<span class="muted">${label(id).replace(/^¿|\?.*/g, '')}${this.t.common.colon}</span> ` : nothing}${type == 'date' ? day(given[id] as string) : type == 'number' ? given[id] : opt(given[id])}</dd>`,
                      )}<dd class="change"><button type="button" class="secondary" id="c-${i.id}" @click=${() => {
                        // Change: to the question's screen, which Back leaves with the answers as they were.
                        this.goTo(pages.findIndex((p) => p.includes(i)));
                        this.#undo = { answers: this.answers, id: i.id };
                        this.focusTo = `#h-${i.id}`;
                      }}>${s.change}<span class="sr-only">${this.t.common.colon} ${ask(i)}</span></button></dd></div>`,
                  )}</dl>`
                : [
                    title ? head(title, 'screen', 'progress') : nothing,
                    this.#mode == 'list' ? nothing : html`<p class="muted" id="progress">${s.progress(this.#page + 1, pages.length)}</p>`,
                    // In one-at-a-time the question is the screen's heading, and says which step it is.
                    items.map(
                      (i) =>
                        html`<fieldset aria-describedby=${this.#errs[i.id] ? `e-${i.id}` : nothing}><legend><span role="heading" aria-level=${title ? hl + 1 : hl} id="h-${i.id}" tabindex="-1" aria-describedby=${this.#mode == 'list' || items[1] ? nothing : 'progress'}>${ask(i)}</span></legend>${fields(
                          i,
                          given,
                        ).map(
                          // Yes/no radios or procedure checkboxes (in their own fieldset when a follow-up), or a labelled date or number input.
                          (f: Field) => {
                            const { id, type, options } = f;
                            const v = given[id];
                            const code = this.#errs[id];
                            const eid = code ? `e-${id}` : nothing;
                            const error = code ? html`<p class="error" id=${eid}>${s.errors[code]}</p>` : nothing;
                            if (type == 'date' || type == 'number') {
                              const input = (e: Event, settled?: boolean) => {
                                const el = e.target as HTMLInputElement;
                                this.#changed(
                                  f,
                                  el.validity.badInput ? '?' : el.value == '' ? undefined : type == 'number' ? el.valueAsNumber : el.value,
                                  settled,
                                );
                              };
                              return html`<div class=${id.includes('.') ? 'follow' : ''}><label class="field">${label(id)}<input type=${type} name=${id} required max=${type == 'date' ? this.#today : nothing} aria-invalid=${!!code} aria-describedby=${eid} .value=${v == '?' ? '' : (v ?? '')} @input=${input} @blur=${(e: Event) => v != null && input(e, true)} /></label>${error}</div>`;
                            }
                            const many = type == 'choices';
                            const chosen = (v ?? []) as string[];
                            // Chrome would call an unanswered required radio invalid from the start: only a message makes it so.
                            const boxes = html`<div class="options">${(options ?? [true, false]).map((o) => html`<label><input type=${many ? 'checkbox' : 'radio'} name=${id} value=${o} required aria-invalid=${!!code} .checked=${many ? chosen.includes(o as string) : v === o} @change=${() => this.#changed(f, many ? (chosen.includes(o as string) ? chosen.filter((k) => k != o) : [...chosen, o]) : o, true)} />${opt(many ? [o] : o)}</label>`)}</div>${error}`;
                            return id.includes('.')
                              ? html`<fieldset class="follow" aria-describedby=${eid}><legend>${label(id)}</legend>${boxes}</fieldset>`
                              : boxes;
                          },
                        )}</fieldset>`,
                    ),
                  ]
            }${nav}</form>`
    }<p class="sr-only" role="status">${this.#say}</p>`;
  }
}
