/**
 * Evaluates the patient's answers against the rules: the overall level, dated findings (codes,
 * never sentences), the preparation plan, and what is still missing or invalid.
 */
import { type Level, type TreatmentAccess, bookable, worse } from '../outcome.js';
import { type IsoDate, addDays, addMonths, dateIn, isIsoDate, localTimeZone } from '../time.js';
import { DEFAULT_RULES, type Item, type Rules, type Step, type Window } from './items.js';

/**
 * Answers keyed by item id, follow-ups as `<id>.<follow-up>`: booleans, `YYYY-MM-DD` dates, the age
 * as a number, and the kinds of recent procedure as a list of ids (`'recent-procedure.kinds':
 * ['injectables', 'surgery']`), each with its latest date (`'recent-procedure.surgery': '2026-06-01'`).
 * The earlier single-procedure answers (`.kind` and `.date`) are still accepted.
 */
export type Answers = Record<string, unknown>;

/** One question the patient must answer: an item's own, or a follow-up its answer opened. */
export interface Field {
  id: string;
  type: 'bool' | 'date' | 'number' | 'choices';
  options?: string[];
}

/** Why an answer is not usable: none given, not a real date, a date in the future, or out of range. */
export const PROBLEMS = ['missing', 'date', 'future', 'value'] as const;
export type Problem = (typeof PROBLEMS)[number];

export interface Finding {
  id: string;
  level: Level;
  /** First date the patient is eligible again (the window's end), in the clinic's timezone. */
  until?: IsoDate;
  /** The date the window counts from: the stop date, or the procedure's. */
  since?: IsoDate;
  /** Which branch: `taking`, `flaring`, `under-18`, `under-22`, or the procedure kind. */
  code?: string;
  sources: string[];
}

export interface PlannedStep extends Step {
  /** The date to start (the appointment date minus `days`). */
  from?: IsoDate;
}

export interface ScreeningResult {
  level: Level | 'incomplete';
  /** For `defer`, when every deferral has a date: the latest of them. Absent when any lasts until something resolves. */
  earliestDate?: IsoDate;
  /** What may be booked online, following the most restrictive finding (absent while incomplete). */
  treatment?: TreatmentAccess;
  /** One per item that triggered (recent procedures: one per kind still waiting or without a set window). */
  findings: Finding[];
  preparation: PlannedStep[];
  /** Ids of required answers not given. */
  missing: string[];
  /** Answers given but unusable. */
  invalid: Array<{ id: string; code: Problem }>;
}

export interface ScreeningOptions {
  rules?: Rules;
  now?: Date;
  /** The clinic's IANA timezone; default the browser's. */
  timezone?: string;
  /** Dates the preparation plan. */
  appointmentDate?: IsoDate;
  /**
   * The clinic's country (ISO 3166-1, e.g. `US`, `GB`): ages 18 to 21 get the advice outside the US
   * and its authorized adult range only for `US`, or when unknown (CLINICAL.md section 4).
   */
  region?: string;
}

/** The fields `item` asks, given the answers so far: its own, then the follow-ups its answer opens. */
export function fields(item: Item, answers: Answers): Field[] {
  const { id, kind } = item;
  const out: Field[] = [{ id, type: kind == 'age' ? 'number' : 'bool' }];
  if (answers[id] !== true) return out;
  if (kind == 'stopped') {
    out.push({ id: `${id}.taking`, type: 'bool' });
    if (answers[`${id}.taking`] === false) out.push({ id: `${id}.stopped`, type: 'date' });
  }
  if (kind == 'flare') out.push({ id: `${id}.flaring`, type: 'bool' });
  if (kind == 'procedure') {
    const options = [...Object.keys(item.windows ?? {}), ...(item.others ?? [])];
    out.push({ id: `${id}.kinds`, type: 'choices', options });
    const chosen = answers[`${id}.kinds`];
    for (const k of options) if (Array.isArray(chosen) && chosen.includes(k)) out.push({ id: `${id}.${k}`, type: 'date' });
  }
  return out;
}

/** What is wrong with `value` as an answer to `field` on `today`, if anything. */
export function check({ type, options }: Field, value: unknown, today: IsoDate): Problem | undefined {
  // '' and [] are no answer either.
  if (value == null || (value as []).length === 0) return 'missing';
  if (type == 'date') return !isIsoDate(value) ? 'date' : value > today ? 'future' : undefined;
  const ok =
    type == 'bool'
      ? typeof value == 'boolean'
      : type == 'number'
        ? Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 130
        : Array.isArray(value) && value.every((v) => options!.includes(v));
  return ok ? undefined : 'value';
}

type Found = Omit<Finding, 'id' | 'sources'>;

