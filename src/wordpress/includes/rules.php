<?php
/**
 * Validation rules in one place: the settings page, the booking route and the blocks' server side
 * all ask these functions. Each returns a rule code ('' when the value is fine); the words for a
 * code are in mnwidgets_rule_text(). The email and phone rules are a port of the widgets' own
 * (src/domain/contact.ts): `npm run test:wordpress` runs the shared vectors of
 * src/domain/contact-vectors.json against this file, so the clinic's settings, the booking route
 * and the form in the browser accept and refuse the same values.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * What JavaScript's `\s` and `String.prototype.trim` treat as white space (Unicode spaces and line
 * terminators, the byte order mark), as a character class body for a /u pattern. PHP's own `\s`
 * and trim() know only ASCII: a phone number pasted with a no-break space would otherwise pass in
 * the browser and fail here.
 */
const MNWIDGETS_JS_SPACE = '\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/**
 * Trims as JavaScript's String.prototype.trim does.
 *
 * @param string $value Any text.
 * @return string The text without leading and trailing white space; '' for text that is not UTF-8.
 */
function mnwidgets_js_trim( string $value ): string {
	return (string) preg_replace( '/^[' . MNWIDGETS_JS_SPACE . ']+|[' . MNWIDGETS_JS_SPACE . ']+$/uD', '', $value );
}

/**
 * Whether a text is an email address by the widgets' rule (isEmail in src/domain/contact.ts): the
 * address HTML's type=email accepts (ASCII; an international domain in punycode), with a dot in the
 * domain, a last label of two characters or more, 254 characters at most. A non-ASCII name before
 * the @ (josé@…) is refused, as the browser and most mail servers refuse it. Tested as given:
 * callers trim first.
 *
 * @param string $value The address.
 */
function mnwidgets_is_email( string $value ): bool {
	return strlen( $value ) < 255 && 1 === preg_match( '/^[A-Za-z0-9_.!#$%&\'*+\/=?^`{|}~-]+@([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z0-9][a-z0-9-]*[a-z0-9]$/iD', $value );
}

/**
 * A dialable number by the widgets' rule (parsePhone in src/domain/contact.ts): digits with an
 * optional leading +, spaces, dots, dashes and brackets; $min to 20 digits and 40 characters at
 * most; optionally an extension (`ext. 2`, `x 2`), dialled after a pause (`tel:+15550100,2`).
 *
 * @param string $value The number as typed.
 * @param int    $min   The fewest digits: 5, or 2 for an emergency number (15 in France, 911).
 * @return array|null ['display' => the trimmed text, 'href' => the tel: URL], or null when refused.
 */
function mnwidgets_parse_phone( string $value, int $min = 5 ): ?array {
	$display = mnwidgets_js_trim( $value );
	$space   = '[' . MNWIDGETS_JS_SPACE . ']';
	if ( 1 !== preg_match( '/^(\+?[0-9' . MNWIDGETS_JS_SPACE . '().-]+?)(?:' . $space . '*(?:[eE][xX][tT]\.?|[xX])' . $space . '*([0-9]{1,6}))?$/uD', $display, $m ) ) {
		$m = array();
	}
	$digits = isset( $m[1] ) ? (string) preg_replace( '/[^0-9]/', '', $m[1] ) : '';
	if ( mb_strlen( $display, 'UTF-8' ) > 40 || strlen( $digits ) < $min || strlen( $digits ) > 20 ) {
		return null;
	}
	return array(
		'display' => $display,
		'href'    => 'tel:' . ( '+' === substr( $display, 0, 1 ) ? '+' : '' ) . $digits . ( isset( $m[2] ) && '' !== $m[2] ? ',' . $m[2] : '' ),
	);
}

/**
 * An email address, trimmed as the form trims it.
 *
 * @param string $value The address as typed.
 * @return string 'email' when refused, else ''.
 */
function mnwidgets_rule_email( string $value ): string {
	return mnwidgets_is_email( mnwidgets_js_trim( $value ) ) ? '' : 'email';
}

