/** Texts of `<mn-aftercare-timeline>` (CLINICAL.md sections 2 and 3). Lists are joined with "|". */
export const aftercare = {
  title: 'Your aftercare',
  treated: (when: string) => `Treatment ended ${when}.`,
  ends: (when: string) => `Treatment ends ${when}.`,
  assumed: (time: string) => `No time was given, so we count from ${time}, when the clinic closes.`,
  asked: (time: string) => `No time was given, so we count from ${time}, when you asked.`,
  enter: 'Enter when your treatment ended to see your recovery, day by day.',
  needDate: 'Please enter the date of your treatment.',
  future: 'That date is still to come: enter the day your treatment ended.',
  date: 'Treatment date',
  time: 'End time (if known)',
  show: 'Show',
  here: 'You are here',
  before: 'Your aftercare starts when your treatment ends.',
  after: 'Aftercare complete.',
  now: (phase: string) => `Now: ${phase}.`,
  /** A milestone: what, the calendar days to it in words ("today", "tomorrow", "in 3 days"), and when. */
  countdown: (what: string, inWords: string, when: string) => `${what}: ${inWords}, ${when}`,
  sections: { do: 'Do', avoid: 'Avoid', normal: 'What’s normal', call: 'Call us' },
  /**
   * Label, then what to do, avoid and expect (CLINICAL.md section 2); labels do not overlap. "{id}"
   * is the date and time of that milestone. The home-device warning holds in every phase: from the
   * first day until the next session at the clinic.
   */
  phases: {
    'first-day': [
      'First 24 hours',
      'Use only the products the clinic gave you|Rinse gently with lukewarm water|Sleep on a clean pillowcase',
      'Makeup, sun, sweating and exercise|Hot showers, sauna and swimming|Touching your face|Home microneedling rollers or pens, until your next session at the clinic',
      'Redness like a sunburn, warmth and tightness|Pinpoint bleeding and swelling',
    ],
    'day-two': [
      'Day 2',
      'Mineral makeup is allowed|Use broad-spectrum sunscreen, SPF 30 or higher, every day; reapply every 2 hours outdoors',
      'Exercise, until {exercise-ok}|Sauna and steam|Home microneedling rollers or pens, until your next session at the clinic',
      'Redness fading',
    ],
    'day-three': [
      'Day 3',
      'Keep moisturizing|Use sunscreen, SPF 30 or higher, every day',
      'Exercise and heavy sweating, until {exercise-ok}|Home microneedling rollers or pens, until your next session at the clinic',
      'Dry or tight skin',
    ],
    peeling: [
      'Days 4–5',
      'Use a plain moisturizer, such as the one your clinic gave you|Use sunscreen, SPF 30 or higher, every day',
      'Picking or scratching|Vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C, until {actives-ok}|Home microneedling rollers or pens, until your next session at the clinic',
      'Dryness, flaking and light peeling',
    ],
    'first-week': [
      'Days 6–7',
      'Bring back vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C slowly|From {routine-ok}, if your skin has healed, go back to your usual routine|Use sunscreen, SPF 30 or higher, every day',
      'Home microneedling rollers or pens, until your next session at the clinic',
      'Side effects mostly gone: they last about 3 days on average, and up to 7 days. If anything lasts more than 7 days, call the clinic.',
    ],
    'weeks-2-4': [
      'Weeks 2–4',
      'Use sunscreen every day',
      'Tanning, until {tanning-ok}|Home microneedling rollers or pens, until your next session at the clinic',
      'A subtle change in texture and tone',
    ],
    'months-1-3': [
      'Months 2–3',
      'Book your next session of the series',
      'Home microneedling rollers or pens, until your next session at the clinic',
      'Visible improvement in lines, texture and scars; results vary',
    ],
    'months-3-6': [
      'Months 4–6',
      'Ask your clinician about a maintenance plan',
      'Home microneedling rollers or pens, until your next session at the clinic',
      'If you have finished your series, this is when its full results usually show',
    ],
  } as Record<string, string[]>,
  milestones: {
    'makeup-ok': 'Mineral makeup allowed',
    'sunscreen-ok': 'Sunscreen allowed',
    'exercise-ok': 'Exercise allowed',
    'actives-ok': 'Vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C allowed again',
    'routine-ok': 'Back to your usual routine',
    // The end of a break, not an invitation to tan (CLINICAL.md section 2).
    'tanning-ok': 'End of the 2-week tanning break (keep using sunscreen every day)',
    'next-session': 'Next session',
  } as Record<string, string>,
  flags: 'Call the clinic today if you notice:',
  redFlags:
    'Redness, warmth, swelling or itching that gets worse instead of better|Pain that gets worse|Pus or a fever|A cold sore outbreak or swollen glands|New dark or light patches on the skin|Lines or grid-like marks where the device was used|Lumps that do not go away|Heavy bleeding or bruising|Anything that lasts more than 7 days',
  call: (clinic: string) => `Call ${clinic}:`,
  us: 'us',
  /** Apart from the red flags; "%" is the number (a link), or `local`. */
  emergency: ['Emergency', 'Trouble breathing, or swelling of the lips, tongue or throat: call % now.', 'your local emergency number'],
  /** When the clinic's `hours` say it is closed (and when it opens): its after-hours phone, else urgent care ("%": the emergency number). */
  closed: (opens: string) => `The clinic is closed now and opens again ${opens}.`,
  afterHours: 'For urgent questions, call %.',
  urgent: 'If it cannot wait until the clinic opens, go to urgent care, or call % in an emergency.',
  nextSession: (from: string, to: string) => `Book your next session between ${from} and ${to}.`,
  nextSessionPast: (from: string, to: string) =>
    `The usual window for your next session (${from} to ${to}) has passed: book it when you are ready, or ask us.`,
  book: 'Book your next session',
  calendar: 'Add to my calendar',
};

/** British words for `en-GB` clinics. */
export const aftercareGB = {
  phases: {
    'first-day': [
      'First 24 hours',
      'Use only the products the clinic gave you|Rinse gently with lukewarm water|Sleep on a clean pillowcase',
      'Make-up, sun, sweating and exercise|Hot showers, sauna and swimming|Touching your face|Home microneedling rollers or pens, until your next session at the clinic',
      'Redness like a sunburn, warmth and tightness|Pinpoint bleeding and swelling',
    ],
    'day-two': [
      'Day 2',
      'Mineral make-up is allowed|Use broad-spectrum sunscreen, SPF 30 or higher, every day; reapply every 2 hours outdoors',
      'Exercise, until {exercise-ok}|Sauna and steam|Home microneedling rollers or pens, until your next session at the clinic',
      'Redness fading',
    ],
    'day-three': [
      'Day 3',
      'Keep moisturising|Use sunscreen, SPF 30 or higher, every day',
      'Exercise and heavy sweating, until {exercise-ok}|Home microneedling rollers or pens, until your next session at the clinic',
      'Dry or tight skin',
    ],
    peeling: [
      'Days 4–5',
      'Use a plain moisturiser, such as the one your clinic gave you|Use sunscreen, SPF 30 or higher, every day',
      'Picking or scratching|Vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and vitamin C, until {actives-ok}|Home microneedling rollers or pens, until your next session at the clinic',
      'Dryness, flaking and light peeling',
    ],
  },
  milestones: { 'makeup-ok': 'Mineral make-up allowed' },
  urgent: 'If it cannot wait until the clinic opens, go to an urgent treatment centre, or call % in an emergency.',
};
