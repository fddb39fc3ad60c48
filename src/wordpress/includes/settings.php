<?php
/**
 * The settings page: the clinic's details, its services, its safety-check and aftercare
 * configurations by id, and how booking requests are received. Every field is checked on save
 * (rules.php); a value that breaks a rule is not saved: the last good value stays in force, the
 * message names the field and the rule, and the page shows the typed value again for correction.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

const MNWIDGETS_OPTION = 'mn_widgets_settings';

/** Settings with their defaults. */
function mnwidgets_defaults(): array {
	return array(
		'name'              => '',
		'phone'             => '',
		'email'             => '',
		'timezone'          => '',
		'locale'            => '',
		'region'            => '',
		'emergency_number'  => '',
		'after_hours_phone' => '',
		'accent'            => '',
		'privacy_page'      => 0,
		'hours'             => '',
		'services'          => array(),
		'spacing'           => '',
		'endpoint'          => '',
		'origins'           => array(),
		'confirm_patient'   => false,
		'checks'            => array(),
		'protocols'         => array(),
		'retention_months'  => 0,
		'rate_limit'        => 10,
		'min_fill_ms'       => 2000, // below the form's own 3 s wait: it reports the fill time measured before that wait.
		'uninstall'         => 'keep',
	);
}

/**
 * The saved settings over the defaults; the lists always arrays.
 */
function mnwidgets_settings(): array {
	$saved = get_option( MNWIDGETS_OPTION, array() );
	$s     = array_merge( mnwidgets_defaults(), is_array( $saved ) ? $saved : array() );
	foreach ( array( 'services', 'origins', 'checks', 'protocols' ) as $list ) {
		$s[ $list ] = is_array( $s[ $list ] ) ? $s[ $list ] : array();
	}
	return $s;
}

/** The site's locale as BCP 47 (`en_US` → `en-US`). */
function mnwidgets_site_locale(): string {
	return str_replace( '_', '-', (string) get_locale() );
}

/** The site's IANA time zone, or '' when the site uses a bare UTC offset. */
function mnwidgets_site_timezone(): string {
	$tz = (string) get_option( 'timezone_string' );
	return in_array( $tz, timezone_identifiers_list(), true ) ? $tz : '';
}

/** The time zone the widgets use: the plugin's setting, else the site's city; '' when there is none. */
function mnwidgets_timezone(): string {
	$zone = mnwidgets_settings()['timezone'];
	return $zone ? $zone : mnwidgets_site_timezone();
}

/** The privacy page in force (the plugin's choice, else the site's privacy policy page): [id, published]. */
function mnwidgets_privacy_page(): array {
	$id = (int) mnwidgets_settings()['privacy_page'];
	$id = $id ? $id : (int) get_option( 'wp_page_for_privacy_policy' );
	return array( $id, $id && get_post_status( $id ) === 'publish' );
}

/**
 * A configuration of the safety check or aftercare, by id: JSON text safe inside a <script>
 * element (decoded as objects, so an empty {} stays an object), or null when there is none.
 *
 * @param string $kind 'checks' or 'protocols'.
 * @param string $id   The configuration's id.
 */
function mnwidgets_config( string $kind, string $id ): ?string {
	foreach ( mnwidgets_settings()[ $kind ] as $row ) {
		if ( ( $row['id'] ?? '' ) === $id ) {
			$data = json_decode( (string) $row['json'], false, 32 );
			return is_object( $data ) ? (string) wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES ) : null;
		}
	}
	return null;
}

/**
 * The fields: key => [section, label, kind, hint]. Labels double as the field's name in messages.
 */