/**
 * The steps of the preparation plan, dated when the appointment date is known; a step for some
 * findings only (`after`) is in it when `findings` has one of them.
 */
export function preparationPlan(
  appointmentDate: IsoDate | undefined,
  rules: Rules = DEFAULT_RULES,
  findings: Finding[] = [],
): PlannedStep[] {
  return rules.preparation
    .filter((s) => !s.after || findings.some((f) => s.after!.includes(f.id)))
    .map((s) => ({ ...s, ...(appointmentDate && s.days != null && { from: addDays(appointmentDate, -s.days) }) }));
}

/**
 * The outcome of the answers. Every item not hidden is required, and so is each follow-up its
 * answer opens: while one is missing or invalid the level is `incomplete`, never `clear`.
 * "Today" is the calendar date of `now` in `timezone`; a window's end date is the first clear day.
 */
export function evaluateScreening(answers: Answers, options: ScreeningOptions = {}): ScreeningResult {
  const { rules = DEFAULT_RULES, now = new Date(), timezone = localTimeZone(), region = 'US' } = options;
  const today = dateIn(now, timezone);
  /** The findings of a fully answered item (no undefined keys). */
  const judge = (item: Item): Found[] => {
    const { id, kind, level, by } = item;
    const dated = (since: unknown, w: Window = {}, code?: string): Found[] => {
      // The window's end counted from `since` (months first, clamped to the month's end, then weeks and days).
      const until = addDays(addMonths(since as IsoDate, w.months ?? 0), (w.weeks ?? 0) * 7 + (w.days ?? 0));
      return until <= today ? [] : [{ level, until, since: since as IsoDate, ...(code && { code }) }];
    };
    if (kind == 'age') {
      const age = answers[id] as number;
      return age < 18
        ? [{ level, code: 'under-18' }]
        : age < 22 && region == 'US'
          ? [{ level: item.young ?? level, code: 'under-22' }]
          : [];
    }
    if (answers[id] !== true && !(by && answers[by] === true)) return [];
    if (kind == 'stopped') return answers[`${id}.taking`] ? [{ level, code: 'taking' }] : dated(answers[`${id}.stopped`], item.window);
    // Each procedure reported: its own window while it lasts (the outcome waits for the latest), or a
    // clinician for a kind with no set window.
    // (A yes opened the kinds, which passed check: a list.)
    if (kind == 'procedure')
      return (answers[`${id}.kinds`] as string[]).flatMap((k) => {
        const since = answers[`${id}.${k}`];
        const w = item.windows?.[k];
        return w ? dated(since, w, k) : [{ level: 'consult', since: since as IsoDate, code: k }];
      });
    return [kind == 'flare' && answers[`${id}.flaring`] ? { level: item.flaring ?? level, code: 'flaring' } : { level }];
  };
  const findings: Finding[] = [];
  const missing: string[] = [];
  const invalid: ScreeningResult['invalid'] = [];
  for (const item of rules.items) {
    const { id, kind } = item;
    // The earlier single-procedure answers (`<id>.kind`, `<id>.date`) in the documented form.
    const k = answers[`${id}.kind`];
    if (kind == 'procedure' && typeof k == 'string' && answers[`${id}.kinds`] == null)
      answers = { ...answers, [`${id}.kinds`]: [k], [`${id}.${k}`]: answers[`${id}.date`] };
    if (item.hidden) continue;
    const bad = fields(item, answers).filter((f) => {
      const { id } = f;
      const code = check(f, answers[id], today);
      if (code == 'missing') missing.push(id);
      else if (code) invalid.push({ id, code });
      return code;
    });
    if (!bad[0]) for (const found of judge(item)) if (found.level != 'clear') findings.push({ id, sources: item.sources, ...found });
  }
  const level = findings.reduce<Level>((l, f) => worse(l, f.level), 'clear');
  // The latest of the deferrals' end dates, or undefined when one lasts until something resolves
  // (it has none: sort puts undefined after every date).
  const latest = findings
    .filter((f) => f.level == 'defer')
    .map((f) => f.until)
    .sort()
    .pop();
  const incomplete = missing[0] || invalid[0];
  // No treatment beside a finding for a consultation; else what the level and its date allow, as for
  // an outcome a page made itself (a dated deferral alone opens it from its date).
  return {
    level: incomplete ? 'incomplete' : level,
    ...(!incomplete && {
      ...(level == 'defer' && latest && { earliestDate: latest }),
      treatment: findings.some((f) => f.level == 'consult') ? 'no' : bookable({ level, earliestDate: latest }),
    }),
    findings,
    preparation: preparationPlan(options.appointmentDate, rules, findings),
    missing,
    invalid,
  };
}
