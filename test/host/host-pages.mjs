import { readFileSync } from 'node:fs';

/**
 * The host pages for test/host/host-pages.test.ts, served by the test server at
 * /test/host/pages/<name>.html: every page loads the one built paste-in script. Most hold all
 * widgets in one <mn-clinic>; each differs in one way a real host page might. The strict-CSP page
 * gets the policy a careful clinic site would send, the Trusted Types page a policy that allows
 * one `lit-html` policy only. Scripts and styles they use are static files beside.
 *
 * Pages with `<!--pause-->` in their markup are streamed: the server waits at each mark, so the
 * browser's parser stops there as it does on a slow network, and an element's children (or the
 * rest of the page) arrive after the element was created.
 */
import { Readable } from 'node:stream';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'self'";

export const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";
const SCRIPTS = '<script src="/dist/mn-widgets.js"></script>';
const CLINIC =
  'name="Glow Skin Studio" phone="+1 555 0100" email="hello@glow.example" locale="en-US" timezone="America/New_York" hours="Mo-Fr 09:00-18:00; Sa 10:00-14:00" privacy-url="https://glow.example/privacy"';
const WIDGETS = `
      <mn-contraindication-check appointment-date="2026-12-15"></mn-contraindication-check>
      <mn-aftercare-timeline treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline>
      <mn-booking-form endpoint="/test/host/pages/no-such-endpoint" persist="none"></mn-booking-form>`;
const PAUSE = '<!--pause-->';

/** Where the paste-in script sits: in the head (as given), or at the end of the body. */
export const PLACEMENTS = {
  head: {},
  end: { scriptsAfter: SCRIPTS },
  defer: { script: '<script defer src="/dist/mn-widgets.js"></script>' },
  async: { script: '<script async src="/dist/mn-widgets.js"></script>' },
  // Injected by a script once the page has loaded (a tag manager, a consent banner).
  late: { script: '<script src="./late.js"></script>' },
};

/**
 * The clinic's content inline: a check in list layout with a hidden default question and the
 * clinic's own question, a check whose JSON is broken, and a timeline with the clinic's red flags.
 */
const INLINE_JSON = `
      <mn-contraindication-check id="configured" layout="list">${PAUSE}
        <script type="application/json">{ "items": { "pregnancy": { "hidden": true }, "sauna": { "text": "Have you been in a sauna today?", "level": "advice" } } }</script>
      </mn-contraindication-check>
      <mn-contraindication-check id="broken">${PAUSE}
        <script type="application/json">{ "items": </script>
      </mn-contraindication-check>
      <mn-aftercare-timeline id="timeline" treated-at="2026-11-20T15:00" now="2026-11-21T10:00">${PAUSE}
        <script type="application/json">{ "redFlags": ["A fever above 38 °C (clinic's own list)"] }</script>
      </mn-aftercare-timeline>`;

/** A configuration that asks one question, whose yes declines microneedling. */
const ONLY_BLEEDING = JSON.stringify({
  items: Object.fromEntries(
    'pregnancy anticoagulants isotretinoin skin-infection cold-sore-now cold-sore-history wound-or-sunburn skin-cancer cancer-treatment immunosuppression diabetes skin-condition scleroderma active-acne keloid lesions metal-allergy anesthetic-allergy darker-skin tan-or-sun recent-scar age recent-procedure'
      .split(' ')
      .map((id) => [id, { hidden: true }]),
  ),
});

/**
 * A page builder's layout: each widget in its own block, no <mn-clinic> around them; the clinic is
 * printed in the footer, after the widgets, and reaches the browser later.
 */
const BLOCKS = `
    <div class="block"><mn-contraindication-check id="check" layout="list">
      <script type="application/json">${ONLY_BLEEDING}</script>
    </mn-contraindication-check></div>
    <div class="block"><mn-aftercare-timeline id="timeline" treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline></div>
    <div class="block"><mn-booking-form id="form" persist="none" service="microneedling"></mn-booking-form></div>
    ${PAUSE}
    <footer><mn-clinic id="site-clinic" ${CLINIC} endpoint="/test/host/pages/no-such-endpoint"></mn-clinic></footer>`;

/** Two clinics and two checks in separate blocks; forms pair by clinic id, else with the nearest check before them. */
const PAIRS = `
    <mn-clinic id="north" name="North Clinic" phone="+1 555 0101" email="north@glow.example" timezone="America/New_York" locale="en-US"></mn-clinic>
    <mn-clinic id="south" name="South Clinic" phone="+1 555 0102" email="south@glow.example" timezone="America/New_York" locale="en-US"></mn-clinic>
    <div class="block"><mn-contraindication-check id="check-north" clinic="north"></mn-contraindication-check></div>
    <div class="block"><mn-contraindication-check id="check-near"></mn-contraindication-check></div>
    <div class="block"><mn-booking-form id="form-north" clinic="north" persist="none" service="microneedling"></mn-booking-form></div>
    <div class="block"><mn-booking-form id="form-near" clinic="south" persist="none" service="microneedling"></mn-booking-form></div>
    <div class="block"><mn-aftercare-timeline id="timeline-south" clinic="south" treated-at="2026-11-20T15:00" now="2026-11-21T10:00"></mn-aftercare-timeline></div>`;

/**
 * Language packs beside the script (issue 15): a Spanish clinic with the Spanish pack before the
 * script, after it, both `defer`, both `async`, or the pack injected once the widgets drew in
 * English; a German clinic with only the Spanish pack on the page; and clinics offering four
 * languages with every pack, or with the Spanish one alone.
 */