function mnwidgets_fields(): array {
	return array(
		'name'              => array( 'clinic', __( 'Clinic name', 'mn-widgets' ), 'text', __( 'As patients know it. Empty: the site title.', 'mn-widgets' ) ),
		'phone'             => array( 'clinic', __( 'Phone', 'mn-widgets' ), 'tel', __( 'Shown to patients as a link they can call. Digits, spaces and + ( ) - .; an extension as "ext. 2".', 'mn-widgets' ) ),
		'email'             => array( 'clinic', __( 'Email', 'mn-widgets' ), 'email', __( 'Booking requests are sent here. Empty: the site administrator\'s email.', 'mn-widgets' ) ),
		'timezone'          => array( 'clinic', __( 'Time zone', 'mn-widgets' ), 'timezone', __( 'Dates and times in the widgets are in this zone. Choose the city nearest the clinic.', 'mn-widgets' ) ),
		'locale'            => array(
			'clinic',
			__( 'Language and region', 'mn-widgets' ),
			'text',
			sprintf(
				/* translators: %s: the codes of the languages the widgets have texts in besides English, e.g. "es, fr, de". */
				__( 'A code such as en-US or de-DE, for the widgets\' texts, dates and numbers. Texts in English and %s; any other language shows English texts. Empty: the site language.', 'mn-widgets' ),
				implode( ', ', array_keys( mnwidgets_packs() ) )
			),
		),
		'region'            => array( 'clinic', __( 'Country', 'mn-widgets' ), 'region', __( 'The clinic\'s country as two letters (ISO 3166-1), such as US or GB. It decides the notices that apply in the US only, and the advice for patients aged 18 to 21. Empty: the region of the language and region above (en-GB: GB).', 'mn-widgets' ) ),
		'emergency_number'  => array( 'clinic', __( 'Emergency number', 'mn-widgets' ), 'tel', __( 'The number patients are told to call in an emergency, such as 999 in the UK or 112 in the EU; 2 digits or more. Empty: 911 for clinics in the US, else "your local emergency number". Clinics outside the US should set it.', 'mn-widgets' ) ),
		'accent'            => array( 'clinic', __( 'Accent colour', 'mn-widgets' ), 'color', '' ),
		'privacy_page'      => array( 'clinic', __( 'Privacy page', 'mn-widgets' ), 'page', __( 'Linked from the booking form\'s consent box. Empty: the site\'s privacy policy page (Settings → Privacy).', 'mn-widgets' ) ),
		'hours'             => array( 'clinic', __( 'Opening hours', 'mn-widgets' ), 'text', __( 'For example "Mo-Fr 09:00-18:00; Sa 10:00-14:00" (days not named are closed). The booking form offers only open days.', 'mn-widgets' ) ),
		'after_hours_phone' => array( 'clinic', __( 'After-hours phone', 'mn-widgets' ), 'tel', __( 'A number for urgent questions while the clinic is closed by its opening hours, shown with the aftercare warning signs. Empty: patients are pointed to urgent care or the emergency number.', 'mn-widgets' ) ),
		'services'          => array( 'booking', __( 'Services', 'mn-widgets' ), 'services', __( 'What patients can ask for. A treatment follows the spacing between sessions and the safety check; a consultation can always be requested. To remove a service, clear its name. Shortcodes and blocks can offer some of them by id, e.g. [mn_booking_form services="consultation,microneedling"].', 'mn-widgets' ) ),
		'spacing'           => array( 'booking', __( 'Days between microneedling sessions', 'mn-widgets' ), 'number', __( 'From 14 to 365. Empty: the form\'s default (28).', 'mn-widgets' ) ),
		'endpoint'          => array( 'booking', __( 'Send requests elsewhere (URL)', 'mn-widgets' ), 'url', __( 'Empty: this site keeps them (Booking requests).', 'mn-widgets' ) ),
		'origins'           => array( 'booking', __( 'Other sites that may send requests here', 'mn-widgets' ), 'origins', __( 'One site address a line, such as https://offers.example.com, for a booking form on a landing page on another domain or subdomain. This site is always allowed.', 'mn-widgets' ) ),
		'confirm_patient'   => array( 'booking', __( 'Confirmation to the patient', 'mn-widgets' ), 'checkbox', __( 'Email the patient that the request arrived: the service, the dates asked for and how to reach the clinic. It never holds health information.', 'mn-widgets' ) ),
		'checks'            => array( 'content', __( 'Safety check configurations', 'mn-widgets' ), 'configs', __( 'The clinic\'s own questions and rules, as JSON (see the widgets\' README), each with an id. A shortcode or block picks one: [mn_contraindication_check config="…"].', 'mn-widgets' ) ),
		'protocols'         => array( 'content', __( 'Aftercare protocols', 'mn-widgets' ), 'configs', __( 'The clinic\'s own aftercare phases, as JSON (see the widgets\' README), each with an id. A shortcode or block picks one: [mn_aftercare_timeline protocol="…"].', 'mn-widgets' ) ),
		'retention_months'  => array( 'requests', __( 'Delete requests after (months)', 'mn-widgets' ), 'number', __( 'Requests older than this are deleted once a day. 0: keep them until you delete them.', 'mn-widgets' ) ),
		'rate_limit'        => array( 'requests', __( 'Requests per visitor per hour', 'mn-widgets' ), 'number', __( 'From 1 to 1000.', 'mn-widgets' ) ),
		'min_fill_ms'       => array( 'requests', __( 'Minimum fill time (milliseconds)', 'mn-widgets' ), 'number', __( 'Faster submissions are refused as automated; from 0 to 60000. The form itself never sends within 3 seconds.', 'mn-widgets' ) ),
		'uninstall'         => array( 'requests', __( 'When the plugin is deleted', 'mn-widgets' ), 'uninstall', '' ),
	);
}

/** Number fields: key => [min, max]. */
function mnwidgets_number_ranges(): array {
	return array(
		'spacing'          => array( 14, 365 ),
		'retention_months' => array( 0, 120 ),
		'rate_limit'       => array( 1, 1000 ),
		'min_fill_ms'      => array( 0, 60000 ),
	);
}

