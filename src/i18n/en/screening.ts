import type { Level } from '../../domain/outcome.js';
import type { Problem } from '../../domain/screening/evaluate.js';
import type { Group, ItemId, Kind, Source, StepId } from '../../domain/screening/items.js';

/** A text; "%" in it stands for its value (a date, an age, a waiting time: already formatted by `Intl`). */
export type Text = string;

/** Words by plural category (`Intl.PluralRules` of the text's language); `other` is required. */
export type Plural = { [C in Intl.LDMLPluralRule]?: Text } & { other: Text };

/**
 * A finding in words (CLINICAL.md section 5): what we understood (`said`, given the date or the
 * age answered), one reason from the reference (`why`, given the clinic's waiting time), and the
 * next step at the level the finding has (`then`; else the level's own).
 */
export interface FindingText {
  said?: Text;
  why?: Text;
  then?: { [L in Level]?: Text };
}

/** A finding's key: the item's id, or `<id>.<code>` for a branch (`isotretinoin.taking`, a procedure's kind). */
export type FindingKey =
  Exclude<ItemId, 'age'> | 'age.under-18' | 'age.under-22' | 'isotretinoin.taking' | 'skin-condition.flaring' | `recent-procedure.${Kind}`;

/** The labels of the inputs that are not a question: the age's, and the follow-ups'. */
export type Label = 'age' | 'isotretinoin.taking' | 'isotretinoin.stopped' | 'skin-condition.flaring' | 'recent-procedure.kinds';

/** The safety check's texts: every language fills all of them. */
export interface ScreeningTexts {
  /** Shown from the first screen to the result: the screening notice (CLINICAL.md section 4), then privacy. */
  privacy: string;
  yes: string;
  no: string;
  progress: (step: number, steps: number) => string;
  next: string;
  back: string;
  review: string;
  change: string;
  /** While one answer is changed from the review: the primary button returns there, the other restores the answer. */
  update: string;
  cancel: string;
  see: string;
  again: string;
  /** The screens of the grouped layout. */
  groups: Record<Group, string>;
  /** The questions. */
  ask: Record<ItemId, string>;
  labels: Record<Label, string>;
  /** The label of a procedure's date, given the kind's name. */
  when: (kind: string) => string;
  kinds: Record<Kind, string>;
  errors: Record<Problem, string>;
  /** One message for a failed Next, in the status region; focus goes to the first problem. */
  summary: Plural;
  /** The result's heading by level; a dated deferral alone gives `from`. */
  headline: Record<Level, string>;
  from: (date: string) => string;
  /** What the result offers (CLINICAL.md section 1, "What each outcome lets the patient book"). */
  book: string;
  bookFrom: (date: string) => string;
  consult: string;
  /** Before the clinic's phone when treatment may be booked; otherwise `common.callUs`. */
  questions: string;
  findings: Record<FindingKey, FindingText>;
  /** A clinic's own question: `said` is given the question. */
  own: FindingText;
  /** A finding with no `why` of its own: who says so, by its first source code, then what (`as`, by level). */
  who: { [S in Source]?: string };
  as: Record<Exclude<Level, 'clear'>, string>;
  /**
   * The next step by level, for a finding with none of its own (a dated deferral gives its date).
   * "Book a consultation" and "other options" are said once, by the result's heading, not by each finding.
   */
  then: Record<Exclude<Level, 'clear'>, string>;
  /** A dated finding's own date, the first day it no longer applies (the outcome's may be later). */
  earliest: (date: string) => string;
  /** The plan's heading, with the appointment date once known: it shows the date entered in the screen's own format. */
  prepTitle: (date?: string) => string;
  appointment: string;
  prepFrom: (date: string) => string;
  prepToday: string;
  tooEarly: (date: string, entered: string) => string;
  prepDays: Plural;
  prep: Record<StepId, string>;
  /** CLINICAL.md section 4 (the screening notice opens `privacy`). */
  notes: string[];
  /** Only for US clinics, or when the country is unknown. */
  us: string;
}

/** The next steps that are the same for several findings. */
const healed = 'When it has healed, contact the clinic to book your treatment.';
const noWait = 'There is no official waiting time after it, so your clinician will check first.';

