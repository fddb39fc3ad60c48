import { css } from 'lit';

export const bookingStyles = css`
  .all,
  .f,
  .box,
  .done {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  form {
    max-width: 40rem;
  }
  .all {
    gap: var(--_space);
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    border: 0;
    min-width: 0;
  }
  legend,
  label,
  dt {
    font-weight: 600;
  }
  .row {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(9rem, 100%), 1fr));
    gap: 0 1rem;
    flex-basis: 100%;
  }
  fieldset > p {
    flex-basis: 100%;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .check label {
    font-weight: 400;
  }
  .check input {
    min-height: 0;
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
    accent-color: var(--_accent);
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
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_alt);
  }
  .box ul {
    padding-inline-start: 1.25rem;
  }
  [role='alert'] {
    border-color: var(--_danger);
  }
  dd {
    margin: 0 0 0.5rem;
  }
  button {
    justify-self: start;
  }
`;