/**
 * Checks the submitted settings. Each field that breaks a rule keeps its last saved value; its
 * message names the field and the rule, and the typed value is kept for the page to show again.
 *
 * @param mixed $in The submitted values.
 */
function mnwidgets_sanitize_settings( $in ): array {
	static $last = null; // WordPress sanitizes twice when the option is first added: the second time it gets our own output.
	if ( null !== $last && $in === $last ) {
		return $in;
	}
	$in     = is_array( $in ) ? wp_unslash( $in ) : array();
	$old    = mnwidgets_settings();
	$out    = $old;
	$fields = mnwidgets_fields();
	$errors = array();
	$typed  = array();
	$fail   = function ( string $key, string $code, $value, array $args = array(), string $where = '' ) use ( &$errors, &$typed, $fields ) {
		$label = $fields[ $key ][1] . ( '' !== $where ? ', ' . $where : '' );
		$shown = is_string( $value ) && '' !== $value ? ' "' . mb_substr( $value, 0, 80 ) . '"' : '';
		/* translators: 1: the field's label, 2: the typed value in quotes (may be empty), 3: the rule, e.g. "must be an email address". */
		$errors[ $key ][] = sprintf( __( '%1$s:%2$s %3$s', 'mn-widgets' ), $label, $shown, mnwidgets_rule_text( $code, $args ) );
		$typed[ $key ]    = $value;
	};
	$text   = function ( string $key, int $max = 200 ) use ( $in ): string {
		return isset( $in[ $key ] ) && is_scalar( $in[ $key ] ) ? mb_substr( trim( sanitize_text_field( (string) $in[ $key ] ) ), 0, $max ) : '';
	};

	$out['name'] = $text( 'name' );
	// Each rule with the arguments its message needs: the phone numbers by the widgets' own rule
	// (5 digits or more; 2 for an emergency number).
	$checks = array(
		'phone'             => array( 'mnwidgets_rule_phone', array( 5 ) ),
		'after_hours_phone' => array( 'mnwidgets_rule_phone', array( 5 ) ),
		'emergency_number'  => array( 'mnwidgets_rule_phone', array( 2 ) ),
		'email'             => array( 'mnwidgets_rule_email', array() ),
		'locale'            => array( 'mnwidgets_rule_locale', array() ),
		'region'            => array( 'mnwidgets_rule_region', array() ),
		'hours'             => array( 'mnwidgets_rule_hours', array() ),
		'endpoint'          => array( 'mnwidgets_rule_url', array() ),
		'timezone'          => array( 'mnwidgets_rule_timezone', array() ),
	);
	foreach ( $checks as $key => list( $rule, $args ) ) {
		$value = $text( $key, 500 );
		// What sanitizing emptied (a number typed as <b>…</b>) is refused, not saved as empty.
		$raw  = isset( $in[ $key ] ) && is_scalar( $in[ $key ] ) ? trim( (string) $in[ $key ] ) : '';
		$code = '' === $value ? ( '' === $raw ? '' : $rule( $raw, ...$args ) ) : $rule( $value, ...$args );
		if ( '' !== $code ) {
			$fail( $key, $code, '' === $value ? $raw : $value, $args );
		} elseif ( 'endpoint' === $key ) {
			$out[ $key ] = esc_url_raw( $value, array( 'http', 'https' ) );
		} else {
			$out[ $key ] = 'region' === $key ? strtoupper( $value ) : $value;
		}
	}
	$accent = $text( 'accent', 20 );
	if ( '' !== $accent && ! sanitize_hex_color( $accent ) ) {
		$fail( 'accent', 'color', $accent );
	} else {
		$out['accent'] = (string) sanitize_hex_color( $accent );
	}
	foreach ( mnwidgets_number_ranges() as $key => $range ) {
		$value = $text( $key, 12 );
		if ( '' === $value ) {
			$out[ $key ] = 'spacing' === $key ? '' : mnwidgets_defaults()[ $key ];
		} elseif ( mnwidgets_rule_int( $value, $range[0], $range[1] ) !== '' ) {
			$fail( $key, 'int', $value, $range );
		} else {
			$out[ $key ] = 'spacing' === $key ? $value : (int) $value;
		}
	}
	$out['privacy_page']    = absint( $in['privacy_page'] ?? 0 );
	$out['confirm_patient'] = ! empty( $in['confirm_patient'] );
	$out['uninstall']       = ( $in['uninstall'] ?? '' ) === 'delete' ? 'delete' : 'keep';

	// Allowed origins: one a line.
	$origins = array();
	$bad     = false;
	foreach ( preg_split( '/\R/', (string) ( $in['origins'] ?? '' ) ) as $line ) {
		$line = trim( sanitize_text_field( $line ) );
		if ( '' === $line ) {
			continue;
		}
		if ( mnwidgets_rule_origin( $line ) !== '' ) {
			$fail( 'origins', 'origin', $line );
			$bad = true;
		} else {
			$origins[] = strtolower( rtrim( $line, '/' ) );
		}
	}
	if ( $bad ) {
		$typed['origins'] = (string) ( $in['origins'] ?? '' );
	} else {
		$out['origins'] = array_values( array_unique( $origins ) );
	}

	// Services: rows of name, minutes, treatment, id.
	$rows = is_array( $in['services'] ?? null ) ? $in['services'] : array();
	$list = array();
	$ids  = array();
	$bad  = false;
	$n    = 0;
	foreach ( $rows as $row ) {
		$row     = is_array( $row ) ? $row : array();
		$name    = mb_substr( trim( sanitize_text_field( (string) ( $row['name'] ?? '' ) ) ), 0, 100 );
		$minutes = trim( (string) ( $row['minutes'] ?? '' ) );
		$id      = trim( sanitize_text_field( (string) ( $row['id'] ?? '' ) ) );
		if ( '' === $name ) {
			continue; // an empty name removes the row.
		}
		++$n;
		/* translators: %d: the row's number in the services list. */
		$where = sprintf( __( 'row %d', 'mn-widgets' ), $n );
		$id    = '' !== $id ? $id : sanitize_title( $name );
		$item  = array(
			'id'        => $id,
			'name'      => $name,
			'treatment' => ! empty( $row['treatment'] ),
		);
		if ( mnwidgets_rule_id( $id ) !== '' ) {
			$fail( 'services', 'id', $id, array(), $where );
			$bad = true;
		} elseif ( in_array( $id, $ids, true ) ) {
			$fail( 'services', 'id-taken', $id, array(), $where );
			$bad = true;
		}
		if ( '' !== $minutes ) {
			if ( mnwidgets_rule_int( $minutes, 5, 600 ) !== '' ) {
				$fail( 'services', 'int', $minutes, array( 5, 600 ), $where );
				$bad = true;
			} else {
				$item['durationMinutes'] = (int) $minutes;
			}
		}
		$ids[]  = $id;
		$list[] = $item;
	}
	if ( $bad ) {
		$typed['services'] = $rows;
	} else {
		$out['services'] = $list;
	}

	// Safety-check configurations and aftercare protocols: rows of id and JSON.
	foreach ( array(
		'checks'    => 'mnwidgets_rule_check_config',
		'protocols' => 'mnwidgets_rule_protocol',
	) as $key => $shape ) {
		$rows = is_array( $in[ $key ] ?? null ) ? $in[ $key ] : array();
		$list = array();
		$ids  = array();
		$bad  = false;
		foreach ( $rows as $row ) {
			$row  = is_array( $row ) ? $row : array();
			$id   = trim( sanitize_text_field( (string) ( $row['id'] ?? '' ) ) );
			$json = trim( (string) ( $row['json'] ?? '' ) );
			if ( '' === $id && '' === $json ) {
				continue;
			}
			$where = '' !== $id ? $id : __( 'new entry', 'mn-widgets' );
			if ( mnwidgets_rule_id( $id ) !== '' || in_array( $id, $ids, true ) ) {
				$fail( $key, '' === $id ? 'required' : ( in_array( $id, $ids, true ) ? 'id-taken' : 'id' ), $id, array(), __( 'id', 'mn-widgets' ) );
				$bad = true;
			}
			list( $code, $data, $detail ) = mnwidgets_rule_json_object( $json );
			if ( '' === $code ) {
				$code = $shape( $data );
			}
			if ( '' !== $code ) {
				$fail( $key, $code, '', array( $detail ), $where );
				$bad = true;
			}
			$ids[]  = $id;
			$list[] = array(
				'id'   => $id,
				'json' => $json,
			);
		}
		if ( $bad ) {
			$typed[ $key ] = $rows;
		} else {
			$out[ $key ] = $list;
		}
	}

	foreach ( $errors as $key => $messages ) {
		foreach ( $messages as $i => $message ) {
			add_settings_error( MNWIDGETS_OPTION, "mnwidgets-$key-$i", esc_html( $message ), 'error' );
		}
	}
	if ( $errors ) {
		add_settings_error( MNWIDGETS_OPTION, 'mnwidgets-partial', esc_html__( 'The other settings were saved. Each field named above keeps its last saved value until you correct it.', 'mn-widgets' ), 'info' );
		set_transient(
			'mn_widgets_typed_' . get_current_user_id(),
			array(
				'values' => $typed,
				'errors' => $errors,
			),
			10 * MINUTE_IN_SECONDS
		);
	} else {
		delete_transient( 'mn_widgets_typed_' . get_current_user_id() );
	}
	$last = $out;
	return $out;
}

