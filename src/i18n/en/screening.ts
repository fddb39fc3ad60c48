/**
 * Text of the safety check (CLINICAL.md sections 1, 4 and 5), read by patients: plain and short,
 * American English (`screeningGB` holds the British words). A finding says what we understood
 * (`said`), one reason from the reference (`why`, else who says so and what: `who` + `as`), and
 * the next step (`then`). "%" stands for a date or a waiting time.
 */
export const screening = {
  /** Shown from the first screen to the result: the screening notice (CLINICAL.md section 4), then privacy. */
  privacy:
    'This check is a screening, not medical advice: the list is not complete, and your clinician decides. Your answers stay on this page: nothing is saved or sent.',
  loading: 'Loading…',
  yes: 'Yes',
  no: 'No',
  progress: (i: number, n: number) => `Step ${i} of ${n}`,
  next: 'Next',
  back: 'Back',
  review: 'Check your answers',
  change: 'Change',
  /** While one answer is changed from the review: the primary button returns there, the other restores the answer. */
  update: 'Update and return',
  cancel: 'Cancel change',
  see: 'See my result',
  again: 'Start again',
  /** The screens of the grouped layout. */
  groups: {
    you: 'About you and your medicines',
    health: 'Health conditions and allergies',
    skin: 'Your skin',
    sun: 'Sun, skin type and recent procedures',
  } as Record<string, string>,
  /** Questions and follow-ups, by answer id. */
  ask: {
    age: 'How old are you?',
    'age.label': 'Age in years',
    pregnancy: 'Are you pregnant or breastfeeding?',
    anticoagulants: 'Do you take blood thinners or a daily aspirin?',
    isotretinoin: 'Are you taking isotretinoin (Accutane), or have you taken it in the past year?',
    'isotretinoin.taking': 'Are you still taking it?',
    'isotretinoin.stopped': 'Date you stopped',
    'cancer-treatment': 'Are you having chemotherapy, radiation therapy, or steroid tablets or injections, now or soon?',
    immunosuppression: 'Is your immune system weak, or do you take medicine that suppresses it?',
    'bleeding-disorder': 'Do you have a bleeding or clotting disorder?',
    diabetes: 'Do you have diabetes that is not well controlled?',
    'skin-condition': 'Do you have eczema, psoriasis, vitiligo, rosacea, dermatitis or another long-term skin condition?',
    'skin-condition.flaring': 'Is it flaring up in the treatment area now?',
    scleroderma: 'Do you have scleroderma?',
    keloid: 'Do you tend to get raised scars (keloid or hypertrophic scars)?',
    'metal-allergy': 'Are you allergic to stainless steel or nickel?',
    'anesthetic-allergy': 'Are you allergic to numbing creams (lidocaine)?',
    'skin-infection': 'Is there an infection, open sore or wart in the treatment area?',
    'wound-or-sunburn': 'Are there cuts, irritation or sunburn in the treatment area?',
    'active-acne': 'Do you have inflamed or cystic acne breakouts in the treatment area now?',
    'cold-sore-now': 'Do you have a cold sore right now?',
    'cold-sore-history': 'Have you ever had cold sores?',
    'skin-cancer': 'Is there skin cancer in the treatment area now, or is it being treated there?',
    lesions: 'Are there moles, birthmarks or rough sun spots in the treatment area?',
    'recent-scar': 'Is the scar or stretch mark to treat less than a year old?',
    'darker-skin': 'Does your skin tan easily, or is it naturally brown or black?',
    'tan-or-sun': 'Are you tanned now, or planning strong sun in the 2 weeks after treatment?',
    'recent-procedure': 'Have you had laser, radiofrequency, a peel, injectables or surgery in the treatment area in the past 12 months?',
    'recent-procedure.kinds': 'Which ones? Choose all that apply.',
  } as Record<string, string>,
  /** The label of a procedure's date. */
  when: (kind: string) => `${kind}: date of the last one`,
  kinds: {
    injectables: 'Injectables (fillers or anti-wrinkle injections)',
    'laser-nonablative': 'Laser that left the skin surface intact (non-ablative)',
    radiofrequency: 'Radiofrequency',
    'laser-ablative': 'Resurfacing laser that removed skin (ablative)',
    'deep-peel': 'Deep chemical peel',
    surgery: 'Surgery',
    peel: 'Light or medium chemical peel',
    other: 'Something else, or not sure which',
  } as Record<string, string>,
  errors: {
    missing: 'Please answer this.',
    date: 'Please enter a real date.',
    future: 'This date is in the future.',
    value: 'Please check this answer.',
  } as Record<string, string>,
  /** One message for a failed Next, in the status region; focus goes to the first problem. */
  summary: (n: number) => `Please check ${n > 1 ? `${n} answers` : 'this answer'}.`,
  /** The result's heading by level; a dated deferral alone gives `from`. */
  headline: {
    clear: 'You can book an appointment.',
    advice: 'You can book an appointment. Please read the notes first.',
    consult: 'Please book a consultation first.',
    defer: 'Please wait before treatment.',
    decline: 'Let’s talk about other options.',
  } as Record<string, string>,
  from: (date: string) => `Please wait: the earliest date for treatment is ${date}. Your clinician will confirm.`,
  /** What the result offers (CLINICAL.md section 1, "What each outcome lets the patient book"). */
  book: 'Book an appointment',
  bookFrom: (date: string) => `Book an appointment from ${date}`,
  consult: 'Book a consultation',
  /** Before the clinic's phone when treatment may be booked; otherwise `common.callUs`. */
  questions: 'Questions? Call us:',
  /** What we understood, by `<id>.<code>` or id; "%" is the date given (the age: the age given). */
  said: {
    'age.under-18': 'You are under 18.',
    'age.under-22': 'You are %.',
    pregnancy: 'You are pregnant or breastfeeding.',
    anticoagulants: 'You take blood thinners or a daily aspirin.',
    'isotretinoin.taking': 'You are taking isotretinoin (Accutane).',
    isotretinoin: 'You stopped isotretinoin (Accutane) on %.',
    'cancer-treatment': 'You are having, or will soon have, chemotherapy, radiation therapy, or steroid tablets or injections.',
    immunosuppression: 'Your immune system is weak, or you take medicine that suppresses it.',
    'bleeding-disorder': 'You have a bleeding or clotting disorder.',
    diabetes: 'You have diabetes that is not well controlled.',
    'skin-condition': 'You have a long-term skin condition, such as eczema, psoriasis, vitiligo, rosacea or dermatitis.',
    'skin-condition.flaring': 'You have a long-term skin condition that is flaring up in the treatment area now.',
    scleroderma: 'You have scleroderma.',
    keloid: 'You tend to get raised scars (keloid or hypertrophic scars).',
    'metal-allergy': 'You are allergic to stainless steel or nickel.',
    'anesthetic-allergy': 'You are allergic to numbing creams (lidocaine).',
    'skin-infection': 'You have an infection, open sore or wart in the treatment area.',
    'wound-or-sunburn': 'You have a cut, irritation or sunburn in the treatment area.',
    'active-acne': 'You have inflamed or cystic acne breakouts in the treatment area now.',
    'cold-sore-now': 'You have a cold sore now.',
    'cold-sore-history': 'You have had cold sores.',
    'skin-cancer': 'You have skin cancer in the treatment area, or it is being treated there.',
    lesions: 'You have moles, birthmarks or rough sun spots in the treatment area.',
    'recent-scar': 'The scar or stretch mark to treat is less than a year old.',
    'darker-skin': 'Your skin tans easily or is naturally brown or black.',
    'tan-or-sun': 'You told us you are tanned now or plan strong sun in the 2 weeks after treatment.',
    'recent-procedure.injectables': 'You had fillers or anti-wrinkle injections on %.',
    'recent-procedure.laser-nonablative': 'You had a non-ablative laser procedure on %.',
    'recent-procedure.radiofrequency': 'You had a radiofrequency procedure on %.',
    'recent-procedure.laser-ablative': 'You had an ablative (resurfacing) laser procedure on %.',
    'recent-procedure.deep-peel': 'You had a deep chemical peel on %.',
    'recent-procedure.surgery': 'You had surgery in the treatment area on %.',
    'recent-procedure.peel': 'You had a light or medium chemical peel on %.',
    'recent-procedure.other': 'You had a procedure on % that isn’t on our list, or you’re not sure which it was.',
    /** A clinic's own question; "%" is the question. */
    own: 'You answered “Yes” to “%”',
  } as Record<string, string>,
  /** Why it matters, by `<id>.<code>`, `<id>.<level>` or id; "%" is the clinic's waiting time. */
  why: {
    isotretinoin: 'The FDA advises waiting after the last dose: the clinic waits %.',
    scleroderma: 'The studies of microneedling devices did not include people with scleroderma.',
    'active-acne': 'The main trial of an FDA-authorized microneedling device did not include people with active acne.',
    'cold-sore-history':
      'The FDA lists this as something to discuss with your clinician, who may give you antiviral medicine before treatment.',
    'darker-skin': 'Skin like yours has a higher chance of dark marks after treatment.',
    'tan-or-sun': 'The FDA advises planning treatment around sun exposure.',
    'age.under-18': 'Treatment under 18 needs the consent of a parent or guardian.',
    'age.under-22': 'In the US, the FDA has authorized microneedling devices for adults 22 and over.',
    'recent-procedure': 'The clinic waits % after it before treatment.',
    'recent-procedure.consult': 'There is no official waiting time after it, so your clinician will check first.',
    own: 'The clinic asks about this before treatment.',
  } as Record<string, string>,
  /** Who says so, by the finding's first source code, then what (`as`, by level). */
  who: {
    FDA: 'The FDA lists this',
    SKINPEN: 'The instructions for an FDA-authorized microneedling device list this',
  } as Record<string, string>,
  as: {
    advice: 'as something to discuss with your clinician',
    consult: 'as a reason to check with your clinician before treatment',
    defer: 'as a reason to wait',
    decline: 'as a reason not to have microneedling',
  } as Record<string, string>,
  /**
   * The next step, by `<id>.<code>.<level>` or `<id>.<level>`, else by level (a dated deferral gives its date).
   * "Book a consultation" and "other options" are said once, by the result's heading, not by each finding.
   */
  then: {
    advice: 'Mention this when you book; your clinician will discuss it at your appointment.',
    consult: '',
    defer: 'When this no longer applies, contact the clinic to book your treatment.',
    decline: 'We don’t offer microneedling in this case.',
    'anticoagulants.consult': 'Don’t stop or change them for this treatment unless your doctor says so.',
    'isotretinoin.taking.defer':
      'Please don’t stop isotretinoin for this treatment; your prescriber decides. From % after your last dose, contact the clinic.',
    'cold-sore-history.advice': 'When you book, ask the clinic whether you need it.',
    'skin-infection.defer': 'When it has cleared up, contact the clinic to book your treatment.',
    'wound-or-sunburn.defer': 'When it has healed, contact the clinic to book your treatment.',
    'cold-sore-now.defer': 'When it has healed, contact the clinic to book your treatment.',
    // The condition itself still needs a clinician once calm (consult); the flare only defers it.
    'skin-condition.flaring.defer': 'When it has calmed down, please book a consultation so your clinician can check your skin.',
    'active-acne.defer': 'When it is under control, contact the clinic to book your treatment.',
    'bleeding-disorder.decline': 'We don’t offer microneedling with a bleeding or clotting disorder.',
    'skin-cancer.decline': 'We don’t offer microneedling where there is skin cancer.',
    'metal-allergy.decline': 'We don’t offer microneedling with this allergy.',
    'darker-skin.advice': 'Please take extra care with sun protection before and after treatment.',
    'tan-or-sun.advice': 'Choose an appointment date away from tanning and strong sun.',
    'age.under-18.consult': 'Please book a consultation with a parent or guardian.',
  } as Record<string, string>,
  /** A dated finding's own date, the first day it no longer applies (the outcome's may be later). */
  earliest: (date: string) => `From ${date}, this wait is over.`,
  /** The plan's heading, with the appointment date once known: it shows the date entered in the screen's own format. */
  prepTitle: (date?: string) => `Before your appointment${date ? ` on ${date}` : ''}`,
  appointment: 'Appointment date',
  prepFrom: (date: string) => `From ${date}:`,
  prepToday: 'From today:',
  tooEarly: (date: string, entered: string) => `${entered} is before ${date}, the earliest date for treatment: please choose a later one.`,
  prepDays: (days: number) => `${days} days before:`,
  prep: {
    antiviral: 'When you book, ask the clinic whether you need antiviral medicine before your treatment.',
    'stop-actives': 'Stop vitamin A creams (retinoids), acids such as glycolic or salicylic acid, and other exfoliating products.',
    'avoid-sun': 'Avoid sun and tanning.',
    'self-tanner': 'No self-tanner.',
    'hair-removal': 'No waxing, hair-removal creams or electrolysis in the treatment area.',
    'bleeding-supplements':
      'Avoid alcohol. If your doctor agrees, pause fish oil, vitamin E and ginkgo supplements and ibuprofen-type painkillers. Never stop prescribed aspirin or blood thinners on your own.',
    'report-changes': 'Tell the clinic about any new cold sore, rash or irritation before your appointment.',
  } as Record<string, string>,
  /** CLINICAL.md section 4 (the screening notice opens `privacy`); the last one only for US clinics, or when the country is unknown. */
  notes: [
    'Results vary, and several sessions are usually needed.',
    'Never stop a prescribed medicine without your prescriber.',
    'In the US, microneedling devices are authorized for facial acne scars, facial wrinkles and abdominal scars in adults 22 and over.',
  ],
};

/** British words for `en-GB` clinics, and the FDA named in full: patients outside the US may not know it. */
export const screeningGB = {
  ask: { 'cancer-treatment': 'Are you having chemotherapy, radiotherapy, or steroid tablets or injections, now or soon?' },
  said: { 'cancer-treatment': 'You are having, or will soon have, chemotherapy, radiotherapy, or steroid tablets or injections.' },
  why: {
    isotretinoin: 'The US Food and Drug Administration (FDA) advises waiting after the last dose: the clinic waits %.',
    'active-acne': 'The main trial of a US-authorised microneedling device did not include people with active acne.',
    'cold-sore-history':
      'The US Food and Drug Administration (FDA) lists this as something to discuss with your clinician, who may give you antiviral medicine before treatment.',
    'tan-or-sun': 'The US Food and Drug Administration (FDA) advises planning treatment around sun exposure.',
  },
  who: {
    FDA: 'The US Food and Drug Administration (FDA) lists this',
    SKINPEN: 'The instructions for a US-authorised microneedling device list this',
  },
};
