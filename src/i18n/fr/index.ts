/*
 * Textes en français (vouvoiement partout), traduits de l’anglais (src/i18n/en) selon CLINICAL.md
 * sections 4 et 5 : un constat, une raison tirée de la référence, l’étape suivante ; aucun verdict
 * absolu ; des mots simples.
 *
 * Un seul terme par idée (CLINICAL.md section 5) :
 *   treatment (l’acte de microneedling)  → le traitement
 *   appointment (l’horaire réservé)      → le rendez-vous
 *   session (une séance d’une série)     → la séance
 *   the clinic (l’établissement)         → la clinique
 *   your clinician (qui décide)          → votre praticien
 *   consultation                         → la consultation
 *   safety check                         → le questionnaire de sécurité
 *   aftercare                            → les soins après le traitement
 *   red flag                             → le signe d’alerte (la liste « Appelez la clinique aujourd’hui si… »)
 *   emergency                            → l’urgence (le numéro d’urgence)
 * Et aussi : procedure → l’intervention ; treatment area → la zone à traiter ; your doctor → votre
 * médecin ; your prescriber → le médecin qui vous l’a prescrit ; medicine → le médicament ; the FDA →
 * l’autorité sanitaire américaine (FDA) ; email → l’e-mail ; exercise → le sport ; sunscreen → la
 * crème solaire ; cold sore → le bouton de fièvre ; urgent care → un médecin de garde.
 *
 * Jamais d’adjectif accordé au genre du patient (« allergique », « hors ligne », « enceinte » seuls) ;
 * les accords suivent les noms (« une intervention… laquelle »). Typographie : espace insécable
 * (U+00A0) avant « : » et à l’intérieur des guillemets « », espace fine insécable (U+202F) avant ; ? !,
 * apostrophe typographique ’. Les dates et heures arrivent déjà formatées par Intl (« 21 nov. 2026 »,
 * « sam. 21 nov., 15:00 ») : « le », « du », « au » les précèdent.
 */
import type { Catalogue } from '../en/index.js';

/** Les pluriels : 0 et 1 sont au singulier en français (`Intl.PluralRules('fr')`). */
const one = (n: number) => new Intl.PluralRules('fr').select(n) == 'one';

/** Les étapes suivantes communes à plusieurs constats. */
const healed = 'Après guérison, contactez la clinique pour planifier votre traitement.';
const noWait = 'Il n’existe pas de délai d’attente officiel après cette intervention : votre praticien vérifiera donc d’abord.';
const isotretinoin = 'l’isotrétinoïne (Roaccutane, Curacné…)';
const home = 'Les rouleaux ou stylos de microneedling à domicile, jusqu’à votre prochaine séance à la clinique';
const spf = 'Utilisez chaque jour une crème solaire SPF 30 ou plus';

