import type { MilestoneId, PhaseId } from '../../domain/aftercare/protocol.js';
import type { Translation } from '../index.js';

/** A phase's label, then what to do, avoid and expect (CLINICAL.md section 2). */
export interface PhaseTexts {
  title: string;
  do: string[];
  avoid: string[];
  normal: string[];
}

/**
 * Texts of `<mn-aftercare-timeline>` (CLINICAL.md sections 2 and 3).
 * Keys stand in the order that compresses best in the paste-in script (found by a search, size round 20),
 * not in screen order: a key's place is free, its words are not.
 */
export const aftercare = {
  /** When treatment ends, or ended: a label, the same words before and after. */
  treated: (when: string) => `Treatment end: ${when}.`,
  asked: (time: string) => `No time given: we count from ${time}, when you asked.`,
  afterHours: 'For urgent questions, call %.',
  call: (clinic: string) => `Call ${clinic}:`,
  needDate: 'Enter a date.',
  future: 'This date is in the future.',
  time: 'End time (if known)',
  title: 'Your aftercare',
  before: 'Aftercare starts when treatment ends.',
  date: 'Treatment date',
  /** A milestone: what, the calendar days to it in words ("today", "tomorrow", "in 3 days"), and when. */
  countdown: (what: string, inWords: string, when: string) => `${what}: ${inWords}, ${when}`,
  enter: 'Enter your treatment date to see your recovery, day by day.',
  milestones: {
    'makeup-ok': 'Mineral makeup allowed',
    'sunscreen-ok': 'Sunscreen allowed',
    'exercise-ok': 'Exercise allowed',
    'actives-ok': 'Vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C allowed again',
    'routine-ok': 'Back to your usual routine',
    // The end of a break, not an invitation to tan (CLINICAL.md section 2).
    'tanning-ok': 'End of the 2-week tanning break (keep using sunscreen every day)',
    'next-session': 'Next session',
  } satisfies Record<MilestoneId, string>,
  /** A date without a time: counted from the clinic's closing time, or from when the patient asked (buildAftercare's `assumed`). */
  closing: (time: string) => `No time given: we count from ${time}, when the clinic closes.`,
  book: 'Book your next session',
  /** Apart from the red flags: a heading, and what to do ("%" is the number, a link, or `local`). */
  emergency: {
    title: 'Emergency',
    text: 'Trouble breathing, or swelling of the lips, tongue or throat: call % now.',
    local: 'your local emergency number',
  },
  /** When the clinic's `hours` say it is closed (and when it opens): its after-hours phone, else urgent care ("%": the emergency number). */
  closed: (opens: string) => `The clinic is closed now and opens again ${opens}.`,
  urgent: 'If it cannot wait until the clinic opens, go to urgent care, or call % in an emergency.',
  nextSession: (from: string, to: string) => `Book your next session between ${from} and ${to}.`,
  after: 'Aftercare complete.',
  nextSessionPast: (from: string, to: string) =>
    `The usual window for your next session (${from} to ${to}) has passed: book it when you are ready, or ask us.`,
  /** The red flags of CLINICAL.md section 2, the same in every phase (a clinic's protocol may give its own). */
  redFlags: [
    'Redness, warmth, swelling or itching that gets worse instead of better',
    'Pain that gets worse',
    'Pus or a fever',
    'A cold sore outbreak or swollen glands',
    'New dark or light patches on the skin',
    'Lines or grid-like marks where the device was used',
    'Lumps that do not go away',
    'Heavy bleeding or bruising',
    'Anything that lasts more than 7 days',
  ],
  /**
   * Each phase's label, then what to do, avoid and expect; labels do not overlap. "{id}" in an item
   * is the date and time of that milestone. The home-device warning holds in every phase: from the
   * first day until the next session at the clinic.
   */
  phases: {
    'first-day': {
      title: 'First 24 hours',
      do: ['Use only the products the clinic gave you', 'Rinse gently with lukewarm water', 'Sleep on a clean pillowcase'],
      avoid: [
        'Makeup, sun, sweating and exercise',
        'Hot showers, sauna and swimming',
        'Touching your face',
        'Home microneedling rollers or pens, until your next session at the clinic',
      ],
      normal: ['Redness like a sunburn, warmth and tightness', 'Pinpoint bleeding and swelling'],
    },
    'day-two': {
      title: 'Day 2',
      do: ['Mineral makeup is allowed', 'Use broad-spectrum sunscreen, SPF 30 or higher, every day; reapply every 2 hours outdoors'],
      avoid: [
        'Exercise, until {exercise-ok}',
        'Sauna and steam',
        'Home microneedling rollers or pens, until your next session at the clinic',
      ],
      normal: ['Redness fading'],
    },
    'day-three': {
      title: 'Day 3',
      do: ['Keep moisturizing', 'Use sunscreen, SPF 30 or higher, every day'],
      avoid: [
        'Exercise and heavy sweating, until {exercise-ok}',
        'Home microneedling rollers or pens, until your next session at the clinic',
      ],
      normal: ['Dry or tight skin'],
    },
    peeling: {
      title: 'Days 4–5',
      do: ['Use a plain moisturizer, such as the one your clinic gave you', 'Use sunscreen, SPF 30 or higher, every day'],
      avoid: [
        'Picking or scratching',
        'Vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C, until {actives-ok}',
        'Home microneedling rollers or pens, until your next session at the clinic',
      ],
      normal: ['Dryness, flaking and light peeling'],
    },
    'first-week': {
      title: 'Days 6–7',
      do: [
        'Bring back vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C slowly',
        'From {routine-ok}, if your skin has healed, go back to your usual routine',
        'Use sunscreen, SPF 30 or higher, every day',
      ],
      avoid: ['Home microneedling rollers or pens, until your next session at the clinic'],
      normal: [
        'Side effects mostly gone: they last about 3 days on average, and up to 7 days. If anything lasts more than 7 days, call the clinic.',
      ],
    },
    'weeks-2-4': {
      title: 'Weeks 2–4',
      do: ['Use sunscreen every day'],
      avoid: ['Tanning, until {tanning-ok}', 'Home microneedling rollers or pens, until your next session at the clinic'],
      normal: ['A subtle change in texture and tone'],
    },
    'months-1-3': {
      title: 'Months 2–3',
      do: ['Book your next session of the series'],
      avoid: ['Home microneedling rollers or pens, until your next session at the clinic'],
      normal: ['Visible improvement in lines, texture and scars; results vary'],
    },
    'months-3-6': {
      title: 'Months 4–6',
      do: ['Ask your clinician about a maintenance plan'],
      avoid: ['Home microneedling rollers or pens, until your next session at the clinic'],
      normal: ['If you have finished your series, this is when its full results usually show'],
    },
  } satisfies Record<PhaseId, PhaseTexts>,
  sections: { do: 'Do', avoid: 'Avoid', normal: 'What’s normal', call: 'Call us' },
  /** Before the current phase's label, on the plan and in the status line when the phase changes ("You are here: Day 2."). */
  here: 'You are here',
  flags: 'Call the clinic today if you notice:',
  show: 'Show',
  calendar: 'Add to calendar',
};

export type AftercareTexts = typeof aftercare;

/** British words for `en-GB` clinics: only what differs (lists are replaced whole). */
export const aftercareGB: Translation['aftercare'] = {
  phases: {
    'first-day': {
      avoid: [
        'Make-up, sun, sweating and exercise',
        'Hot showers, sauna and swimming',
        'Touching your face',
        'Home microneedling rollers or pens, until your next session at the clinic',
      ],
    },
    'day-two': {
      do: ['Mineral make-up is allowed', 'Use broad-spectrum sunscreen, SPF 30 or higher, every day; reapply every 2 hours outdoors'],
    },
    'day-three': { do: ['Keep moisturising', 'Use sunscreen, SPF 30 or higher, every day'] },
    peeling: { do: ['Use a plain moisturiser, such as the one your clinic gave you', 'Use sunscreen, SPF 30 or higher, every day'] },
  },
  milestones: { 'makeup-ok': 'Mineral make-up allowed' },
  urgent: 'If it cannot wait until the clinic opens, go to an urgent treatment centre, or call % in an emergency.',
};
