import { provide } from '@lit/context';
import { LitElement, type PropertyValues, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clinicContext, outcomeContext } from '../../context/clinic.js';
import { type ClinicInput, type ClinicValues, parseClinic, parseLocale } from '../../domain/clinic.js';
import type { Outcome } from '../../domain/outcome.js';
import { ScreeningCompleteEvent, ScreeningResetEvent } from '../../events.js';
import { messages } from '../../i18n/index.js';
import { isColor } from '../shared/mn-element.js';
import { NoticeController } from '../shared/notices.js';

/** Attribute → config field. */
const FIELDS: Record<string, keyof ClinicInput> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  website: 'website',
  address: 'address',
  locale: 'locale',
  timezone: 'timezone',
  accent: 'accent',
  endpoint: 'endpoint',
  'privacy-url': 'privacyUrl',
  hours: 'hours',
  theme: 'theme',
};

/**
 * Gives the clinic's details once to every widget inside it, through `@lit/context`. Draws no box
 * of its own (`display: contents`); a bad attribute shows a setup notice above the content.
 * It also passes the safety check's outcome (level and date only) to the booking form beside it.
 *
 * @tag mn-clinic
 * @summary Clinic details shared with the widgets inside it.
 * @slot - The widgets, and any other content.
 * @csspart notice - Setup notice for a bad attribute (for the designer).
 * @cssproperty --mn-color-accent - Brand colour for every widget inside; the `accent` attribute sets it.
 */
export class MnClinic extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    .notice {
      display: block;
      margin: 0 0 0.75rem;
      padding: 0.6rem 0.8rem;
      border: 2px dashed #8a4b00;
      border-radius: 0.4rem;
      background: #fff;
      color: #1f1c24;
      font-size: 0.875em;
    }
    p {
      margin: 0;
    }
  `;

  private readonly notices = new NoticeController(this);

  @provide({ context: clinicContext })
  @state()
  protected values?: ClinicValues;

  @provide({ context: outcomeContext })
  @state()
  protected outcome?: Outcome;

  /** The clinic's name, as patients know it. */
  @property() name?: string;
  /** A dialable phone number; shown as a `tel:` link. */
  @property() phone?: string;
  /** The clinic's email address. */
  @property() email?: string;
  /** The clinic's website (http or https). */
  @property() website?: string;
  /** Postal address, one line. */
  @property() address?: string;
  /** Language and region (BCP 47, e.g. `en-US`). Default: the nearest `lang` attribute, then the browser's. */
  @property() locale?: string;
  /** IANA time zone (e.g. `America/New_York`). Default: the browser's. */
  @property() timezone?: string;
  /** Brand colour: any CSS colour. Sets `--mn-color-accent`. */
  @property() accent?: string;
  /** Where booking requests are sent (http or https URL). */
  @property() endpoint?: string;
  /** The clinic's privacy policy page (http or https URL). */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  /** Opening hours: `Mo-Fr 09:00-18:00; Sa 10:00-14:00`, or JSON such as `{"mo":"09:00-18:00"}`. */
  @property() hours?: string;
  /** `light` (default), `dark`, or `auto`. */
  @property() theme?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener(ScreeningCompleteEvent.type, this.onOutcome);
    this.addEventListener(ScreeningResetEvent.type, this.onReset);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener(ScreeningCompleteEvent.type, this.onOutcome);
    this.removeEventListener(ScreeningResetEvent.type, this.onReset);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const fields = Object.values(FIELDS);
    if (this.values && !fields.some((f) => changed.has(f as keyof MnClinic))) return;
    const input: ClinicInput = {};
    for (const field of fields) input[field] = this[field as keyof ClinicInput & keyof MnClinic];
    const { values, notices } = parseClinic(input, { baseUrl: document.baseURI, isColor });
    for (const [attr, field] of Object.entries(FIELDS)) {
      const n = notices.find((x) => x.field === field);
      this.notices.set(attr, n?.code, n?.value);
    }
    this.values = values;
    if (values.accent) this.style.setProperty('--mn-color-accent', values.accent);
    else this.style.removeProperty('--mn-color-accent');
  }

  private onOutcome = (e: ScreeningCompleteEvent) => {
    const { level, earliestDate } = e.detail;
    this.outcome = { level, earliestDate };
  };

  private onReset = () => {
    this.outcome = undefined;
  };

  protected override render() {
    const locale = this.values?.locale ?? parseLocale(this.closest('[lang]')?.getAttribute('lang') ?? '') ?? navigator.language;
    return html`${this.notices.render(messages(locale))}<slot></slot>`;
  }
}
