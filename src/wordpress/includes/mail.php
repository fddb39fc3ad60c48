<?php
/**
 * Email: the clinic's notification of a new request (From the clinic's site, Reply-To the
 * patient, dates with the weekday, the safety check's outcome in words), and the patient's
 * opt-in confirmation, which never holds health information.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * One line of text from the request: no line breaks or header characters.
 *
 * @param mixed $s Text from the request.
 */
function mnwidgets_mail_clean( $s ): string {
	return trim( (string) preg_replace( '/[\r\n\t<>"]+/', ' ', (string) $s ) );
}

/**
 * The From header: the clinic's name, at an address of this site's domain (mail from another
 * domain is often marked as spam). The clinic's own address when it is on this domain.
 */
function mnwidgets_mail_from(): string {
	$s      = mnwidgets_settings();
	$name   = mnwidgets_mail_clean( $s['name'] ? $s['name'] : get_bloginfo( 'name' ) );
	$host   = strtolower( (string) wp_parse_url( network_home_url(), PHP_URL_HOST ) );
	$host   = preg_replace( '/^www\./', '', $host );
	$email  = strtolower( (string) $s['email'] );
	$domain = substr( (string) strrchr( $email, '@' ), 1 );
	$from   = '' !== $email && $domain === $host ? $email : 'wordpress@' . $host;
	$from   = (string) apply_filters( 'mn_widgets_mail_from', $from );
	return 'From: ' . str_replace( array( ',', ';' ), ' ', $name ) . ' <' . $from . '>';
}

/**
 * A calendar date (YYYY-MM-DD) with its weekday, in the site's date format: "Thursday, December 10, 2026".
 *
 * @param string $date A calendar date, YYYY-MM-DD.
 */
function mnwidgets_format_day( string $date ): string {
	if ( mnwidgets_rule_date( $date ) !== '' ) {
		return $date;
	}
	$at = new DateTimeImmutable( $date . ' 12:00:00', new DateTimeZone( 'UTC' ) );
	/* translators: date format with the weekday, see https://www.php.net/manual/datetime.format.php */
	return wp_date( __( 'l, F j, Y', 'mn-widgets' ), $at->getTimestamp(), new DateTimeZone( 'UTC' ) );
}

/**
 * An instant (ISO 8601) in the clinic's time zone, with the weekday and the time.
 *
 * @param string $instant An ISO 8601 instant.
 */
function mnwidgets_format_instant( string $instant ): string {
	$ts = strtotime( $instant );
	if ( ! $ts ) {
		return $instant;
	}
	$zone = mnwidgets_timezone() !== '' ? new DateTimeZone( mnwidgets_timezone() ) : wp_timezone();
	/* translators: date and time format with the weekday, see https://www.php.net/manual/datetime.format.php */
	return wp_date( __( 'l, F j, Y, g:i a T', 'mn-widgets' ), $ts, $zone );
}

/**
 * A time of day as words.
 *
 * @param string $code morning, afternoon, evening or any.
 */
function mnwidgets_time_of_day( string $code ): string {
	$words = array(
		'morning'   => __( 'morning', 'mn-widgets' ),
		'afternoon' => __( 'afternoon', 'mn-widgets' ),
		'evening'   => __( 'evening', 'mn-widgets' ),
		'any'       => __( 'any time', 'mn-widgets' ),
	);
	return $words[ $code ] ?? mnwidgets_mail_clean( $code );
}

/**
 * How the patient asked to be contacted, as words.
 *
 * @param string $code email, phone or text.
 */
function mnwidgets_contact_method( string $code ): string {
	$words = array(
		'email' => __( 'email', 'mn-widgets' ),
		'phone' => __( 'phone call', 'mn-widgets' ),
		'text'  => __( 'text message', 'mn-widgets' ),
	);
	return $words[ $code ] ?? mnwidgets_mail_clean( $code );
}

/**
 * The safety check's outcome for the clinic's staff: what the patient was shown (the widget's own
 * result headlines, CLINICAL.md section 1), never a new claim.
 *
 * @param string $level The safety check's level: clear, advice, consult, defer or decline.
 */
function mnwidgets_outcome_words( string $level ): string {
	$words = array(
		'clear'   => __( 'Clear: the patient was told they can go ahead and book.', 'mn-widgets' ),
		'advice'  => __( 'Advice: the patient may book and was shown notes to read first.', 'mn-widgets' ),
		'consult' => __( 'Consult: the patient was asked to talk to the clinic before booking; a clinician must check first.', 'mn-widgets' ),
		'defer'   => __( 'Defer: the patient was told to wait before microneedling.', 'mn-widgets' ),
		'decline' => __( 'Decline: the patient was told microneedling is probably not for them.', 'mn-widgets' ),
	);
	return $words[ $level ] ?? mnwidgets_mail_clean( $level );
}

/**
 * The dates asked for, one line each, with the weekday.
 *
 * @param stdClass $p The booking request as received (json_decode without assoc).
 */