/**
 * Registers the setting (checked by mnwidgets_sanitize_settings()), its sections and fields.
 */
function mnwidgets_settings_init(): void {
	register_setting(
		'mn_widgets',
		MNWIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'mnwidgets_sanitize_settings',
			'default'           => mnwidgets_defaults(),
		)
	);
	$sections = array(
		'clinic'   => __( 'Clinic', 'mn-widgets' ),
		'booking'  => __( 'Booking form', 'mn-widgets' ),
		'content'  => __( 'Safety check and aftercare', 'mn-widgets' ),
		'requests' => __( 'Booking requests', 'mn-widgets' ),
	);
	foreach ( $sections as $id => $title ) {
		add_settings_section( 'mnwidgets_' . $id, $title, '__return_false', 'mn-widgets-settings' );
	}
	foreach ( mnwidgets_fields() as $key => $f ) {
		$group = in_array( $f[2], array( 'services', 'configs', 'uninstall', 'checkbox' ), true );
		add_settings_field(
			'mnwidgets_' . $key,
			$f[1],
			'mnwidgets_settings_field',
			'mn-widgets-settings',
			'mnwidgets_' . $f[0],
			array(
				'key'       => $key,
				'kind'      => $f[2],
				'hint'      => $f[3],
				'label_for' => $group ? null : 'mnwidgets_' . $key,
			)
		);
	}
}

