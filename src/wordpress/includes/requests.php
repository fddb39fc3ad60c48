<?php
/**
 * Booking requests: the REST route the booking form posts to, validation against the generated
 * JSON Schema, the private table that keeps them, idempotency, rate limit, bot checks, email.
 */

defined('ABSPATH') || exit;

const MNW_DB_VERSION = '1';
const MNW_MAX_BYTES  = 16384;
const MNW_STATUSES   = array('new', 'contacted', 'booked', 'closed', 'spam');

function mnw_table(): string {
	global $wpdb;
	return $wpdb->prefix . 'mn_widgets_requests';
}

function mnw_install(): void {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$table = mnw_table();
	dbDelta("CREATE TABLE $table (
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
  KEY created_at (created_at)
) " . $wpdb->get_charset_collate() . ';');
	update_option('mn_widgets_db_version', MNW_DB_VERSION, false);
}

function mnw_maybe_upgrade(): void {
	if (get_option('mn_widgets_db_version') !== MNW_DB_VERSION) {
		mnw_install();
	}
}

function mnw_rest_routes(): void {
	register_rest_route('mn-widgets/v1', '/requests', array(
		array(
			'methods'             => 'POST',
			'callback'            => 'mnw_rest_create',
			'permission_callback' => '__return_true', // patients are not logged in
		),
		array(
			'methods'             => 'GET',
			'callback'            => 'mnw_rest_list',
			'permission_callback' => function () {
				return current_user_can(mnw_cap());
			},
		),
	));
}

/** The documented error answer: `{ error, fields? }` with a 4xx status. */
function mnw_error(int $status, string $message, array $fields = array(), array $headers = array()): WP_REST_Response {
	$body = array('error' => $message);
	if ($fields) {
		$body['fields'] = $fields;
	}
	$r = new WP_REST_Response($body, $status);
	foreach ($headers as $k => $v) {
		$r->header($k, $v);
	}
	return $r;
}

/** WordPress's own errors on our route (e.g. invalid JSON) in the documented error format. */
function mnw_rest_errors($response, $server, $request) {
	if (!($request instanceof WP_REST_Request) || strpos($request->get_route(), '/mn-widgets/v1/') !== 0 || !($response instanceof WP_REST_Response)) {
		return $response;
	}
	$data = $response->get_data();
	if ($response->get_status() >= 400 && is_array($data) && !isset($data['error']) && isset($data['message'])) {
		$response->set_data(array('error' => wp_strip_all_tags((string) $data['message']), 'code' => $data['code'] ?? ''));
	}
	return $response;
}

/**
 * A request kept earlier with this id (the Idempotency-Key): the original answer, replayed. The
 * body of a retry is not compared: the form may refresh fields such as `meta.fillMs`.
 */
function mnw_replay(string $id) {
	global $wpdb;
	$row = $wpdb->get_row($wpdb->prepare('SELECT response FROM ' . mnw_table() . ' WHERE request_id = %s', $id));
	if (!$row) {
		return null;
	}
	$r = new WP_REST_Response(json_decode($row->response, true), 201);
	$r->header('Idempotent-Replayed', 'true');
	return $r;
}

/** Counts one attempt for this visitor; false when over the hourly limit. */
function mnw_rate_ok(): bool {
	$limit = (int) apply_filters('mn_widgets_rate_limit', (int) mnw_settings()['rate_limit']);
	// Behind a reverse proxy every visitor has the proxy's address: return the real one from this filter.
	$ip    = (string) apply_filters('mn_widgets_client_ip', (string) ($_SERVER['REMOTE_ADDR'] ?? ''));
	$key   = 'mnw_rl_' . substr(hash_hmac('sha256', $ip, wp_salt('nonce')), 0, 32);
	$count = (int) get_transient($key);
	if ($count >= $limit) {
		return false;
	}
	set_transient($key, $count + 1, HOUR_IN_SECONDS);
	return true;
}

