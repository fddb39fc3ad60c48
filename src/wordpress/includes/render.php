<?php
/**
 * Shortcodes, blocks, the <mn-clinic> wrapper, the script and kses: all from the element list that
 * the build generated from custom-elements.json (generated/elements.php), so they never drift.
 */

defined('ABSPATH') || exit;

/** Every element the paste-in script defines: tag => ['summary', 'attributes' => [name => ['type', 'description']]]. */
function mnw_elements(): array {
	static $els = null;
	if ($els === null) {
		$file = MNW_DIR . '/generated/elements.php';
		$els  = is_file($file) ? (array) require $file : array();
	}
	return $els;
}

/** The widgets (every element but <mn-clinic>). */
function mnw_widget_tags(): array {
	return array_values(array_filter(array_keys(mnw_elements()), function ($t) { return $t !== 'mn-clinic'; }));
}

function mnw_shortcode_name(string $tag): string {
	return str_replace('-', '_', $tag);
}

function mnw_block_dir(string $tag): string {
	return MNW_DIR . '/blocks/' . preg_replace('/^mn-/', '', $tag);
}

/** The script handle of the paste-in script that defines $tag ('' when none). */
function mnw_script_handle(string $tag): string {
	$file = mnw_elements()[$tag]['script'] ?? '';
	return $file === '' ? '' : 'mnw-' . basename($file, '.js');
}

function mnw_register(): void {
	foreach (mnw_widget_tags() as $tag) {
		$file = (string) mnw_elements()[$tag]['script'];
		if (!wp_script_is(mnw_script_handle($tag), 'registered')) {
			wp_register_script(mnw_script_handle($tag), plugins_url('assets/' . $file, MNW_FILE), array(), MNW_VERSION, false);
		}
	}
	wp_register_script('mn-widgets-blocks', plugins_url('blocks/editor.js', MNW_FILE), array('wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components'), MNW_VERSION, true);
	$editor = array();
	foreach (mnw_widget_tags() as $tag) {
		add_shortcode(mnw_shortcode_name($tag), function ($atts) use ($tag) {
			return mnw_render($tag, is_array($atts) ? $atts : array());
		});
		if (is_file(mnw_block_dir($tag) . '/block.json')) {
			$type = register_block_type(mnw_block_dir($tag), array(
				'render_callback' => function ($attrs) use ($tag) {
					return mnw_render($tag, is_array($attrs) ? $attrs : array());
				},
			));
			if ($type) {
				$editor[] = array('name' => $type->name, 'tag' => $tag, 'attributes' => mnw_elements()[$tag]['attributes']);
			}
		}
	}
	wp_add_inline_script('mn-widgets-blocks', 'window.mnWidgetsBlocks=' . wp_json_encode($editor) . ';', 'before');
}

/**
 * Enqueues the paste-in script that defines $tag (a classic script; WordPress prints each handle
 * once). Each script also defines <mn-clinic>; on a page with several, the first one does.
 */
function mnw_enqueue(string $tag): void {
	if (mnw_script_handle($tag) !== '') {
		wp_enqueue_script(mnw_script_handle($tag));
	}
}

/** The widgets a post's content places: by shortcode, block, or the element itself. */
function mnw_content_widgets(string $content): array {
	return array_values(array_filter(mnw_widget_tags(), function ($tag) use ($content) {
		return has_shortcode($content, mnw_shortcode_name($tag))
			|| strpos($content, '<!-- wp:mn-widgets/' . preg_replace('/^mn-/', '', $tag)) !== false
			|| stripos($content, '<' . $tag) !== false;
	}));
}

/** In the page head when the main post uses widgets, so they render before the first paint. */
function mnw_enqueue_early(): void {
	$post = is_singular() ? get_queried_object() : null;
	if ($post instanceof WP_Post) {
		array_map('mnw_enqueue', mnw_content_widgets((string) $post->post_content));
	}
}

/**
 * the_content: widgets rendered inside one post's content share one <mn-clinic> around the whole
 * content (so the safety check's outcome reaches the booking form beside it). A stack, because
 * content filters nest (query loops, post-content blocks).
 */
function mnw_content_start($content) {
	$GLOBALS['mnw_content_stack'][] = false;
	return $content;
}

function mnw_content_end($content) {
	$stack = &$GLOBALS['mnw_content_stack'];
	$used  = is_array($stack) && $stack ? array_pop($stack) : false;
	$raw   = array_values(array_filter(mnw_widget_tags(), function ($tag) use ($content) {
		return stripos((string) $content, '<' . $tag) !== false; // shortcodes and blocks are rendered by now
	}));
	if (!$used && !$raw) {
		return $content;
	}
	array_map('mnw_enqueue', $raw);
	if (stripos((string) $content, '<mn-clinic') !== false && !$used) {
		return $content; // the author wrote their own <mn-clinic>
	}
	return mnw_clinic_open() . $content . '</mn-clinic>';
}

