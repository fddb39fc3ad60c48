/*
 * Spanish texts (issue 15): a complete `Catalogue`, formal address (usted) throughout, neutral
 * Spanish for Spain, Latin America and the US. Nothing English is imported at run time.
 *
 * One word per idea (CLINICAL.md section 5), used everywhere:
 *   treatment ............ tratamiento (the microneedling procedure only; other care is a "procedimiento")
 *   appointment .......... cita
 *   session .............. sesión
 *   the clinic ........... la clínica
 *   your clinician ....... su especialista
 *   consultation ......... consulta (never for anything else: no "consultar", "consultas urgentes")
 *   safety check ......... cuestionario de seguridad
 *   aftercare ............ cuidados posteriores
 *   red flag ............. señal de alarma (the heading says "Llame hoy a la clínica si nota:")
 *   emergency ............ emergencia (urgent care: un servicio de urgencias)
 * And: microneedling = micropunción; the FDA = la agencia FDA de EE. UU.;
 * your doctor = su médico; your prescriber = el médico que se lo recetó; treatment area = zona de
 * tratamiento; request = solicitud; sunscreen = protector solar (SPF 30 = factor 30); blood thinners
 * = medicamentos para fluidificar la sangre (the question adds "anticoagulantes o antiagregantes":
 * "anticoagulantes" alone leaves out antiplatelet drugs, which "blood thinners" includes); cold
 * sore = herpes labial; home microneedling rollers or pens = rodillos o bolígrafos de micropunción
 * de uso doméstico.
 *
 * Dates arrive formatted by `Intl`: a date or date and time starts with the day ("21 nov 2026",
 * "sáb, 21 nov, 14:00"), so "el %" / "del %" reads right; a time alone or a phone number never
 * follows an article that would have to agree with it.
 */
import type { Catalogue } from '../en/index.js';

/** "EE. UU." on one line. */
const US = 'EE.\u00a0UU.';
/** The FDA, named so a reader in Spain or Latin America knows it is the US authority (after "La" or "la"). */
const FDA = `agencia FDA de ${US}`;
/** A device authorized in the US (SkinPen), without naming it. */
const DEVICE = `un dispositivo de micropunción autorizado en ${US}`;
/** Vitamin A creams and acids, in plain words (CLINICAL.md section 5): after "cremas" or "Cremas". */
const ACTIVES = 'de vitamina A (retinoides), ácidos como el glicólico o el salicílico';
const SUN = 'Use cada día protector solar de factor 30 o más';
const HOME = 'Rodillos o bolígrafos de micropunción de uso doméstico, hasta su próxima sesión en la clínica';
const ISOTRETINOIN = 'isotretinoína (Roacutan, Accutane)';
const healed = 'Cuando se haya curado, póngase en contacto con la clínica para reservar su tratamiento.';
const noWait = 'No hay un plazo de espera oficial tras este procedimiento, así que su especialista lo revisará primero.';
const check = 'Revise este dato.';
/**
 * A sentence's full stop, unless it ends with an abbreviation's ("1:00 p.m.", as `es-US` writes a
 * time): Spanish writes one point there, never two.
 */
const stop = (s: string) => s.replace(/\.?$/, '.');

