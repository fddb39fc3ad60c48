<?php
/**
 * Booking requests: the REST route the booking form posts to (also from the clinic's other sites,
 * by CORS, for the origins the settings allow), validation against the generated JSON Schema, the
 * private table that keeps them, idempotency, rate limit and bot checks.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

const MNWIDGETS_DB_VERSION = '1';
const MNWIDGETS_MAX_BYTES  = 16384;
const MNWIDGETS_STATUSES   = array( 'new', 'contacted', 'booked', 'closed', 'spam' );
const MNWIDGETS_ROUTE      = '/mn-widgets/v1/requests';

/**
 * The requests table's name. Checked, because it is written into SQL (WordPress 6.1 has no %i
 * placeholder for identifiers): the prefix comes from wp-config.php and may only hold word characters.
 */
function mnwidgets_table(): string {
	global $wpdb;
	$table = $wpdb->prefix . 'mn_widgets_requests';
	if ( ! preg_match( '/^\w{1,64}$/', $table ) ) {
		wp_die( esc_html__( 'The database table prefix holds characters that are not allowed in a table name.', 'mn-widgets' ) );
	}
	return $table;
}

/**
 * Creates or updates the requests table.
 */
function mnwidgets_install(): void {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$table = mnwidgets_table();
	dbDelta(
		"CREATE TABLE $table (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  request_id varchar(64) NOT NULL,
  created_at datetime NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'new',
  contact_name varchar(200) NOT NULL DEFAULT '',
  contact_email varchar(200) NOT NULL DEFAULT '',
  service varchar(200) NOT NULL DEFAULT '',
  payload longtext NOT NULL,
  response longtext NOT NULL,
  mailed tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY  (id),
  UNIQUE KEY request_id (request_id),
  KEY created_at (created_at),
  KEY status (status)
) " . $wpdb->get_charset_collate() . ';'
	);
	update_option( 'mn_widgets_db_version', MNWIDGETS_DB_VERSION, false );
}

/**
 * Updates the table when the plugin's database version changed.
 */
function mnwidgets_maybe_upgrade(): void {
	if ( get_option( 'mn_widgets_db_version' ) !== MNWIDGETS_DB_VERSION ) {
		mnwidgets_install();
	}
}

/**
 * The route: POST for patients (the origin is checked in the callback), GET for managers.
 */
function mnwidgets_rest_routes(): void {
	register_rest_route(
		'mn-widgets/v1',
		'/requests',
		array(
			array(
				'methods'             => 'POST',
				'callback'            => 'mnwidgets_rest_create',
				'permission_callback' => '__return_true', // patients are not logged in; the origin is checked in the callback.
			),
			array(
				'methods'             => 'GET',
				'callback'            => 'mnwidgets_rest_list',
				'permission_callback' => function () {
					return current_user_can( mnwidgets_cap() );
				},
			),
		)
	);
}

/**
 * The codes a booking server answers with: src/domain/booking/error-codes.json, which the build
 * copies into generated/. `request` codes name the problem with the request as a whole, `field`
 * codes the problem with one payload path. The booking form words each in the patient's language.
 *
 * @return array{request: string[], field: string[]} The codes of each list.
 */
