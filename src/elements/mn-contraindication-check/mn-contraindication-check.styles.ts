import { css } from 'lit';

export const checkStyles = css`
  form,
  .result {
    display: grid;
    gap: var(--_space);
  }
  fieldset {
    display: grid;
    gap: 0.5rem;
    border: 0;
    min-width: 0;
  }
  legend,
  .privacy {
    margin-bottom: 0.75rem;
  }
  .follow {
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_border);
  }
  .options,
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .options label {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-width: 0;
    min-height: 2.75rem;
  }
  [type=radio],
  [type=checkbox] {
    flex-shrink: 0;
    width: 1.25em;
    height: 1.25em;
    min-height: 0;
    accent-color: var(--_accent);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
  dt {
    font-weight: 600;
  }
  dl,
  dd {
    margin: 0 0 0.5rem;
  }
  /* A reviewed question: question and answers, its Change button beside them, a line below. */
  .row {
    display: grid;
    grid-template-columns: 1fr auto;
    column-gap: 0.75rem;
    padding-block: 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .row > * {
    grid-column: 1;
    margin: 0;
  }
  .row > .change {
    grid-column: 2;
    grid-row: 1 / span 3;
    align-self: center;
  }
  .change button {
    min-height: 2rem;
    padding: 0.2em 0.8em;
    font-size: 0.875em;
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  .result {
    padding-inline-start: var(--_space);
    border-inline-start: 6px solid var(--_warning);
  }
  .clear {
    border-color: var(--_success);
  }
  .advice {
    border-color: var(--_accent);
  }
  .decline {
    border-color: var(--_danger);
  }
`;
