<?php
/** The settings page: the clinic's details, given to every widget through <mn-clinic>. */

defined('ABSPATH') || exit;

const MNW_OPTION = 'mn_widgets_settings';

/** Settings with their defaults. */
function mnw_defaults(): array {
	return array(
		'name'          => '',
		'phone'         => '',
		'email'         => '',
		'timezone'      => '',
		'locale'        => '',
		'accent'        => '',
		'privacy_page'  => 0,
		'hours'         => '',
		'services'      => '',
		'spacing'       => '',
		'endpoint'      => '',
		'rate_limit'    => 10,
		'min_fill_ms'   => 2000, // below the form's own 3 s wait: it reports the fill time measured before that wait
		'uninstall'     => 'keep',
	);
}

function mnw_settings(): array {
	$saved = get_option(MNW_OPTION, array());
	return array_merge(mnw_defaults(), is_array($saved) ? $saved : array());
}

/** The site's locale as BCP 47 (`en_US` → `en-US`). */
function mnw_site_locale(): string {
	return str_replace('_', '-', (string) get_locale());
}

/** The site's IANA time zone, or '' when the site uses a UTC offset. */
function mnw_site_timezone(): string {
	$tz = (string) get_option('timezone_string');
	return in_array($tz, timezone_identifiers_list(), true) ? $tz : '';
}

/** Cleans the submitted settings; unknown keys are dropped. */
function mnw_sanitize_settings($in): array {
	$in  = is_array($in) ? wp_unslash($in) : array();
	$out = mnw_defaults();
	$str = function ($k, $max = 200) use ($in) {
		return isset($in[$k]) ? mb_substr(sanitize_text_field((string) $in[$k]), 0, $max) : '';
	};
	$out['name']     = $str('name');
	$out['phone']    = preg_match('/^[0-9+()\-. ]{3,40}$/', $str('phone')) ? $str('phone') : '';
	$out['email']    = sanitize_email($str('email'));
	$out['timezone'] = in_array($str('timezone'), timezone_identifiers_list(), true) ? $str('timezone') : '';
	$out['locale']   = preg_match('/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/', $str('locale', 35)) ? $str('locale', 35) : '';
	$out['accent']   = (string) sanitize_hex_color($str('accent', 7));
	$out['privacy_page'] = absint($in['privacy_page'] ?? 0);
	$out['hours']    = $str('hours', 500);
	$out['services'] = isset($in['services']) ? mb_substr(sanitize_textarea_field((string) $in['services']), 0, 4000) : '';
	$spacing         = absint($in['spacing'] ?? 0);
	$out['spacing']  = $spacing ? (string) max(14, min(365, $spacing)) : '';
	$endpoint        = esc_url_raw($str('endpoint', 500), array('http', 'https'));
	$out['endpoint'] = $endpoint;
	$out['rate_limit']  = max(1, min(1000, absint($in['rate_limit'] ?? 10)));
	$out['min_fill_ms'] = min(60000, absint($in['min_fill_ms'] ?? 2000));
	$out['uninstall']   = ($in['uninstall'] ?? '') === 'delete' ? 'delete' : 'keep';
	foreach (array('phone' => 'phone', 'timezone' => 'timezone', 'locale' => 'locale', 'accent' => 'accent colour') as $k => $label) {
		if (!empty($in[$k]) && $out[$k] === '') {
			add_settings_error(MNW_OPTION, "mnw-$k", sprintf(__('The %s was not saved: it is not valid.', 'mn-widgets'), $label));
		}
	}
	return $out;
}

