/**
 * The demo page's clinic panel: each control sets an attribute on <mn-clinic>, and the snippet
 * shows the markup a designer pastes, generated from the live clinic element and its widgets.
 */
import '../src/index.js';

const clinic = document.getElementById('clinic')!;
const form = document.getElementById('settings') as HTMLFormElement;
const snippet = document.getElementById('snippet')!;
const copyStatus = document.getElementById('copy-status')!;

const SCRIPT_URL = new URL('/dist/mn-widgets.js', location.href).href;

/** Attributes that exist only for the demo's own previews, not for pasting. */
const DEMO_ONLY = new Set(['id', 'class', 'now']);

function tagMarkup(el: Element, indent: string, inner = ''): string {
  const attrs = [...el.attributes]
    .filter((a) => !DEMO_ONLY.has(a.name))
    .map((a) => `${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  const open = attrs.length > 2 ? `<${el.localName}\n${attrs.map((a) => `${indent}  ${a}`).join('\n')}\n${indent}>` : `<${[el.localName, ...attrs].join(' ')}>`;
  return `${indent}${open}${inner}</${el.localName}>`;
}

function renderSnippet(): void {
  const widgets = [...clinic.querySelectorAll('*')].filter((el) => el.localName.startsWith('mn-'));
  const inner = widgets.length ? `\n${widgets.map((w) => tagMarkup(w, '  ')).join('\n')}\n` : '\n  <!-- the widgets go here -->\n';
  snippet.textContent = `<script src="${SCRIPT_URL}"></script>\n\n${tagMarkup(clinic, '', inner)}`;
}

form.addEventListener('input', (e) => {
  const field = e.target as HTMLInputElement | HTMLSelectElement;
  clinic.setAttribute(field.name, field.value);
  renderSnippet();
});
form.addEventListener('submit', (e) => e.preventDefault());

document.getElementById('copy')!.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent ?? '');
    copyStatus.textContent = 'Snippet copied.';
  } catch {
    copyStatus.textContent = 'Copying is blocked here: select the snippet and copy it by hand.';
  }
});

renderSnippet();