/** Rules the types cannot say: formats and sizes. Field path => message. */
function mnw_payload_rules(stdClass $p): array {
	$e    = array();
	$date = '/^\d{4}-\d{2}-\d{2}$/';
	$inst = function ($s) { return is_string($s) && preg_match('/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/', $s); };
	if (!preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i', $p->id)) {
		$e['id'] = 'must be a UUID';
	}
	if (!$inst($p->createdAt)) {
		$e['createdAt'] = 'must be an ISO 8601 instant';
	}
	if (trim($p->contact->name) === '') {
		$e['contact.name'] = 'is required';
	}
	if (!is_email($p->contact->email)) {
		$e['contact.email'] = 'is not a valid email address';
	}
	$phone = trim($p->contact->phone ?? '');
	if ($phone !== '' && (!preg_match('/^[0-9+()\-. ]{1,50}$/', $phone) || strlen(preg_replace('/\D/', '', $phone)) < 5)) { // as the form checks it
		$e['contact.phone'] = 'is not a valid phone number';
	}
	if (isset($p->lastSession) && $p->lastSession !== '' && !preg_match($date, $p->lastSession)) {
		$e['lastSession'] = 'must be a date (YYYY-MM-DD)';
	}
	if (count($p->preferences) > 3) {
		$e['preferences'] = 'has more than three dates';
	}
	foreach ($p->preferences as $i => $pref) {
		if (!preg_match($date, $pref->date)) {
			$e["preferences.$i.date"] = 'must be a date (YYYY-MM-DD)';
		}
	}
	if (count($p->areas) > 20) {
		$e['areas'] = 'has too many areas';
	}
	if (isset($p->slot) && !$inst($p->slot->start)) {
		$e['slot.start'] = 'must be an ISO 8601 instant';
	}
	if (!$inst($p->consent->at)) {
		$e['consent.at'] = 'must be an ISO 8601 instant';
	}
	if (isset($p->meta->utm) && count(get_object_vars($p->meta->utm)) > 10) {
		$e['meta.utm'] = 'has too many parameters';
	}
	// Every text is short; the message may be longer.
	$walk = function ($v, $path) use (&$walk, &$e) {
		if (is_string($v) && mb_strlen($v) > ($path === 'message' ? 4000 : 300)) {
			$e[$path] = 'is too long';
		} elseif (is_array($v) || $v instanceof stdClass) {
			foreach ((array) $v as $k => $sub) {
				$walk($sub, ltrim("$path.$k", '.'));
			}
		}
	};
	$walk($p, '');
	return $e;
}

function mnw_rest_create(WP_REST_Request $request) {
	global $wpdb;
	$body = (string) $request->get_body();
	if (strlen($body) > MNW_MAX_BYTES) {
		return mnw_error(413, sprintf(__('The request is too large (at most %d bytes).', 'mn-widgets'), MNW_MAX_BYTES));
	}
	if (stripos((string) $request->get_header('content_type'), 'application/json') !== 0) {
		return mnw_error(415, __('Send the booking request as JSON (Content-Type: application/json).', 'mn-widgets'));
	}
	$p = json_decode($body, false, 32);
	if (!($p instanceof stdClass)) {
		return mnw_error(400, __('The request is not a JSON object.', 'mn-widgets'));
	}
	$key = trim((string) $request->get_header('idempotency_key'));
	$id  = isset($p->id) && is_string($p->id) ? $p->id : '';
	if ($key !== '' && $id !== '' && $key !== $id) {
		return mnw_error(400, __('The Idempotency-Key header must equal the request id.', 'mn-widgets'), array('id' => 'does not match Idempotency-Key'));
	}
	$id = $id !== '' ? $id : $key;
	if ($id !== '' && strlen($id) <= 64 && ($replay = mnw_replay($id))) {
		return $replay;
	}
	if (!mnw_rate_ok()) {
		return mnw_error(429, __('Too many requests from this connection. Please try again later or call the clinic.', 'mn-widgets'), array(), array('Retry-After' => '3600'));
	}
	$fields = mnw_schema_errors($p, mnw_payload_schema());
	if (!$fields) {
		$fields = mnw_payload_rules($p);
	}
	if ($fields) {
		return mnw_error(400, __('The booking request is not valid.', 'mn-widgets'), $fields);
	}
	if ($p->meta->trap !== '') {
		return mnw_error(400, __('This request could not be accepted.', 'mn-widgets'));
	}
	$min = (int) apply_filters('mn_widgets_min_fill_ms', (int) mnw_settings()['min_fill_ms']);
	if ($p->meta->fillMs < $min) {
		return mnw_error(400, __('The form was sent too quickly. Please check it and send it again.', 'mn-widgets'));
	}
	$answer = array('id' => $p->id, 'status' => 'received');
	$ok     = $wpdb->query($wpdb->prepare(
		'INSERT IGNORE INTO ' . mnw_table() . ' (request_id, created_at, status, contact_name, contact_email, service, payload, response) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)',
		$p->id, current_time('mysql', true), 'new', $p->contact->name, $p->contact->email, $p->service->name, wp_json_encode($p), wp_json_encode($answer)
	));
	if ($ok === false) {
		return mnw_error(503, __('The request could not be saved. Please try again.', 'mn-widgets'), array(), array('Retry-After' => '5'));
	}
	if ($ok === 0) { // a concurrent retry stored it first
		return mnw_replay($p->id) ?? mnw_error(503, __('Please try again.', 'mn-widgets'));
	}
	$row = (int) $wpdb->insert_id;
	if (mnw_mail($p, $row)) {
		$wpdb->update(mnw_table(), array('mailed' => 1), array('id' => $row));
	}
	do_action('mn_widgets_booking_received', $p, $row);
	return new WP_REST_Response($answer, 201);
}

