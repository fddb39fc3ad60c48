/**
 * The demo page: the clinic panel sets attributes on <mn-clinic> and keeps the copy-paste snippet
 * in sync with the live markup; the "treated at" control drives the aftercare timeline, and the
 * "free times" one gives the booking form the demo's slots feed.
 * Plain JavaScript, so the page runs from any static server exactly as a clinic's page would; a
 * classic script at the end of the body, so the widgets get their demo values before the first paint.
 */
const clinic = document.getElementById('clinic');
const form = document.getElementById('settings');
const snippet = document.getElementById('snippet');
const copyStatus = document.getElementById('copy-status');

/** The language packs this page loads (src/widgets.json `languages.packs`). */
const PACKS = ['es', 'fr', 'de'];

/** Attributes for this demo's previews and local endpoint, or set by the widgets themselves (style): not for pasting. */
const DEMO_ONLY = new Set(['id', 'class', 'style', 'now', 'treated-at', 'endpoint', 'booking-url', 'slots-src']);

const escape = (v) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function tagMarkup(el, indent, inner = '') {
  const attrs = [...el.attributes].filter((a) => !DEMO_ONLY.has(a.name)).map((a) => `${a.name}="${escape(a.value)}"`);
  const open =
    attrs.length > 2
      ? `<${el.localName}\n${attrs.map((a) => `${indent}  ${a}`).join('\n')}\n${indent}>`
      : `<${[el.localName, ...attrs].join(' ')}>`;
  return `${indent}${open}${inner}</${el.localName}>`;
}

function renderSnippet() {
  const widgets = [...clinic.children].filter((el) => el.localName.startsWith('mn-'));
  // The main script, then a pack for each language the clinic speaks or offers (English is built in).
  const offered = `${clinic.getAttribute('languages') ?? ''} ${clinic.getAttribute('locale') ?? ''}`.toLowerCase().split(/\s+/);
  const packs = [...new Set(offered.map((tag) => tag.split('-')[0]))].filter((lang) => PACKS.includes(lang));
  const script = ['', ...packs.map((lang) => `.${lang}`)]
    .map((suffix) => `<script src="${new URL(`/dist/mn-widgets${suffix}.js`, location.href).href}"></script>`)
    .join('\n');
  const inner = `\n${widgets.map((w) => tagMarkup(w, '  ')).join('\n')}\n`;
  snippet.textContent = `${script}\n\n${tagMarkup(clinic, '', inner)}`;
}

form.addEventListener('input', (e) => {
  clinic.setAttribute(e.target.name, e.target.value);
  renderSnippet();
});
form.addEventListener('submit', (e) => e.preventDefault());

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    copyStatus.textContent = 'Snippet copied.';
  } catch {
    copyStatus.textContent = 'Copying is blocked here: select the snippet and copy it by hand.';
  }
});

// Treatment time for the aftercare preview: 30 hours ago, on the hour, so it opens on day two.
const treated = document.getElementById('treated-at');
const timeline = document.getElementById('aftercare');
const setTreated = () => (treated.value ? timeline.setAttribute('treated-at', treated.value) : timeline.removeAttribute('treated-at'));
const start = new Date(Date.now() - 30 * 3_600_000);
start.setMinutes(0, 0, 0);
treated.value = new Date(start.getTime() - start.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
treated.addEventListener('change', setTreated);
setTreated();

// Free times: the demo's feed (demo/receiver.mjs) instead of preferred dates.
const booking = document.getElementById('booking');
document
  .getElementById('free-times')
  .addEventListener('change', (e) =>
    e.target.checked ? booking.setAttribute('slots-src', '/api/slots') : booking.removeAttribute('slots-src'),
  );

renderSnippet();