/**
 * A dialable phone number (see mnwidgets_parse_phone()).
 *
 * @param string $value The number as typed.
 * @param int    $min   The fewest digits: 5, or 2 for an emergency number.
 * @return string 'phone' when refused, else ''.
 */
function mnwidgets_rule_phone( string $value, int $min = 5 ): string {
	return mnwidgets_parse_phone( $value, $min ) ? '' : 'phone';
}

/**
 * A BCP 47 language tag such as en, en-US, pt-BR or zh-Hant-TW.
 *
 * @param string $value The tag as typed.
 */
function mnwidgets_rule_locale( string $value ): string {
	return preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-[A-Za-z0-9]{5,8})*$/', trim( $value ) ) ? '' : 'locale';
}

/**
 * The ISO 3166-1 alpha-2 codes in use, and XK (Kosovo, in the range ISO leaves to users, used by
 * the EU and by Unicode's locale data).
 */
const MNWIDGETS_REGIONS = 'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

/**
 * A country as the widgets' `region` attribute takes it: two letters of ISO 3166-1 (US, GB), in
 * either case. Stricter than the widget, which takes any two letters: UK, a common slip for GB,
 * is refused here rather than read as a country that is not the US.
 *
 * @param string $value The code as typed.
 * @return string 'region' when refused, else ''.
 */
function mnwidgets_rule_region( string $value ): string {
	$code = strtoupper( trim( $value ) );
	return preg_match( '/^[A-Z]{2}$/D', $code ) && false !== strpos( ' ' . MNWIDGETS_REGIONS . ' ', " $code " ) ? '' : 'region';
}

/**
 * An IANA time-zone name with a city (Europe/Berlin) or UTC; never a bare offset.
 *
 * @param string $value The zone as chosen.
 */
function mnwidgets_rule_timezone( string $value ): string {
	if ( preg_match( '/^UTC[+-]/', $value ) ) {
		return 'timezone-offset';
	}
	return in_array( $value, timezone_identifiers_list(), true ) ? '' : 'timezone';
}

/**
 * An http(s) URL.
 *
 * @param string $value The address as typed.
 */
function mnwidgets_rule_url( string $value ): string {
	$scheme = wp_parse_url( trim( $value ), PHP_URL_SCHEME );
	return in_array( strtolower( (string) $scheme ), array( 'http', 'https' ), true ) && wp_parse_url( $value, PHP_URL_HOST ) ? '' : 'url';
}

/**
 * A link a widget may show: an http(s) URL, or a same-page anchor such as #book.
 *
 * @param string $value The link as typed.
 */
function mnwidgets_rule_link( string $value ): string {
	return preg_match( '/^#[A-Za-z][\w:.-]{0,99}$/', trim( $value ) ) ? '' : mnwidgets_rule_url( $value );
}

/**
 * An origin for cross-origin bookings: scheme, host and optional port; no path.
 *
 * @param string $value The origin as typed.
 */
function mnwidgets_rule_origin( string $value ): string {
	return preg_match( '#^https?://[a-z0-9.-]+(:\d{1,5})?$#i', trim( $value ) ) && mnwidgets_rule_url( $value ) === '' ? '' : 'origin';
}

/**
 * A calendar date YYYY-MM-DD that exists.
 *
 * @param string $value The date as typed.
 */
function mnwidgets_rule_date( string $value ): string {
	if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) ) {
		return 'date';
	}
	return checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ? '' : 'date';
}

/**
 * A date, or a date and time YYYY-MM-DDTHH:MM (optionally with seconds and an offset).
 *
 * @param string $value The date (and time) as typed.
 */
function mnwidgets_rule_datetime( string $value ): string {
	$value = trim( $value );
	if ( ! preg_match( '/^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/', $value, $m ) ) {
		return 'datetime';
	}
	return mnwidgets_rule_date( $m[1] ) === '' ? '' : 'datetime';
}

/**
 * A whole number from $min to $max.
 *
 * @param mixed $value The number as typed.
 * @param int   $min   The smallest allowed.
 * @param int   $max   The largest allowed.
 */