/** What the page shows after a save with problems: the typed values and the messages, once. */
function mnwidgets_typed(): array {
	static $typed = null;
	if ( null === $typed ) {
		$typed = get_transient( 'mn_widgets_typed_' . get_current_user_id() );
		$typed = is_array( $typed ) ? $typed : array(
			'values' => array(),
			'errors' => array(),
		);
	}
	return $typed;
}

/**
 * Prints one field: the typed value and its messages after a refused save, else the saved value.
 *
 * @param array $a The field: key, kind, hint, label_for.
 */
function mnwidgets_settings_field( array $a ): void {
	$s      = mnwidgets_settings();
	$typed  = mnwidgets_typed();
	$key    = $a['key'];
	$id     = 'mnwidgets_' . $key;
	$name   = MNWIDGETS_OPTION . '[' . $key . ']';
	$errors = $typed['errors'][ $key ] ?? array();
	$value  = array_key_exists( $key, $typed['values'] ) ? $typed['values'][ $key ] : $s[ $key ];
	$desc   = array();
	if ( $a['hint'] ) {
		$desc[] = $id . '-hint';
	}
	if ( $errors ) {
		$desc[] = $id . '-error';
	}
	$aria = ( $desc ? ' aria-describedby="' . esc_attr( implode( ' ', $desc ) ) . '"' : '' ) . ( $errors ? ' aria-invalid="true"' : '' );
	if ( $errors ) {
		echo '<div class="mnwidgets-field-error" id="' . esc_attr( $id ) . '-error">';
		foreach ( $errors as $message ) {
			echo '<p>' . esc_html( $message ) . '</p>';
		}
		echo '</div>';
	}
	switch ( $a['kind'] ) {
		case 'timezone':
			mnwidgets_timezone_field( $id, $name, (string) $value, $aria );
			break;
		case 'page':
			mnwidgets_page_field( $id, $name, (int) $value, $aria );
			break;
		case 'services':
			mnwidgets_services_field( $id, $name, is_array( $value ) ? $value : array(), $a['hint'] );
			break;
		case 'configs':
			mnwidgets_configs_field( $id, $name, is_array( $value ) ? $value : array(), $a['hint'] );
			break;
		case 'origins':
			$text = is_array( $value ) ? implode( "\n", $value ) : (string) $value;
			echo '<textarea id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" rows="3" class="large-text code"' . $aria . '>' . esc_textarea( $text ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is built from esc_attr() above
			mnwidgets_origins_snippet();
			break;
		case 'checkbox':
			echo '<label><input type="checkbox" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="1"' . checked( (bool) $value, true, false ) . $aria . '> ' . esc_html__( 'Send it', 'mn-widgets' ) . '</label>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is escaped
			break;
		case 'uninstall':
			echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'When the plugin is deleted', 'mn-widgets' ) . '</legend>';
			foreach ( array(
				'keep'   => __( 'Keep stored booking requests (the table stays; settings are removed)', 'mn-widgets' ),
				'delete' => __( 'Delete stored booking requests too', 'mn-widgets' ),
			) as $v => $label ) {
				echo '<label><input type="radio" name="' . esc_attr( $name ) . '" value="' . esc_attr( $v ) . '"' . checked( $value, $v, false ) . '> ' . esc_html( $label ) . '</label><br>';
			}
			echo '</fieldset>';
			break;
		case 'color': // a colour input always submits a colour: show the widgets' default rather than black.
			echo '<input id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" type="color" value="' . esc_attr( (string) $value ? (string) $value : '#7a4cc2' ) . '"' . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is escaped
			break;
		case 'region': // two letters, shown as capitals.
			echo '<input id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" type="text" value="' . esc_attr( (string) $value ) . '" class="small-text mnwidgets-region" autocomplete="off" spellcheck="false"' . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is escaped
			break;
		case 'number':
			$range = mnwidgets_number_ranges()[ $key ];
			echo '<input id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" type="text" inputmode="numeric" value="' . esc_attr( (string) $value ) . '" class="small-text"' . $aria . ' data-min="' . (int) $range[0] . '" data-max="' . (int) $range[1] . '">'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is escaped
			break;
		default:
			echo '<input id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" type="' . esc_attr( 'email' === $a['kind'] ? 'text' : $a['kind'] ) . '" value="' . esc_attr( (string) $value ) . '" class="regular-text"' . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is escaped
	}
	if ( $a['hint'] && ! in_array( $a['kind'], array( 'services', 'configs' ), true ) ) {
		echo '<p class="description" id="' . esc_attr( $id ) . '-hint">' . esc_html( $a['hint'] ) . '</p>';
	}
	if ( 'region' === $key && '' === $s['region'] ) {
		$locale = mnwidgets_clinic_values()['locale'];
		$region = preg_match( '/^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?![a-z0-9])/i', $locale, $m ) ? strtoupper( $m[1] ) : ''; // as the widgets read it.
		echo '<p class="description">' . esc_html(
			'' !== $region
				/* translators: 1: a country code such as US, 2: a language code such as en-US. */
				? sprintf( __( 'Now: %1$s, from %2$s.', 'mn-widgets' ), $region, $locale )
				/* translators: %s: a language code such as en. */
				: sprintf( __( 'Now: none (%s names no country), so the widgets show the US notices and the advice for ages 18 to 21 as well.', 'mn-widgets' ), $locale )
		) . '</p>';
	}
	if ( 'timezone' === $key && '' === mnwidgets_site_timezone() && ( '' === $s['timezone'] ) ) {
		echo '<p class="mnwidgets-warning">' . esc_html( mnwidgets_offset_warning() ) . '</p>';
	}
	if ( 'privacy_page' === $key ) {
		list( $page, $published ) = mnwidgets_privacy_page();
		if ( ! $published ) {
			echo '<p class="mnwidgets-warning">' . esc_html( mnwidgets_privacy_warning( $page ) ) . '</p>';
		}
	}
}

