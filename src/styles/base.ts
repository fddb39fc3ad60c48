import { css } from './css.js';

/**
 * Tokens and base rules every widget shares. Global tokens (`--mn-*`) are set by the designer on
 * the widget, `<mn-clinic>` or any ancestor; private ones (`--_*`) resolve them with theme defaults,
 * one letter each (they repeat in every sheet): accent, text, muted, surface, aLt surface, border,
 * danger, warning, radius, sPace, Ink (accent as text), On-accent. The success colour, used by one
 * rule (the safety check's clear result), is read there with its default, without a private one.
 * Text colours meet 4.5:1 on the surfaces; the accent's text colour is derived for contrast.
 *
 * The host page reaches in only through what it sets on our tags and what they inherit. `.root`
 * stops every inherited property at once (`all: initial`: a theme's line height, letter and word
 * spacing, indent, text transform, white-space and the like), then takes back the host's font
 * family and weight, at no less than 16 px (a smaller field makes iOS zoom). Sizes are in `em` of
 * that, never `rem`: a theme's `html { font-size: 62.5% }` would shrink every tap target.
 *
 * In every sheet, rules and their declarations stand in the order that gzip packs best (measured on
 * the built script), not grouped by kind. The cascade decides the same: a declaration moves only past
 * ones of other properties (a shorthand stays before its longhands), a rule only past rules that set
 * no property of the same family.
 */
export const baseStyles = css`
  :host {
    display: block;
    /* Text on the accent: white or black, whichever contrasts more (relative colours: every
       supported browser, README "Browser support", so no fallback). */
    --_o: oklch(from var(--_a) clamp(0,(.565 - l)*1e3,1) 0 0);
    --_a: var(--mn-color-accent,var(--_c,#7a4cc2));
    --_w: var(--mn-color-warning,light-dark(#8a4b00,#f5c06f));
    --_m: var(--mn-color-muted,light-dark(#57525f,#bdb8c5));
    --_t: var(--mn-color-text,light-dark(#1f1c24,#eeecf1));
    --_l: var(--mn-color-surface-alt,light-dark(#f5f3f8,#2a2731));
    --_s: var(--mn-color-surface,light-dark(#fff,#1d1b22));
    --_d: var(--mn-color-danger,light-dark(#b3261e,#ffb4ab));
    --_b: var(--mn-color-border,light-dark(#76707f,#948ea0));
    font: var(--mn-font,inherit);
    --_r: var(--mn-radius,.5em);
    --_p: var(--mn-space,1em);
    /* Accent as text: darkened (lightened in dark mode) until it reads on the surface. */
    --_i: light-dark(oklch(from var(--_a) min(l,.5) c h),oklch(from var(--_a) max(l,.8) c h));
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    all: initial;
    visibility: inherit;
    font-family: inherit;
    font-weight: inherit;
    color-scheme: light;
    display: block;
    font-size: max(1em,16px);
    color: var(--_t);
    border-radius: var(--_r);
    background: var(--_s);
    overflow-wrap: anywhere;
    /* Set here, not on :host, so a host page's !important rules on our tags cannot reach inside. */
    line-height: 1.5;
    padding: var(--_p);
  }
  .dark {
    color-scheme: dark;
  }
  dt {
    font-weight: 600;
  }
  .auto {
    color-scheme: light dark;
  }
  p,
  ul,
  ol,
  fieldset,
  legend,
  dl,
  dd {
    padding: 0;
    margin: 0;
  }
  /* Phone links: every other link in the widgets is absolute http(s) or mailto, so "tel" starts only these. */
  [href^='tel'] {
    white-space: nowrap;
  }
  fieldset {
    min-width: 0;
    border: 0;
  }
  /* Headings are role="heading" with the level the page asks for (heading-level). */
  [role='heading'] {
    display: block;
    font-size: 1.05em;
    line-height: 1.3;
    font-weight: 700;
  }
  .title {
    font-size: 1.25em;
  }
  a {
    color: var(--_i);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  button,
  .button,
  input,
  select,
  textarea {
    margin: 0;
    font: inherit;
    color: inherit;
    min-height: 2.75em;
  }
  button,
  .button {
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: .4em;
    padding: .5em 1.1em;
    /* The edge leans towards the text colour: visible even when the accent is close to the surface. */
    border: 2px solid color-mix(in oklab, var(--_a), var(--_t) 30%);
    border-radius: var(--_r);
    background: var(--_a);
    color: var(--_o);
    justify-content: center;
    cursor: pointer;
    font-weight: 600;
  }
  .secondary {
    border-color: var(--_b);
    background: transparent;
    color: var(--_i);
  }
  .error {
    color: var(--_d);
    font-weight: 600;
  }
  .muted {
    color: var(--_m);
  }
  input,
  select,
  textarea {
    max-width: 100%;
    padding: .45em .7em;
    border: 1px solid var(--_b);
    background: var(--_s);
    border-radius: calc(var(--_r)*.75);
  }
  /* Radios and checkboxes drawn here, on the widget's surface in either theme (WebKit draws its own
     light ones on a dark page); the marks are borders, which forced colours keep. */
  [type='radio'],
  [type='checkbox'] {
    padding: 0;
    place-content: center;
    flex: none;
    width: 1.25em;
    height: 1.25em;
    appearance: none;
    display: inline-grid;
    min-height: 0;
    border-width: 2px;
  }
  [type='radio'],
  [type='radio']::before {
    border-radius: 50%;
  }
  /* After .root, whose all: initial it overrides (the same specificity, later). */
  *,
  ::before,
  ::after,
  .root {
    box-sizing: border-box;
  }
  :checked {
    border-color: var(--_a);
    background: var(--_a);
  }
  :checked::before {
    content: "";
    border: .25em solid var(--_o);
  }
  /* A tick: two edges of a box, turned. */
  [type='checkbox']:checked::before {
    width: .4em;
    height: .7em;
    border-width: 0 .15em .15em 0;
    transform: translateY(-.1em) rotate(45deg);
  }
  [aria-invalid='true'] {
    box-shadow: 0 0 0 1px var(--_d);
    border-color: var(--_d);
  }
  /* The language switch, at the widget's top end (when the clinic offers several languages). */
  .lang {
    display: block;
    text-align: end;
    margin-block-end: .5em;
    font-size: .875em;
  }
  .notice {
    margin-block-end: .75em;
    border: 2px dashed var(--_w);
    background: var(--_l);
    color: var(--_t);
    border-radius: .4em;
    padding: .6em .8em;
    font-size: .875em;
  }
  :disabled {
    opacity: .6;
    cursor: not-allowed;
  }
  /* WebKit's grey "today" in an empty date field is the device's, not the clinic's: not shown (see MnElement's handleEvent). */
  @supports (hanging-punctuation: first) {
    [data-empty]:not(:focus)::-webkit-datetime-edit {
      opacity: 0;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_i);
    outline-offset: 2px;
  }
  [tabindex="-1"] {
    outline: none;
  }
  /* (The booking form's trap field is [hidden]: not rendered at all.) */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    .root {
      background: none;
      color: #000;
      padding: 0;
    }
    button {
      display: none;
    }
  }
`;