function mnw_settings_init(): void {
	register_setting('mnw', MNW_OPTION, array('type' => 'array', 'sanitize_callback' => 'mnw_sanitize_settings', 'default' => mnw_defaults()));
	add_settings_section('mnw_clinic', __('Clinic', 'mn-widgets'), '__return_false', 'mnw');
	add_settings_section('mnw_booking', __('Booking requests', 'mn-widgets'), '__return_false', 'mnw');
	$fields = array(
		array('name', __('Clinic name', 'mn-widgets'), 'mnw_clinic', 'text', ''),
		array('phone', __('Phone', 'mn-widgets'), 'mnw_clinic', 'tel', __('Dialable: digits, spaces and + ( ) - .', 'mn-widgets')),
		array('email', __('Email (booking requests are sent here)', 'mn-widgets'), 'mnw_clinic', 'email', __('Empty: the site administrator\'s email.', 'mn-widgets')),
		array('timezone', __('Time zone', 'mn-widgets'), 'mnw_clinic', 'timezone', ''),
		array('locale', __('Locale', 'mn-widgets'), 'mnw_clinic', 'text', __('BCP 47, e.g. en-US. Empty: the site language.', 'mn-widgets')),
		array('accent', __('Accent colour', 'mn-widgets'), 'mnw_clinic', 'color', ''),
		array('privacy_page', __('Privacy page', 'mn-widgets'), 'mnw_clinic', 'page', __('Linked from the booking form\'s consent box. Empty: the site\'s privacy policy page.', 'mn-widgets')),
		array('hours', __('Opening hours', 'mn-widgets'), 'mnw_clinic', 'text', __('e.g. "Mo-Fr 09:00-18:00; Sa 10:00-14:00" (days not named are closed). The booking form offers only open days.', 'mn-widgets')),
		array('services', __('Services', 'mn-widgets'), 'mnw_booking', 'textarea', __('One per line: name | minutes, and | consultation for a service that is not a treatment (e.g. "Microneedling | 60", "Consultation | 30 | consultation"). Empty: the form\'s defaults.', 'mn-widgets')),
		array('spacing', __('Days between microneedling sessions', 'mn-widgets'), 'mnw_booking', 'number', __('At least 14. Empty: the form\'s default (28).', 'mn-widgets')),
		array('endpoint', __('Send requests elsewhere (URL)', 'mn-widgets'), 'mnw_booking', 'url', __('Empty: this site keeps them (Booking requests menu).', 'mn-widgets')),
		array('rate_limit', __('Requests per visitor per hour', 'mn-widgets'), 'mnw_booking', 'number', ''),
		array('min_fill_ms', __('Minimum fill time (ms)', 'mn-widgets'), 'mnw_booking', 'number', __('Faster submissions (meta.fillMs) are refused as automated. The form itself never sends within 3 s, but reports the time the patient took.', 'mn-widgets')),
		array('uninstall', __('When the plugin is deleted', 'mn-widgets'), 'mnw_booking', 'uninstall', ''),
	);
	foreach ($fields as $f) {
		add_settings_field('mnw_' . $f[0], $f[1], 'mnw_settings_field', 'mnw', $f[2], array('key' => $f[0], 'kind' => $f[3], 'hint' => $f[4], 'label_for' => 'mnw_' . $f[0]));
	}
}

function mnw_settings_field(array $a): void {
	$s    = mnw_settings();
	$key  = $a['key'];
	$id   = 'mnw_' . $key;
	$name = MNW_OPTION . '[' . $key . ']';
	$val  = (string) $s[$key];
	switch ($a['kind']) {
		case 'timezone':
			echo '<select id="' . esc_attr($id) . '" name="' . esc_attr($name) . '"><option value="">' . esc_html__('The site\'s time zone', 'mn-widgets') . '</option>';
			foreach (timezone_identifiers_list() as $tz) {
				echo '<option value="' . esc_attr($tz) . '"' . selected($val, $tz, false) . '>' . esc_html($tz) . '</option>';
			}
			echo '</select>';
			break;
		case 'page':
			wp_dropdown_pages(array('id' => $id, 'name' => $name, 'selected' => (int) $val, 'show_option_none' => __('The site\'s privacy policy page', 'mn-widgets'), 'option_none_value' => '0'));
			break;
		case 'textarea':
			echo '<textarea id="' . esc_attr($id) . '" name="' . esc_attr($name) . '" rows="4" cols="50" class="large-text">' . esc_textarea($val) . '</textarea>';
			break;
		case 'uninstall':
			foreach (array('keep' => __('Keep stored booking requests (the table stays; options are removed)', 'mn-widgets'), 'delete' => __('Delete stored booking requests too', 'mn-widgets')) as $v => $label) {
				echo '<label><input type="radio" name="' . esc_attr($name) . '" value="' . esc_attr($v) . '"' . checked($val, $v, false) . '> ' . esc_html($label) . '</label><br>';
			}
			break;
		case 'color': // a colour input always submits a colour: show the widgets' default rather than black
			echo '<input id="' . esc_attr($id) . '" name="' . esc_attr($name) . '" type="color" value="' . esc_attr($val ?: '#7a4cc2') . '">';
			break;
		default:
			echo '<input id="' . esc_attr($id) . '" name="' . esc_attr($name) . '" type="' . esc_attr($a['kind']) . '" value="' . esc_attr($val) . '" class="regular-text">';
	}
	if ($a['hint']) {
		echo '<p class="description">' . esc_html($a['hint']) . '</p>';
	}
}

function mnw_settings_page(): void {
	if (!current_user_can(mnw_cap())) {
		wp_die(esc_html__('Sorry, you are not allowed to manage MN Widgets.', 'mn-widgets'), 403);
	}
	echo '<div class="wrap"><h1>' . esc_html__('MN Widgets', 'mn-widgets') . '</h1>';
	echo '<p>' . esc_html__('These details are given to every widget on the site. Shortcodes:', 'mn-widgets') . ' ';
	echo esc_html(implode(' ', array_map(function ($t) { return '[' . mnw_shortcode_name($t) . ']'; }, mnw_widget_tags()))) . '</p>';
	settings_errors(MNW_OPTION);
	echo '<form method="post" action="options.php">';
	settings_fields('mnw');
	do_settings_sections('mnw');
	submit_button();
	echo '</form></div>';
}