/** The site's zone is a bare offset: patients would see times in their own zone. */
function mnwidgets_offset_warning(): string {
	/* translators: %s: the site's UTC offset, e.g. "UTC+2". */
	return sprintf( __( 'The site\'s time zone is %s, an offset without a city. Choose the clinic\'s city here: until then the widgets show times in each patient\'s own time zone.', 'mn-widgets' ), 'UTC' . ( (float) get_option( 'gmt_offset' ) >= 0 ? '+' : '' ) . (float) get_option( 'gmt_offset' ) );
}

/**
 * Why the consent box links no policy: the chosen page is not published, or there is none.
 *
 * @param int $page The privacy page in force (0: none).
 */
function mnwidgets_privacy_warning( int $page ): string {
	return $page
		/* translators: %s: the page's title. */
		? sprintf( __( 'The privacy page "%s" is not published: the booking form\'s consent box links to no policy until it is. Publish it or choose another page.', 'mn-widgets' ), get_the_title( $page ) )
		: __( 'No privacy page is chosen and the site has none: the booking form\'s consent box links to no policy. Choose a published page.', 'mn-widgets' );
}

/**
 * WordPress's own grouped chooser, with "the site's zone" first.
 *
 * @param string $id    The select's id.
 * @param string $name  The select's name.
 * @param string $value The zone chosen, or the site's ('').
 * @param string $aria  Escaped aria-describedby and aria-invalid attributes.
 */
