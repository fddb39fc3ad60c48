import { css } from '../../styles/css.js';

export const styles = css`
  form,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: .75em;
    align-items: end;
    margin-block: var(--_p);
  }
  ol {
    list-style: none;
    padding-inline-start: .75em;
    border-inline-start: 3px solid var(--_b);
  }
  .sum,
  [role='heading'],
  .flags,
  .sos {
    margin-block-start: .75em;
  }
  .title {
    margin: 0;
  }
  ol > li {
    margin-block-start: .5em;
    position: relative;
  }
  ol > li::before {
    content: "";
    position: absolute;
    inset-inline-start: calc(-.75em - 10px);
    width: 17px;
    height: 17px;
    inset-block-start: .9em;
    border: 3px solid var(--_b);
    background: var(--_s);
    border-radius: 50%;
  }
  .past::before {
    background: var(--_b);
  }
  .now::before {
    background: var(--_a);
  }
  .now button {
    border-color: var(--_a);
  }
  label {
    display: grid;
  }
  /* Forced colours paint every background as Canvas: keep the dots telling past, now and later apart. */
  @media (forced-colors: active) {
    .past::before,
    .now::before {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .now::before {
      background: Highlight;
    }
  }
  ol button {
    justify-content: space-between;
    text-align: start;
    width: 100%;
    padding-inline-end: 2.5em;
    position: relative;
    flex-wrap: wrap;
    border-color: var(--_b);
    background: none;
    color: inherit;
  }
  /* A chevron: two edges of a square turned to point down, up when open. Physical edges, as the
     shape is symmetric; its place is logical, so it sits at the end in right-to-left text too. */
  ol button::after {
    content: "";
    position: absolute;
    inset-inline-end: 1em;
    height: .55em;
    border: solid;
    inset-block-start: calc(50% - .45em);
    width: .55em;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
  }
  /* Open: only the phase buttons have aria-expanded (and this beats ol button::after's turn). */
  [aria-expanded='true']::after {
    transform: translateY(.3em) rotate(225deg);
  }
  .when {
    color: var(--_m);
    font-weight: 400;
  }
  /* "You are here" on its own line, whatever the length of the sentence before it. */
  .sum strong {
    display: block;
  }
  /* The widgets' only motion, the chevron's turn: none when the system asks for reduced motion. */
  @media (prefers-reduced-motion: no-preference) {
    ol button::after {
      transition: transform .2s;
    }
  }
  .flags,
  .sos {
    background: var(--_l);
    padding-inline: .75em;
    border-inline-start: 4px solid var(--_d);
    padding-block-end: .5em;
  }
  @media print {
    .root {
      font-size: 10pt;
      line-height: 1.3;
    }
    form,
    .actions,
    .marker {
      display: none;
    }
    .panel {
      display: block !important;
    }
    ol button {
      display: flex;
      min-height: 0;
      padding: 0;
      border: 0;
    }
    li {
      break-inside: avoid;
    }
    ol > li::before {
      inset-block-start: 0;
    }
    ol button::after {
      content: none;
    }
  }
`;