function mnwidgets_request_dates( stdClass $p ): array {
	$lines = array();
	foreach ( $p->preferences as $pref ) {
		/* translators: 1: a date with the weekday, 2: a time of day such as "morning". */
		$lines[] = sprintf( __( '%1$s, %2$s', 'mn-widgets' ), mnwidgets_format_day( (string) $pref->date ), mnwidgets_time_of_day( (string) $pref->timeOfDay ) ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- the booking payload's own field names (JSON)
	}
	if ( isset( $p->slot ) ) {
		/* translators: 1: a date and time, 2: minutes. */
		$lines[] = sprintf( __( '%1$s (%2$d minutes)', 'mn-widgets' ), mnwidgets_format_instant( (string) $p->slot->start ), (int) $p->slot->durationMinutes );
	}
	return $lines;
}

/**
 * Emails the clinic (settings email, else the site admin's).
 *
 * @param stdClass $p   The booking request as received (json_decode without assoc).
 * @param int      $row Its row id, for the link to the detail.
 */
function mnwidgets_mail_clinic( stdClass $p, int $row ): bool {
	$to    = mnwidgets_settings()['email'];
	$to    = $to ? $to : get_option( 'admin_email' );
	$clean = 'mnwidgets_mail_clean';
	$phone = $clean( $p->contact->phone ?? '' );
	$areas = $clean( implode( ', ', $p->areas ) );
	$lines = array(
		/* translators: %d: the request's number. */
		sprintf( __( 'New booking request #%d', 'mn-widgets' ), $row ),
		'',
		__( 'Name', 'mn-widgets' ) . ': ' . $clean( $p->contact->name ),
		__( 'Email', 'mn-widgets' ) . ': ' . $clean( $p->contact->email ),
		__( 'Phone', 'mn-widgets' ) . ': ' . ( $phone ? $phone : '—' ),
		__( 'Contact by', 'mn-widgets' ) . ': ' . mnwidgets_contact_method( (string) $p->contact->preferred ),
		__( 'Service', 'mn-widgets' ) . ': ' . $clean( $p->service->name ),
		__( 'Areas', 'mn-widgets' ) . ': ' . ( $areas ? $areas : '—' ),
		__( 'First visit', 'mn-widgets' ) . ': ' . ( $p->firstVisit ? __( 'yes', 'mn-widgets' ) : __( 'no', 'mn-widgets' ) ), // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- the booking payload's own field names (JSON)
	);
	if ( ! $p->firstVisit && ! empty( $p->lastSession ) ) { // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- the booking payload's own field names (JSON)
		$lines[] = __( 'Last session', 'mn-widgets' ) . ': ' . mnwidgets_format_day( (string) $p->lastSession ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- the booking payload's own field names (JSON)
	}
	foreach ( mnwidgets_request_dates( $p ) as $date ) {
		$lines[] = __( 'Asked for', 'mn-widgets' ) . ': ' . $date;
	}
	$lines[] = __( 'Safety check', 'mn-widgets' ) . ': ' . ( isset( $p->screening ) ? mnwidgets_outcome_words( (string) $p->screening->level ) : __( 'not taken on the site', 'mn-widgets' ) );
	if ( isset( $p->message ) && '' !== $p->message ) {
		$lines[] = '';
		$lines[] = __( 'Message', 'mn-widgets' ) . ":\n" . (string) $p->message;
	}
	$lines[] = '';
	$lines[] = __( 'Reply to this email to answer the patient.', 'mn-widgets' );
	$lines[] = admin_url( 'admin.php?page=mn-widgets&request=' . $row );
	/* translators: 1: the service, 2: the patient's name. */
	$subject = sprintf( __( 'Booking request: %1$s, %2$s', 'mn-widgets' ), $clean( $p->service->name ), $clean( $p->contact->name ) );
	$headers = array( mnwidgets_mail_from(), 'Reply-To: ' . $clean( $p->contact->name ) . ' <' . $clean( $p->contact->email ) . '>' );
	return (bool) wp_mail( $to, $subject, implode( "\n", $lines ), $headers );
}

/**
 * The patient's confirmation (opt-in, Settings → Confirmation to the patient): that the request
 * arrived, the service and dates asked for, and how to reach the clinic. No safety-check outcome,
 * no message: nothing about their health.
 *
 * @param stdClass $p The booking request as received (json_decode without assoc).
 */
function mnwidgets_mail_patient( stdClass $p ): bool {
	$s     = mnwidgets_settings();
	$name  = mnwidgets_mail_clean( $s['name'] ? $s['name'] : get_bloginfo( 'name' ) );
	$lines = array(
		/* translators: %s: the patient's name. */
		sprintf( __( 'Hello %s,', 'mn-widgets' ), mnwidgets_mail_clean( $p->contact->name ) ),
		'',
		/* translators: %s: the clinic's name. */
		sprintf( __( '%s received your booking request. This is not yet a confirmed appointment: the clinic will contact you.', 'mn-widgets' ), $name ),
		'',
		__( 'Service', 'mn-widgets' ) . ': ' . mnwidgets_mail_clean( $p->service->name ),
	);
	foreach ( mnwidgets_request_dates( $p ) as $date ) {
		$lines[] = __( 'Asked for', 'mn-widgets' ) . ': ' . $date;
	}
	$lines[] = '';
	if ( $s['phone'] ) {
		$lines[] = __( 'Phone', 'mn-widgets' ) . ': ' . $s['phone'];
	}
	$lines[] = __( 'Reply to this email to reach the clinic.', 'mn-widgets' );
	$reply   = $s['email'] ? $s['email'] : get_option( 'admin_email' );
	$headers = array( mnwidgets_mail_from(), 'Reply-To: ' . $name . ' <' . $reply . '>' );
	/* translators: %s: the clinic's name. */
	$subject = sprintf( __( 'Your booking request to %s', 'mn-widgets' ), $name );
	return (bool) wp_mail( mnwidgets_mail_clean( $p->contact->email ), $subject, implode( "\n", $lines ), $headers );
}
