import { type PropertyValues, html, nothing } from 'lit';
import { parseScreeningConfig } from '../../domain/screening/config.js';
import {
  type Answers,
  type Field,
  type ScreeningResult,
  check,
  evaluateScreening,
  fields,
  preparationPlan,
} from '../../domain/screening/evaluate.js';
import type { Item, Rules } from '../../domain/screening/items.js';
import { dateIn, isIsoDate } from '../../domain/time.js';
import { parseTreatedAt } from '../../domain/aftercare/schedule.js';
import { ScreeningCompleteEvent, ScreeningResetEvent } from '../../events.js';
import { formatDate } from '../../i18n/format.js';
import { jsonSource } from '../shared/json-source.js';
import { MnElement, httpUrl } from '../shared/mn-element.js';
import { checkStyles } from './mn-contraindication-check.styles.js';
import { screening } from '../../i18n/en/screening.js';
import { addEnglish } from '../../i18n/index.js';

addEnglish('screening', screening);

/**
 * A private safety self-check before microneedling: plain questions (CLINICAL.md section 1), then
 * whether the patient can go ahead, should talk to the clinic, must wait (and until when), or
 * should not have the treatment, with a preparation plan. Answers stay in memory: never in the
 * URL, storage, cookies or any request. The clinic's JSON configuration comes from the `config`
 * property, an inline `<script type="application/json">` child, or `config-src`.
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
  static override styles = [...MnElement.styles, checkStyles];

  // Static declarations, not decorators: smaller in the paste-in script.
  static override properties = {
    ...MnElement.properties,
    // Internal state as `attribute: false`, literally: the manifest analyzer reads neither `state: true` nor a shared object.
    answers: { attribute: false },
    page: { attribute: false },
    stage: { attribute: false },
    shown: { attribute: false },
    final: { attribute: false },
    layout: {},
    appointmentDate: { attribute: 'appointment-date' },
    configSrc: { attribute: 'config-src' },
    config: { attribute: false },
    shareFindings: { attribute: 'share-findings' },
    bookingUrl: { attribute: 'booking-url' },
    now: { attribute: false },
  };

  private answers: Answers = {};
  /** The question shown (`steps` layout); always 0 with `list`. */
  private page = 0;
  /** Past the questions: the review (the result is `final`). */
  private stage?: 'review';
  /** Fields whose problems are shown: after Next, or once the patient changed them. */
  private shown = new Set<string>();
  private final?: ScreeningResult;

  /** `steps` (default: one question at a time, for phones) or `list` (all questions on one page). */
  declare layout?: string;
  /** The appointment date (`YYYY-MM-DD`), to date the preparation plan; without it the patient may enter one. */
  declare appointmentDate?: string;
  /** URL of the clinic's JSON configuration (same origin, or served with CORS). */
  declare configSrc?: string;
  /** The clinic's configuration, an object or JSON text; wins over an inline script and `config-src`. */
  declare config?: unknown;
  /** Adds the finding ids (never answers or free text) to `mn-screening-complete`. `share-findings="false"` shares nothing, with a notice. */
  shareFindings = false;
  /** The booking page or form (`https://…`, or `#book` on this page): linked from a result that allows booking (clear, advice, consult). */
  declare bookingUrl?: string;
  /** The current time, for previews and tests (a Date, or `YYYY-MM-DDTHH:MM` in the clinic's time zone); default the clock. */
  declare now?: Date | string;

  declare private rules: Rules;
  declare private list: boolean;
  private at?: Date;
  private share?: boolean;
  private appt?: string;
  private booking?: string;
  /** The appointment date the patient entered on the result. */
  private picked?: string;
  private focusSel?: string;
  /** After Change on the review: the answers before (Back restores them) and the question (focus returns to its Change button). */
  private undo?: { answers: Answers; id: string };
  private json = jsonSource(this, this.notices, 'config');

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.list = this.parseAttr('layout', this.layout, (v) => (/^(steps|list)$/.test(v) ? v : undefined)) == 'list';
    this.appt = this.parseAttr('appointment-date', this.appointmentDate, (v) => (isIsoDate(v) ? v : undefined), 'date');
    this.booking = this.parseAttr('booking-url', this.bookingUrl, httpUrl, 'url');
    this.at = this.parseAttr('now', this.now, (v) => parseTreatedAt(v, this.clinic.timezone)?.at, 'datetime');
    this.share = this.flag('share-findings', this.shareFindings, false);
    this.json.read(this.config, this.configSrc, (raw) => {
      const { rules, problems } = parseScreeningConfig(raw);
      this.rules = rules;
      return problems;
    });
    this.page = Math.max(0, Math.min(this.page, this.items.length - 1));
  }

  protected override updated(): void {
    if (this.focusSel) this.renderRoot.querySelector<HTMLElement>(this.focusSel)?.focus();
    this.focusSel = undefined;
  }

  private get items(): Item[] {
    return this.rules.items.filter((i) => !i.hidden);
  }

  private get today(): string {
    return dateIn(this.at ?? new Date(), this.clinic.timezone);
  }

  private pageItems(): Item[] {
    return this.list ? this.items : this.items.slice(this.page, this.page + 1);
  }

  /** The problem to show for a field, once it was submitted or changed. */
  private err(f: Field) {
    return this.shown.has(f.id) ? check(f, this.answers[f.id], this.today) : undefined;
  }

  private set(id: string, value: unknown): void {
    this.answers = { ...this.answers, [id]: value };
  }

  private show(ids: string[]): void {
    this.shown = new Set([...this.shown, ...ids]);
  }

  private goTo(page: number, stage?: 'review'): void {
    this.page = page;
    this.stage = stage;
    // Back from a change, the patient continues at its row, not at the top of a long review.
    this.focusSel = stage ? (this.undo ? `#c-${this.undo.id}` : '#review') : `#h-${this.pageItems()[0]?.id}`;
    this.shown = new Set();
    this.undo = undefined;
  }

  private onNext(e: Event): void {
    e.preventDefault();
    if (this.stage) return this.finish();
    // A half-typed or impossible date reads as '' (with badInput) and fires no input: an invalid answer, not a missing one.
    for (const { name, validity } of this.renderRoot.querySelectorAll('input'))
      if (validity.badInput || this.answers[name] == '?') this.set(name, validity.badInput ? '?' : undefined);
    const page = this.pageItems().flatMap((i) => fields(i, this.answers));
    const bad = page.find((f) => check(f, this.answers[f.id], this.today));
    this.show(page.map((f) => f.id));
    if (bad) this.focusSel = `[name="${bad.id}"]`;
    else if (this.list || this.undo || this.page >= this.items.length - 1) this.goTo(this.page, 'review');
    else this.goTo(this.page + 1);
  }

  private onBack(): void {
    // After Change, Back cancels: the review shows only answers that passed Next's checks.
    if (this.undo) {
      this.answers = this.undo.answers;
      return this.goTo(this.page, 'review');
    }
    this.goTo(this.list ? 0 : this.stage ? this.items.length - 1 : this.page - 1);
  }

  private change(item: Item): void {
    const { answers } = this;
    this.goTo(this.list ? 0 : this.items.indexOf(item));
    this.undo = { answers, id: item.id };
    this.focusSel = `#h-${item.id}`;
  }

  private finish(): void {
    const r = evaluateScreening(this.answers, {
      rules: this.rules,
      now: this.at,
      timezone: this.clinic.timezone,
      appointmentDate: this.appt,
    });
    if (r.level == 'incomplete') {
      // The rules changed under the patient (a late configuration): back to the first open question.
      const first = this.items.findIndex((i) => fields(i, this.answers).some((f) => check(f, this.answers[f.id], this.today)));
      this.goTo(this.list ? 0 : first);
      return this.show([...r.missing, ...r.invalid.map((p) => p.id)]);
    }
    this.final = r;
    this.plan();
    this.focusSel = '#result';
    const event = new ScreeningCompleteEvent({ level: r.level, treatment: r.treatment });
    if (r.earliestDate) event.detail.earliestDate = r.earliestDate;
    if (this.share) event.detail.findings = r.findings.map((f) => f.id);
    this.dispatchEvent(event);
  }

  private again(): void {
    this.reset();
    this.focusSel = `#h-${this.items[0]?.id}`;
  }

  /** The result once the patient has reached it (cleared by `reset()`). */
  get result(): ScreeningResult | undefined {
    return this.final;
  }

  /** Clears every answer and returns to the first question; fires `mn-screening-reset` if a result was shown. */
  reset(): void {
    const event = this.final && new ScreeningResetEvent();
    this.answers = {};
    this.final = this.picked = undefined;
    this.goTo(0);
    this.focusSel = undefined;
    if (event) this.dispatchEvent(event);
  }

  // Nested templates stay on one line: the build's template minifier does not reach them.
  // Next comes before Back, so it keeps its place from the first question on (no mis-taps).
  protected renderBody() {
    const s = this.t.screening;
    const { stage, page, final, undo } = this;
    const back =
      stage || page || undo ? html`<button type="button" class="secondary" @click=${this.onBack}>${undo ? s.cancel : s.back}</button>` : '';
    const progress = this.list ? '' : html`<p class="muted" id="progress">${s.progress(page + 1, this.items.length)}</p>`;
    const body = this.json.loading
      ? html`<p role="status">${s.loading}</p>`
      : final
        ? this.renderResult(final)
        : html`<form novalidate @submit=${this.onNext}>${stage ? this.renderReview() : [progress, this.pageItems().map((i) => this.renderItem(i))]}<div class="nav"><button>${stage ? s.see : undo ? s.update : s.next}</button>${back}</div></form>`;
    return html`<p class="muted privacy">${s.privacy}</p>${body}<p class="sr-only" role="status">${final ? s.headline[final.level] : ''}</p>`;
  }

  private ask(i: Item): string {
    return i.text ?? this.t.screening.ask[i.id] ?? i.id;
  }

  /** Text of a yes/no or choice answer. */
  private opt(o: unknown): string {
    const s = this.t.screening;
    return o === true ? s.yes : o === false ? s.no : s.kinds[o as string];
  }

  private day(d: string): string {
    return formatDate(d, this.clinic.locale, 'medium');
  }

  private renderReview() {
    const s = this.t.screening;
    const answer = (f: Field, k: number) => {
      const v = this.answers[f.id];
      const label = k ? html`<span class="muted">${s.ask[f.id].replace(/\?$/, '')}:</span> ` : '';
      return html`<dd>${label}${f.type == 'date' ? this.day(v as string) : f.type == 'number' ? v : this.opt(v)}</dd>`;
    };
    // One row per question (a GOV.UK summary list): Change beside its answers; its hidden question tells the buttons apart when heard.
    return html`<h3 id="review" tabindex="-1">${s.review}</h3><dl>${this.items.map((i) => html`<div class="row"><dt>${this.ask(i)}</dt>${fields(i, this.answers).map(answer)}<dd class="change"><button type="button" class="secondary" id="c-${i.id}" @click=${() => this.change(i)}>${s.change}<span class="sr-only">: ${this.ask(i)}</span></button></dd></div>`)}</dl>`;
  }

  private renderItem(item: Item) {
    const [main, ...more] = fields(item, this.answers);
    const ask = this.t.screening.ask;
    const parts = [this.renderField(main, ask[`${item.id}.label`]), more.map((f) => this.renderField(f, ask[f.id]))];
    return html`<fieldset aria-describedby=${this.err(main) ? `e-${main.id}` : nothing}><legend><h3 id="h-${item.id}" tabindex="-1" aria-describedby=${this.list ? nothing : 'progress'}>${this.ask(item)}</h3></legend>${parts}</fieldset>`;
  }

  /** Yes/no or choice radios (in their own fieldset when a follow-up), or a labelled date or number input. */
  private renderField(f: Field, label?: string) {
    const { id, type, options } = f;
    const v = this.answers[id];
    const code = this.err(f);
    const eid = code ? `e-${id}` : nothing;
    const follow = id.includes('.');
    const error = code ? html`<p class="error" id=${eid} role="alert">${this.t.screening.errors[code]}</p>` : '';
    if (type == 'date' || type == 'number')
      return html`<div class=${follow ? 'follow' : ''}><label class="field">${label}<input type=${type} name=${id} required max=${type == 'date' ? this.today : nothing} aria-invalid=${code ? 'true' : nothing} aria-describedby=${eid} .value=${v == '?' ? '' : (v ?? '')} @input=${(e: Event) => this.onInput(id, type, e)} @change=${() => this.show([id])} /></label>${error}</div>`;
    const radios = html`<div class="options">${(options ?? [true, false]).map((o) => html`<label><input type="radio" name=${id} required .checked=${v === o} @change=${() => this.set(id, o)} />${this.opt(o)}</label>`)}</div>${error}`;
    return follow ? html`<fieldset class="follow" aria-describedby=${eid}><legend>${label}</legend>${radios}</fieldset>` : radios;
  }

  private onInput(id: string, type: string, e: Event): void {
    const el = e.target as HTMLInputElement;
    this.set(id, el.value == '' ? undefined : type == 'number' ? el.valueAsNumber : el.value);
  }

  private renderResult(r: ScreeningResult) {
    const { common, screening: s } = this.t;
    const { phone } = this.clinic;
    const li = (text: unknown) => html`<li>${text}</li>`;
    const findings = r.findings.map((f) => {
      const item = this.rules.items.find((i) => i.id == f.id)!;
      const why = item.why ?? s.why[`${f.id}.${f.code}`] ?? s.why[f.id] ?? s.why[f.level] ?? '';
      return li(html`<strong>${this.ask(item)}</strong> ${why} ${f.until ? s.until(this.day(f.until)) : ''}`);
    });
    const input = this.appt
      ? ''
      : html`<label class="field">${s.appointment}<input type="date" name="appointment" min=${r.earliestDate ?? this.today} @input=${this.onAppointment} /></label>`;
    // An appointment before the earliest date is flagged; steps whose start has passed start today.
    const tooEarly = this.tooEarly(r);
    const early = tooEarly ? html`<p class="error" role="alert">${s.tooEarly(this.day(tooEarly))}</p>` : '';
    const prep = r.preparation.map((p) =>
      li(
        html`${p.days == null ? '' : html`<strong>${p.from ? (p.from < this.today ? s.prepToday : s.prepFrom(this.day(p.from))) : s.prepDays(p.days)}</strong> `}${s.prep[p.id]}`,
      ),
    );
    const earliest = r.earliestDate ? html`<p><strong>${s.earliest(formatDate(r.earliestDate, this.clinic.locale))}</strong></p>` : '';
    const call = phone ? html`<p>${s.callUs[r.level] ?? common.callUs} <a href=${phone.href}>${phone.display}</a></p>` : '';
    const plan = r.level == 'decline' ? '' : html`<h4>${s.prepTitle}</h4>${input}${early}<ul>${prep}</ul>`;
    const list = findings.length ? html`<ul>${findings}</ul>` : '';
    // Booking is offered where the result allows it: a deferral or a decline goes through the clinic's phone.
    const book = this.booking && !['defer', 'decline'].includes(r.level) ? html`<a class="button" href=${this.booking}>${s.book}</a>` : '';
    return html`<section class="result ${r.level}" part="result"><h3 id="result" tabindex="-1">${s.headline[r.level]}</h3>${earliest}${list}${call}${plan}<ul class="muted">${s.notes.map(li)}</ul><div class="nav">${book}<button type="button" class="secondary" @click=${this.again}>${s.again}</button></div></section>`;
  }

  private onAppointment(e: Event): void {
    const date = (e.target as HTMLInputElement).value;
    this.picked = isIsoDate(date) ? date : undefined;
    this.plan();
  }

  /** The earliest date, while the appointment is before it. */
  private tooEarly(r: ScreeningResult): string | undefined {
    const appt = this.appt ?? this.picked;
    return appt && r.earliestDate && appt < r.earliestDate ? r.earliestDate : undefined;
  }

  /** Dates the preparation plan from the appointment, or from the earliest date while the appointment is before it (never from a rejected date). */
  private plan(): void {
    const r = this.final!;
    this.final = { ...r, preparation: preparationPlan(this.tooEarly(r) ?? this.appt ?? this.picked, this.rules) };
  }
}
