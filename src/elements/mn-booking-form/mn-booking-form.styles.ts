import { css } from 'lit';

export const bookingStyles = css`
  form,
  fieldset,
  .f,
  .done {
    display: grid;
    gap: 0.5rem;
  }
  form {
    gap: var(--_space);
  }
  fieldset {
    border: 0;
    min-width: 0;
  }
  legend,
  label {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
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
  .f input {
    width: 100%;
  }
  .trap {
    position: absolute;
    left: -9999px;
  }
  .box {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_alt);
  }
  [role='alert'] {
    border-color: var(--_danger);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  button {
    justify-self: start;
  }
`;