function mnwidgets_error_codes(): array {
	static $codes = null;
	if ( null === $codes ) {
		$list  = json_decode( (string) file_get_contents( MNWIDGETS_DIR . '/generated/error-codes.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin itself
		$codes = array(
			'request' => array_keys( (array) ( $list['request'] ?? array() ) ),
			'field'   => array_keys( (array) ( $list['field'] ?? array() ) ),
		);
	}
	return $codes;
}

/**
 * The documented error answer: `{ error, code, fields? }` with a 4xx or 5xx status. `code` is a
 * request code and every `fields` value a field code of error-codes.json: the booking form shows
 * its own words for them, never `error`, which is for developers (and for other clients).
 *
 * @param int    $status  The HTTP status.
 * @param string $code    A request code of error-codes.json.
 * @param string $message The sentence for developers.
 * @param array  $fields  Payload path => field code of error-codes.json.
 * @param array  $headers Extra headers (Retry-After).
 */
function mnwidgets_error( int $status, string $code, string $message, array $fields = array(), array $headers = array() ): WP_REST_Response {
	$codes = mnwidgets_error_codes();
	foreach ( array_merge( array( $code ), array_values( $fields ) ) as $i => $c ) {
		if ( ! in_array( $c, $codes[ $i ? 'field' : 'request' ], true ) ) {
			/* translators: %s: an error code. */
			_doing_it_wrong( __FUNCTION__, esc_html( sprintf( __( 'mn-widgets: "%s" is not a code of error-codes.json; the booking form would not word it.', 'mn-widgets' ), $c ) ), '0.1.0' );
		}
	}
	$body = array(
		'error' => $message,
		'code'  => $code,
	);
	if ( $fields ) {
		$body['fields'] = $fields;
	}
	$r = new WP_REST_Response( $body, $status );
	foreach ( $headers as $k => $v ) {
		$r->header( $k, $v );
	}
	return $r;
}

/**
 * WordPress's own errors on our route (invalid JSON, for example) in the documented error format.
 * On the booking route (POST) the code is one of error-codes.json, by the status: the form words it;
 * the managers' list (GET) keeps WordPress's code (rest_forbidden).
 *
 * @param mixed           $response The response.
 * @param WP_REST_Server  $server   The server.
 * @param WP_REST_Request $request  The request.
 */
function mnwidgets_rest_errors( $response, $server, $request ) {
	if ( ! ( $request instanceof WP_REST_Request ) || 0 !== strpos( $request->get_route(), '/mn-widgets/v1/' ) || ! ( $response instanceof WP_REST_Response ) ) {
		return $response;
	}
	$data   = $response->get_data();
	$status = $response->get_status();
	if ( $status >= 400 && is_array( $data ) && ! isset( $data['error'] ) && isset( $data['message'] ) ) {
		$code = (string) ( $data['code'] ?? '' );
		if ( 'GET' !== $request->get_method() ) {
			$code = 413 === $status ? 'too-large' : ( 429 === $status ? 'rate-limited' : ( $status >= 500 ? 'unavailable' : 'unreadable' ) );
		}
		$response->set_data(
			array(
				'error' => wp_strip_all_tags( (string) $data['message'] ),
				'code'  => $code,
			)
		);
	}
	return $response;
}

/** This site's own origin (scheme, host, port). */
function mnwidgets_own_origins(): array {
	$out = array();
	foreach ( array( home_url(), site_url() ) as $url ) {
		$p     = wp_parse_url( $url );
		$out[] = strtolower( ( $p['scheme'] ?? 'http' ) . '://' . ( $p['host'] ?? '' ) . ( isset( $p['port'] ) ? ':' . $p['port'] : '' ) );
	}
	return array_unique( $out );
}

/**
 * The request's Origin header: 'same' (this site, or no Origin: not a browser's cross-site
 * request), 'allowed' (an origin the settings list), or 'refused'.
 *
 * @param string|null $origin The request's Origin header (null: none).
 */
function mnwidgets_origin_state( ?string $origin ): string {
	if ( null === $origin || '' === $origin ) {
		return 'same';
	}
	$origin = strtolower( rtrim( $origin, '/' ) );
	if ( in_array( $origin, mnwidgets_own_origins(), true ) ) {
		return 'same';
	}
	$allowed = (array) apply_filters( 'mn_widgets_allowed_origins', mnwidgets_settings()['origins'] );
	return in_array( $origin, $allowed, true ) ? 'allowed' : 'refused';
}

/**
 * The request's Origin header, trimmed; null when it has none.
 *
 * @param WP_REST_Request $request The request.
 */
function mnwidgets_request_origin( WP_REST_Request $request ): ?string {
	$origin = $request->get_header( 'origin' );
	return null === $origin ? null : trim( (string) $origin );
}

/**
 * Whether the request is for the booking route.
 *
 * @param WP_REST_Request $request The request.
 */
function mnwidgets_is_our_route( WP_REST_Request $request ): bool {
	return untrailingslashit( $request->get_route() ) === MNWIDGETS_ROUTE;
}

/**
 * The answer to a request from an origin the settings do not allow: `rejected`, with a sentence for
 * the clinic's developer (the browser shows the patient nothing of it: no CORS headers).
 *
 * @param string $origin The request's Origin header.
 */
function mnwidgets_origin_refused( string $origin ): WP_REST_Response {
	return mnwidgets_error(
		403,
		'rejected',
		/* translators: %s: the web address of the site the request came from. */
		sprintf( __( 'Booking requests from %s are not accepted. The clinic can allow this site under MN Widgets → Settings → Other sites that may send requests here.', 'mn-widgets' ), $origin )
	);
}

/**
 * The CORS preflight for our route: answered for allowed origins only (POST, with the
 * Content-Type and Idempotency-Key headers the booking form sends); refused, with a clear error,
 * for any other. WordPress would otherwise answer every origin and not allow Idempotency-Key.
 *
 * @param mixed           $result  A response from an earlier filter, or null.
 * @param WP_REST_Server  $server  The server.
 * @param WP_REST_Request $request The request.
 */
function mnwidgets_rest_preflight( $result, $server, $request ) {
	if ( null !== $result || ! ( $request instanceof WP_REST_Request ) || 'OPTIONS' !== $request->get_method() || ! mnwidgets_is_our_route( $request ) ) {
		return $result;
	}
	$origin = (string) mnwidgets_request_origin( $request );
	if ( mnwidgets_origin_state( $origin ) === 'refused' ) {
		return mnwidgets_origin_refused( $origin );
	}
	$r = new WP_REST_Response( null, 204 );
	$r->header( 'Allow', 'POST, GET' );
	return $r;
}

/**
 * Our route's CORS headers, after WordPress's own (which echo any origin, with credentials): the
 * allowed origin only, no credentials, the methods and headers the form uses.
 *
 * @param bool             $served  Whether the request was served.
 * @param WP_HTTP_Response $result  The response.
 * @param WP_REST_Request  $request The request.
 */
function mnwidgets_rest_cors_headers( $served, $result, $request ) {
	if ( ! ( $request instanceof WP_REST_Request ) || ! mnwidgets_is_our_route( $request ) || headers_sent() ) {
		return $served;
	}
	$origin = (string) mnwidgets_request_origin( $request );
	header_remove( 'Access-Control-Allow-Origin' );
	header_remove( 'Access-Control-Allow-Credentials' );
	header_remove( 'Access-Control-Allow-Methods' );
	header_remove( 'Access-Control-Allow-Headers' );
	header( 'Vary: Origin', false );
	if ( '' !== $origin && 'allowed' === mnwidgets_origin_state( $origin ) ) {
		header( 'Access-Control-Allow-Origin: ' . esc_url_raw( $origin ) );
		header( 'Access-Control-Allow-Methods: POST' );
		header( 'Access-Control-Allow-Headers: Content-Type, Idempotency-Key' );
		header( 'Access-Control-Expose-Headers: Idempotent-Replayed, Retry-After' );
		header( 'Access-Control-Max-Age: 600' );
	}
	return $served;
}

/**
 * A request kept earlier with this id (the Idempotency-Key): the original answer, replayed. The
 * body of a retry is not compared: the form may refresh fields such as `meta.fillMs`.
 *
 * @param string $id The request's id (its Idempotency-Key).
 */
function mnwidgets_replay( string $id ) {
	global $wpdb;
	$row = $wpdb->get_row( $wpdb->prepare( 'SELECT response FROM ' . mnwidgets_table() . ' WHERE request_id = %s', $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; a cache would defeat idempotency.; checked table name
	if ( ! $row ) {
		return null;
	}
	$r = new WP_REST_Response( json_decode( $row->response, true ), 201 );
	$r->header( 'Idempotent-Replayed', 'true' );
	return $r;
}

/** Counts one attempt for this visitor; false when over the hourly limit. */
function mnwidgets_rate_ok(): bool {
	$limit = (int) apply_filters( 'mn_widgets_rate_limit', (int) mnwidgets_settings()['rate_limit'] );
	// Behind a reverse proxy every visitor has the proxy's address: return the real one from this filter.
	$ip    = (string) apply_filters( 'mn_widgets_client_ip', isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '' );
	$key   = 'mn_widgets_rl_' . substr( hash_hmac( 'sha256', $ip, wp_salt( 'nonce' ) ), 0, 32 );
	$count = (int) get_transient( $key );
	if ( $count >= $limit ) {
		return false;
	}
	set_transient( $key, $count + 1, HOUR_IN_SECONDS );
	return true;
}

/**
 * Rules the types cannot say: formats and sizes, with the email and phone rules the form uses.
 *
 * @param stdClass $p The payload, valid by the schema.
 * @return array Field path => field code of error-codes.json (`required`, `email`, `phone`, `date`, `too-long`, `too-many`, `value`).
 */
function mnwidgets_payload_rules( stdClass $p ): array {
	$e    = array();
	$inst = function ( $s ) {
		return is_string( $s ) && preg_match( '/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/D', $s );
	};
	if ( ! preg_match( '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iD', $p->id ) ) {
		$e['id'] = 'value';
	}
	if ( ! $inst( $p->createdAt ) ) { // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- the payload's own field name
		$e['createdAt'] = 'date';
	}
	if ( '' === mnwidgets_js_trim( $p->contact->name ) ) {
		$e['contact.name'] = 'required';
	}
	if ( '' === mnwidgets_js_trim( $p->contact->email ) ) {
		$e['contact.email'] = 'required';
	} elseif ( '' !== mnwidgets_rule_email( $p->contact->email ) ) {
		$e['contact.email'] = 'email';
	}
	$phone = $p->contact->phone ?? '';
	if ( '' !== mnwidgets_js_trim( $phone ) && '' !== mnwidgets_rule_phone( $phone ) ) {
		$e['contact.phone'] = 'phone';
	}
	if ( isset( $p->lastSession ) && '' !== $p->lastSession && '' !== mnwidgets_rule_date( $p->lastSession ) ) { // phpcs:ignore WordPress.NamingConventions.ValidVariableName.UsedPropertyNotSnakeCase -- the payload's own field name
		$e['lastSession'] = 'date';
	}
	if ( count( $p->preferences ) > 3 ) {
		$e['preferences'] = 'too-many';
	}
	foreach ( $p->preferences as $i => $pref ) {
		if ( '' !== mnwidgets_rule_date( $pref->date ) ) {
			$e[ "preferences.$i.date" ] = 'date';
		}
	}
	if ( count( $p->areas ) > 20 ) {
		$e['areas'] = 'too-many';
	}
	if ( isset( $p->slot ) && ! $inst( $p->slot->start ) ) {
		$e['slot.start'] = 'date';
	}
	if ( ! $inst( $p->consent->at ) ) {
		$e['consent.at'] = 'date';
	}
	if ( isset( $p->meta->utm ) && count( get_object_vars( $p->meta->utm ) ) > 10 ) {
		$e['meta.utm'] = 'too-many';
	}
	// Every text is short; the message may be longer.
	$walk = function ( $v, $path ) use ( &$walk, &$e ) {
		if ( is_string( $v ) && mb_strlen( $v ) > ( 'message' === $path ? 4000 : 300 ) ) {
			$e[ $path ] = 'too-long';
		} elseif ( is_array( $v ) || $v instanceof stdClass ) {
			foreach ( (array) $v as $k => $sub ) {
				$walk( $sub, ltrim( "$path.$k", '.' ) );
			}
		}
	};
	$walk( $p, '' );
	return $e;
}

/**
 * POST: a booking request, checked (origin, size, type, JSON, id, rate, schema, rules, trap, fill time), stored once, emailed.
 *
 * @param WP_REST_Request $request The request.
 */
function mnwidgets_rest_create( WP_REST_Request $request ) {
	global $wpdb;
	// Every POST, simple requests included: a browser always sends Origin on a cross-site POST.
	$origin = mnwidgets_request_origin( $request );
	if ( mnwidgets_origin_state( $origin ) === 'refused' ) {
		return mnwidgets_origin_refused( (string) $origin );
	}
	$body = (string) $request->get_body();
	if ( strlen( $body ) > MNWIDGETS_MAX_BYTES ) {
		/* translators: %d: the largest request size in bytes. */
		return mnwidgets_error( 413, 'too-large', sprintf( __( 'The request is too large (at most %d bytes).', 'mn-widgets' ), MNWIDGETS_MAX_BYTES ) );
	}
	// JSON, or text/plain holding JSON: the CORS "simple request" a form sends with request-mode="simple".
	$type = strtolower( (string) $request->get_header( 'content_type' ) );
	if ( strpos( $type, 'application/json' ) !== 0 && strpos( $type, 'text/plain' ) !== 0 ) {
		return mnwidgets_error( 415, 'unreadable', __( 'Send the booking request as JSON (Content-Type: application/json).', 'mn-widgets' ) );
	}
	$p = json_decode( $body, false, 32 );
	if ( ! ( $p instanceof stdClass ) ) {
		return mnwidgets_error( 400, 'unreadable', __( 'The request is not a JSON object.', 'mn-widgets' ) );
	}
	// The id travels in the body (always) and in the Idempotency-Key header (except in simple requests).
	$key = trim( (string) $request->get_header( 'idempotency_key' ) );
	$id  = isset( $p->id ) && is_string( $p->id ) ? $p->id : '';
	if ( '' !== $key && '' !== $id && $key !== $id ) {
		return mnwidgets_error( 400, 'unreadable', __( 'The Idempotency-Key header must equal the request id.', 'mn-widgets' ), array( 'id' => 'value' ) );
	}
	$id = '' !== $id ? $id : $key;
	if ( '' !== $id && strlen( $id ) <= 64 ) {
		$replay = mnwidgets_replay( $id );
		if ( $replay ) {
			return $replay;
		}
	}
	if ( ! mnwidgets_rate_ok() ) {
		return mnwidgets_error( 429, 'rate-limited', __( 'Too many requests from this connection. Please try again later or call the clinic.', 'mn-widgets' ), array(), array( 'Retry-After' => '3600' ) );
	}
	$fields = mnwidgets_schema_errors( $p, mnwidgets_payload_schema() );
	if ( ! $fields ) {
		$fields = mnwidgets_payload_rules( $p );
	}
	if ( $fields ) {
		return mnwidgets_error( 400, 'invalid', __( 'The booking request is not valid.', 'mn-widgets' ), $fields );
	}
	if ( '' !== $p->meta->trap ) {
		return mnwidgets_error( 400, 'rejected', __( 'This request could not be accepted.', 'mn-widgets' ) );
	}
	$min = (int) apply_filters( 'mn_widgets_min_fill_ms', (int) mnwidgets_settings()['min_fill_ms'] );
	if ( $p->meta->fillMs < $min ) {
		return mnwidgets_error( 400, 'too-fast', __( 'The form was sent too quickly. Please check it and send it again.', 'mn-widgets' ) );
	}
	$answer = array(
		'id'     => $p->id,
		'status' => 'received',
	);
	$ok     = $wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table; INSERT IGNORE keeps one row per request id under concurrent retries.
		$wpdb->prepare(
			'INSERT IGNORE INTO ' . mnwidgets_table() . ' (request_id, created_at, status, contact_name, contact_email, service, payload, response) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)', // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- checked table name
			$p->id,
			current_time( 'mysql', true ),
			'new',
			$p->contact->name,
			$p->contact->email,
			$p->service->name,
			wp_json_encode( $p ),
			wp_json_encode( $answer )
		)
	);
	if ( false === $ok ) {
		return mnwidgets_error( 503, 'unavailable', __( 'The request could not be saved. Please try again.', 'mn-widgets' ), array(), array( 'Retry-After' => '5' ) );
	}
	if ( 0 === $ok ) { // a concurrent retry stored it first.
		return mnwidgets_replay( $p->id ) ?? mnwidgets_error( 503, 'unavailable', __( 'Please try again.', 'mn-widgets' ), array(), array( 'Retry-After' => '5' ) );
	}
	$row = (int) $wpdb->insert_id;
	if ( mnwidgets_mail_clinic( $p, $row ) ) {
		$wpdb->update( mnwidgets_table(), array( 'mailed' => 1 ), array( 'id' => $row ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table
	}
	if ( mnwidgets_settings()['confirm_patient'] ) {
		mnwidgets_mail_patient( $p );
	}
	do_action( 'mn_widgets_booking_received', $p, $row );
	return new WP_REST_Response( $answer, 201 );
}

/**
 * GET: the newest requests, for users who manage the plugin. (WordPress passes the request too;
 * the list takes no parameters.)
 */
function mnwidgets_rest_list() {
	global $wpdb;
	$rows = $wpdb->get_results( 'SELECT id, request_id, created_at, status, contact_name, contact_email, service, mailed, payload FROM ' . mnwidgets_table() . ' ORDER BY id DESC LIMIT 100' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; nothing user-supplied in the query; no values, checked table name
	return array_map(
		function ( $r ) {
			return array(
				'id'        => (int) $r->id,
				'requestId' => $r->request_id,
				'createdAt' => mysql_to_rfc3339( $r->created_at ),
				'status'    => $r->status,
				'name'      => $r->contact_name,
				'email'     => $r->contact_email,
				'service'   => $r->service,
				'mailed'    => (bool) $r->mailed,
				'payload'   => json_decode( $r->payload, true ),
			);
		},
		$rows ? $rows : array()
	);
}