/**
 * Text of the safety check (CLINICAL.md sections 1, 4 and 5), read by patients: plain and short,
 * American English (`screeningGB` holds the British words).
 * Keys stand in the order that compresses best in the paste-in script (found by a search, size round 20),
 * not in screen order: a key's place is free, its words are not.
 */
export const screening: ScreeningTexts = {
  kinds: {
    injectables: 'Injectables (fillers or anti-wrinkle injections)',
    'laser-nonablative': 'Laser that left the skin surface intact (non-ablative)',
    radiofrequency: 'Radiofrequency',
    'laser-ablative': 'Resurfacing laser that removed skin (ablative)',
    'deep-peel': 'Deep chemical peel',
    surgery: 'Surgery',
    peel: 'Light or medium chemical peel',
    other: 'Something else, or not sure which',
  },
  ask: {
    'cancer-treatment': 'Are you having chemotherapy, radiation therapy, or steroid tablets or injections, now or soon?',
    pregnancy: 'Are you pregnant or breastfeeding?',
    isotretinoin: 'Are you taking isotretinoin (Accutane), or have you taken it in the past year?',
    immunosuppression: 'Is your immune system weak, or do you take medicine that suppresses it?',
    age: 'How old are you?',
    anticoagulants: 'Do you take blood thinners or a daily aspirin?',
    'darker-skin': 'Does your skin tan easily, or is it naturally brown or black?',
    'bleeding-disorder': 'Do you have a bleeding or clotting disorder?',
    scleroderma: 'Do you have scleroderma?',
    'skin-condition': 'Do you have eczema, psoriasis, vitiligo, rosacea, dermatitis or another long-term skin condition?',
    'anesthetic-allergy': 'Are you allergic to numbing creams (lidocaine)?',
    'skin-infection': 'Is there an infection, open sore or wart in the treatment area?',
    'wound-or-sunburn': 'Are there cuts, irritation or sunburn in the treatment area?',
    lesions: 'Are there moles, birthmarks or rough sun spots in the treatment area?',
    keloid: 'Do you tend to get raised scars (keloid or hypertrophic scars)?',
    'active-acne': 'Do you have inflamed or cystic acne breakouts in the treatment area now?',
    'recent-procedure': 'Have you had laser, radiofrequency, a peel, injectables or surgery in the treatment area in the past 12 months?',
    'cold-sore-now': 'Do you have a cold sore right now?',
    'skin-cancer': 'Is there skin cancer in the treatment area now, or is it being treated there?',
    'recent-scar': 'Is the scar or stretch mark to treat less than a year old?',
    'metal-allergy': 'Are you allergic to stainless steel or nickel?',
    'cold-sore-history': 'Have you ever had cold sores?',
    diabetes: 'Do you have diabetes that is not well controlled?',
    'tan-or-sun': 'Are you tanned now, or planning strong sun in the 2 weeks after treatment?',
  },
  see: 'See my result',
  us: 'In the US, microneedling devices are authorized for facial acne scars, facial wrinkles and abdominal scars in adults 22 and over.',
  yes: 'Yes',
  notes: ['Results vary, and several sessions are usually needed.', 'Never stop a prescribed medicine without your prescriber.'],
  consult: 'Book a consultation',
  errors: {
    missing: 'Please answer this.',
    date: 'Please enter a real date.',
    future: 'This date is in the future.',
    value: 'Please check this answer.',
  },
  privacy:
    'This check is a screening, not medical advice: the list is not complete, and your clinician decides. Your answers stay on this page: nothing is saved or sent.',
  when: (kind) => `${kind}: date of the last one`,
  summary: { one: 'Please check this answer.', other: 'Please check % answers.' },
  questions: 'Questions? Call us:',
  review: 'Check your answers',
  next: 'Next',
  back: 'Back',
  update: 'Update and return',
  cancel: 'Cancel change',
  change: 'Change',
  labels: {
    'isotretinoin.stopped': 'Date you stopped',
    'isotretinoin.taking': 'Are you still taking it?',
    age: 'Age in years',
    'skin-condition.flaring': 'Is it flaring up in the treatment area now?',
    'recent-procedure.kinds': 'Which ones? Choose all that apply.',
  },
  progress: (i, n) => `Step ${i} of ${n}`,
  from: (date) => `Please wait: the earliest date for treatment is ${date}. Your clinician will confirm.`,
  book: 'Book an appointment',
  bookFrom: (date) => `Book an appointment from ${date}`,
  prepDays: { other: '% days before:' },
  findings: {
    'cancer-treatment': {
      said: 'You are having, or will soon have, chemotherapy, radiation therapy, or steroid tablets or injections.',
    },
    isotretinoin: {
      said: 'You stopped isotretinoin (Accutane) on %.',
      why: 'The FDA advises waiting after the last dose: the clinic waits %.',
    },
    pregnancy: { said: 'You are pregnant or breastfeeding.' },
    'age.under-18': {
      said: 'You are under 18.',
      why: 'Treatment under 18 needs the consent of a parent or guardian.',
      then: { consult: 'Please book a consultation with a parent or guardian.' },
    },
    'metal-allergy': {
      said: 'You are allergic to stainless steel or nickel.',
      then: { decline: 'We don’t offer microneedling with this allergy.' },
    },
    'isotretinoin.taking': {
      said: 'You are taking isotretinoin (Accutane).',
      then: {
        defer:
          'Please don’t stop isotretinoin for this treatment; your prescriber decides. From % after your last dose, contact the clinic.',
      },
    },
    anticoagulants: {
      said: 'You take blood thinners or a daily aspirin.',
      then: { consult: 'Don’t stop or change them for this treatment unless your doctor says so.' },
    },
    'recent-scar': { said: 'The scar or stretch mark to treat is less than a year old.' },
    'age.under-22': {
      said: 'You are %.',
      why: 'In the US, the FDA has authorized microneedling devices for adults 22 and over.',
    },
    'darker-skin': {
      said: 'Your skin tans easily or is naturally brown or black.',
      why: 'Skin like yours has a higher chance of dark marks after treatment.',
      then: { advice: 'Please take extra care with sun protection before and after treatment.' },
    },
    immunosuppression: { said: 'Your immune system is weak, or you take medicine that suppresses it.' },
    'bleeding-disorder': {
      said: 'You have a bleeding or clotting disorder.',
      then: { decline: 'We don’t offer microneedling with a bleeding or clotting disorder.' },
    },
    diabetes: { said: 'You have diabetes that is not well controlled.' },
    'skin-condition.flaring': {
      said: 'You have a long-term skin condition that is flaring up in the treatment area now.',
      // The condition itself still needs a clinician once calm (consult); the flare only defers it.
      then: { defer: 'When it has calmed down, please book a consultation so your clinician can check your skin.' },
    },
    scleroderma: {
      said: 'You have scleroderma.',
      why: 'The studies of microneedling devices did not include people with scleroderma.',
    },
    keloid: { said: 'You tend to get raised scars (keloid or hypertrophic scars).' },
    'skin-condition': { said: 'You have a long-term skin condition, such as eczema, psoriasis, vitiligo, rosacea or dermatitis.' },
    'cold-sore-now': { said: 'You have a cold sore now.', then: { defer: healed } },
    'skin-infection': {
      said: 'You have an infection, open sore or wart in the treatment area.',
      then: { defer: 'When it has cleared up, contact the clinic to book your treatment.' },
    },
    'active-acne': {
      said: 'You have inflamed or cystic acne breakouts in the treatment area now.',
      why: 'The main trial of an FDA-authorized microneedling device did not include people with active acne.',
      then: { defer: 'When it is under control, contact the clinic to book your treatment.' },
    },
    'wound-or-sunburn': { said: 'You have a cut, irritation or sunburn in the treatment area.', then: { defer: healed } },
    'cold-sore-history': {
      said: 'You have had cold sores.',
      why: 'The FDA lists this as something to discuss with your clinician, who may give you antiviral medicine before treatment.',
      then: { advice: 'When you book, ask the clinic whether you need it.' },
    },
    'tan-or-sun': {
      said: 'You told us you are tanned now or plan strong sun in the 2 weeks after treatment.',
      why: 'The FDA advises planning treatment around sun exposure.',
      then: { advice: 'Choose an appointment date away from tanning and strong sun.' },
    },
    'recent-procedure': { why: 'The clinic waits % after it before treatment.' },
    'skin-cancer': {
      said: 'You have skin cancer in the treatment area, or it is being treated there.',
      then: { decline: 'We don’t offer microneedling where there is skin cancer.' },
    },
    'recent-procedure.deep-peel': { said: 'You had a deep chemical peel on %.' },
    'recent-procedure.injectables': { said: 'You had fillers or anti-wrinkle injections on %.' },
    'recent-procedure.laser-nonablative': { said: 'You had a non-ablative laser procedure on %.' },
    'recent-procedure.radiofrequency': { said: 'You had a radiofrequency procedure on %.' },
    'recent-procedure.peel': { said: 'You had a light or medium chemical peel on %.', why: noWait },
    'anesthetic-allergy': { said: 'You are allergic to numbing creams (lidocaine).' },
    'recent-procedure.laser-ablative': { said: 'You had an ablative (resurfacing) laser procedure on %.' },
    'recent-procedure.surgery': { said: 'You had surgery in the treatment area on %.' },
    'recent-procedure.other': {
      said: 'You had a procedure on % that isn’t on our list, or you’re not sure which it was.',
      why: noWait,
    },
    lesions: { said: 'You have moles, birthmarks or rough sun spots in the treatment area.' },
  },
  who: {
    FDA: 'The FDA lists this',
    SKINPEN: 'The instructions for an FDA-authorized microneedling device list this',
  },
  again: 'Start again',
  groups: {
    sun: 'Sun, skin type and recent procedures',
    health: 'Health and allergies',
    skin: 'Your skin',
    you: 'You and your medicines',
  },
  headline: {
    clear: 'You can book an appointment.',
    advice: 'You can book an appointment. Please read the notes first.',
    consult: 'Please book a consultation first.',
    defer: 'Please wait before treatment.',
    decline: 'Let’s talk about other options.',
  },
  prep: {
    'stop-actives': 'Stop vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and other exfoliating products.',
    'self-tanner': 'No self-tanner.',
    'hair-removal': 'No waxing, hair-removal creams or electrolysis in the treatment area.',
    'bleeding-supplements':
      'Avoid alcohol. If your doctor agrees, pause fish oil, vitamin E and ginkgo supplements and ibuprofen-type painkillers. Never stop prescribed aspirin or blood thinners on your own.',
    antiviral: 'When you book, ask the clinic whether you need antiviral medicine before your treatment.',
    'report-changes': 'Tell the clinic about any new cold sore, rash or irritation before your appointment.',
    'avoid-sun': 'Avoid sun and tanning.',
  },
  as: {
    advice: 'as something to discuss with your clinician',
    consult: 'as a reason to check with your clinician before treatment',
    defer: 'as a reason to wait',
    decline: 'as a reason not to have microneedling',
  },
  no: 'No',
  then: {
    advice: 'Mention this when you book; your clinician will discuss it at your appointment.',
    consult: '',
    defer: 'When this no longer applies, contact the clinic to book your treatment.',
    decline: 'We don’t offer microneedling in this case.',
  },
  earliest: (date) => `From ${date}, this wait is over.`,
  prepTitle: (date) => `Before your appointment${date ? ` on ${date}` : ''}`,
  appointment: 'Appointment date',
  own: { said: 'You answered “Yes” to “%”', why: 'The clinic asks about this before treatment.' },
  tooEarly: (date, entered) => `${entered} is before ${date}, the earliest date for treatment: please choose a later one.`,
  prepFrom: (date) => `From ${date}:`,
  prepToday: 'From today:',
};

/** British words for `en-GB` clinics, and the FDA named in full: patients outside the US may not know it. */
export const screeningGB = {
  ask: { 'cancer-treatment': 'Are you having chemotherapy, radiotherapy, or steroid tablets or injections, now or soon?' },
  findings: {
    'cancer-treatment': { said: 'You are having, or will soon have, chemotherapy, radiotherapy, or steroid tablets or injections.' },
    isotretinoin: {
      why: 'The US Food and Drug Administration (FDA) advises waiting after the last dose: the clinic waits %.',
    },
    'active-acne': { why: 'The main trial of a US-authorised microneedling device did not include people with active acne.' },
    'cold-sore-history': {
      why: 'The US Food and Drug Administration (FDA) lists this as something to discuss with your clinician, who may give you antiviral medicine before treatment.',
    },
    'tan-or-sun': { why: 'The US Food and Drug Administration (FDA) advises planning treatment around sun exposure.' },
  },
  who: {
    FDA: 'The US Food and Drug Administration (FDA) lists this',
    SKINPEN: 'The instructions for a US-authorised microneedling device list this',
  },
};