const PACK = (lang, how = '') => `<script ${how ? `${how} ` : ''}src="/dist/mn-widgets.${lang}.js"></script>`;
const SPANISH = `<mn-clinic id="clinic" ${CLINIC.replace('locale="en-US" timezone="America/New_York"', 'locale="es-ES" timezone="Europe/Madrid"')}>${WIDGETS}\n    </mn-clinic>`;
const OFFERS = `<mn-clinic id="clinic" ${CLINIC} languages="en es fr de">${WIDGETS}\n    </mn-clinic>`;
const PACKS = {
  'pack-before': { head: PACK('es'), body: SPANISH },
  'pack-after': { script: `${SCRIPTS}\n    ${PACK('es')}`, body: SPANISH },
  'pack-defer': { script: `${PACK('es', 'defer')}\n    <script defer src="/dist/mn-widgets.js"></script>`, body: SPANISH },
  'pack-async': { script: `${PACK('es', 'async')}\n    <script async src="/dist/mn-widgets.js"></script>`, body: SPANISH },
  'pack-late': { head: '<script src="./late-pack.js"></script>', body: SPANISH },
  'pack-missing': {
    head: '<script src="./warnings.js"></script>',
    script: `${SCRIPTS}\n    ${PACK('es')}`,
    body: SPANISH.replace('locale="es-ES" timezone="Europe/Madrid"', 'locale="de-DE" timezone="Europe/Berlin"'),
  },
  'packs-offered': { script: `${SCRIPTS}\n    ${PACK('es')}\n    ${PACK('fr')}\n    ${PACK('de')}`, body: OFFERS },
  'pack-offered-es-only': { script: `${SCRIPTS}\n    ${PACK('es')}`, body: OFFERS },
};

/** name → what sets the page apart: extra head markup, the page direction, the script in the head or after the body, the body. */
const VARIANTS = {
  plain: {},
  csp: {},
  // Trusted Types with one lit-html policy allowed, and the script included twice.
  'trusted-types': { scriptsAfter: `${SCRIPTS}\n    ${SCRIPTS}` },
  hostile: { head: '<link rel="stylesheet" href="./hostile.css" />' },
  // The plain page with the hostile theme's font family and margins, which the widgets take on purpose.
  serif: { head: '<link rel="stylesheet" href="./serif.css" />' },
  rtl: { dir: 'rtl' },
  // The scripts twice each, after the elements are in the markup.
  twice: { scriptsAfter: `${SCRIPTS}\n    ${SCRIPTS}` },
  // Twenty of each widget, created by many.js.
  many: { head: '<script src="./many.js"></script>', widgets: '' },
  // A page in windows-1252 with no <meta charset>, its script served with no charset (as many
  // servers do): the script is then read as windows-1252 too.
  legacy: { charset: 'windows-1252', script: '<script src="/test/host/no-charset/mn-widgets.js"></script>' },
  // Opened as http://mn-http.test:<port>/…, not a secure context: http.js sends a booking request.
  http: { head: '<script src="./http.js"></script>' },
  // The widgets and a paragraph under them, then a pause before the rest of the page: the browser
  // paints what it has while it waits.
  painted: { widgets: `${WIDGETS}\n      <p id="below">Text under the widgets.</p>${PAUSE}` },
  // The script and nothing else: tests create the widgets.
  bare: { body: '' },
  pairs: { body: PAIRS },
  ...PACKS,
  ...Object.fromEntries(
    Object.entries(PLACEMENTS).flatMap(([where, placement]) => [
      [`json-${where}`, { ...placement, widgets: INLINE_JSON }],
      [`blocks-${where}`, { ...placement, body: BLOCKS }],
    ]),
  ),
};

function page(name, { head = '', script = SCRIPTS, dir, scriptsAfter, widgets = WIDGETS, body, charset }) {
  return `<!doctype html>
<html lang="en"${dir ? ` dir="${dir}"` : ''}>
  <head>
    ${charset ? '' : '<meta charset="utf-8" />'}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>host page: ${name}</title>
    <script src="./record.js"></script>
    ${head}
    ${scriptsAfter ? '' : script}
  </head>
  <body>
    ${body ?? `<mn-clinic id="clinic" ${CLINIC}>${widgets}\n    </mn-clinic>`}
    ${scriptsAfter ?? ''}
  </body>
</html>
`;
}

/** The page in parts, the next part sent 150 ms after the one before. */
async function* streamed(parts) {
  for (const [i, part] of parts.entries()) {
    if (i) await new Promise((r) => setTimeout(r, 150));
    yield part;
  }
}

export function hostPages(ctx, next) {
  if (ctx.path === '/test/host/no-charset/mn-widgets.js') {
    ctx.set('Content-Type', 'text/javascript');
    ctx.body = readFileSync(new URL('../../dist/mn-widgets.js', import.meta.url));
    return;
  }
  const m = /^\/test\/host\/pages\/([\w-]+)\.html$/.exec(ctx.path);
  if (!m || !VARIANTS[m[1]]) return next();
  if (m[1] === 'csp') ctx.set('Content-Security-Policy', STRICT_CSP);
  if (m[1] === 'trusted-types') ctx.set('Content-Security-Policy', TRUSTED_TYPES);
  const { charset } = VARIANTS[m[1]];
  ctx.set('Content-Type', `text/html; charset=${charset ?? 'utf-8'}`);
  const html = page(m[1], VARIANTS[m[1]]);
  ctx.body = html.includes(PAUSE) ? Readable.from(streamed(html.split(PAUSE))) : Buffer.from(html, charset ? 'latin1' : 'utf8');
}