/** Emails the clinic (settings email, else the site admin's). */
function mnw_mail(stdClass $p, int $row): bool {
	$to    = mnw_settings()['email'] ?: get_option('admin_email');
	$clean = function ($s) { return trim(preg_replace('/[\r\n\t<>"]+/', ' ', (string) $s)); };
	$lines = array(
		__('New booking request', 'mn-widgets') . ' #' . $row,
		'',
		__('Name', 'mn-widgets') . ': ' . $clean($p->contact->name),
		__('Email', 'mn-widgets') . ': ' . $clean($p->contact->email),
		__('Phone', 'mn-widgets') . ': ' . $clean($p->contact->phone ?? ''),
		__('Contact by', 'mn-widgets') . ': ' . $clean($p->contact->preferred),
		__('Service', 'mn-widgets') . ': ' . $clean($p->service->name),
		__('Areas', 'mn-widgets') . ': ' . $clean(implode(', ', $p->areas)),
		__('First visit', 'mn-widgets') . ': ' . ($p->firstVisit ? __('yes', 'mn-widgets') : __('no', 'mn-widgets') . ($p->lastSession ?? '' ? ' (' . $clean($p->lastSession) . ')' : '')),
	);
	foreach ($p->preferences as $pref) {
		$lines[] = __('Preferred', 'mn-widgets') . ': ' . $clean($pref->date) . ' ' . $clean($pref->timeOfDay);
	}
	if (isset($p->slot)) {
		$lines[] = __('Slot', 'mn-widgets') . ': ' . $clean($p->slot->start) . ' (' . (int) $p->slot->durationMinutes . ' min)';
	}
	if (isset($p->screening)) {
		$lines[] = __('Safety check outcome', 'mn-widgets') . ': ' . $clean($p->screening->level) . (!empty($p->screening->review) ? ' — ' . __('clinician review needed', 'mn-widgets') : '');
	}
	if (isset($p->message)) {
		$lines[] = '';
		$lines[] = __('Message', 'mn-widgets') . ":\n" . (string) $p->message;
	}
	$lines[] = '';
	$lines[] = admin_url('admin.php?page=mn-widgets&request=' . $row);
	$subject = sprintf(__('Booking request: %1$s, %2$s', 'mn-widgets'), $clean($p->service->name), $clean($p->contact->name));
	$headers = array('Reply-To: ' . $clean($p->contact->name) . ' <' . $clean($p->contact->email) . '>');
	return (bool) wp_mail($to, $subject, implode("\n", $lines), $headers);
}

/** GET: the newest requests, for users who manage the plugin. */
function mnw_rest_list(WP_REST_Request $request) {
	global $wpdb;
	$rows = $wpdb->get_results('SELECT id, request_id, created_at, status, contact_name, contact_email, service, mailed, payload FROM ' . mnw_table() . ' ORDER BY id DESC LIMIT 100');
	return array_map(function ($r) {
		return array(
			'id'        => (int) $r->id,
			'requestId' => $r->request_id,
			'createdAt' => mysql_to_rfc3339($r->created_at),
			'status'    => $r->status,
			'name'      => $r->contact_name,
			'email'     => $r->contact_email,
			'service'   => $r->service,
			'mailed'    => (bool) $r->mailed,
			'payload'   => json_decode($r->payload, true),
		);
	}, $rows ?: array());
}

/** Tools → Export / Erase Personal Data: booking requests found by the patient's email. */
function mnw_privacy_exporters(array $exporters): array {
	$exporters['mn-widgets'] = array('exporter_friendly_name' => __('Booking requests', 'mn-widgets'), 'callback' => 'mnw_privacy_export');
	return $exporters;
}

function mnw_privacy_erasers(array $erasers): array {
	$erasers['mn-widgets'] = array('eraser_friendly_name' => __('Booking requests', 'mn-widgets'), 'callback' => 'mnw_privacy_erase');
	return $erasers;
}

function mnw_privacy_export(string $email, int $page = 1): array {
	global $wpdb;
	$rows = $wpdb->get_results($wpdb->prepare('SELECT id, created_at, status, payload FROM ' . mnw_table() . ' WHERE contact_email = %s ORDER BY id', $email));
	$data = array();
	foreach ($rows ?: array() as $r) {
		$flat = array();
		mnw_flatten(json_decode($r->payload, true), '', $flat);
		$items = array(array('name' => 'received', 'value' => $r->created_at), array('name' => 'status', 'value' => $r->status));
		foreach ($flat as $k => $v) {
			$items[] = array('name' => $k, 'value' => $v);
		}
		$data[] = array('group_id' => 'mn-widgets-requests', 'group_label' => __('Booking requests', 'mn-widgets'), 'item_id' => 'mn-request-' . $r->id, 'data' => $items);
	}
	return array('data' => $data, 'done' => true);
}

function mnw_privacy_erase(string $email, int $page = 1): array {
	global $wpdb;
	$n = (int) $wpdb->query($wpdb->prepare('DELETE FROM ' . mnw_table() . ' WHERE contact_email = %s', $email));
	return array('items_removed' => $n > 0, 'items_retained' => false, 'messages' => array(), 'done' => true);
}
