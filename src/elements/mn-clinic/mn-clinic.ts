import { LitElement, html } from 'lit';
import type { ClinicValues } from '../../domain/clinic.js';
import { messages } from '../../i18n/index.js';
import { finalize, pageLocale, parseClinicAttributes } from '../shared/mn-element.js';
import { noticeController } from '../shared/notices.js';
import { baseStyles } from '../../styles/base.js';
import { css } from '../../styles/css.js';
import { changed, clinics } from '../../register.js';

/**
 * Gives the clinic's details once to every widget inside it (the clinic context of
 * `@lit/context`), and to widgets outside any `<mn-clinic>`: those naming its `id` in their
 * `clinic` attribute, or every one when it is the only `<mn-clinic>` on the page (it may come
 * later in the page, in a footer). Draws no box of its own (`display: contents`); a bad attribute
 * shows a setup notice above the content. (The safety check's outcome reaches the booking form
 * anywhere in the document.)
 *
 * @tag mn-clinic
 * @summary Clinic details shared with the widgets inside it.
 * @slot - The widgets, and any other content.
 * @csspart notice - Setup notice for a bad attribute (for the designer).
 * @cssproperty --mn-color-accent - Brand colour for every widget inside; the `accent` attribute sets it.
 */
export class MnClinic extends LitElement {
  // The shared tokens and notice box; no box of its own.
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  // Static declarations, not decorators: smaller in the paste-in script. Every property is a
  // clinic field; the attribute is its kebab-case name.
  /** @internal Attributes in kebab-case. */
  static override finalize = finalize;
  static override properties = {
    locale: {},
    timezone: {},
    theme: {},
    accent: {},
    name: {},
    phone: {},
    email: {},
    website: {},
    address: {},
    endpoint: {},
    privacyUrl: {},
    hours: {},
    region: {},
    languages: {},
    emergencyNumber: {},
    afterHoursPhone: {},
  };

  private readonly notices = noticeController(this);
  #values?: ClinicValues;
  /**
   * The parsed values, which the page's widgets get (see register.ts): parsed when first read, so a
   * widget put on the page with its clinic, before it, gets them although the clinic has not drawn yet.
   */
  private get values(): ClinicValues {
    // Every property is a clinic field of the same name.
    return (this.#values ??= parseClinicAttributes(this, this.notices, Object.keys(MnClinic.properties)));
  }

  constructor() {
    super();
    clinics.add(this);
  }

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
  /**
   * The languages the clinic offers its patients, such as `en es` (BCP 47 tags, the first the main
   * one). With more than one, every widget shows a small language switch; a language shows only when
   * the page has its texts (its language pack, `mn-widgets.es.js`, beside the script).
   */
  declare languages?: string;
  /** The emergency number to call (default: 911 for US clinics, else "your local emergency number": clinics outside the US should set theirs, e.g. 999 in the UK). */
  declare emergencyNumber?: string;
  /** A number for urgent questions while the clinic is closed by its `hours`; without it patients are sent to urgent care. */
  declare afterHoursPhone?: string;

  protected override willUpdate(): void {
    // Read again (here, by the widgets changed() tells, or by render).
    this.#values = undefined;
    changed();
  }

  protected override render() {
    const locale = this.values.locale ?? pageLocale(this);
    return html`${this.notices.render(messages(locale))}<slot></slot>`;
  }
}
