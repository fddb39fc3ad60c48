import { css } from '../../styles/css.js';

export const checkStyles = css`
  form,
  .result {
    display: grid;
    gap: var(--_p);
  }
  fieldset {
    display: grid;
    gap: .5em;
  }
  .options,
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: .5em 1.5em;
  }
  legend,
  .privacy {
    margin-block-end: .75em;
  }
  .options label {
    display: flex;
    min-height: 2.75em;
    align-items: center;
    gap: .5em;
  }
  .follow {
    padding-inline-start: .75em;
    border-inline-start: 3px solid var(--_b);
  }
  .field {
    justify-items: start;
    display: grid;
    gap: .25em;
  }
  /* A reviewed question: question and answers, its Change button beside them, a line below. */
  .row {
    grid-template-columns: 1fr auto;
    padding: .5em 0;
    display: grid;
    gap: 0 .75em;
    border-block-end: 1px solid var(--_b);
  }
  .change button {
    min-height: 2.3em;
    padding: .2em .8em;
    font-size: .875em;
  }
  .row > * {
    grid-column: 1;
  }
  .change {
    align-self: center;
    grid-area: 1 / 2 / span 3;
  }
  .result {
    padding-inline-start: var(--_p);
    border-inline-start: 6px solid var(--_w);
  }
  .clear {
    border-color: var(--mn-color-success,light-dark(#1c6b38,#86d8a3));
  }
  .advice {
    border-color: var(--_a);
  }
  .decline {
    border-color: var(--_d);
  }
`;