export const fr: Catalogue = {
  common: {
    notice: (attr, value, problem) =>
      `Avertissement de configuration\u00a0: le paramètre ${value ? `${attr}="${value}"` : attr} ${problem}.`,
    problems: {
      'too-long': 'est trop long ; il a été raccourci',
      phone: 'n’est pas un numéro de téléphone que l’on peut appeler ; il n’est pas affiché',
      email: 'n’est pas une adresse e-mail ; il n’est pas utilisé',
      url: 'n’est pas une adresse web ; il n’est pas utilisé',
      'url-scheme': 'n’est pas une adresse http(s) ; il est refusé',
      'url-host': 'doit commencer par https:// ; il n’est pas utilisé',
      timezone: 'n’est pas un fuseau horaire comme « Europe/Paris » ; celui du navigateur est utilisé',
      locale: 'n’est pas une étiquette de langue comme « fr-FR » ; la langue de la page est utilisée',
      hours: 'n’a pas la forme « Mo-Fr 09:00-18:00; Sa 10:00-14:00 » ; il n’est pas utilisé',
      region: 'n’est pas un code pays comme « FR » ou « CA » ; la région de la langue (locale) est utilisée',
      languages: 'n’est pas une liste de langues comme « en fr » ; aucun choix de langue n’est affiché',
      date: 'n’est pas une date (AAAA-MM-JJ) ; il n’est pas utilisé',
      datetime: 'n’est pas une date et une heure (AAAA-MM-JJTHH:MM) ; il n’est pas utilisé',
      value: 'n’est pas une valeur autorisée ; la valeur par défaut est utilisée',
      safe: 'est ambigu, le choix le plus sûr est donc appliqué ; utilisez plutôt la propriété %',
      spacing: 'est inférieur au minimum de 14 jours ; la valeur 14 est utilisée',
      endpoint: 'n’est pas défini et la clinique n’a pas d’adresse e-mail ; les demandes ne peuvent pas être envoyées',
      clinic: 'doit être l’id d’un seul <mn-clinic> de cette page ; aucun n’est utilisé',
      'no-phone': 'manque ; les signes d’alerte n’affichent aucun numéro à appeler',
    },
    loading: 'Chargement…',
    fallback: 'Cette partie de la page n’a pas pu s’afficher, veuillez nous en excuser.',
    language: 'Langue',
    colon: '\u00a0:',
    callUs: 'Appelez-nous :',
    emailUs: 'ou écrivez à',
  },

  screening: {
    privacy:
      'Ce questionnaire est un premier tri, pas un avis médical : la liste n’est pas complète, et c’est votre praticien qui décide. Vos réponses restent sur cette page : rien n’est enregistré ni envoyé.',
    yes: 'Oui',
    no: 'Non',
    progress: (i, n) => `Étape ${i} sur ${n}`,
    next: 'Suivant',
    back: 'Retour',
    review: 'Vérifiez vos réponses',
    change: 'Modifier',
    update: 'Mettre à jour et revenir',
    cancel: 'Annuler la modification',
    see: 'Voir mon résultat',
    again: 'Recommencer',
    groups: {
      you: 'Vous et vos médicaments',
      health: 'Problèmes de santé et allergies',
      skin: 'Votre peau',
      sun: 'Soleil, type de peau et interventions récentes',
    },
    ask: {
      age: 'Quel âge avez-vous ?',
      pregnancy: 'Êtes-vous enceinte ou allaitez-vous ?',
      anticoagulants: 'Prenez-vous des anticoagulants (médicaments qui fluidifient le sang) ou de l’aspirine tous les jours ?',
      isotretinoin: `Prenez-vous de ${isotretinoin}, ou en avez-vous pris au cours de l’année écoulée\u202f?`,
      'cancer-treatment':
        'Recevez-vous une chimiothérapie, une radiothérapie ou des corticoïdes (comprimés ou injections), maintenant ou prochainement ?',
      immunosuppression: 'Votre système immunitaire est-il affaibli, ou prenez-vous un médicament qui diminue vos défenses immunitaires ?',
      'bleeding-disorder': 'Avez-vous un trouble de la coagulation ou une maladie qui vous fait saigner facilement ?',
      diabetes: 'Avez-vous un diabète mal équilibré ?',
      'skin-condition':
        'Avez-vous de l’eczéma, du psoriasis, du vitiligo, de la rosacée, une dermatite ou une autre maladie de peau chronique ?',
      scleroderma: 'Avez-vous une sclérodermie ?',
      keloid: 'Avez-vous tendance à avoir des cicatrices en relief (chéloïdes ou hypertrophiques) ?',
      'metal-allergy': 'Êtes-vous allergique à l’acier inoxydable ou au nickel ?',
      'anesthetic-allergy': 'Êtes-vous allergique aux crèmes anesthésiantes (lidocaïne) ?',
      'skin-infection': 'Y a-t-il une infection, une plaie ouverte ou une verrue dans la zone à traiter ?',
      'wound-or-sunburn': 'Y a-t-il des coupures, une irritation ou un coup de soleil dans la zone à traiter ?',
      'active-acne': 'Avez-vous en ce moment des poussées d’acné inflammatoire ou kystique dans la zone à traiter ?',
      'cold-sore-now': 'Avez-vous un bouton de fièvre en ce moment ?',
      'cold-sore-history': 'Avez-vous déjà eu des boutons de fièvre ?',
      'skin-cancer': 'Y a-t-il un cancer de la peau dans la zone à traiter, ou y est-il soigné en ce moment ?',
      lesions: 'Y a-t-il des grains de beauté, des taches de naissance ou des taches rugueuses dues au soleil dans la zone à traiter ?',
      'recent-scar': 'La cicatrice ou la vergeture à traiter a-t-elle moins d’un an ?',
      'darker-skin': 'Votre peau bronze-t-elle facilement, ou est-elle naturellement brune ou noire ?',
      'tan-or-sun':
        'Avez-vous la peau bronzée en ce moment, ou prévoyez-vous une forte exposition au soleil dans les 2 semaines après le traitement ?',
      'recent-procedure':
        'Avez-vous eu du laser, de la radiofréquence, un peeling, des injections ou une chirurgie dans la zone à traiter au cours des 12 derniers mois ?',
    },
    labels: {
      age: 'Âge (en années)',
      'isotretinoin.taking': 'En prenez-vous encore ?',
      'isotretinoin.stopped': 'Date d’arrêt',
      'skin-condition.flaring': 'Cette maladie est-elle en poussée dans la zone à traiter en ce moment ?',
      'recent-procedure.kinds': 'Quelles interventions ? Cochez toutes celles qui s’appliquent.',
    },
    when: (kind) => `${kind}\u00a0: date de la dernière intervention`,
    kinds: {
      injectables: 'Injections (produits de comblement ou injections antirides)',
      'laser-nonablative': 'Laser qui a laissé la surface de la peau intacte (non ablatif)',
      radiofrequency: 'Radiofréquence',
      'laser-ablative': 'Laser de resurfaçage qui a retiré de la peau (ablatif)',
      'deep-peel': 'Peeling chimique profond',
      surgery: 'Chirurgie',
      peel: 'Peeling chimique léger ou moyen',
      other: 'Autre intervention, ou je ne sais pas laquelle',
    },
    errors: {
      missing: 'Veuillez répondre à cette question.',
      date: 'Veuillez saisir une date qui existe.',
      future: 'Cette date est dans le futur.',
      value: 'Veuillez vérifier cette réponse.',
    },
    summary: { one: 'Veuillez vérifier cette réponse.', other: 'Veuillez vérifier % réponses.' },
    headline: {
      clear: 'Vous pouvez prendre rendez-vous.',
      advice: 'Vous pouvez prendre rendez-vous. Veuillez d’abord lire les remarques.',
      consult: 'Veuillez d’abord réserver une consultation.',
      defer: 'Veuillez attendre avant le traitement.',
      decline: 'Parlons d’autres options.',
    },
    from: (date) => `Veuillez patienter\u00a0: la première date possible pour le traitement est le ${date}. Votre praticien la confirmera.`,
    book: 'Prendre rendez-vous',
    bookFrom: (date) => `Prendre rendez-vous à partir du ${date}`,
    consult: 'Réserver une consultation',
    questions: 'Des questions ? Appelez-nous :',
    findings: {
      'age.under-18': {
        said: 'Vous avez moins de 18 ans.',
        why: 'Avant 18 ans, le traitement nécessite le consentement d’un parent ou d’un tuteur légal.',
        then: { consult: 'Veuillez réserver une consultation avec un parent ou un tuteur légal.' },
      },
      'age.under-22': {
        said: 'Vous avez % ans.',
        why: 'Aux États-Unis, l’autorité sanitaire (FDA) a autorisé les appareils de microneedling pour les adultes de 22 ans et plus.',
      },
      pregnancy: { said: 'Vous êtes enceinte ou vous allaitez.' },
      anticoagulants: {
        said: 'Vous prenez des anticoagulants (médicaments qui fluidifient le sang) ou de l’aspirine tous les jours.',
        then: { consult: 'Ne les arrêtez pas et ne les modifiez pas pour ce traitement, sauf si votre médecin vous le dit.' },
      },
      isotretinoin: {
        said: `Vous avez arrêté ${isotretinoin} le %.`,
        why: 'L’autorité sanitaire américaine (FDA) conseille d’attendre après la dernière prise : la clinique attend %.',
      },
      'isotretinoin.taking': {
        said: `Vous prenez de ${isotretinoin}.`,
        then: {
          defer:
            'N’arrêtez pas l’isotrétinoïne pour ce traitement : c’est le médecin qui vous l’a prescrite qui décide. Dès % après votre dernière prise, contactez la clinique.',
        },
      },
      'cancer-treatment': {
        said: 'Vous recevez, ou allez bientôt recevoir, une chimiothérapie, une radiothérapie ou des corticoïdes (comprimés ou injections).',
      },
      immunosuppression: {
        said: 'Votre système immunitaire est affaibli, ou vous prenez un médicament qui diminue vos défenses immunitaires.',
      },
      'bleeding-disorder': {
        said: 'Vous avez un trouble de la coagulation ou une maladie qui vous fait saigner facilement.',
        then: { decline: 'Nous ne proposons pas le microneedling en présence de ce trouble.' },
      },
      diabetes: { said: 'Vous avez un diabète mal équilibré.' },
      'skin-condition': {
        said: 'Vous avez une maladie de peau chronique, comme l’eczéma, le psoriasis, le vitiligo, la rosacée ou une dermatite.',
      },
      'skin-condition.flaring': {
        said: 'Vous avez une maladie de peau chronique en poussée dans la zone à traiter en ce moment.',
        then: { defer: 'Quand elle se sera calmée, veuillez réserver une consultation pour que votre praticien examine votre peau.' },
      },
      scleroderma: {
        said: 'Vous avez une sclérodermie.',
        why: 'Les études sur les appareils de microneedling n’ont pas inclus de personnes atteintes de sclérodermie.',
      },
      keloid: { said: 'Vous avez tendance à avoir des cicatrices en relief (chéloïdes ou hypertrophiques).' },
      'metal-allergy': {
        said: 'Vous êtes allergique à l’acier inoxydable ou au nickel.',
        then: { decline: 'Nous ne proposons pas le microneedling en présence de cette allergie.' },
      },
      'anesthetic-allergy': { said: 'Vous êtes allergique aux crèmes anesthésiantes (lidocaïne).' },
      'skin-infection': {
        said: 'Vous avez une infection, une plaie ouverte ou une verrue dans la zone à traiter.',
        then: { defer: 'Quand tout aura disparu, contactez la clinique pour planifier votre traitement.' },
      },
      'wound-or-sunburn': {
        said: 'Vous avez une coupure, une irritation ou un coup de soleil dans la zone à traiter.',
        then: { defer: healed },
      },
      'active-acne': {
        said: 'Vous avez en ce moment des poussées d’acné inflammatoire ou kystique dans la zone à traiter.',
        why: 'Le principal essai d’un appareil de microneedling autorisé aux États-Unis par la FDA n’incluait pas de personnes ayant une acné active.',
        then: { defer: 'Quand elle sera maîtrisée, contactez la clinique pour planifier votre traitement.' },
      },
      'cold-sore-now': { said: 'Vous avez un bouton de fièvre en ce moment.', then: { defer: healed } },
      'cold-sore-history': {
        said: 'Vous avez déjà eu des boutons de fièvre.',
        why: 'Selon l’autorité sanitaire américaine (FDA), c’est un point à aborder avec votre praticien, qui pourra vous donner un médicament antiviral avant le traitement.',
        then: { advice: 'Lors de la prise de rendez-vous, demandez à la clinique si vous en avez besoin.' },
      },
      'skin-cancer': {
        said: 'Vous avez un cancer de la peau dans la zone à traiter, ou il y est soigné.',
        then: { decline: 'Nous ne proposons pas le microneedling là où il y a un cancer de la peau.' },
      },
      lesions: {
        said: 'Vous avez des grains de beauté, des taches de naissance ou des taches rugueuses dues au soleil dans la zone à traiter.',
      },
      'recent-scar': { said: 'La cicatrice ou la vergeture à traiter a moins d’un an.' },
      'darker-skin': {
        said: 'Votre peau bronze facilement ou est naturellement brune ou noire.',
        why: 'Une peau comme la vôtre a plus de risques de présenter des taches foncées après le traitement.',
        then: { advice: 'Protégez-vous du soleil avec une attention particulière avant et après le traitement.' },
      },
      'tan-or-sun': {
        said: 'Vous nous avez indiqué avoir la peau bronzée en ce moment ou prévoir une forte exposition au soleil dans les 2 semaines après le traitement.',
        why: 'L’autorité sanitaire américaine (FDA) conseille de planifier le traitement en tenant compte de l’exposition au soleil.',
        then: { advice: 'Choisissez une date de rendez-vous éloignée du bronzage et des fortes expositions au soleil.' },
      },
      'recent-procedure': { why: 'La clinique attend % après cette intervention avant le traitement.' },
      'recent-procedure.injectables': { said: 'Vous avez eu des injections (produits de comblement ou antirides) le %.' },
      'recent-procedure.laser-nonablative': { said: 'Vous avez eu une intervention au laser non ablatif le %.' },
      'recent-procedure.radiofrequency': { said: 'Vous avez eu une intervention par radiofréquence le %.' },
      'recent-procedure.laser-ablative': { said: 'Vous avez eu une intervention au laser ablatif (resurfaçage) le %.' },
      'recent-procedure.deep-peel': { said: 'Vous avez eu un peeling chimique profond le %.' },
      'recent-procedure.surgery': { said: 'Vous avez eu une intervention chirurgicale dans la zone à traiter le %.' },
      'recent-procedure.peel': { said: 'Vous avez eu un peeling chimique léger ou moyen le %.', why: noWait },
      'recent-procedure.other': {
        said: 'Vous avez eu le % une intervention qui ne figure pas dans notre liste, ou vous ne savez pas laquelle.',
        why: noWait,
      },
    },
    own: { said: 'Vous avez répondu « Oui » à la question « % »', why: 'La clinique pose cette question avant le traitement.' },
    who: {
      FDA: 'L’autorité sanitaire américaine (FDA) cite ce cas',
      SKINPEN: 'La notice d’un appareil de microneedling autorisé aux États-Unis par la FDA cite ce cas',
    },
    as: {
      advice: 'comme un point à aborder avec votre praticien',
      consult: 'comme une raison de demander l’avis de votre praticien avant le traitement',
      defer: 'comme une raison d’attendre',
      decline: 'comme une raison de ne pas faire de microneedling',
    },
    then: {
      advice: 'Signalez-le lors de la prise de rendez-vous ; votre praticien en parlera avec vous pendant votre rendez-vous.',
      consult: '',
      defer: 'Quand ce ne sera plus le cas, contactez la clinique pour planifier votre traitement.',
      decline: 'Nous ne proposons pas le microneedling dans ce cas.',
    },
    earliest: (date) => `À partir du ${date}, cette attente est terminée.`,
    prepTitle: (date) => `Avant votre rendez-vous${date ? ` du ${date}` : ''}`,
    appointment: 'Date du rendez-vous',
    prepFrom: (date) => `À partir du ${date}\u00a0:`,
    prepToday: 'Dès aujourd’hui :',
    tooEarly: (date, entered) =>
      `Le ${entered} tombe avant le ${date}, la première date possible pour le traitement\u00a0: veuillez choisir une date plus tardive.`,
    prepDays: { one: '% jour avant :', other: '% jours avant :' },
    prep: {
      antiviral:
        'Lors de la prise de rendez-vous, demandez à la clinique si vous avez besoin d’un médicament antiviral avant votre traitement.',
      'stop-actives':
        'Arrêtez les crèmes à la vitamine A (rétinoïdes), les acides comme l’acide glycolique ou salicylique, et les autres produits exfoliants.',
      'avoid-sun': 'Évitez le soleil et le bronzage.',
      'self-tanner': 'Pas d’autobronzant.',
      'hair-removal': 'Pas d’épilation à la cire, de crème dépilatoire ni d’électrolyse dans la zone à traiter.',
      'bleeding-supplements':
        'Évitez l’alcool. Si votre médecin est d’accord, suspendez les compléments d’huile de poisson, de vitamine E et de ginkgo, ainsi que les antidouleurs de type ibuprofène. N’arrêtez jamais de vous-même l’aspirine ou les anticoagulants prescrits.',
      'report-changes': 'Signalez à la clinique tout nouveau bouton de fièvre, toute éruption ou toute irritation avant votre rendez-vous.',
    },
    notes: [
      'Les résultats varient, et plusieurs séances sont généralement nécessaires.',
      'N’arrêtez jamais un médicament prescrit sans l’avis du médecin qui vous l’a prescrit.',
    ],
    us: 'Aux États-Unis, les appareils de microneedling sont autorisés pour les cicatrices d’acné du visage, les rides du visage et les cicatrices abdominales, chez les adultes de 22 ans et plus.',
  },

  aftercare: {
    title: 'Vos soins après le traitement',
    treated: (when) => `Fin du traitement\u00a0: ${when}.`,
    closing: (time) => `Aucune heure n’a été indiquée\u00a0: nous comptons donc à partir de ${time}, l’heure de fermeture de la clinique.`,
    asked: (time) => `Aucune heure n’a été indiquée\u00a0: nous comptons donc à partir de ${time}, l’heure de votre demande.`,
    enter: 'Indiquez quand votre traitement s’est terminé pour suivre votre récupération, jour après jour.',
    needDate: 'Veuillez indiquer la date de votre traitement.',
    future: 'Cette date est encore à venir : indiquez le jour où votre traitement s’est terminé.',
    date: 'Date du traitement',
    time: 'Heure de fin (si connue)',
    show: 'Afficher',
    here: 'Vous êtes ici',
    before: 'Vos soins après le traitement commencent à la fin de votre traitement.',
    after: 'Soins après le traitement terminés.',
    countdown: (what, inWords, when) => `${what}\u00a0: ${inWords} (${when})`,
    sections: { do: 'À faire', avoid: 'À éviter', normal: 'Ce qui est normal', call: 'Appelez-nous' },
    phases: {
      'first-day': {
        title: 'Premières 24 heures',
        do: [
          'N’utilisez que les produits donnés par la clinique',
          'Rincez délicatement à l’eau tiède',
          'Dormez sur une taie d’oreiller propre',
        ],
        avoid: [
          'Le maquillage, le soleil, la transpiration et le sport',
          'Les douches chaudes, le sauna et la baignade',
          'Toucher votre visage',
          home,
        ],
        normal: ['Rougeur comme un coup de soleil, chaleur et tiraillements', 'Petits points de saignement et gonflement'],
      },
      'day-two': {
        title: 'Jour 2',
        do: [
          'Le maquillage minéral est autorisé',
          'Utilisez chaque jour une crème solaire à large spectre, SPF 30 ou plus ; renouvelez l’application toutes les 2 heures à l’extérieur',
        ],
        avoid: ['Le sport, jusqu’au {exercise-ok}', 'Le sauna et le hammam', home],
        normal: ['Rougeur qui s’estompe'],
      },
      'day-three': {
        title: 'Jour 3',
        do: ['Continuez à hydrater votre peau', spf],
        avoid: ['Le sport et la forte transpiration, jusqu’au {exercise-ok}', home],
        normal: ['Peau sèche ou qui tiraille'],
      },
      peeling: {
        title: 'Jours 4 et 5',
        do: ['Utilisez une crème hydratante simple, comme celle que la clinique vous a donnée', spf],
        avoid: [
          'Gratter ou arracher les petites peaux',
          'Les crèmes à la vitamine A (rétinoïdes), les acides comme l’acide glycolique ou salicylique, et la vitamine C, jusqu’au {actives-ok}',
          home,
        ],
        normal: ['Sécheresse, petites peaux qui se détachent et peau qui pèle légèrement'],
      },
      'first-week': {
        title: 'Jours 6 et 7',
        do: [
          'Réintroduisez progressivement les crèmes à la vitamine A (rétinoïdes), les acides comme l’acide glycolique ou salicylique, et la vitamine C',
          'À partir du {routine-ok}, si votre peau a guéri, reprenez votre routine habituelle',
          spf,
        ],
        avoid: [home],
        normal: [
          'Effets secondaires presque disparus : ils durent en moyenne environ 3 jours, et jusqu’à 7 jours. Si quelque chose dure plus de 7 jours, appelez la clinique.',
        ],
      },
      'weeks-2-4': {
        title: 'Semaines 2 à 4',
        do: ['Utilisez chaque jour une crème solaire'],
        avoid: ['Le bronzage, jusqu’au {tanning-ok}', home],
        normal: ['Un changement discret de la texture et du teint'],
      },
      'months-1-3': {
        title: 'Mois 2 et 3',
        do: ['Réservez la prochaine séance de votre série'],
        avoid: [home],
        normal: ['Amélioration visible des rides, de la texture et des cicatrices ; les résultats varient'],
      },
      'months-3-6': {
        title: 'Mois 4 à 6',
        do: ['Demandez à votre praticien un plan d’entretien'],
        avoid: [home],
        normal: ['Si vous avez terminé votre série, c’est généralement à ce moment que ses résultats complets apparaissent'],
      },
    },
    milestones: {
      'makeup-ok': 'Maquillage minéral autorisé',
      'sunscreen-ok': 'Crème solaire autorisée',
      'exercise-ok': 'Sport autorisé',
      'actives-ok':
        'Crèmes à la vitamine A (rétinoïdes), acides comme l’acide glycolique ou salicylique, et vitamine C de nouveau autorisés',
      'routine-ok': 'Retour à votre routine habituelle',
      // La fin d’une pause, pas une invitation à bronzer (CLINICAL.md section 2).
      'tanning-ok': 'Fin de la pause de 2 semaines sans bronzage (continuez à utiliser chaque jour une crème solaire)',
      'next-session': 'Prochaine séance',
    },
    flags: 'Appelez la clinique aujourd’hui si vous remarquez :',
    redFlags: [
      'Une rougeur, une chaleur, un gonflement ou des démangeaisons qui s’aggravent au lieu de s’améliorer',
      'Une douleur qui s’aggrave',
      'Du pus ou de la fièvre',
      'Une poussée de boutons de fièvre ou des ganglions gonflés',
      'De nouvelles taches foncées ou claires sur la peau',
      'Des lignes ou des marques en quadrillage là où l’appareil a été utilisé',
      'Des bosses qui ne disparaissent pas',
      'Un saignement abondant ou des bleus importants',
      'Tout ce qui dure plus de 7 jours',
    ],
    // « Appelez Clinique Lumière » (sans nom, common.callUs).
    call: (clinic) => `Appelez ${clinic}\u00a0:`,
    // « % » : le numéro (un lien, « 911 », « 112 »…) ou `local` ; « le 112 », « le numéro d’urgence local ».
    emergency: {
      title: 'Urgence',
      text: 'Difficulté à respirer, ou gonflement des lèvres, de la langue ou de la gorge : appelez immédiatement le %.',
      local: 'numéro d’urgence local',
    },
    closed: (opens) => `La clinique est fermée en ce moment et rouvre le ${opens}.`,
    afterHours: 'Pour toute question urgente, appelez le %.',
    urgent: 'Si cela ne peut pas attendre la réouverture de la clinique, consultez un médecin de garde ou, en cas d’urgence, appelez le %.',
    nextSession: (from, to) => `Réservez votre prochaine séance entre le ${from} et le ${to}.`,
    nextSessionPast: (from, to) =>
      `La période habituelle pour votre prochaine séance (du ${from} au ${to}) est passée\u00a0: réservez-la quand vous le souhaitez, ou posez-nous la question.`,
    book: 'Réserver votre prochaine séance',
    calendar: 'Ajouter à mon agenda',
  },

  booking: {
    intro: 'Les champs marqués d’un * sont obligatoires.',
    name: 'Nom et prénom',
    email: 'Adresse e-mail',
    phone: 'Téléphone',
    contact: 'Me contacter par',
    contacts: { email: 'E-mail', phone: 'Appel téléphonique', text: 'SMS' },
    service: 'Prestation',
    serviceNames: { consultation: 'Consultation', microneedling: 'Microneedling' },
    minutes: (n) => `${n}\u00a0min`,
    areas: 'Zones à traiter',
    areaNames: { face: 'Visage', neck: 'Cou', chest: 'Décolleté', hands: 'Mains', body: 'Corps' },
    firstVisit: 'Ma première séance de microneedling',
    lastSession: 'Dernière séance de microneedling',
    dates: 'Dates souhaitées',
    date: (n) => `${n}${n == 1 ? 'er' : 'e'} choix`,
    timeOfDay: 'Moment souhaité',
    times: { any: 'Indifférent', morning: 'Matin', afternoon: 'Après-midi', evening: 'Soir' },
    earliest: (date) => `Au plus tôt\u00a0: le ${date}.`,
    slots: 'Créneaux libres',
    slotsNone: 'Aucun créneau libre en ligne\u00a0: choisissez des dates.',
    slotsLoading: 'Chargement des créneaux libres…',
    slotsError: 'Les créneaux libres n’ont pas pu être chargés\u00a0: choisissez des dates.',
    message: 'Message (sans information de santé)',
    consent: 'J’accepte que la clinique utilise ces informations pour répondre à ma demande.',
    privacy: 'Politique de confidentialité (s’ouvre dans un nouvel onglet)',
    send: 'Envoyer la demande',
    sending: 'Envoi en cours…',
    fix: (n) => `Veuillez vérifier ${n} ${one(n) ? 'champ' : 'champs'}.`,
    issues: {
      required: 'Champ obligatoire.',
      email: 'Vérifiez l’adresse e-mail, par exemple nom@exemple.fr.',
      phone: 'Vérifiez le numéro de téléphone : au moins 5 chiffres (les espaces et + ( ) . - sont acceptés).',
      date: 'Saisissez une date.',
      incomplete: 'Cette date est incomplète : complétez-la ou effacez-la.',
      future: 'Cette date est dans le futur.',
      past: 'Choisissez aujourd’hui ou une date ultérieure.',
      horizon: (last) => `Choisissez une date jusqu’au ${last}.`,
      closed: 'La clinique est fermée ce jour-là.',
      spacing: (first) => `Les séances doivent être espacées\u00a0: le ${first} au plus tôt.`,
      deferred: (first) => `D’après votre questionnaire de sécurité\u00a0: le ${first} au plus tôt.`,
      check: 'Remplissez d’abord le questionnaire de sécurité, ou choisissez une consultation.',
      review: 'D’après votre questionnaire de sécurité, parlez d’abord avec votre praticien : réservez une consultation, ou appelez-nous.',
      declined:
        'D’après votre questionnaire de sécurité, le traitement ne se réserve pas en ligne : réservez une consultation pour parler d’autres options, ou appelez-nous.',
      resolve:
        'Votre questionnaire de sécurité a relevé un point qui doit d’abord disparaître : réservez une consultation, ou appelez-nous à ce moment-là.',
      later: (first) =>
        `Le traitement peut être demandé à partir du ${first}, au-delà des dates que ce formulaire accepte\u00a0: réservez une consultation, ou appelez-nous.`,
      value: 'Vérifiez cette saisie.',
    },
    server: {
      invalid: '',
      'too-large': 'Votre message est trop long : raccourcissez-le.',
      'too-fast': 'La demande a été envoyée trop vite pour la clinique : veuillez l’envoyer à nouveau.',
      'rate-limited': 'Trop de demandes : veuillez réessayer plus tard.',
      rejected: '',
      unreadable: '',
      unavailable: '',
    },
    internal: 'Un élément que le formulaire ajoute lui-même a été refusé, pas ce que vous avez saisi.',
    sent: 'Demande envoyée',
    next: 'Nous vous contacterons pour confirmer un horaire ; le rendez-vous n’est pas réservé d’ici là.',
    ics: 'Ajouter à mon agenda (provisoire)',
    failed: 'La demande n’a pas été envoyée. Rien de ce que vous avez saisi n’est perdu.',
    retry: 'Réessayer',
    offline: 'Non envoyée\u00a0: la connexion est coupée. Votre demande est conservée ici.',
    online: 'La connexion est rétablie. Votre demande n’est pas encore envoyée.',
    pending: 'Cette demande nous est peut-être parvenue avant le rechargement de la page ; la renvoyer ne l’enverra pas deux fois.',
    mail: 'Envoyer votre demande par e-mail',
    mailNote: 'Ce formulaire envoie votre demande par e-mail.',
    mailReady: 'Votre demande est prête à être envoyée depuis votre messagerie.',
    mailCut: 'Votre message a été raccourci : ajoutez la suite dans l’e-mail.',
    mailSubject: 'Demande de rendez-vous',
    unconfigured: 'Les demandes en ligne ne sont pas encore configurées.',
  },
};
