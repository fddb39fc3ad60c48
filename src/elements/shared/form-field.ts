import { type ReactiveController, type ReactiveControllerHost, html } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

/**
 * The fields of one form in a widget, after Shoelace's `FormControlController` (a reactive
 * controller the element plugs in) and Lion's validators (pure functions return codes; the words
 * come from a separate lookup, in the patient's language; feedback shows once the field was
 * changed, or the form submitted). The host sets `issues` (field → code) before each render and
 * renders each control with `invalid(field)`, `aria-describedby="e-<field>"` and `error(field)`.
 *
 * - A field's problem shows after the patient changed it (`change`), left a half-typed date, or
 *   submitted (`submit()`, or `show()` for a step's Next); never before they act.
 * - Errors are never live regions: a submit announces one summary in the host's status region.
 * - `incomplete()` names date inputs typed in part: their value reads '' (`validity.badInput`).
 * - `focus()` moves focus after the next update; a failed `submit()` focuses the first problem.
 */
export class FieldController implements ReactiveController {
  /** Each field's problem, as a code. */
  issues: Record<string, string> = {};
  private shown = new Set<string>();
  private submitted = false;
  private focusTo?: string;

  constructor(
    private readonly host: Host,
    private readonly word: (code: string, field: string) => string,
  ) {
    host.addController(this);
  }

  /** The words for a field's problem, once they may show. */
  text(field: string): string | undefined {
    const code = this.issues[field];
    return code && (this.submitted || this.shown.has(field)) ? this.word(code, field) : undefined;
  }

  /** For `aria-invalid`: 'true' once the field's problem shows. */
  invalid(field: string): string {
    return `${!!this.text(field)}`;
  }

  /** The field's error, read with it (`aria-describedby`); always in place, empty until shown. */
  error(field: string) {
    return html`<p id="e-${field}" class="error">${this.text(field)}</p>`;
  }

  /** Shows the problems of these fields from now on. */
  show(...fields: string[]): void {
    this.shown = new Set([...this.shown, ...fields]);
    this.host.requestUpdate();
  }

  /** For the form's `change` and `focusout`: a changed field, or a half-typed date left, shows its problem. */
  readonly onChange = (e: Event) => {
    const t = e.target as HTMLInputElement;
    if (e.type == 'change' || t.validity?.badInput) this.show(t.name.replace('time', 'date'));
    else this.host.requestUpdate();
  };

  /** Names of the inputs holding a date typed in part. */
  incomplete(): string[] {
    return [...this.host.renderRoot.querySelectorAll('input')].filter((i) => i.validity.badInput).map((i) => i.name);
  }

  /** A submit: every problem shows from now on. Returns how many there are; with any, the first gets focus. */
  submit(): number {
    this.submitted = true;
    const n = Object.keys(this.issues).length;
    this.focus(n ? '[aria-invalid="true"]' : '');
    return n;
  }

  /** Focuses the first match of `selector` in the widget after the next update. */
  focus(selector: string): void {
    this.focusTo = selector;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.focusTo) this.host.renderRoot.querySelector<HTMLElement>(this.focusTo)?.focus();
    this.focusTo = undefined;
  }

  /** Back to untouched (a form reset, a new question). */
  reset(): void {
    this.shown = new Set();
    this.submitted = false;
  }
}
