<?php
/**
 * Validation rules in one place: the settings page, the booking route and the blocks' server side
 * all ask these functions. Each returns a rule code ('' when the value is fine); the words for a
 * code are in mnwidgets_rule_text(). The email and phone rules mirror the widgets' own
 * (src/domain/clinic.ts) and are meant to be replaced by the shared vectors of the booking-flow
 * issue: callers only see codes, so the swap stays inside this file.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

/** An email address as the widgets accept it: something@domain.tld, no spaces or brackets. */
function mnwidgets_rule_email( string $value ): string {
	$value = trim( $value );
	if ( strlen( $value ) > 254 || ! preg_match( '/^[^\s@<>()[\]\\\\,;:"]+@[^\s@<>()[\]\\\\,;:"]+\.[^\s@<>()[\]\\\\,;:"]+$/u', $value ) ) {
		return 'email';
	}
	return '';
}

/** A dialable phone number: digits, spaces, + ( ) - . and an optional extension (ext. 2, x2); 3 to 20 digits. */
function mnwidgets_rule_phone( string $value ): string {
	$value = trim( $value );
	if ( strlen( $value ) > 40 || ! preg_match( '/^(\+?[\d\s().-]+?)(?:\s*(?:ext\.?|x)\s*(\d{1,6}))?$/i', $value, $m ) ) {
		return 'phone';
	}
	$digits = strlen( (string) preg_replace( '/\D/', '', $m[1] ) );
	return $digits >= 3 && $digits <= 20 ? '' : 'phone';
}

/** A BCP 47 language tag such as en, en-US, pt-BR or zh-Hant-TW. */
function mnwidgets_rule_locale( string $value ): string {
	return preg_match( '/^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|\d{3}))?(-[A-Za-z0-9]{5,8})*$/', trim( $value ) ) ? '' : 'locale';
}

/** An IANA time-zone name with a city (Europe/Berlin) or UTC; never a bare offset. */
function mnwidgets_rule_timezone( string $value ): string {
	if ( preg_match( '/^UTC[+-]/', $value ) ) {
		return 'timezone-offset';
	}
	return in_array( $value, timezone_identifiers_list(), true ) ? '' : 'timezone';
}

/** An http(s) URL. */
function mnwidgets_rule_url( string $value ): string {
	$scheme = wp_parse_url( trim( $value ), PHP_URL_SCHEME );
	return in_array( strtolower( (string) $scheme ), array( 'http', 'https' ), true ) && wp_parse_url( $value, PHP_URL_HOST ) ? '' : 'url';
}

/** A link a widget may show: an http(s) URL, or a same-page anchor such as #book. */
function mnwidgets_rule_link( string $value ): string {
	return preg_match( '/^#[A-Za-z][\w:.-]{0,99}$/', trim( $value ) ) ? '' : mnwidgets_rule_url( $value );
}

/** An origin for cross-origin bookings: scheme, host and optional port; no path. */
function mnwidgets_rule_origin( string $value ): string {
	return preg_match( '#^https?://[a-z0-9.-]+(:\d{1,5})?$#i', trim( $value ) ) && mnwidgets_rule_url( $value ) === '' ? '' : 'origin';
}

/** A calendar date YYYY-MM-DD that exists. */
function mnwidgets_rule_date( string $value ): string {
	if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) ) {
		return 'date';
	}
	return checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ? '' : 'date';
}

/** A date, or a date and time YYYY-MM-DDTHH:MM (optionally with seconds and an offset). */
function mnwidgets_rule_datetime( string $value ): string {
	$value = trim( $value );
	if ( ! preg_match( '/^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/', $value, $m ) ) {
		return 'datetime';
	}
	return mnwidgets_rule_date( $m[1] ) === '' ? '' : 'datetime';
}

/** A whole number from $min to $max. */
function mnwidgets_rule_int( $value, int $min, int $max ): string {
	$text = trim( (string) $value );
	return preg_match( '/^\d{1,9}$/', $text ) && (int) $text >= $min && (int) $text <= $max ? '' : 'int';
}

/** An id for a service or a configuration: lowercase letters, digits and hyphens, starting with a letter. */
function mnwidgets_rule_id( string $value ): string {
	return preg_match( '/^[a-z][a-z0-9-]{0,39}$/', $value ) ? '' : 'id';
}

/**
 * Opening hours in the widgets' compact syntax (src/domain/hours.ts): `Mo-Fr 09:00-18:00; Sa
 * 10:00-14:00`, lists such as `Mo,We`, several ranges `Mo 09:00-12:00,13:00-17:00`, `Su closed`.
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
			$open  = $ends[0] === '24:00' ? null : $clock( $ends[0] );
			$close = $clock( $ends[1] );
			if ( $open === null || $close === null || $close <= $open ) {
				return 'hours';
			}
		}
	}
	return $rules ? '' : 'hours';
}

/**
 * JSON text for a configuration: it must parse to an object. Returns [code, decoded, detail]:
 * the code is '' when usable; detail says where JSON syntax broke.
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
 */
function mnwidgets_rule_check_config( array $data ): string {
	foreach ( $data as $key => $items ) {
		if ( $key !== 'items' || ! is_array( $items ) ) {
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

/** The aftercare protocol, in the shape src/domain/aftercare/protocol.ts reads. */
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
			return __( 'must be a phone number of 3 to 20 digits; spaces, + ( ) - . and an extension such as "ext. 2" are allowed.', 'mn-widgets' );
		case 'locale':
			return __( 'must be a language code such as en, en-US or pt-BR.', 'mn-widgets' );
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
