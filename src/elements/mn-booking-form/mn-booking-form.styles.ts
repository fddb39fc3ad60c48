import { css } from '../../styles/css.js';

export const bookingStyles = css`
  .all,
  .f,
  .box,
  .done {
    align-content: start;
    display: grid;
    gap: .25em;
  }
  legend,
  .f > label {
    font-weight: 600;
  }
  .all {
    gap: var(--_p);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: .25em 1.25em;
  }
  /* A date and its time of day side by side, equal, each at least 9em; one under the other when
     both do not fit (a wrapping flex line lays them out as the auto-fit grid did, in fewer bytes;
     min-width: 0 lets a date input wider than 9em shrink, as a grid column let it). */
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    flex-basis: 100%;
  }
  dd {
    margin-block-end: .5em;
  }
  .row > * {
    flex: 9em;
    min-width: 0;
  }
  form {
    max-width: 40em;
  }
  .check {
    display: flex;
    align-items: center;
    gap: .5em;
  }
  textarea,
  .f input,
  .f select {
    width: 100%;
  }
  .privacy {
    min-height: 24px;
    display: inline-flex;
    align-items: center;
  }
  fieldset > p {
    flex-basis: 100%;
  }
  .box {
    background: var(--_l);
    padding: .75em;
    border: 2px solid var(--_b);
    border-radius: var(--_r);
    gap: .5em;
  }
  button {
    justify-self: start;
  }
  [role='alert'] {
    border-color: var(--_d);
  }
`;
