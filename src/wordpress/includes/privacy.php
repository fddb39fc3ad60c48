<?php
/**
 * Privacy: suggested text for the site's privacy policy, WordPress's personal-data export (with
 * human labels) and erasure, and the retention setting's daily deletion of old requests.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

/** Settings → Privacy → Policy guide: what the plugin keeps, for how long, and who sees it. */
function mnwidgets_privacy_policy_content(): void {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$months = (int) mnwidgets_settings()['retention_months'];
	$text   = '<p class="privacy-policy-tutorial">' . esc_html__( 'MN Widgets suggests the text below. Adjust it to what your clinic does with booking requests.', 'mn-widgets' ) . '</p>'
		. '<strong class="privacy-policy-tutorial">' . esc_html__( 'Suggested text:', 'mn-widgets' ) . ' </strong>'
		. '<p>' . esc_html__( 'When you request an appointment with our booking form, we receive your name, email address, phone number if you give it, how you prefer to be contacted, the service and treatment areas you chose, the dates you asked for, whether it is your first visit, your message, and the time you agreed to this policy. We use them only to answer your request.', 'mn-widgets' ) . '</p>'
		. '<p>' . esc_html__( 'The safety check on our site runs in your browser: your answers are not sent to us or stored. Only its overall outcome (for example "talk to the clinic first") travels with a booking request you send.', 'mn-widgets' ) . '</p>'
		. '<p>' . esc_html__( 'Booking requests are stored on this website\'s server and emailed to the clinic. Only clinic staff who manage the website can see them. The widgets set no cookies and load nothing from other sites.', 'mn-widgets' ) . '</p>'
		. '<p>' . ( $months
			/* translators: %d: a number of months. */
			? esc_html( sprintf( _n( 'We delete booking requests %d month after they arrive.', 'We delete booking requests %d months after they arrive.', $months, 'mn-widgets' ), $months ) )
			: esc_html__( 'We keep booking requests until we delete them, and delete them on request.', 'mn-widgets' ) ) . '</p>'
		. '<p>' . esc_html__( 'You can ask us for a copy of your booking requests, or to delete them.', 'mn-widgets' ) . '</p>';
	wp_add_privacy_policy_content( mnwidgets_name(), wp_kses_post( $text ) );
}

/**
 * Adds the booking requests to WordPress's personal-data export.
 *
 * @param array $exporters The registered exporters.
 */
function mnwidgets_privacy_exporters( array $exporters ): array {
	$exporters['mn-widgets'] = array(
		'exporter_friendly_name' => __( 'Booking requests', 'mn-widgets' ),
		'callback'               => 'mnwidgets_privacy_export',
	);
	return $exporters;
}

/**
 * Adds the booking requests to WordPress's personal-data erasure.
 *
 * @param array $erasers The registered erasers.
 */
function mnwidgets_privacy_erasers( array $erasers ): array {
	$erasers['mn-widgets'] = array(
		'eraser_friendly_name' => __( 'Booking requests', 'mn-widgets' ),
		'callback'             => 'mnwidgets_privacy_erase',
	);
	return $erasers;
}

/**
 * A request as label => value pairs, for people: the export, the detail view and the CSV use it.
 *
 * @param object $row A row of the requests table.
 */