export const es: Catalogue = {
  common: {
    notice: (attr, value, problem) => stop(`Aviso de configuración: ${value ? `${attr}="${value}"` : attr} ${problem}`),
    problems: {
      'too-long': 'es demasiado largo; se ha acortado',
      phone: 'no es un número de teléfono al que se pueda llamar; no se muestra',
      email: 'no es una dirección de correo electrónico; no se usa',
      url: 'no es una dirección web; no se usa',
      'url-scheme': 'no es una dirección http(s); se rechaza',
      'url-host': 'necesita https:// delante; no se usa',
      timezone: 'no es una zona horaria como «Europe/Madrid»; se usa la del navegador',
      locale: 'no es una etiqueta de idioma como «es-ES»; se usa el idioma de la página',
      hours: 'no tiene el formato «Mo-Fr 09:00-18:00; Sa 10:00-14:00»; no se usa',
      region: 'no es un código de país como «ES» o «US»; se usa la región de la etiqueta de idioma',
      languages: 'no es una lista de etiquetas de idioma como «en es»; no se muestra el selector de idioma',
      date: 'no es una fecha (AAAA-MM-DD); no se usa',
      datetime: 'no es una fecha y hora (AAAA-MM-DDTHH:MM); no se usa',
      value: 'no es un valor permitido; se usa el predeterminado',
      safe: 'no está claro, así que se usa la opción más segura; use en su lugar la propiedad %',
      spacing: 'es inferior al mínimo de 14 días; se usa 14',
      endpoint: 'no está configurado y la clínica no tiene correo electrónico; no se pueden enviar solicitudes',
      clinic: 'debe ser el id de un único <mn-clinic> de esta página; no se usa ninguno',
      'no-phone': 'falta; las señales de alarma no muestran ningún número al que llamar',
    },
    loading: 'Cargando…',
    fallback: 'Lo sentimos, no se ha podido mostrar esta parte de la página.',
    language: 'Idioma',
    colon: ':',
    callUs: 'Llámenos:',
    emailUs: 'o escríbanos a',
  },

  screening: {
    privacy:
      'Este cuestionario es una evaluación previa, no un consejo médico: la lista no es completa y decide su especialista. Sus respuestas no salen de esta página: no se guarda ni se envía nada.',
    yes: 'Sí',
    no: 'No',
    progress: (i, n) => `Paso ${i} de ${n}`,
    next: 'Siguiente',
    back: 'Atrás',
    review: 'Revise sus respuestas',
    change: 'Cambiar',
    update: 'Actualizar y volver',
    cancel: 'Cancelar el cambio',
    see: 'Ver mi resultado',
    again: 'Empezar de nuevo',
    groups: {
      you: 'Sobre usted y sus medicamentos',
      health: 'Problemas de salud y alergias',
      skin: 'Su piel',
      sun: 'Sol, tipo de piel y procedimientos recientes',
    },
    ask: {
      age: '¿Qué edad tiene?',
      pregnancy: '¿Está embarazada o dando el pecho?',
      anticoagulants: '¿Toma medicamentos para fluidificar la sangre (anticoagulantes o antiagregantes) o una aspirina al día?',
      isotretinoin: `¿Toma ${ISOTRETINOIN} o la ha tomado en el último año?`,
      'cancer-treatment': '¿Recibe quimioterapia, radioterapia o corticoides en pastillas o inyecciones, ahora o próximamente?',
      immunosuppression: '¿Tiene el sistema inmunitario débil o toma medicamentos que lo debilitan?',
      'bleeding-disorder': '¿Tiene algún problema de sangrado o de coagulación de la sangre?',
      diabetes: '¿Tiene una diabetes que no está bien controlada?',
      'skin-condition': '¿Tiene eccema, psoriasis, vitíligo, rosácea, dermatitis u otra enfermedad crónica de la piel?',
      scleroderma: '¿Tiene esclerodermia?',
      keloid: '¿Suele tener cicatrices abultadas (queloides o cicatrices hipertróficas)?',
      'metal-allergy': '¿Tiene alergia al acero inoxidable o al níquel?',
      'anesthetic-allergy': '¿Tiene alergia a las cremas anestésicas (lidocaína)?',
      'skin-infection': '¿Hay alguna infección, llaga abierta o verruga en la zona de tratamiento?',
      'wound-or-sunburn': '¿Hay cortes, irritación o quemaduras solares en la zona de tratamiento?',
      'active-acne': '¿Tiene ahora brotes de acné inflamado o quístico en la zona de tratamiento?',
      'cold-sore-now': '¿Tiene ahora mismo un herpes labial?',
      'cold-sore-history': '¿Ha tenido alguna vez herpes labial?',
      'skin-cancer': '¿Hay cáncer de piel en la zona de tratamiento ahora, o se está tratando en esa zona?',
      lesions: '¿Hay lunares, manchas de nacimiento o manchas ásperas por el sol en la zona de tratamiento?',
      'recent-scar': '¿La cicatriz o estría que quiere tratar tiene menos de un año?',
      'darker-skin': '¿Su piel se broncea con facilidad, o es morena o negra por naturaleza?',
      'tan-or-sun': '¿Tiene ahora la piel bronceada, o piensa exponerse a sol intenso en las 2 semanas después del tratamiento?',
      'recent-procedure':
        '¿Le han hecho láser, radiofrecuencia, un peeling, inyectables o una cirugía en la zona de tratamiento en los últimos 12 meses?',
    },
    labels: {
      age: 'Edad en años',
      'isotretinoin.taking': '¿La sigue tomando?',
      'isotretinoin.stopped': 'Fecha en que la dejó',
      'skin-condition.flaring': '¿Tiene ahora un brote en la zona de tratamiento?',
      'recent-procedure.kinds': '¿Cuáles? Elija todos los que correspondan.',
    },
    // Every kind's name, of either gender, reads before "fecha de la última vez".
    when: (kind) => `${kind}: fecha de la última vez`,
    kinds: {
      injectables: 'Inyectables (rellenos o inyecciones antiarrugas)',
      'laser-nonablative': 'Láser que dejó intacta la superficie de la piel (no ablativo)',
      radiofrequency: 'Radiofrecuencia',
      'laser-ablative': 'Láser de rejuvenecimiento que retiró piel (ablativo)',
      'deep-peel': 'Peeling químico profundo',
      surgery: 'Cirugía',
      peel: 'Peeling químico superficial o medio',
      other: 'Otro procedimiento, o no sé cuál',
    },
    errors: {
      missing: 'Responda a esta pregunta.',
      date: 'Indique una fecha válida.',
      future: 'Esta fecha está en el futuro.',
      value: 'Revise esta respuesta.',
    },
    summary: { one: 'Revise esta respuesta.', other: 'Revise % respuestas.' },
    headline: {
      clear: 'Puede reservar una cita.',
      advice: 'Puede reservar una cita. Antes, lea las notas.',
      consult: 'Reserve primero una consulta.',
      defer: 'Espere antes de recibir el tratamiento.',
      decline: 'Hablemos de otras opciones.',
    },
    from: (date) => `${stop(`Espere: la fecha más temprana para el tratamiento es el ${date}`)} Su especialista lo confirmará.`,
    book: 'Reservar una cita',
    bookFrom: (date) => `Reservar una cita a partir del ${date}`,
    consult: 'Reservar una consulta',
    questions: '¿Tiene preguntas? Llámenos:',
    findings: {
      'age.under-18': {
        said: 'Tiene menos de 18 años.',
        why: 'Para recibir el tratamiento con menos de 18 años se necesita el consentimiento del padre, la madre o el tutor legal.',
        then: { consult: 'Reserve una consulta junto con su padre, su madre o su tutor legal.' },
      },
      'age.under-22': {
        // "%" is the age answered: 18 to 21.
        said: 'Tiene % años.',
        why: `En ${US}, la agencia FDA ha autorizado los dispositivos de micropunción para adultos de 22 años o más.`,
      },
      pregnancy: { said: 'Está embarazada o dando el pecho.' },
      anticoagulants: {
        said: 'Toma medicamentos para fluidificar la sangre o una aspirina al día.',
        then: { consult: 'No deje ni cambie esta medicación por este tratamiento, salvo que se lo indique su médico.' },
      },
      isotretinoin: {
        said: `Dejó la ${ISOTRETINOIN} el %.`,
        why: `La ${FDA} recomienda esperar tras la última dosis: la clínica espera %.`,
      },
      'isotretinoin.taking': {
        said: `Está tomando ${ISOTRETINOIN}.`,
        then: {
          // "%" is a waiting time ("6 meses", "1 año"): "un plazo de" agrees with any.
          defer:
            'No deje la isotretinoína por este tratamiento; eso lo decide el médico que se la recetó. Cuando se cumpla un plazo de % desde su última dosis, póngase en contacto con la clínica.',
        },
      },
      'cancer-treatment': {
        said: 'Recibe, o recibirá pronto, quimioterapia, radioterapia o corticoides en pastillas o inyecciones.',
      },
      immunosuppression: { said: 'Tiene el sistema inmunitario débil o toma medicamentos que lo debilitan.' },
      'bleeding-disorder': {
        said: 'Tiene un problema de sangrado o de coagulación de la sangre.',
        then: { decline: 'No ofrecemos micropunción a personas con un problema de sangrado o de coagulación.' },
      },
      diabetes: { said: 'Tiene una diabetes que no está bien controlada.' },
      'skin-condition': { said: 'Tiene una enfermedad crónica de la piel, como eccema, psoriasis, vitíligo, rosácea o dermatitis.' },
      'skin-condition.flaring': {
        said: 'Tiene una enfermedad crónica de la piel con un brote ahora en la zona de tratamiento.',
        then: { defer: 'Cuando el brote se haya calmado, reserve una consulta para que su especialista revise su piel.' },
      },
      scleroderma: {
        said: 'Tiene esclerodermia.',
        why: 'Los estudios de los dispositivos de micropunción no incluyeron a personas con esclerodermia.',
      },
      keloid: { said: 'Suele tener cicatrices abultadas (queloides o cicatrices hipertróficas).' },
      'metal-allergy': {
        said: 'Tiene alergia al acero inoxidable o al níquel.',
        then: { decline: 'No ofrecemos micropunción a personas con esta alergia.' },
      },
      'anesthetic-allergy': { said: 'Tiene alergia a las cremas anestésicas (lidocaína).' },
      'skin-infection': {
        said: 'Tiene una infección, una llaga abierta o una verruga en la zona de tratamiento.',
        then: { defer: 'Cuando haya desaparecido, póngase en contacto con la clínica para reservar su tratamiento.' },
      },
      'wound-or-sunburn': { said: 'Tiene un corte, irritación o una quemadura solar en la zona de tratamiento.', then: { defer: healed } },
      'active-acne': {
        said: 'Tiene ahora brotes de acné inflamado o quístico en la zona de tratamiento.',
        why: `El ensayo principal de ${DEVICE} no incluyó a personas con acné activo.`,
        then: { defer: 'Cuando el acné esté controlado, póngase en contacto con la clínica para reservar su tratamiento.' },
      },
      'cold-sore-now': { said: 'Tiene ahora un herpes labial.', then: { defer: healed } },
      'cold-sore-history': {
        said: 'Ha tenido herpes labial.',
        why: `La ${FDA} lo señala como algo que debe comentar con su especialista, que puede darle un medicamento antiviral antes del tratamiento.`,
        then: { advice: 'Cuando reserve, pregunte a la clínica si lo necesita.' },
      },
      'skin-cancer': {
        said: 'Tiene cáncer de piel en la zona de tratamiento, o se está tratando en esa zona.',
        then: { decline: 'No ofrecemos micropunción donde hay cáncer de piel.' },
      },
      lesions: { said: 'Tiene lunares, manchas de nacimiento o manchas ásperas por el sol en la zona de tratamiento.' },
      'recent-scar': { said: 'La cicatriz o estría que quiere tratar tiene menos de un año.' },
      'darker-skin': {
        said: 'Su piel se broncea con facilidad o es morena o negra por naturaleza.',
        why: 'En una piel como la suya es más probable que aparezcan manchas oscuras después del tratamiento.',
        then: { advice: 'Cuide especialmente la protección solar antes y después del tratamiento.' },
      },
      'tan-or-sun': {
        said: 'Nos ha dicho que ahora tiene la piel bronceada o que piensa exponerse a sol intenso en las 2 semanas después del tratamiento.',
        why: `La ${FDA} recomienda planificar el tratamiento teniendo en cuenta la exposición al sol.`,
        then: { advice: 'Elija para su cita una fecha alejada de periodos de bronceado o de sol intenso.' },
      },
      'recent-procedure': { why: 'La clínica espera % después de este procedimiento antes del tratamiento.' },
      'recent-procedure.injectables': { said: 'Le pusieron rellenos o inyecciones antiarrugas el %.' },
      'recent-procedure.laser-nonablative': { said: 'Le hicieron un procedimiento con láser no ablativo el %.' },
      'recent-procedure.radiofrequency': { said: 'Le hicieron un procedimiento de radiofrecuencia el %.' },
      'recent-procedure.laser-ablative': { said: 'Le hicieron un procedimiento con láser ablativo (de rejuvenecimiento) el %.' },
      'recent-procedure.deep-peel': { said: 'Le hicieron un peeling químico profundo el %.' },
      'recent-procedure.surgery': { said: 'Le hicieron una cirugía en la zona de tratamiento el %.' },
      'recent-procedure.peel': { said: 'Le hicieron un peeling químico superficial o medio el %.', why: noWait },
      'recent-procedure.other': {
        said: 'El % le hicieron un procedimiento que no está en nuestra lista, o no sabe cuál fue.',
        why: noWait,
      },
    },
    // "%" is the clinic's own question, with its own question marks.
    own: { said: 'Respondió «Sí» a «%».', why: 'La clínica pregunta por esto antes del tratamiento.' },
    who: {
      FDA: `La ${FDA} señala esto`,
      SKINPEN: `Las instrucciones de ${DEVICE} señalan esto`,
    },
    as: {
      advice: 'como algo que debe comentar con su especialista',
      consult: 'como motivo para hablar con su especialista antes del tratamiento',
      defer: 'como motivo para esperar',
      decline: 'como motivo para no hacerse la micropunción',
    },
    then: {
      advice: 'Menciónelo al reservar; su especialista lo hablará con usted en su cita.',
      consult: '',
      defer: 'Cuando esto ya no sea así, póngase en contacto con la clínica para reservar su tratamiento.',
      decline: 'En este caso no ofrecemos micropunción.',
    },
    earliest: (date) => `A partir del ${date}, esta espera habrá terminado.`,
    prepTitle: (date) => `Antes de su cita${date ? ` del ${date}` : ''}`,
    appointment: 'Fecha de la cita',
    prepFrom: (date) => `A partir del ${date}:`,
    prepToday: 'A partir de hoy:',
    tooEarly: (date, entered) =>
      `El ${entered} es anterior al ${date}, la fecha más temprana para el tratamiento: elija una fecha posterior.`,
    prepDays: { one: '% día antes:', other: '% días antes:' },
    prep: {
      antiviral: 'Cuando reserve, pregunte a la clínica si necesita un medicamento antiviral antes de su tratamiento.',
      'stop-actives': `Deje de usar cremas ${ACTIVES} y otros productos exfoliantes.`,
      'avoid-sun': 'Evite el sol y el bronceado.',
      'self-tanner': 'No use autobronceador.',
      'hair-removal': 'No se depile con cera, cremas depilatorias ni electrólisis en la zona de tratamiento.',
      'bleeding-supplements':
        'Evite el alcohol. Si su médico está de acuerdo, deje por un tiempo los suplementos de aceite de pescado, vitamina E y ginkgo, y los analgésicos tipo ibuprofeno. No deje nunca por su cuenta la aspirina ni los medicamentos para fluidificar la sangre que le hayan recetado.',
      'report-changes': 'Antes de su cita, informe a la clínica si le aparece un herpes labial, un sarpullido o una irritación.',
    },
    notes: [
      'Los resultados varían y normalmente se necesitan varias sesiones.',
      'No deje nunca un medicamento recetado sin hablar con el médico que se lo recetó.',
    ],
    us: `En ${US}, los dispositivos de micropunción están autorizados para cicatrices de acné en la cara, arrugas de la cara y cicatrices en el abdomen en adultos de 22 años o más.`,
  },

  aftercare: {
    title: 'Sus cuidados posteriores',
    treated: (when) => stop(`Fin del tratamiento: ${when}`),
    closing: (time) => `No se indicó la hora, así que contamos desde la hora de cierre de la clínica (${time}).`,
    asked: (time) => `No se indicó la hora, así que contamos desde el momento en que lo preguntó (${time}).`,
    enter: 'Indique cuándo terminó su tratamiento para ver su recuperación día a día.',
    needDate: 'Indique la fecha de su tratamiento.',
    future: 'Esa fecha aún no ha llegado: indique el día en que terminó su tratamiento.',
    date: 'Fecha del tratamiento',
    time: 'Hora de fin (si la sabe)',
    show: 'Mostrar',
    here: 'Usted está aquí',
    before: 'Sus cuidados posteriores empiezan cuando termina su tratamiento.',
    after: 'Cuidados posteriores completados.',
    countdown: (what, inWords, when) => `${what}: ${inWords}, ${when}`,
    sections: { do: 'Qué hacer', avoid: 'Qué evitar', normal: 'Qué es normal', call: 'Llámenos' },
    // "{id}" is that milestone's date and time ("sáb, 21 nov, 14:00"): "hasta el {id}".
    phases: {
      'first-day': {
        title: 'Primeras 24 horas',
        do: [
          'Use solo los productos que le dio la clínica',
          'Enjuáguese suavemente con agua tibia',
          'Duerma sobre una funda de almohada limpia',
        ],
        avoid: ['Maquillaje, sol, sudor y ejercicio', 'Duchas calientes, sauna y natación', 'Tocarse la cara', HOME],
        normal: ['Enrojecimiento como de quemadura solar, calor y tirantez', 'Pequeños puntos de sangrado e hinchazón'],
      },
      'day-two': {
        title: 'Día 2',
        do: [
          'Puede usar maquillaje mineral',
          'Use cada día protector solar de amplio espectro, de factor 30 o más; vuelva a aplicarlo cada 2 horas al aire libre',
        ],
        avoid: ['Ejercicio, hasta el {exercise-ok}', 'Sauna y baños de vapor', HOME],
        normal: ['El enrojecimiento va disminuyendo'],
      },
      'day-three': {
        title: 'Día 3',
        do: ['Siga hidratando la piel', SUN],
        avoid: ['Ejercicio y sudar mucho, hasta el {exercise-ok}', HOME],
        normal: ['Piel seca o tirante'],
      },
      peeling: {
        title: 'Días 4–5',
        do: ['Use una crema hidratante sencilla, como la que le dio la clínica', SUN],
        avoid: ['Rascarse o arrancarse la piel que se pela', `Cremas ${ACTIVES}, y vitamina C, hasta el {actives-ok}`, HOME],
        normal: ['Sequedad, descamación y piel que se pela ligeramente'],
      },
      'first-week': {
        title: 'Días 6–7',
        do: [
          `Vuelva a usar poco a poco cremas ${ACTIVES}, y vitamina C`,
          'A partir del {routine-ok}, si su piel se ha curado, vuelva a su rutina habitual',
          SUN,
        ],
        avoid: [HOME],
        normal: [
          'Los efectos secundarios casi han desaparecido: duran unos 3 días de media, y hasta 7 días. Si algo dura más de 7 días, llame a la clínica.',
        ],
      },
      'weeks-2-4': {
        title: 'Semanas 2–4',
        do: ['Use protector solar cada día'],
        avoid: ['Broncearse, hasta el {tanning-ok}', HOME],
        normal: ['Un cambio sutil en la textura y el tono de la piel'],
      },
      'months-1-3': {
        title: 'Meses 2–3',
        do: ['Reserve la próxima sesión de su serie'],
        avoid: [HOME],
        normal: ['Mejora visible de las líneas de expresión, la textura y las cicatrices; los resultados varían'],
      },
      'months-3-6': {
        title: 'Meses 4–6',
        do: ['Pregunte a su especialista por un plan de mantenimiento'],
        avoid: [HOME],
        normal: ['Si ha terminado su serie, es ahora cuando suelen verse sus resultados completos'],
      },
    },
    milestones: {
      'makeup-ok': 'Maquillaje mineral permitido',
      'sunscreen-ok': 'Protector solar permitido',
      'exercise-ok': 'Ejercicio permitido',
      'actives-ok': `Puede volver a usar cremas ${ACTIVES}, y vitamina C`,
      'routine-ok': 'Vuelta a su rutina habitual',
      // The end of a break, not an invitation to tan (CLINICAL.md section 2).
      'tanning-ok': 'Fin de la pausa de 2 semanas sin broncearse (siga usando protector solar cada día)',
      'next-session': 'Próxima sesión',
    },
    flags: 'Llame hoy a la clínica si nota:',
    redFlags: [
      'Enrojecimiento, calor, hinchazón o picor que empeoran en lugar de mejorar',
      'Dolor que empeora',
      'Pus o fiebre',
      'Un brote de herpes labial o ganglios inflamados',
      'Manchas nuevas, oscuras o claras, en la piel',
      'Líneas o marcas en forma de cuadrícula donde se usó el dispositivo',
      'Bultos que no desaparecen',
      'Sangrado o moratones abundantes',
      'Cualquier cosa que dure más de 7 días',
    ],
    call: (clinic) => `Llame a ${clinic}:`,
    // "%" is a phone number or `local`: "llame al 112", "llame al número de emergencias de su zona".
    emergency: {
      title: 'Emergencia',
      text: 'Dificultad para respirar, o hinchazón de labios, lengua o garganta: llame ahora al %.',
      local: 'número de emergencias de su zona',
    },
    closed: (opens) => stop(`La clínica está cerrada ahora y vuelve a abrir el ${opens}`),
    afterHours: 'Para dudas urgentes, llame al %.',
    urgent: 'Si no puede esperar a que abra la clínica, acuda a un servicio de urgencias o, en caso de emergencia, llame al %.',
    nextSession: (from, to) => stop(`Reserve su próxima sesión entre el ${from} y el ${to}`),
    nextSessionPast: (from, to) =>
      `El plazo habitual para su próxima sesión (del ${from} al ${to}) ya ha pasado: resérvela cuando lo desee, o pregúntenos.`,
    book: 'Reservar su próxima sesión',
    calendar: 'Añadir a mi calendario',
  },

  booking: {
    intro: 'Los campos marcados con * son obligatorios.',
    name: 'Nombre y apellidos',
    email: 'Correo electrónico',
    phone: 'Teléfono',
    contact: 'Contactarme por',
    contacts: { email: 'Correo electrónico', phone: 'Llamada telefónica', text: 'Mensaje de texto (SMS)' },
    service: 'Servicio',
    serviceNames: { consultation: 'Consulta', microneedling: 'Micropunción' },
    minutes: (n) => `${n} min`,
    areas: 'Zonas de tratamiento',
    areaNames: { face: 'Cara', neck: 'Cuello', chest: 'Pecho', hands: 'Manos', body: 'Cuerpo' },
    firstVisit: 'Mi primera sesión de micropunción',
    lastSession: 'Última sesión de micropunción',
    dates: 'Fechas preferidas',
    date: (n) => `Opción ${n}`,
    timeOfDay: 'Momento del día',
    times: { any: 'Cualquier hora', morning: 'Mañana', afternoon: 'Tarde', evening: 'Tarde-noche' },
    earliest: (date) => stop(`Fecha más temprana: ${date}`),
    slots: 'Horarios disponibles',
    slotsNone: 'No hay horarios disponibles en línea: elija fechas.',
    slotsLoading: 'Cargando horarios disponibles…',
    slotsError: 'No se han podido cargar los horarios disponibles: elija fechas.',
    message: 'Mensaje (sin datos de salud)',
    consent: 'Acepto que la clínica use estos datos para responder a mi solicitud.',
    privacy: 'Política de privacidad (se abre en una pestaña nueva)',
    send: 'Enviar solicitud',
    sending: 'Enviando…',
    fix: (n) => `Revise ${n} ${new Intl.PluralRules('es').select(n) == 'one' ? 'campo' : 'campos'}.`,
    issues: {
      required: 'Obligatorio.',
      email: 'Revise el correo electrónico: debe tener la forma nombre@ejemplo.com.',
      phone: 'Revise el número de teléfono: use al menos 5 cifras (se admiten espacios y + ( ) . -).',
      date: 'Indique una fecha.',
      incomplete: 'Esta fecha está incompleta: complétela o bórrela.',
      future: 'Esta fecha está en el futuro.',
      past: 'Elija hoy o una fecha posterior.',
      horizon: (last) => stop(`Elija una fecha hasta el ${last}`),
      closed: 'Ese día estamos cerrados.',
      spacing: (first) => stop(`Las sesiones deben estar espaciadas: como pronto, el ${first}`),
      deferred: (first) => stop(`Según su cuestionario de seguridad: como pronto, el ${first}`),
      check: 'Complete primero el cuestionario de seguridad o elija una consulta.',
      review: 'Según su cuestionario de seguridad, primero debe hablar con su especialista: reserve una consulta o llámenos.',
      declined:
        'Según su cuestionario de seguridad, el tratamiento no se reserva en línea: reserve una consulta para hablar de otras opciones o llámenos.',
      resolve:
        'Su cuestionario de seguridad indica algo que debe resolverse primero: reserve una consulta, o llámenos cuando se haya resuelto.',
      later: (first) =>
        `El tratamiento puede solicitarse a partir del ${first}, más tarde de lo que admite este formulario: reserve una consulta o llámenos.`,
      value: check,
    },
    server: {
      invalid: '',
      'too-large': 'Su mensaje es demasiado largo: acórtelo.',
      'too-fast': 'Se envió demasiado rápido para la clínica: envíelo de nuevo.',
      'rate-limited': 'Demasiadas solicitudes: inténtelo de nuevo más tarde.',
      rejected: '',
      unreadable: '',
      unavailable: '',
    },
    internal: 'Se rechazó algo que el formulario añade por sí mismo, no lo que usted escribió.',
    sent: 'Solicitud enviada',
    next: 'Nos pondremos en contacto con usted para confirmar una hora; hasta entonces, la cita no está reservada.',
    ics: 'Añadir a mi calendario (provisional)',
    failed: 'No se ha enviado. No se ha perdido nada de lo que escribió.',
    retry: 'Intentar de nuevo',
    offline: 'No enviada: no tiene conexión. Su solicitud se conserva aquí.',
    online: 'Vuelve a tener conexión. Su solicitud aún no se ha enviado.',
    pending:
      'Puede que esta solicitud ya nos haya llegado antes de que se recargara la página; si la envía de nuevo, no se enviará dos veces.',
    mail: 'Enviar la solicitud por correo electrónico',
    mailNote: 'Este formulario envía su solicitud por correo electrónico.',
    mailReady: 'Su solicitud está lista para enviarla desde su aplicación de correo.',
    mailCut: 'Su mensaje se ha acortado: añada el resto en el correo.',
    mailSubject: 'Solicitud de cita',
    unconfigured: 'Las solicitudes en línea aún no están configuradas.',
  },
};
