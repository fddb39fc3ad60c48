import { css } from 'lit';

export const styles = css`
  form,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin-block: var(--_space);
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  .sum,
  .countdowns,
  h3 {
    margin-block: 0.75rem 0.25rem;
  }
  ul {
    padding-inline-start: 1.25rem;
  }
  ol {
    list-style: none;
    margin-block: var(--_space);
    padding-inline-start: 1.1rem;
    border-inline-start: 3px solid var(--_border);
  }
  ol > li {
    position: relative;
    margin-block: 0.5rem;
  }
  ol > li::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1.1rem - 10px);
    top: 0.95rem;
    width: 17px;
    height: 17px;
    border: 3px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
  }
  .past::before {
    background: var(--_border);
  }
  .now::before {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .toggle {
    width: 100%;
    flex-wrap: wrap;
    justify-content: space-between;
    text-align: start;
    border: 1px solid var(--_border);
    background: none;
    color: inherit;
  }
  .now .toggle {
    border: 2px solid var(--_accent);
  }
  .when {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }
  .marker {
    display: inline-block;
    margin-top: 0.3rem;
    padding: 0 0.6em;
    border-radius: 1em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  h4 {
    margin-top: 0.5rem;
  }
  .flags {
    margin-top: 0.75rem;
    padding: 0.25rem 0.75rem 0.5rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_alt);
  }
  .print {
    display: none;
  }
  @media print {
    .root {
      font-size: 10pt;
      line-height: 1.3;
    }
    .print {
      display: block;
    }
    form,
    .actions,
    .marker,
    ol > li:not(.now) .flags {
      display: none;
    }
    .panel {
      display: block !important;
    }
    .toggle {
      display: flex;
      min-height: 0;
      padding: 0;
      border: 0 !important;
      font-weight: 700;
    }
    ol > li {
      break-inside: avoid;
    }
    ol > li::before {
      top: 0.2rem;
    }
  }
`;
