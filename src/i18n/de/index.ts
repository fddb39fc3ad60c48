/**
 * German texts (Deutsch), a complete language pack: `addMessages('de', de)`.
 *
 * One word per idea (CLINICAL.md section 5), used everywhere:
 * - treatment (the microneedling procedure): die Behandlung
 * - appointment (the booked time): der Termin
 * - session (one treatment of a series): die Sitzung (a series: die Behandlungsserie)
 * - the clinic (the business): die Praxis
 * - your clinician (the person who decides): Ihre Behandlerin oder Ihr Behandler
 * - consultation: das Beratungsgespräch
 * - safety check: der Sicherheitscheck
 * - aftercare: die Nachsorge
 * - red flag: das Warnzeichen (listed under „Rufen Sie uns an“)
 * - emergency: der Notfall
 * Also one word each for: treatment area (der Behandlungsbereich); another procedure such as laser
 * or a peel (der Eingriff, never „Behandlung“); your doctor (Ihre Ärztin oder Ihr Arzt); your
 * prescriber (Ihre verschreibende Ärztin oder Ihr verschreibender Arzt); sunscreen (der
 * Sonnenschutz, SPF = LSF); the FDA (die US-Arzneimittelbehörde FDA: named as the US authority).
 *
 * Formal address (Sie) throughout; German quotation marks „…“. Dates and times arrive formatted by
 * 'Intl' in the clinic's locale (a medium date reads „21.11.2026“, so „am %“, „ab dem %“). The
 * pack imports nothing at run time: it carries no English.
 */
import type { Catalogue } from '../en/index.js';

/** The next steps that are the same for several findings (as in the English file). */
const healed = 'Wenn alles abgeheilt ist, melden Sie sich bei der Praxis, um einen Termin für Ihre Behandlung zu buchen.';
const noWait = 'Dafür gibt es keine offizielle Wartezeit; deshalb prüft Ihre Behandlerin oder Ihr Behandler das zuerst.';
const home = 'Microneedling-Roller oder -Pens für zu Hause, bis zu Ihrer nächsten Sitzung in der Praxis';
const spf = 'Verwenden Sie jeden Tag Sonnenschutz mit LSF 30 oder höher';
const actives = 'Vitamin-A-Cremes (Retinoide), Säuren wie Glykol- oder Salicylsäure und Vitamin C';
const isotretinoin = 'Isotretinoin (z.\u00a0B. Aknenormin)';
/** A date or time as given by 'Intl' („Sa., 5. Dez., 13:00“), kept on one line: never „Sa., 5.⏎Dez.“. */
const nb = (when: string) => when.replace(/ /g, '\u00a0');