function mnwidgets_timezone_field( string $id, string $name, string $value, string $aria ): void {
	$site = mnwidgets_site_timezone();
	echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '"' . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is escaped
	/* translators: %s: the site's time zone, e.g. Europe/Berlin. */
	$first = '' !== $site ? sprintf( __( 'The site\'s time zone (%s)', 'mn-widgets' ), $site ) : __( 'Choose a city', 'mn-widgets' );
	echo '<option value=""' . selected( $value, '', false ) . '>' . esc_html( $first ) . '</option>';
	// A value matching no option leaves the first one selected (wp_timezone_choice adds its own empty option for '').
	echo wp_timezone_choice( '' !== $value ? $value : 'mnwidgets-none', get_user_locale() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress's own escaped markup
	echo '</select>';
}

/**
 * Every page, drafts marked, so an unpublished choice can be seen and warned about.
 *
 * @param string $id    The select's id.
 * @param string $name  The select's name.
 * @param int    $value The page chosen (0: the site's privacy policy page).
 * @param string $aria  Escaped aria-describedby and aria-invalid attributes.
 */
function mnwidgets_page_field( string $id, string $name, int $value, string $aria ): void {
	$pages = get_pages(
		array(
			'post_status' => 'publish,draft,pending,private',
			'sort_column' => 'post_title',
		)
	);
	echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '"' . $aria . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $aria is escaped
	echo '<option value="0">' . esc_html__( 'The site\'s privacy policy page', 'mn-widgets' ) . '</option>';
	foreach ( $pages as $page ) {
		$title = get_the_title( $page );
		$title = $title ? $title : __( '(no title)', 'mn-widgets' );
		/* translators: %s: a page's title. */
		$title = 'publish' === $page->post_status ? $title : sprintf( __( '%s (not published)', 'mn-widgets' ), $title );
		echo '<option value="' . (int) $page->ID . '"' . selected( $value, $page->ID, false ) . '>' . esc_html( $title ) . '</option>';
	}
	echo '</select>';
}

/**
 * The services as an editable list: name, minutes, treatment, id; one empty row to add.
 *
 * @param string $id   The table's id.
 * @param string $name The option name the fields post under.
 * @param array  $rows The services: saved, or as typed after a refused save.
 * @param string $hint The help text.
 */
function mnwidgets_services_field( string $id, string $name, array $rows, string $hint ): void {
	echo '<fieldset aria-describedby="' . esc_attr( $id ) . '-hint"><legend class="screen-reader-text">' . esc_html__( 'Services', 'mn-widgets' ) . '</legend>';
	echo '<p class="description" id="' . esc_attr( $id ) . '-hint">' . esc_html( $hint ) . '</p>';
	echo '<table class="widefat mnwidgets-rows" id="' . esc_attr( $id ) . '"><thead><tr><th scope="col">' . esc_html__( 'Name', 'mn-widgets' ) . '</th><th scope="col">' . esc_html__( 'Minutes', 'mn-widgets' ) . '</th><th scope="col">' . esc_html__( 'Treatment', 'mn-widgets' ) . '</th><th scope="col">' . esc_html__( 'Id', 'mn-widgets' ) . '</th></tr></thead><tbody>';
	$rows[] = array();
	foreach ( array_values( $rows ) as $i => $row ) {
		$minutes = $row['minutes'] ?? ( $row['durationMinutes'] ?? '' );
		$field   = function ( $f ) use ( $id, $i ) {
			return esc_attr( $id . '_' . $i . '_' . $f );
		};
		$attr    = function ( $f ) use ( $name, $i ) {
			return esc_attr( $name . '[' . $i . '][' . $f . ']' );
		};
		echo '<tr class="mnwidgets-row">';
		echo '<td><label class="screen-reader-text" for="' . $field( 'name' ) . '">' . esc_html__( 'Name', 'mn-widgets' ) . '</label><input type="text" id="' . $field( 'name' ) . '" name="' . $attr( 'name' ) . '" value="' . esc_attr( (string) ( $row['name'] ?? '' ) ) . '"></td>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the closures
		echo '<td><label class="screen-reader-text" for="' . $field( 'minutes' ) . '">' . esc_html__( 'Minutes', 'mn-widgets' ) . '</label><input type="text" inputmode="numeric" class="small-text" id="' . $field( 'minutes' ) . '" name="' . $attr( 'minutes' ) . '" value="' . esc_attr( (string) $minutes ) . '"></td>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the closures
		echo '<td><label><input type="checkbox" id="' . $field( 'treatment' ) . '" name="' . $attr( 'treatment' ) . '" value="1"' . checked( ! empty( $row['treatment'] ) || ! $row, true, false ) . '> <span class="screen-reader-text">' . esc_html__( 'Treatment', 'mn-widgets' ) . '</span></label></td>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the closures
		echo '<td><label class="screen-reader-text" for="' . $field( 'id' ) . '">' . esc_html__( 'Id', 'mn-widgets' ) . '</label><input type="text" class="code" id="' . $field( 'id' ) . '" name="' . $attr( 'id' ) . '" value="' . esc_attr( (string) ( $row['id'] ?? '' ) ) . '" placeholder="' . esc_attr__( 'from the name', 'mn-widgets' ) . '"></td>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by the closures
		echo '</tr>';
	}
	echo '</tbody></table>';
	echo '<p><button type="button" class="button mnwidgets-add-row" data-table="' . esc_attr( $id ) . '">' . esc_html__( 'Add a service', 'mn-widgets' ) . '</button></p></fieldset>';
}

/**
 * Configurations by id: id and JSON; one empty entry to add.
 *
 * @param string $id   The list's id.
 * @param string $name The option name the fields post under.
 * @param array  $rows The configurations (id, json): saved, or as typed.
 * @param string $hint The help text.
 */
function mnwidgets_configs_field( string $id, string $name, array $rows, string $hint ): void {
	echo '<fieldset aria-describedby="' . esc_attr( $id ) . '-hint"><legend class="screen-reader-text">' . esc_html( mnwidgets_fields()[ substr( $id, 10 ) ][1] ) . '</legend>';
	echo '<p class="description" id="' . esc_attr( $id ) . '-hint">' . esc_html( $hint ) . ' ' . esc_html__( 'To remove one, clear its id and JSON.', 'mn-widgets' ) . '</p>';
	echo '<div class="mnwidgets-rows" id="' . esc_attr( $id ) . '">';
	$rows[] = array();
	foreach ( array_values( $rows ) as $i => $row ) {
		$base = $id . '_' . $i;
		echo '<div class="mnwidgets-row mnwidgets-config">';
		echo '<p><label for="' . esc_attr( $base . '_id' ) . '">' . esc_html__( 'Id', 'mn-widgets' ) . '</label> <input type="text" class="code" id="' . esc_attr( $base . '_id' ) . '" name="' . esc_attr( $name . '[' . $i . '][id]' ) . '" value="' . esc_attr( (string) ( $row['id'] ?? '' ) ) . '"></p>';
		echo '<p><label for="' . esc_attr( $base . '_json' ) . '">' . esc_html__( 'JSON', 'mn-widgets' ) . '</label><br><textarea class="large-text code" rows="6" id="' . esc_attr( $base . '_json' ) . '" name="' . esc_attr( $name . '[' . $i . '][json]' ) . '">' . esc_textarea( (string) ( $row['json'] ?? '' ) ) . '</textarea></p>';
		echo '</div>';
	}
	echo '</div><p><button type="button" class="button mnwidgets-add-row" data-table="' . esc_attr( $id ) . '">' . esc_html__( 'Add one', 'mn-widgets' ) . '</button></p></fieldset>';
}

/** For a landing page on another site: the snippet that posts here. */
function mnwidgets_origins_snippet(): void {
	$script = plugins_url( 'assets/mn-widgets.js', MNWIDGETS_FILE );
	$clinic = '<mn-clinic' . mnwidgets_attributes( 'mn-clinic', mnwidgets_clinic_values() ) . '>';
	echo '<details class="mnwidgets-snippet"><summary>' . esc_html__( 'The snippet for a page on another site', 'mn-widgets' ) . '</summary>';
	echo '<p>' . esc_html__( 'Paste it where the form should be, on a page of a site listed above:', 'mn-widgets' ) . '</p>';
	echo '<pre><code>' . esc_html( '<script src="' . $script . '"></script>' . "\n" . $clinic . "\n  <mn-booking-form></mn-booking-form>\n</mn-clinic>" ) . '</code></pre></details>'; // phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- text shown to the owner, escaped, not a script of this page
}

/**
 * The settings page: the messages of the last save, then the form.
 */
function mnwidgets_settings_page(): void {
	if ( ! current_user_can( mnwidgets_cap() ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage MN Widgets.', 'mn-widgets' ), 403 );
	}
	update_option( 'mn_widgets_activation_notice', 0, false );
	echo '<div class="wrap mnwidgets"><h1>' . esc_html( mnwidgets_name() ) . ': ' . esc_html__( 'Settings', 'mn-widgets' ) . '</h1>';
	echo '<p>' . esc_html__( 'These details reach every widget on the site. Add the widgets as blocks (search for "clinic" in the block inserter) or with the shortcodes', 'mn-widgets' ) . ' ';
	echo '<code>' . esc_html( implode( ' ', array_map( 'mnwidgets_shortcode_example', mnwidgets_widget_tags() ) ) ) . '</code>.</p>';
	echo '<p>' . esc_html__( 'On a classic (non-block) page, put a configuration here and pick it by id; JSON written into a shortcode\'s attributes does not survive WordPress\'s editor. JSON between an opening and a closing shortcode also works, for example [mn_contraindication_check] { "items": … } [/mn_contraindication_check].', 'mn-widgets' ) . '</p>';
	settings_errors();
	mnwidgets_typed(); // read once for the fields below, then gone: a later visit shows the saved values.
	delete_transient( 'mn_widgets_typed_' . get_current_user_id() );
	echo '<form method="post" action="options.php" novalidate>';
	settings_fields( 'mn_widgets' );
	do_settings_sections( 'mn-widgets-settings' );
	submit_button();
	echo '</form></div>';
}

/**
 * A widget's shortcode in brackets, for the page's introduction.
 *
 * @param string $tag The element, e.g. mn-booking-form.
 */
function mnwidgets_shortcode_example( string $tag ): string {
	return '[' . mnwidgets_shortcode_name( $tag ) . ']';
}
