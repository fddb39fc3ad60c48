<?php
/** Admin screens: the booking requests (list, one request, status) and the settings page. */

defined('ABSPATH') || exit;

function mnw_admin_menu(): void {
	add_menu_page(__('Booking requests', 'mn-widgets'), __('Booking requests', 'mn-widgets'), mnw_cap(), 'mn-widgets', 'mnw_requests_page', 'dashicons-calendar-alt', 26);
	add_submenu_page('mn-widgets', __('Booking requests', 'mn-widgets'), __('Requests', 'mn-widgets'), mnw_cap(), 'mn-widgets', 'mnw_requests_page');
	add_submenu_page('mn-widgets', __('MN Widgets settings', 'mn-widgets'), __('Settings', 'mn-widgets'), mnw_cap(), 'mn-widgets-settings', 'mnw_settings_page');
}

function mnw_requests_page(): void {
	global $wpdb;
	if (!current_user_can(mnw_cap())) {
		wp_die(esc_html__('Sorry, you are not allowed to see booking requests.', 'mn-widgets'), 403);
	}
	$one = absint($_GET['request'] ?? 0);
	echo '<div class="wrap"><h1>' . esc_html__('Booking requests', 'mn-widgets') . '</h1>';
	if (isset($_GET['updated'])) {
		echo '<div class="notice notice-success"><p>' . esc_html__('Saved.', 'mn-widgets') . '</p></div>';
	}
	if ($one) {
		$row = $wpdb->get_row($wpdb->prepare('SELECT * FROM ' . mnw_table() . ' WHERE id = %d', $one));
		if (!$row) {
			echo '<p>' . esc_html__('No such request.', 'mn-widgets') . '</p></div>';
			return;
		}
		echo '<p><a href="' . esc_url(admin_url('admin.php?page=mn-widgets')) . '">&larr; ' . esc_html__('All requests', 'mn-widgets') . '</a></p>';
		echo '<table class="widefat striped mnw-request"><tbody>';
		$flat = array();
		mnw_flatten(json_decode($row->payload, true), '', $flat);
		foreach ($flat as $k => $v) {
			echo '<tr><th scope="row">' . esc_html($k) . '</th><td>' . nl2br(esc_html($v)) . '</td></tr>';
		}
		echo '</tbody></table>';
		mnw_status_form($row);
		echo '</div>';
		return;
	}
	$rows = $wpdb->get_results('SELECT id, created_at, status, contact_name, contact_email, service, mailed, payload FROM ' . mnw_table() . ' ORDER BY id DESC LIMIT 200');
	if (!$rows) {
		echo '<p>' . esc_html__('No booking requests yet.', 'mn-widgets') . '</p></div>';
		return;
	}
	echo '<table class="widefat striped mnw-requests"><thead><tr>';
	foreach (array(__('Received', 'mn-widgets'), __('Name', 'mn-widgets'), __('Email', 'mn-widgets'), __('Service', 'mn-widgets'), __('Preferred', 'mn-widgets'), __('Safety check', 'mn-widgets'), __('Email sent', 'mn-widgets'), __('Status', 'mn-widgets')) as $h) {
		echo '<th scope="col">' . esc_html($h) . '</th>';
	}
	echo '</tr></thead><tbody>';
	foreach ($rows as $r) {
		$p     = json_decode($r->payload, true);
		$prefs = array();
		foreach ($p['preferences'] ?? array() as $pref) {
			$prefs[] = $pref['date'] . ' ' . $pref['timeOfDay'];
		}
		if (!empty($p['slot']['start'])) {
			$prefs[] = $p['slot']['start'];
		}
		$url = admin_url('admin.php?page=mn-widgets&request=' . (int) $r->id);
		echo '<tr data-request-id="' . esc_attr($p['id'] ?? '') . '">';
		echo '<td><a href="' . esc_url($url) . '">' . esc_html(get_date_from_gmt($r->created_at, 'Y-m-d H:i')) . '</a></td>';
		echo '<td>' . esc_html($r->contact_name) . '</td>';
		echo '<td><a href="' . esc_url('mailto:' . $r->contact_email) . '">' . esc_html($r->contact_email) . '</a></td>';
		echo '<td>' . esc_html($r->service) . '</td>';
		echo '<td>' . esc_html(implode(', ', $prefs)) . '</td>';
		echo '<td>' . esc_html($p['screening']['level'] ?? '—') . (!empty($p['screening']['review']) ? ' ' . esc_html__('(review)', 'mn-widgets') : '') . '</td>';
		echo '<td>' . ($r->mailed ? esc_html__('yes', 'mn-widgets') : esc_html__('no', 'mn-widgets')) . '</td>';
		echo '<td>';
		mnw_status_form($r);
		echo '</td></tr>';
	}
	echo '</tbody></table></div>';
}

function mnw_flatten($v, string $path, array &$out): void {
	if (is_array($v)) {
		foreach ($v as $k => $sub) {
			mnw_flatten($sub, ltrim("$path.$k", '.'), $out);
		}
		return;
	}
	$out[$path] = is_bool($v) ? ($v ? 'true' : 'false') : (string) $v;
}

function mnw_status_form($row): void {
	echo '<form method="post" action="' . esc_url(admin_url('admin-post.php')) . '" class="mnw-status">';
	echo '<input type="hidden" name="action" value="mnw_request"><input type="hidden" name="id" value="' . (int) $row->id . '">';
	wp_nonce_field('mnw_request_' . (int) $row->id);
	echo '<label class="screen-reader-text" for="mnw-status-' . (int) $row->id . '">' . esc_html__('Status', 'mn-widgets') . '</label>';
	echo '<select id="mnw-status-' . (int) $row->id . '" name="status">';
	foreach (MNW_STATUSES as $s) {
		echo '<option value="' . esc_attr($s) . '"' . selected($row->status, $s, false) . '>' . esc_html($s) . '</option>';
	}
	echo '</select> <button class="button" name="do" value="status">' . esc_html__('Save', 'mn-widgets') . '</button> ';
	echo '<button class="button button-link-delete" name="do" value="delete" onclick="return confirm(\'' . esc_js(__('Delete this request?', 'mn-widgets')) . '\')">' . esc_html__('Delete', 'mn-widgets') . '</button>';
	echo '</form>';
}

function mnw_admin_request_action(): void {
	global $wpdb;
	$id = absint($_POST['id'] ?? 0);
	if (!current_user_can(mnw_cap())) {
		wp_die(esc_html__('Sorry, you are not allowed to change booking requests.', 'mn-widgets'), 403);
	}
	check_admin_referer('mnw_request_' . $id);
	if (($_POST['do'] ?? '') === 'delete') {
		$wpdb->delete(mnw_table(), array('id' => $id));
	} else {
		$status = sanitize_key($_POST['status'] ?? '');
		if (in_array($status, MNW_STATUSES, true)) {
			$wpdb->update(mnw_table(), array('status' => $status), array('id' => $id));
		}
	}
	wp_safe_redirect(admin_url('admin.php?page=mn-widgets&updated=1'));
	exit;
}