function mnwidgets_request_fields( $row ): array {
	$p   = json_decode( (string) $row->payload );
	$out = array(
		__( 'Received', 'mn-widgets' ) => mnwidgets_format_instant( mysql_to_rfc3339( (string) $row->created_at ) ),
		__( 'Status', 'mn-widgets' )   => mnwidgets_status_label( (string) $row->status ),
	);
	if ( ! ( $p instanceof stdClass ) ) {
		return $out;
	}
	$out[ __( 'Name', 'mn-widgets' ) ]                         = (string) ( $p->contact->name ?? '' );
	$out[ __( 'Email', 'mn-widgets' ) ]                        = (string) ( $p->contact->email ?? '' );
	$out[ __( 'Phone', 'mn-widgets' ) ]                        = (string) ( $p->contact->phone ?? '' );
	$out[ __( 'Contact by', 'mn-widgets' ) ]                   = mnwidgets_contact_method( (string) ( $p->contact->preferred ?? '' ) );
	$out[ __( 'Service', 'mn-widgets' ) ]                      = (string) ( $p->service->name ?? '' );
	$out[ __( 'Areas', 'mn-widgets' ) ]                        = implode( ', ', (array) ( $p->areas ?? array() ) );
	$out[ __( 'First visit', 'mn-widgets' ) ]                  = ! empty( $p->firstVisit ) ? __( 'yes', 'mn-widgets' ) : __( 'no', 'mn-widgets' ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- the booking payload's own field names (JSON)
	$out[ __( 'Last session', 'mn-widgets' ) ]                 = empty( $p->lastSession ) ? '' : mnwidgets_format_day( (string) $p->lastSession ); // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- the booking payload's own field names (JSON)
	$out[ __( 'Asked for', 'mn-widgets' ) ]                    = isset( $p->preferences ) ? implode( "\n", mnwidgets_request_dates( $p ) ) : '';
	$out[ __( 'Safety check', 'mn-widgets' ) ]                 = isset( $p->screening->level ) ? mnwidgets_outcome_words( (string) $p->screening->level ) : __( 'not taken on the site', 'mn-widgets' );
	$out[ __( 'Message', 'mn-widgets' ) ]                      = (string) ( $p->message ?? '' );
	$out[ __( 'Agreed to the privacy policy', 'mn-widgets' ) ] = isset( $p->consent->at ) ? mnwidgets_format_instant( (string) $p->consent->at ) . ( empty( $p->consent->policyUrl ) ? '' : ' (' . $p->consent->policyUrl . ( empty( $p->consent->policyVersion ) ? '' : ', ' . $p->consent->policyVersion ) . ')' ) : '';
	$out[ __( 'Language', 'mn-widgets' ) ]                     = (string) ( $p->locale ?? '' );
	$out[ __( 'Sent from page', 'mn-widgets' ) ]               = (string) ( $p->meta->page ?? '' );
	$out[ __( 'Request id', 'mn-widgets' ) ]                   = (string) ( $p->id ?? '' );
	return array_filter(
		$out,
		function ( $v ) {
			return '' !== $v;
		}
	);
}

/**
 * A request's status in words.
 *
 * @param string $status new, contacted, booked, closed or spam.
 */
function mnwidgets_status_label( string $status ): string {
	$labels = array(
		'new'       => __( 'New', 'mn-widgets' ),
		'contacted' => __( 'Contacted', 'mn-widgets' ),
		'booked'    => __( 'Booked', 'mn-widgets' ),
		'closed'    => __( 'Closed', 'mn-widgets' ),
		'spam'      => __( 'Spam', 'mn-widgets' ),
	);
	return $labels[ $status ] ?? $status;
}

/**
 * A patient's booking requests, in words, for WordPress's export. (WordPress passes a page number
 * too: a patient's requests fit on one page.)
 *
 * @param string $email The patient's email address.
 */
function mnwidgets_privacy_export( string $email ): array {
	global $wpdb;
	$rows = $wpdb->get_results( $wpdb->prepare( 'SELECT id, created_at, status, payload FROM ' . mnwidgets_table() . ' WHERE contact_email = %s ORDER BY id', $email ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; checked table name
	$data = array();
	foreach ( $rows ? $rows : array() as $r ) {
		$items = array();
		foreach ( mnwidgets_request_fields( $r ) as $label => $value ) {
			$items[] = array(
				'name'  => $label,
				'value' => $value,
			);
		}
		$data[] = array(
			'group_id'    => 'mn-widgets-requests',
			'group_label' => __( 'Booking requests', 'mn-widgets' ),
			'item_id'     => 'mn-request-' . $r->id,
			'data'        => $items,
		);
	}
	return array(
		'data' => $data,
		'done' => true,
	);
}

/**
 * Deletes a patient's booking requests, for WordPress's erasure. (WordPress passes a page number
 * too: they all go at once.)
 *
 * @param string $email The patient's email address.
 */
function mnwidgets_privacy_erase( string $email ): array {
	global $wpdb;
	$n = (int) $wpdb->query( $wpdb->prepare( 'DELETE FROM ' . mnwidgets_table() . ' WHERE contact_email = %s', $email ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; checked table name
	return array(
		'items_removed'  => $n > 0,
		'items_retained' => false,
		'messages'       => array(),
		'done'           => true,
	);
}

/** Daily: deletes requests older than the retention setting (0 keeps them). Returns how many. */
function mnwidgets_apply_retention(): int {
	global $wpdb;
	$months = (int) mnwidgets_settings()['retention_months'];
	if ( $months < 1 ) {
		return 0;
	}
	$before = gmdate( 'Y-m-d H:i:s', strtotime( '-' . $months . ' months' ) );
	return (int) $wpdb->query( $wpdb->prepare( 'DELETE FROM ' . mnwidgets_table() . ' WHERE created_at < %s', $before ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; checked table name
}