/** The <mn-clinic> opening tag with the settings as attributes (only those the element has). */
function mnw_clinic_open(): string {
	$s       = mnw_settings();
	$privacy = (int) ($s['privacy_page'] ?: get_option('wp_page_for_privacy_policy'));
	$values  = array(
		'name'        => $s['name'] ?: get_bloginfo('name'),
		'phone'       => $s['phone'],
		'email'       => $s['email'],
		'timezone'    => $s['timezone'] ?: mnw_site_timezone(),
		'locale'      => $s['locale'] ?: mnw_site_locale(),
		'accent'      => $s['accent'],
		'hours'       => $s['hours'],
		'privacy-url' => $privacy && get_post_status($privacy) === 'publish' ? get_permalink($privacy) : '',
		'endpoint'    => $s['endpoint'] ?: rest_url('mn-widgets/v1/requests'),
	);
	return '<mn-clinic' . mnw_attributes('mn-clinic', $values) . '>';
}

/** Booking settings as widget attributes, when the widget has such an attribute. */
function mnw_setting_defaults(string $tag): array {
	$s = mnw_settings();
	$d = array();
	if ($s['spacing'] !== '') {
		$d['spacing'] = $s['spacing'];
		$d['spacing-days'] = $s['spacing'];
	}
	if ($s['services'] !== '') {
		$list = array();
		foreach (preg_split('/\R/', $s['services']) as $line) {
			$parts = array_map('trim', explode('|', $line));
			if ($parts[0] === '') {
				continue;
			}
			$item = array('id' => sanitize_title($parts[0]), 'name' => $parts[0]);
			if (!empty($parts[1]) && absint($parts[1])) {
				$item['durationMinutes'] = absint($parts[1]);
			}
			if (isset($parts[2]) && strtolower($parts[2]) === 'consultation') {
				$item['treatment'] = false; // offered even when the safety check says no treatment
			}
			$list[] = $item;
		}
		$d['services'] = wp_json_encode($list);
	}
	return $d;
}

/**
 * Attribute string for an element: only attributes the element declares; names from shortcodes may
 * use `_` for `-`; booleans are present or absent; every value through esc_attr.
 */
function mnw_attributes(string $tag, array $values): string {
	$allowed = mnw_elements()[$tag]['attributes'] ?? array();
	$out     = array();
	foreach ($values as $k => $v) {
		if (is_int($k)) { // a bare shortcode word: `[mn_booking_form require-check]`
			$k = (string) $v;
			$v = true;
		}
		$name = strtolower(str_replace('_', '-', (string) $k));
		if (!isset($allowed[$name]) || is_array($v) || is_object($v) || $v === null) {
			continue;
		}
		if ($allowed[$name]['type'] === 'boolean') {
			if ($v === true || (is_string($v) && !in_array(strtolower(trim($v)), array('false', '0', 'no', 'off'), true))) {
				$out[$name] = ' ' . $name;
			}
			continue;
		}
		$v = (string) (is_bool($v) ? ($v ? 'true' : 'false') : $v);
		if (trim($v) === '') {
			continue;
		}
		$out[$name] = ' ' . $name . '="' . esc_attr(mb_substr($v, 0, 10000)) . '"';
	}
	return implode('', $out);
}

/**
 * Attributes that send data to, or load data from, a URL (`endpoint`, `*-src`, `*-url`): only
 * people trusted with unfiltered HTML may set them, or an author could send the clinic's booking
 * requests to a server of their own. The clinic's settings set the endpoint for everyone.
 */
function mnw_is_url_attribute(string $name): bool {
	return $name === 'endpoint' || (bool) preg_match('/-(src|url)$/', $name);
}

/** Whether the author of the post being rendered may set URL attributes. */
function mnw_author_trusted(): bool {
	$post = get_post();
	$ok   = !$post || user_can((int) $post->post_author, 'unfiltered_html');
	return (bool) apply_filters('mn_widgets_author_trusted', $ok, $post);
}

/** One widget, from shortcode or block attributes. */
function mnw_render(string $tag, array $atts): string {
	if (!isset(mnw_elements()[$tag])) {
		return '';
	}
	mnw_enqueue($tag);
	if (!mnw_author_trusted()) {
		foreach ($atts as $k => $v) {
			if (mnw_is_url_attribute(strtolower(str_replace('_', '-', (string) (is_int($k) ? $v : $k))))) {
				unset($atts[$k]);
			}
		}
	}
	$el    = '<' . $tag . mnw_attributes($tag, array_merge(mnw_setting_defaults($tag), $atts)) . '></' . $tag . '>';
	$stack = &$GLOBALS['mnw_content_stack'];
	if (is_array($stack) && $stack) {
		$stack[count($stack) - 1] = true; // the content filter wraps the whole content once
		return $el;
	}
	return mnw_clinic_open() . $el . '</mn-clinic>';
}

/**
 * Lets roles without unfiltered_html keep the elements and their declared attributes in HTML
 * (kses only runs for them), except the URL attributes.
 */
function mnw_kses($tags, $context) {
	if ($context !== 'post' || !is_array($tags)) {
		return $tags;
	}
	foreach (mnw_elements() as $tag => $el) {
		$names      = array_filter(array_keys($el['attributes']), function ($a) { return !mnw_is_url_attribute($a); });
		$tags[$tag] = array_fill_keys($names, true);
	}
	return $tags;
}
