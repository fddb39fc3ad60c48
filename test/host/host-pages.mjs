import { readFileSync } from 'node:fs';

/**
 * The host pages for test/host/host-pages.test.ts, served by the test server at
 * /test/host/pages/<name>.html: every page loads the one built paste-in script and holds all
 * widgets in one <mn-clinic>; each differs in one way a real host page might. The strict-CSP page
 * gets the policy a careful clinic site would send, the Trusted Types page a policy that allows
 * one `lit-html` policy only. Scripts and styles they use are static files beside.
 */
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

/** name → what sets the page apart: extra head markup, the page direction, where the scripts go. */
const VARIANTS = {
  plain: {},
  csp: {},
  // Trusted Types with one lit-html policy allowed, and the script included twice.
  'trusted-types': { scriptsAfter: `${SCRIPTS}\n    ${SCRIPTS}` },
  hostile: { head: '<link rel="stylesheet" href="./hostile.css" />' },
  rtl: { dir: 'rtl' },
  // The scripts twice each, after the elements are in the markup.
  twice: { scriptsAfter: `${SCRIPTS}\n    ${SCRIPTS}` },
  // Twenty of each widget, created by many.js.
  many: { head: '<script src="./many.js"></script>', widgets: '' },
  // A page in windows-1252 with no <meta charset>, its script served with no charset (as many
  // servers do): the script is then read as windows-1252 too.
  legacy: { charset: 'windows-1252', scripts: '<script src="/test/host/no-charset/mn-widgets.js"></script>' },
};

function page(name, { head = '', dir, scriptsAfter, widgets = WIDGETS, charset, scripts = SCRIPTS }) {
  return `<!doctype html>
<html lang="en"${dir ? ` dir="${dir}"` : ''}>
  <head>
    ${charset ? '' : '<meta charset="utf-8" />'}
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>host page: ${name}</title>
    <script src="./record.js"></script>
    ${head}
    ${scriptsAfter ? '' : scripts}
  </head>
  <body>
    <mn-clinic id="clinic" ${CLINIC}>${widgets}
    </mn-clinic>
    ${scriptsAfter ?? ''}
  </body>
</html>
`;
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
  ctx.body = Buffer.from(page(m[1], VARIANTS[m[1]]), 'latin1');
}
