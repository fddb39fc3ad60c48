import { css } from 'lit';

export const bookingStyles = css`
  .all,
  .f,
  .box,
  .done {
    display: grid;
    gap: .25em;
    align-content: start;
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
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(9em, 100%), 1fr));
    gap: 0 1em;
    flex-basis: 100%;
  }
  dd {
    margin-block-end: .5em;
  }
  fieldset > p {
    flex-basis: 100%;
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
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }
  .box {
    padding: .75em;
    border: 2px solid var(--_b);
    gap: .5em;
    border-radius: var(--_r);
    background: var(--_l);
  }
  button {
    justify-self: start;
  }
  [role='alert'] {
    border-color: var(--_d);
  }
`;