function mnwidgets_rule_int( $value, int $min, int $max ): string {
	$text = trim( (string) $value );
	return preg_match( '/^\d{1,9}$/', $text ) && (int) $text >= $min && (int) $text <= $max ? '' : 'int';
}

/**
 * An id for a service or a configuration: lowercase letters, digits and hyphens, starting with a letter.
 *
 * @param string $value The id as typed.
 */
function mnwidgets_rule_id( string $value ): string {
	return preg_match( '/^[a-z][a-z0-9-]{0,39}$/', $value ) ? '' : 'id';
}

/**
 * Opening hours in the widgets' compact syntax (src/domain/hours.ts): `Mo-Fr 09:00-18:00; Sa
 * 10:00-14:00`, lists such as `Mo,We`, several ranges `Mo 09:00-12:00,13:00-17:00`, `Su closed`.
 *
 * @param string $value The hours as typed.
 */
function mnwidgets_rule_hours( string $value ): string {
	$days  = array( 'su', 'mo', 'tu', 'we', 'th', 'fr', 'sa' );
	$clock = function ( string $t ) {
		if ( trim( $t ) === '24:00' ) {
			return 1440;
		}
		return preg_match( '/^([01]\d|2[0-3]):([0-5]\d)$/', trim( $t ), $m ) ? (int) $m[1] * 60 + (int) $m[2] : null;
	};
	$rules = 0;
	foreach ( explode( ';', $value ) as $rule ) {
		if ( trim( $rule ) === '' ) {
			continue;
		}
		if ( ! preg_match( '/^\s*(\S+)\s+(.+)$/', $rule, $m ) ) {
			return 'hours';
		}
		++$rules;
		foreach ( explode( ',', $m[1] ) as $part ) {
			$ends = explode( '-', $part );
			if ( count( $ends ) > 2 || strlen( trim( $ends[0] ) ) < 2 ) {
				return 'hours';
			}
			foreach ( $ends as $d ) {
				if ( ! in_array( strtolower( substr( trim( $d ), 0, 2 ) ), $days, true ) ) {
					return 'hours';
				}
			}
		}
		$ranges = preg_replace( '/\s+/', '', $m[2] );
		if ( preg_match( '/^(closed|off)$/i', $ranges ) ) {
			continue;
		}
		foreach ( explode( ',', $ranges ) as $range ) {
			$ends = explode( '-', $range );
			if ( count( $ends ) !== 2 ) {
				return 'hours';
			}
			$open  = '24:00' === $ends[0] ? null : $clock( $ends[0] );
			$close = $clock( $ends[1] );
			if ( null === $open || null === $close || $close <= $open ) {
				return 'hours';
			}
		}
	}
	return $rules ? '' : 'hours';
}

/**
 * JSON text for a configuration: it must parse to an object. Returns [code, decoded, detail]:
 * the code is '' when usable; detail says where JSON syntax broke.
 *
 * @param string $text The JSON as typed.
 */
function mnwidgets_rule_json_object( string $text ): array {
	$data = json_decode( $text, true, 32 );
	if ( json_last_error() !== JSON_ERROR_NONE ) {
		return array( 'json', null, json_last_error_msg() );
	}
	if ( ! is_array( $data ) || ( $data && array_keys( $data ) === range( 0, count( $data ) - 1 ) ) ) {
		return array( 'json-object', null, '' );
	}
	return array( '', $data, '' );
}

/**
 * The safety check's configuration, in the shape src/domain/screening/config.ts reads:
 * `{ "items": { "<id>": { ... } } }`. The widget checks each field itself and shows a notice.
 *
 * @param array $data The decoded configuration.
 */
function mnwidgets_rule_check_config( array $data ): string {
	foreach ( $data as $key => $items ) {
		if ( 'items' !== $key || ! is_array( $items ) ) {
			return 'check-config';
		}
		foreach ( $items as $id => $item ) {
			if ( ! is_string( $id ) || ! preg_match( '/^[a-z][a-z0-9-]{0,39}$/', $id ) || ! is_array( $item ) ) {
				return 'check-config';
			}
		}
	}
	return '';
}

