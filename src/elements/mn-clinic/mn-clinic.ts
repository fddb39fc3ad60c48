import { ContextProvider } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { clinicContext, outcomeContext } from '../../context/clinic.js';
import { type ClinicInput, parseClinic } from '../../domain/clinic.js';
import { ScreeningCompleteEvent, ScreeningResetEvent } from '../../events.js';
import { messages } from '../../i18n/index.js';
import { isColor, pageLocale, setAccent } from '../shared/mn-element.js';
import { NoticeController } from '../shared/notices.js';

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
      background: #fff;
      color: #1f1c24;
      font-size: 0.875em;
    }
    p {
      margin: 0;
    }
  `;

  // Static declarations, not decorators: smaller in the paste-in script. Every property is a
  // clinic field; the attribute is its kebab-case name.
  static override properties = {
    name: {},
    phone: {},
    email: {},
    website: {},
    address: {},
    locale: {},
    timezone: {},
    accent: {},
    endpoint: {},
    privacyUrl: { attribute: 'privacy-url' },
    hours: {},
    theme: {},
    region: {},
    emergencyNumber: { attribute: 'emergency-number' },
    afterHoursPhone: { attribute: 'after-hours-phone' },
  };

  private readonly notices = new NoticeController(this);
  private readonly values = new ContextProvider(this, { context: clinicContext });
  private readonly outcome = new ContextProvider(this, { context: outcomeContext });

  /** The clinic's name, as patients know it. */
  declare name?: string;
  /** A dialable phone number; shown as a `tel:` link. */
  declare phone?: string;
  /** The clinic's email address. */
  declare email?: string;
  /** The clinic's website (http or https). */
  declare website?: string;
  /** Postal address, one line. */
  declare address?: string;
  /** Language and region (BCP 47, e.g. `en-US`). Default: the nearest `lang` attribute, then the browser's. */
  declare locale?: string;
  /** IANA time zone (e.g. `America/New_York`). Default: the browser's. */
  declare timezone?: string;
  /** Brand colour: any CSS colour. Sets `--mn-color-accent`. */
  declare accent?: string;
  /** Where booking requests are sent (http or https URL). */
  declare endpoint?: string;
  /** The clinic's privacy policy page (http or https URL). */
  declare privacyUrl?: string;
  /** Opening hours: `Mo-Fr 09:00-18:00; Sa 10:00-14:00` (days not named are closed). */
  declare hours?: string;
  /** `light` (default), `dark`, or `auto`. */
  declare theme?: string;
  /**
   * The clinic's country, ISO 3166-1 (`US`, `GB`). Default: the region of `locale` (`en-GB`), never
   * the browser's. It decides the US-only notice and the 18 to 21 age advice, which show for `US`
   * and when neither says.
   */
  declare region?: string;
  /** The emergency number to call (default: 911 for US clinics, else "your local emergency number": clinics outside the US should set theirs, e.g. 999 in the UK). */
  declare emergencyNumber?: string;
  /** A number for urgent questions while the clinic is closed by its `hours`; without it patients are sent to urgent care. */
  declare afterHoursPhone?: string;

  constructor() {
    super();
    // Level, date and what may be booked only: never findings or answers, whatever the event carries.
    this.addEventListener(ScreeningCompleteEvent.type, ({ detail: { level, earliestDate, treatment } }) =>
      this.outcome.setValue(JSON.parse(JSON.stringify({ level, earliestDate, treatment }))),
    );
    this.addEventListener(ScreeningResetEvent.type, () => this.outcome.setValue(undefined));
  }

  protected override willUpdate(): void {
    const input: ClinicInput = {};
    const fields = Object.keys(MnClinic.properties) as Array<keyof ClinicInput & keyof MnClinic>;
    for (const field of fields) input[field] = this[field];
    const { values, notices } = parseClinic(input, { baseUrl: document.baseURI, isColor });
    for (const field of fields) {
      const n = notices.find((x) => x.field === field);
      this.notices.set(
        field.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase()),
        n?.code,
        n?.value,
      );
    }
    this.values.setValue(values);
    setAccent(this, values.accent);
  }

  protected override render() {
    const locale = this.values.value?.locale ?? pageLocale(this);
    return html`${this.notices.render(messages(locale))}<slot></slot>`;
  }
}