export const de: Catalogue = {
  common: {
    notice: (attr: string, value: string, problem: string) => `Einrichtungshinweis: ${value ? `${attr}="${value}"` : attr} ${problem}.`,
    problems: {
      'too-long': 'ist zu lang; der Wert wurde gekürzt',
      phone: 'ist keine wählbare Telefonnummer; der Wert wird nicht angezeigt',
      email: 'ist keine E-Mail-Adresse; der Wert wird nicht verwendet',
      url: 'ist keine Webadresse; der Wert wird nicht verwendet',
      'url-scheme': 'ist keine http(s)-Adresse; der Wert wird abgelehnt',
      'url-host': 'braucht https:// am Anfang; der Wert wird nicht verwendet',
      timezone: 'ist keine Zeitzone wie „Europe/Berlin“; die des Browsers gilt',
      locale: 'ist kein Sprach-Tag wie „de-DE“; die Sprache der Seite gilt',
      hours: 'hat nicht die Form „Mo-Fr 09:00-18:00; Sa 10:00-14:00“; der Wert wird nicht verwendet',
      region: 'ist kein Ländercode wie „DE“ oder „AT“; die Region aus der Sprachangabe (locale) gilt',
      languages: 'ist keine Liste von Sprachangaben wie „en de“; es wird keine Sprachauswahl gezeigt',
      date: 'ist kein Datum (JJJJ-MM-TT); der Wert wird nicht verwendet',
      datetime: 'ist kein Datum mit Uhrzeit (JJJJ-MM-TTThh:mm); der Wert wird nicht verwendet',
      value: 'ist kein zulässiger Wert; der Standardwert gilt',
      safe: 'ist unklar, daher gilt die sicherere Wahl; setzen Sie stattdessen die Eigenschaft %',
      spacing: 'liegt unter dem Minimum von 14 Tagen; es gelten 14 Tage',
      endpoint: 'ist nicht gesetzt, und die Praxis hat keine E-Mail-Adresse; Anfragen können nicht gesendet werden',
      clinic: 'muss die id genau eines <mn-clinic> auf dieser Seite sein; keiner wird verwendet',
      'no-phone': 'fehlt; bei den Warnzeichen steht keine Nummer zum Anrufen',
    },
    loading: 'Wird geladen\u00a0…',
    fallback: 'Dieser Teil der Seite konnte leider nicht angezeigt werden.',
    language: 'Sprache',
    colon: ':',
    callUs: 'Bitte rufen Sie uns an:',
    emailUs: 'oder per E-Mail:',
  },

  screening: {
    privacy:
      'Dieser Sicherheitscheck ist eine Vorabprüfung, kein medizinischer Rat: Die Liste ist nicht vollständig, und es entscheidet Ihre Behandlerin oder Ihr Behandler. Ihre Antworten bleiben auf dieser Seite: Nichts wird gespeichert oder gesendet.',
    yes: 'Ja',
    no: 'Nein',
    progress: (i: number, n: number) => `Schritt ${i} von ${n}`,
    next: 'Weiter',
    back: 'Zurück',
    review: 'Prüfen Sie Ihre Antworten',
    change: 'Ändern',
    update: 'Übernehmen und zurück',
    cancel: 'Änderung verwerfen',
    see: 'Mein Ergebnis anzeigen',
    again: 'Neu beginnen',
    groups: {
      you: 'Über Sie und Ihre Medikamente',
      health: 'Erkrankungen und Allergien',
      skin: 'Ihre Haut',
      sun: 'Sonne, Hauttyp und kürzliche Eingriffe',
    },
    ask: {
      age: 'Wie alt sind Sie?',
      pregnancy: 'Sind Sie schwanger, oder stillen Sie?',
      anticoagulants: 'Nehmen Sie Blutverdünner oder täglich Aspirin (ASS)?',
      isotretinoin: `Nehmen Sie ${isotretinoin} ein, oder haben Sie es in den letzten 12 Monaten eingenommen?`,
      'cancer-treatment':
        'Bekommen Sie jetzt oder demnächst eine Chemotherapie, eine Strahlentherapie oder Kortison (Steroide) als Tabletten oder Spritzen?',
      immunosuppression: 'Ist Ihr Immunsystem geschwächt, oder nehmen Sie Medikamente, die es unterdrücken?',
      'bleeding-disorder': 'Haben Sie eine Blutungs- oder Gerinnungsstörung?',
      diabetes: 'Haben Sie Diabetes, der nicht gut eingestellt ist?',
      'skin-condition':
        'Haben Sie ein Ekzem, Schuppenflechte (Psoriasis), Weißfleckenkrankheit (Vitiligo), Rosazea, eine Dermatitis oder eine andere chronische Hauterkrankung?',
      scleroderma: 'Haben Sie Sklerodermie?',
      keloid: 'Neigen Sie zu wulstigen Narben (Keloide oder hypertrophe Narben)?',
      'metal-allergy': 'Sind Sie allergisch gegen Edelstahl oder Nickel?',
      'anesthetic-allergy': 'Sind Sie allergisch gegen Betäubungscremes (Lidocain)?',
      'skin-infection': 'Gibt es im Behandlungsbereich eine Infektion, eine offene Stelle oder eine Warze?',
      'wound-or-sunburn': 'Gibt es im Behandlungsbereich Schnitte, Reizungen oder einen Sonnenbrand?',
      'active-acne': 'Haben Sie im Behandlungsbereich gerade entzündete oder zystische Akne?',
      'cold-sore-now': 'Haben Sie gerade Lippenherpes (Fieberbläschen)?',
      'cold-sore-history': 'Hatten Sie schon einmal Lippenherpes (Fieberbläschen)?',
      'skin-cancer': 'Gibt es im Behandlungsbereich gerade Hautkrebs, oder wird er dort behandelt?',
      lesions: 'Gibt es im Behandlungsbereich Leberflecke, Muttermale oder raue Sonnenflecken?',
      'recent-scar': 'Ist die zu behandelnde Narbe oder der zu behandelnde Dehnungsstreifen jünger als ein Jahr?',
      'darker-skin': 'Wird Ihre Haut leicht braun, oder ist sie von Natur aus braun oder schwarz?',
      'tan-or-sun':
        'Sind Sie gerade gebräunt, oder haben Sie vor, sich in den 2\u00a0Wochen nach der Behandlung starker Sonne auszusetzen?',
      'recent-procedure':
        'Hatten Sie in den letzten 12 Monaten im Behandlungsbereich einen Eingriff mit Laser oder Radiofrequenz, ein Peeling, Unterspritzungen oder eine Operation?',
    },
    // The review shows a label up to its first „?“: „Nehmen Sie es noch ein?“ reads „Nehmen Sie es noch ein: Ja“.
    labels: {
      age: 'Alter in Jahren',
      'isotretinoin.taking': 'Nehmen Sie es noch ein?',
      'isotretinoin.stopped': 'Abgesetzt am',
      'skin-condition.flaring': 'Haben Sie im Behandlungsbereich gerade einen akuten Schub?',
      'recent-procedure.kinds': 'Welche? Wählen Sie alle zutreffenden aus.',
    },
    when: (kind: string) => `${kind}: Datum des letzten Eingriffs`,
    kinds: {
      injectables: 'Unterspritzungen (Filler oder Spritzen gegen Falten)',
      'laser-nonablative': 'Laser, der die Hautoberfläche intakt ließ (nicht ablativ)',
      radiofrequency: 'Radiofrequenz',
      'laser-ablative': 'Laser, der Haut abgetragen hat (ablativ)',
      'deep-peel': 'Tiefes chemisches Peeling',
      surgery: 'Operation',
      peel: 'Leichtes oder mittleres chemisches Peeling',
      other: 'Etwas anderes, oder nicht sicher, welcher Eingriff',
    },
    errors: {
      missing: 'Bitte beantworten Sie diese Frage.',
      date: 'Bitte geben Sie ein gültiges Datum ein.',
      future: 'Dieses Datum liegt in der Zukunft.',
      value: 'Bitte prüfen Sie diese Antwort.',
    },
    summary: { one: 'Bitte prüfen Sie diese Antwort.', other: 'Bitte prüfen Sie % Antworten.' },
    headline: {
      clear: 'Sie können einen Termin buchen.',
      advice: 'Sie können einen Termin buchen. Bitte lesen Sie vorher die Hinweise.',
      consult: 'Bitte buchen Sie zuerst ein Beratungsgespräch.',
      defer: 'Bitte warten Sie mit der Behandlung.',
      decline: 'Lassen Sie uns über andere Möglichkeiten sprechen.',
    },
    from: (date: string) =>
      `Bitte warten Sie: Eine Behandlung ist frühestens ab dem ${date} möglich. Ihre Behandlerin oder Ihr Behandler bestätigt das.`,
    book: 'Termin buchen',
    bookFrom: (date: string) => `Termin ab dem ${date} buchen`,
    consult: 'Beratungs\u00adgespräch buchen',
    questions: 'Fragen? Rufen Sie uns an:',
    findings: {
      'age.under-18': {
        said: 'Sie sind unter 18 Jahre alt.',
        why: 'Eine Behandlung unter 18 Jahren braucht die Einwilligung eines Elternteils oder einer sorgeberechtigten Person.',
        then: { consult: 'Bitte buchen Sie ein Beratungsgespräch zusammen mit einem Elternteil oder einer sorgeberechtigten Person.' },
      },
      'age.under-22': {
        said: 'Sie sind % Jahre alt.',
        why: 'Die US-Arzneimittelbehörde FDA hat Microneedling-Geräte in den USA für Erwachsene ab 22 Jahren zugelassen.',
      },
      pregnancy: { said: 'Sie sind schwanger oder stillen.' },
      anticoagulants: {
        said: 'Sie nehmen Blutverdünner oder täglich Aspirin (ASS).',
        then: {
          consult:
            'Setzen Sie diese Mittel für die Behandlung nicht ab und ändern Sie die Einnahme nicht, es sei denn, Ihre Ärztin oder Ihr Arzt sagt es Ihnen.',
        },
      },
      isotretinoin: {
        said: `Sie haben ${isotretinoin} am % abgesetzt.`,
        why: 'Die US-Arzneimittelbehörde FDA rät, nach der letzten Einnahme zu warten: Die Praxis wartet %.',
      },
      'isotretinoin.taking': {
        said: `Sie nehmen ${isotretinoin}.`,
        then: {
          defer:
            'Bitte setzen Sie Isotretinoin nicht für diese Behandlung ab; das entscheidet Ihre verschreibende Ärztin oder Ihr verschreibender Arzt. Sobald Ihre letzte Einnahme % zurückliegt, melden Sie sich bei der Praxis.',
        },
      },
      'cancer-treatment': {
        said: 'Sie bekommen jetzt oder demnächst eine Chemotherapie, eine Strahlentherapie oder Kortison (Steroide) als Tabletten oder Spritzen.',
      },
      immunosuppression: { said: 'Ihr Immunsystem ist geschwächt, oder Sie nehmen Medikamente, die es unterdrücken.' },
      'bleeding-disorder': {
        said: 'Sie haben eine Blutungs- oder Gerinnungsstörung.',
        then: { decline: 'Bei einer Blutungs- oder Gerinnungsstörung bieten wir kein Microneedling an.' },
      },
      diabetes: { said: 'Sie haben Diabetes, der nicht gut eingestellt ist.' },
      'skin-condition': {
        said: 'Sie haben eine chronische Hauterkrankung, zum Beispiel ein Ekzem, Schuppenflechte (Psoriasis), Weißfleckenkrankheit (Vitiligo), Rosazea oder eine Dermatitis.',
      },
      'skin-condition.flaring': {
        said: 'Sie haben eine chronische Hauterkrankung, die im Behandlungsbereich gerade einen akuten Schub hat.',
        then: {
          defer:
            'Wenn der Schub abgeklungen ist, buchen Sie bitte ein Beratungsgespräch, damit Ihre Behandlerin oder Ihr Behandler Ihre Haut prüfen kann.',
        },
      },
      scleroderma: {
        said: 'Sie haben Sklerodermie.',
        why: 'Die Studien zu Microneedling-Geräten haben keine Menschen mit Sklerodermie eingeschlossen.',
      },
      keloid: { said: 'Sie neigen zu wulstigen Narben (Keloide oder hypertrophe Narben).' },
      'metal-allergy': {
        said: 'Sie sind allergisch gegen Edelstahl oder Nickel.',
        then: { decline: 'Bei dieser Allergie bieten wir kein Microneedling an.' },
      },
      'anesthetic-allergy': { said: 'Sie sind allergisch gegen Betäubungscremes (Lidocain).' },
      'skin-infection': {
        said: 'Sie haben im Behandlungsbereich eine Infektion, eine offene Stelle oder eine Warze.',
        then: { defer: 'Wenn das ausgeheilt ist, melden Sie sich bei der Praxis, um einen Termin für Ihre Behandlung zu buchen.' },
      },
      'wound-or-sunburn': {
        said: 'Sie haben im Behandlungsbereich einen Schnitt, eine Reizung oder einen Sonnenbrand.',
        then: { defer: healed },
      },
      'active-acne': {
        said: 'Sie haben im Behandlungsbereich gerade entzündete oder zystische Akne.',
        why: 'Die Hauptstudie zu einem in den USA zugelassenen Microneedling-Gerät hat keine Menschen mit aktiver Akne eingeschlossen.',
        then: {
          defer: 'Wenn die Akne unter Kontrolle ist, melden Sie sich bei der Praxis, um einen Termin für Ihre Behandlung zu buchen.',
        },
      },
      'cold-sore-now': { said: 'Sie haben gerade Lippenherpes.', then: { defer: healed } },
      'cold-sore-history': {
        said: 'Sie hatten schon einmal Lippenherpes.',
        why: 'Die US-Arzneimittelbehörde FDA nennt dies als Punkt, den Sie mit Ihrer Behandlerin oder Ihrem Behandler besprechen sollten, die oder der Ihnen vor der Behandlung ein antivirales Medikament geben kann.',
        then: { advice: 'Fragen Sie bei der Buchung die Praxis, ob Sie es brauchen.' },
      },
      'skin-cancer': {
        said: 'Sie haben im Behandlungsbereich Hautkrebs, oder er wird dort behandelt.',
        then: { decline: 'An Stellen mit Hautkrebs bieten wir kein Microneedling an.' },
      },
      lesions: { said: 'Sie haben im Behandlungsbereich Leberflecke, Muttermale oder raue Sonnenflecken.' },
      'recent-scar': { said: 'Die zu behandelnde Narbe oder der zu behandelnde Dehnungsstreifen ist jünger als ein Jahr.' },
      'darker-skin': {
        said: 'Ihre Haut wird leicht braun oder ist von Natur aus braun oder schwarz.',
        why: 'Bei Haut wie Ihrer ist die Wahrscheinlichkeit für dunkle Flecken nach der Behandlung höher.',
        then: { advice: 'Achten Sie vor und nach der Behandlung besonders auf Sonnenschutz.' },
      },
      'tan-or-sun': {
        said: 'Sie haben angegeben, dass Sie gerade gebräunt sind oder sich in den 2\u00a0Wochen nach der Behandlung starker Sonne aussetzen wollen.',
        why: 'Die US-Arzneimittelbehörde FDA rät, die Behandlung zeitlich abseits von Sonneneinwirkung zu planen.',
        then: { advice: 'Wählen Sie einen Termin, der nicht in eine Zeit mit Bräunen oder starker Sonne fällt.' },
      },
      'recent-procedure': { why: 'Nach diesem Eingriff wartet die Praxis % bis zur Behandlung.' },
      'recent-procedure.injectables': { said: 'Sie haben am % Filler oder Spritzen gegen Falten bekommen.' },
      'recent-procedure.laser-nonablative': { said: 'Sie hatten am % einen nicht ablativen Lasereingriff.' },
      'recent-procedure.radiofrequency': { said: 'Sie hatten am % einen Radiofrequenz-Eingriff.' },
      'recent-procedure.laser-ablative': { said: 'Sie hatten am % einen ablativen Lasereingriff, der Haut abgetragen hat.' },
      'recent-procedure.deep-peel': { said: 'Sie hatten am % ein tiefes chemisches Peeling.' },
      'recent-procedure.surgery': { said: 'Sie hatten am % eine Operation im Behandlungsbereich.' },
      'recent-procedure.peel': { said: 'Sie hatten am % ein leichtes oder mittleres chemisches Peeling.', why: noWait },
      'recent-procedure.other': {
        said: 'Sie hatten am % einen Eingriff, der nicht auf unserer Liste steht, oder Sie wissen nicht genau, welchen.',
        why: noWait,
      },
    },
    own: { said: 'Sie haben „%“ mit „Ja“ beantwortet.', why: 'Die Praxis fragt dies vor der Behandlung ab.' },
    // Read as „<who> <as>.“: „Die US-Arzneimittelbehörde FDA nennt dies als Grund, mit der Behandlung zu warten.“
    who: {
      FDA: 'Die US-Arzneimittelbehörde FDA nennt dies',
      SKINPEN: 'Die Gebrauchsanweisung eines in den USA zugelassenen Microneedling-Geräts nennt dies',
    },
    as: {
      advice: 'als Punkt, den Sie mit Ihrer Behandlerin oder Ihrem Behandler besprechen sollten',
      consult: 'als Grund, vor der Behandlung Rücksprache mit Ihrer Behandlerin oder Ihrem Behandler zu halten',
      defer: 'als Grund, mit der Behandlung zu warten',
      decline: 'als Grund gegen ein Microneedling',
    },
    then: {
      advice: 'Erwähnen Sie dies bei der Buchung; Ihre Behandlerin oder Ihr Behandler bespricht es bei Ihrem Termin mit Ihnen.',
      // As in English: a consultation is offered once, by the result's heading.
      consult: '',
      defer: 'Wenn dies nicht mehr zutrifft, melden Sie sich bei der Praxis, um einen Termin für Ihre Behandlung zu buchen.',
      decline: 'In diesem Fall bieten wir kein Microneedling an.',
    },
    earliest: (date: string) => `Ab dem ${date} ist diese Wartezeit vorbei.`,
    prepTitle: (date?: string) => `Vor Ihrem Termin${date ? ` am ${date}` : ''}`,
    appointment: 'Datum des Termins',
    prepFrom: (date: string) => `Ab dem ${date}:`,
    prepToday: 'Ab heute:',
    tooEarly: (date: string, entered: string) =>
      `Der ${entered} liegt vor dem ${date}, dem frühesten Datum für die Behandlung: Bitte wählen Sie ein späteres Datum.`,
    prepDays: { one: '% Tag vorher:', other: '% Tage vorher:' },
    prep: {
      antiviral: 'Fragen Sie bei der Buchung die Praxis, ob Sie vor Ihrer Behandlung ein antivirales Medikament brauchen.',
      'stop-actives':
        'Verwenden Sie keine Vitamin-A-Cremes (Retinoide), keine Säuren wie Glykol- oder Salicylsäure und keine anderen Peeling-Produkte mehr.',
      'avoid-sun': 'Meiden Sie Sonne und Bräunen.',
      'self-tanner': 'Kein Selbstbräuner.',
      'hair-removal': 'Kein Waxing, keine Enthaarungscremes und keine Elektrolyse im Behandlungsbereich.',
      'bleeding-supplements':
        'Verzichten Sie auf Alkohol. Wenn Ihre Ärztin oder Ihr Arzt zustimmt, pausieren Sie Fischöl-, Vitamin-E- und Ginkgo-Präparate sowie Schmerzmittel wie Ibuprofen. Setzen Sie verschriebenes Aspirin (ASS) oder Blutverdünner nie eigenmächtig ab.',
      'report-changes': 'Informieren Sie die Praxis vor Ihrem Termin über neuen Lippenherpes, einen Ausschlag oder eine Reizung.',
    },
    notes: [
      'Die Ergebnisse sind unterschiedlich, und meist sind mehrere Sitzungen nötig.',
      'Setzen Sie ein verschriebenes Medikament nie ohne Ihre verschreibende Ärztin oder Ihren verschreibenden Arzt ab.',
    ],
    us: 'In den USA sind Microneedling-Geräte für Aknenarben und Falten im Gesicht sowie für Narben am Bauch bei Erwachsenen ab 22 Jahren zugelassen.',
  },

  aftercare: {
    title: 'Ihre Nachsorge',
    treated: (when: string) => `Ende der Behandlung: ${nb(when)}.`,
    closing: (time: string) => `Es wurde keine Uhrzeit angegeben; daher rechnen wir ab Praxisschluss um ${nb(time)}.`,
    asked: (time: string) => `Es wurde keine Uhrzeit angegeben; daher rechnen wir ab ${nb(time)}, dem Zeitpunkt Ihrer Eingabe.`,
    enter: 'Geben Sie ein, wann Ihre Behandlung endete, um Ihre Erholung Tag für Tag zu sehen.',
    needDate: 'Bitte geben Sie das Datum Ihrer Behandlung ein.',
    future: 'Dieses Datum liegt noch in der Zukunft: Geben Sie den Tag ein, an dem Ihre Behandlung endete.',
    date: 'Datum der Behandlung',
    time: 'Endzeit (falls bekannt)',
    show: 'Anzeigen',
    here: 'Sie sind hier',
    before: 'Ihre Nachsorge beginnt, wenn Ihre Behandlung endet.',
    after: 'Nachsorge abgeschlossen.',
    countdown: (what: string, inWords: string, when: string) => `${what}: ${inWords}, ${nb(when)}`,
    sections: { do: 'Das sollten Sie tun', avoid: 'Das sollten Sie meiden', normal: 'Das ist normal', call: 'Rufen Sie uns an' },
    phases: {
      'first-day': {
        title: 'Erste 24 Stunden',
        do: [
          'Verwenden Sie nur die Produkte, die Ihnen die Praxis gegeben hat',
          'Spülen Sie sanft mit lauwarmem Wasser',
          'Schlafen Sie auf einem frischen Kopfkissenbezug',
        ],
        avoid: ['Make-up, Sonne, Schwitzen und Sport', 'Heiße Duschen, Sauna und Schwimmen', 'Berühren des Gesichts', home],
        normal: ['Rötung wie bei einem Sonnenbrand, Wärme und Spannungsgefühl', 'Punktförmige Blutungen und Schwellung'],
      },
      'day-two': {
        title: 'Tag 2',
        do: [
          'Mineralisches Make-up ist erlaubt',
          'Verwenden Sie jeden Tag Breitband-Sonnenschutz (UVA und UVB) mit LSF 30 oder höher; tragen Sie ihn im Freien alle 2 Stunden neu auf',
        ],
        avoid: ['Sport bis {exercise-ok}', 'Sauna und Dampfbad', home],
        normal: ['Die Rötung klingt ab'],
      },
      'day-three': {
        title: 'Tag 3',
        do: ['Pflegen Sie die Haut weiter mit Feuchtigkeitscreme', spf],
        avoid: ['Sport und starkes Schwitzen bis {exercise-ok}', home],
        normal: ['Trockene oder spannende Haut'],
      },
      peeling: {
        title: 'Tage 4–5',
        do: ['Verwenden Sie eine einfache Feuchtigkeitscreme, etwa die, die Ihnen die Praxis gegeben hat', spf],
        avoid: ['Abzupfen oder Kratzen', `${actives} bis {actives-ok}`, home],
        normal: ['Trockenheit, Schuppung und leichtes Schälen'],
      },
      'first-week': {
        title: 'Tage 6–7',
        do: [
          `Führen Sie ${actives} langsam wieder ein`,
          'Wenn Ihre Haut abgeheilt ist, kehren Sie ab {routine-ok} zu Ihrer gewohnten Routine zurück',
          spf,
        ],
        avoid: [home],
        normal: [
          'Nebenwirkungen sind größtenteils abgeklungen. Im Durchschnitt dauern sie etwa 3 Tage, bis zu 7 Tage. Wenn etwas länger als 7 Tage anhält, rufen Sie die Praxis an.',
        ],
      },
      'weeks-2-4': {
        title: 'Wochen 2–4',
        do: ['Verwenden Sie jeden Tag Sonnenschutz'],
        avoid: ['Bräunen bis {tanning-ok}', home],
        normal: ['Eine dezente Veränderung von Hautstruktur und Hautton'],
      },
      'months-1-3': {
        title: 'Monate 2–3',
        do: ['Buchen Sie die nächste Sitzung Ihrer Behandlungsserie'],
        avoid: [home],
        normal: ['Sichtbare Verbesserung bei Fältchen, Hautstruktur und Narben; die Ergebnisse sind unterschiedlich'],
      },
      'months-3-6': {
        title: 'Monate 4–6',
        do: ['Fragen Sie Ihre Behandlerin oder Ihren Behandler nach einem Plan zur Erhaltung'],
        avoid: [home],
        normal: ['Wenn Sie Ihre Behandlungsserie abgeschlossen haben, zeigen sich jetzt meist ihre vollen Ergebnisse'],
      },
    },
    // Also the calendar entries' titles (.ics): no soft hyphens here.
    milestones: {
      'makeup-ok': 'Mineralisches Make-up erlaubt',
      'sunscreen-ok': 'Sonnenschutz erlaubt',
      'exercise-ok': 'Sport erlaubt',
      'actives-ok': `${actives} wieder erlaubt`,
      'routine-ok': 'Zurück zu Ihrer gewohnten Routine',
      // The end of a break, not an invitation to tan (CLINICAL.md section 2).
      'tanning-ok': 'Ende der 2-wöchigen Bräunungspause (verwenden Sie weiter jeden Tag Sonnenschutz)',
      'next-session': 'Nächste Sitzung',
    },
    flags: 'Rufen Sie noch heute die Praxis an, wenn Sie Folgendes bemerken:',
    // The red flags (Warnzeichen). The device's lines: never words that read like drug use.
    redFlags: [
      'Rötung, Wärme, Schwellung oder Juckreiz, die schlimmer statt besser werden',
      'Schmerzen, die stärker werden',
      'Eiter oder Fieber',
      'Ein Lippenherpes-Ausbruch oder geschwollene Lymphknoten',
      'Neue dunkle oder helle Flecken auf der Haut',
      'Linien oder gitterartige Muster dort, wo das Gerät angewendet wurde',
      'Knötchen, die nicht zurückgehen',
      'Starke Blutungen oder Blutergüsse',
      'Alles, was länger als 7 Tage anhält',
    ],
    // A clinic's name („Hautpraxis am Markt“) would need an article the pack cannot know: a label instead.
    call: (clinic: string) => `Telefon ${clinic}:`,
    emergency: {
      title: 'Notfall',
      text: 'Atemnot oder Schwellung von Lippen, Zunge oder Hals: Wählen Sie jetzt %.',
      local: 'die örtliche Notrufnummer',
    },
    closed: (opens: string) => `Die Praxis ist jetzt geschlossen und öffnet wieder am ${nb(opens)}.`,
    afterHours: 'Bei dringenden Fragen rufen Sie % an.',
    urgent:
      'Wenn es nicht warten kann, bis die Praxis öffnet, wenden Sie sich an den ärztlichen Bereitschaftsdienst, oder wählen Sie im Notfall %.',
    nextSession: (from: string, to: string) => `Buchen Sie Ihre nächste Sitzung zwischen ${nb(from)} und ${nb(to)}.`,
    nextSessionPast: (from: string, to: string) =>
      `Der übliche Zeitraum für Ihre nächste Sitzung (${nb(from)} bis ${nb(to)}) ist vorbei: Buchen Sie sie, sobald Sie bereit sind, oder fragen Sie uns.`,
    book: 'Nächste Sitzung buchen',
    calendar: 'Zu meinem Kalender hinzufügen',
  },

  booking: {
    intro: 'Mit * markierte Felder sind Pflichtfelder.',
    name: 'Vor- und Nachname',
    email: 'E-Mail',
    phone: 'Telefon',
    contact: 'Kontakt per',
    contacts: { email: 'E-Mail', phone: 'Anruf', text: 'SMS' },
    service: 'Leistung',
    serviceNames: { consultation: 'Beratungsgespräch', microneedling: 'Microneedling' },
    minutes: (n: number) => `${n} Min.`,
    areas: 'Behandlungsbereiche',
    areaNames: { face: 'Gesicht', neck: 'Hals', chest: 'Dekolleté', hands: 'Hände', body: 'Körper' },
    firstVisit: 'Meine erste Microneedling-Sitzung',
    lastSession: 'Letzte Microneedling-Sitzung',
    dates: 'Wunschtermine',
    date: (n: number) => `${n}. Wunsch`,
    timeOfDay: 'Tageszeit',
    times: { any: 'Jederzeit', morning: 'Vormittags', afternoon: 'Nachmittags', evening: 'Abends' },
    earliest: (date: string) => `Frühestens am ${date}.`,
    slots: 'Freie Termine',
    slotsNone: 'Online gibt es keine freien Termine: Wählen Sie Wunschtermine.',
    slotsLoading: 'Freie Termine werden geladen\u00a0…',
    slotsError: 'Freie Termine konnten nicht geladen werden: Wählen Sie Wunschtermine.',
    message: 'Nachricht (keine Gesundheitsangaben)',
    consent: 'Ich bin einverstanden, dass die Praxis diese Angaben nutzt, um meine Anfrage zu beantworten.',
    privacy: 'Datenschutzerklärung (öffnet sich in einem neuen Tab)',
    send: 'Anfrage senden',
    sending: 'Wird gesendet\u00a0…',
    fix: (n: number) => `Bitte prüfen Sie ${n} ${new Intl.PluralRules('de').select(n) == 'one' ? 'Feld' : 'Felder'}.`,
    issues: {
      required: 'Pflichtfeld.',
      email: 'Prüfen Sie die E-Mail-Adresse, etwa name@example.com.',
      phone: 'Prüfen Sie die Telefonnummer: mindestens 5 Ziffern (Leerzeichen und + ( ) . - sind erlaubt).',
      date: 'Geben Sie ein Datum ein.',
      incomplete: 'Dieses Datum ist unvollständig: Ergänzen oder löschen Sie es.',
      future: 'Dieses Datum liegt in der Zukunft.',
      past: 'Wählen Sie heute oder ein späteres Datum.',
      horizon: (last: string) => `Wählen Sie ein Datum bis spätestens ${last}.`,
      closed: 'An diesem Tag haben wir geschlossen.',
      spacing: (first: string) => `Zwischen zwei Sitzungen ist ein Abstand nötig: frühestens am ${first}.`,
      deferred: (first: string) => `Nach Ihrem Sicherheitscheck: frühestens am ${first}.`,
      check: 'Machen Sie zuerst den Sicherheitscheck, oder wählen Sie ein Beratungsgespräch.',
      review:
        'Nach Ihrem Sicherheitscheck sprechen Sie bitte zuerst mit Ihrer Behandlerin oder Ihrem Behandler: Buchen Sie ein Beratungsgespräch, oder rufen Sie uns an.',
      declined:
        'Nach Ihrem Sicherheitscheck ist die Behandlung nicht online buchbar: Buchen Sie ein Beratungsgespräch über andere Möglichkeiten, oder rufen Sie uns an.',
      resolve:
        'Ihr Sicherheitscheck hat etwas ergeben, das zuerst vorüber sein muss: Buchen Sie ein Beratungsgespräch, oder rufen Sie uns dann an.',
      later: (first: string) =>
        `Eine Behandlung kann erst ab dem ${first} angefragt werden. So weit im Voraus nimmt dieses Formular keine Anfragen an: Buchen Sie ein Beratungsgespräch, oder rufen Sie uns an.`,
      value: 'Prüfen Sie diese Angabe.',
    },
    // As in English: '' where 'failed' alone says it.
    server: {
      invalid: '',
      'too-large': 'Ihre Nachricht ist zu lang: Kürzen Sie sie.',
      'too-fast': 'Für die Praxis zu schnell gesendet: Bitte senden Sie die Anfrage erneut.',
      'rate-limited': 'Zu viele Anfragen: Bitte versuchen Sie es später erneut.',
      rejected: '',
      unreadable: '',
      unavailable: '',
    },
    internal: 'Abgelehnt wurde etwas, das das Formular selbst hinzufügt, nicht Ihre Eingabe.',
    sent: 'Anfrage gesendet',
    next: 'Wir melden uns bei Ihnen, um einen Termin zu bestätigen; bis dahin ist er nicht gebucht.',
    ics: 'Zu meinem Kalender hinzufügen (vorläufig)',
    failed: 'Nicht gesendet. Ihre Eingaben bleiben erhalten.',
    retry: 'Erneut versuchen',
    offline: 'Nicht gesendet: Sie sind offline. Ihre Anfrage bleibt hier erhalten.',
    online: 'Sie sind wieder online. Ihre Anfrage ist noch nicht gesendet.',
    pending:
      'Diese Anfrage hat uns vielleicht schon vor dem Neuladen der Seite erreicht; wenn Sie sie erneut senden, kommt sie nicht doppelt an.',
    mail: 'Anfrage per E-Mail senden',
    mailNote: 'Dieses Formular sendet Ihre Anfrage per E-Mail.',
    mailReady: 'Ihre Anfrage ist bereit zum Senden aus Ihrem E-Mail-Programm.',
    mailCut: 'Ihre Nachricht wurde gekürzt: Ergänzen Sie den Rest in der E-Mail.',
    mailSubject: 'Terminanfrage',
    unconfigured: 'Online-Anfragen sind noch nicht eingerichtet.',
  },
};