/**
 * The aftercare protocol, in the shape src/domain/aftercare/protocol.ts reads.
 *
 * @param array $data The decoded protocol.
 */
function mnwidgets_rule_protocol( array $data ): string {
	foreach ( $data as $key => $value ) {
		if ( ! in_array( $key, array( 'phases', 'milestones', 'nextSession', 'redFlags' ), true ) ) {
			return 'protocol';
		}
	}
	if ( isset( $data['phases'] ) && ( ! is_array( $data['phases'] ) || ! $data['phases'] || count( $data['phases'] ) > 20 ) ) {
		return 'protocol';
	}
	return '';
}

/**
 * What a rule code means, as a sentence that names the rule (the field is named by the caller).
 *
 * @param string $code  A code from a mnwidgets_rule_* function.
 * @param array  $args  For 'int': [min, max]; for 'json': [detail].
 */
function mnwidgets_rule_text( string $code, array $args = array() ): string {
	switch ( $code ) {
		case 'email':
			return __( 'must be an email address such as name@example.com.', 'mn-widgets' );
		case 'phone':
			/* translators: %d: the fewest digits allowed (5, or 2 for an emergency number). */
			return sprintf( __( 'must be a phone number of %d to 20 digits; spaces, + ( ) - . and an extension such as "ext. 2" are allowed.', 'mn-widgets' ), (int) ( $args[0] ?? 5 ) );
		case 'locale':
			return __( 'must be a language code such as en, en-US or pt-BR.', 'mn-widgets' );
		case 'region':
			return __( 'must be a country code of two letters (ISO 3166-1) such as US, GB or DE; the United Kingdom is GB.', 'mn-widgets' );
		case 'timezone':
			return __( 'must be a time zone from the list.', 'mn-widgets' );
		case 'timezone-offset':
			return __( 'must be a city, not a UTC offset: an offset does not follow daylight saving time.', 'mn-widgets' );
		case 'url':
			return __( 'must be a web address starting with https:// or http://.', 'mn-widgets' );
		case 'link':
			return __( 'must be a web address starting with https:// or an anchor on this page such as #book.', 'mn-widgets' );
		case 'origin':
			return __( 'must be a site address such as https://offers.example.com: scheme and host, no path.', 'mn-widgets' );
		case 'date':
			return __( 'must be a date (YYYY-MM-DD).', 'mn-widgets' );
		case 'datetime':
			return __( 'must be a date, or a date and time (YYYY-MM-DDTHH:MM).', 'mn-widgets' );
		case 'int':
			/* translators: 1: smallest allowed number, 2: largest allowed number. */
			return sprintf( __( 'must be a whole number from %1$d to %2$d.', 'mn-widgets' ), (int) ( $args[0] ?? 0 ), (int) ( $args[1] ?? 0 ) );
		case 'id':
			return __( 'must be lowercase letters, digits and hyphens, starting with a letter (at most 40).', 'mn-widgets' );
		case 'id-taken':
			return __( 'is used twice: each id must be different.', 'mn-widgets' );
		case 'hours':
			return __( 'must follow the pattern "Mo-Fr 09:00-18:00; Sa 10:00-14:00": days Mo Tu We Th Fr Sa Su, 24-hour times; days not named are closed.', 'mn-widgets' );
		case 'json':
			/* translators: %s: the JSON parser's message, e.g. "Syntax error". */
			return sprintf( __( 'is not valid JSON (%s).', 'mn-widgets' ), (string) ( $args[0] ?? '' ) );
		case 'json-object':
			return __( 'must be a JSON object: { ... }.', 'mn-widgets' );
		case 'check-config':
			return __( 'must look like { "items": { "<question id>": { ... } } }.', 'mn-widgets' );
		case 'protocol':
			return __( 'may only have "phases", "milestones", "nextSession" and "redFlags", with 1 to 20 phases.', 'mn-widgets' );
		case 'required':
			return __( 'is required.', 'mn-widgets' );
		case 'color':
			return __( 'must be a colour such as #7a4cc2.', 'mn-widgets' );
	}
	return __( 'is not valid.', 'mn-widgets' );
}
