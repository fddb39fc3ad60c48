/**
 * The patient's aftercare schedule from the end of treatment: phase instants, milestones, the
 * current phase and the next milestone. Offsets count elapsed time, across a clock change too:
 * day N ends N x 24 hours after treatment (CLINICAL.md section 2).
 */
import { type Hours, closingTime } from '../hours.js';
import { addDays, dateIn, isIsoDate, localTimeZone, zonedInstant } from '../time.js';
import { DEFAULT_PROTOCOL, type MilestoneId, type Offset, type PhaseDef, type Protocol, offsetHours } from './protocol.js';

export interface Phase extends Omit<PhaseDef, 'end'> {
  start: Date;
  end: Date;
}

export interface Milestone {
  id: MilestoneId;
  at: Date;
  /** For `next-session`: the end of its window (the start of the day after the last day). */
  until?: Date;
}

export interface Aftercare {
  /** The end of treatment. */
  treatedAt: Date;
  /**
   * When only a date was given, the end assumed: `closing`, the clinic's closing time (or 18:00),
   * or `asked`, when the patient asked, if that came first on the same day. Otherwise false.
   */
  assumed: false | 'closing' | 'asked';
  phases: Phase[];
  /** Sorted by time. */
  milestones: Milestone[];
  /** The current phase id, or `before` (treatment not over yet) / `after` (past the last phase). */
  current: string;
  /** The next milestone after `now`, if any. */
  next?: Milestone;
}

export interface AftercareOptions {
  protocol?: Protocol;
  /** Default: the current time (the only place the schedule reads the clock). */
  now?: Date;
  /** When the patient asked, for a date alone (default `now`): the treatment had ended by then. */
  asked?: Date;
  /** The clinic's IANA timezone. Default: the runtime's. */
  timezone?: string;
  /** Opening hours, for the closing time when only a date is given. */
  hours?: Hours;
}

/**
 * The end of treatment from `YYYY-MM-DDTHH:MM[:SS][offset]` (no offset: the clinic's wall clock)
 * or `YYYY-MM-DD` (the closing time that day, else 18:00: `assumed`). Undefined when malformed.
 */
export function parseTreatedAt(value: string, timezone: string, hours?: Hours): { at: Date; assumed: boolean } | undefined {
  const text = value.trim();
  const m = /^(\d{4}-\d\d-\d\d)(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,3})?)?(Z|[+-]\d\d:\d\d)?)?$/.exec(text);
  if (!m || !isIsoDate(m[1])) return undefined;
  const [, date, hour, minute, second = 0, offset] = m;
  const at = offset
    ? new Date(text)
    : new Date(+zonedInstant(date, hour ? +hour * 60 + +minute : ((hours && closingTime(hours, date)) ?? 1080), timezone) + +second * 1000);
  return isNaN(+at) ? undefined : { at, assumed: !hour };
}

/** The schedule for a treatment ending at `treatedAt`; undefined when `treatedAt` is malformed. */
export function buildAftercare(treatedAt: string | Date, options: AftercareOptions = {}): Aftercare | undefined {
  const { protocol = DEFAULT_PROTOCOL, now = new Date(), timezone = localTimeZone(), asked = now } = options;
  const parsed = typeof treatedAt === 'string' ? parseTreatedAt(treatedAt, timezone, options.hours) : { at: treatedAt, assumed: false };
  if (!parsed || isNaN(+parsed.at)) return undefined;
  // A date alone, today or before: the patient asking about it has had the treatment, so a closing
  // time still to come is too late. A later date stays a treatment still to come.
  const early = parsed.assumed && parsed.at > asked && (treatedAt as string).trim() <= dateIn(asked, timezone);
  const at = early ? asked : parsed.at;
  /** The instant `offset` after the end of treatment (`5d` is 120 hours). */
  const after = (offset: Offset) => new Date(+at + (offsetHours(offset) ?? 0) * 3_600_000);
  let start = at;
  // Each phase starts where the previous one ended (`start` is read before it is moved on).
  const phases = protocol.phases.map((p) => ({ ...p, start, end: (start = after(p.end)) }));
  // The next session's window: from the midnight starting its first day to the one after its last.
  const [first, last] = protocol.nextSession.map((n, i) => zonedInstant(addDays(dateIn(at, timezone), n + i), 0, timezone));
  // parseProtocol takes only the default milestones' ids.
  const milestones: Milestone[] = [
    ...Object.entries(protocol.milestones).map(([id, offset]): Milestone => ({ id: id as MilestoneId, at: after(offset) })),
    { id: 'next-session' as const, at: first, until: last },
  ].sort((a, b) => +a.at - +b.at);
  return {
    treatedAt: at,
    assumed: parsed.assumed && (early ? 'asked' : 'closing'),
    phases,
    milestones,
    current: now < at ? 'before' : (phases.find((p) => now < p.end)?.id ?? 'after'),
    next: milestones.find((m) => m.at > now),
  };
}
