<?php
/**
 * Shortcodes, the page's one <mn-clinic>, the script and kses: all from the element list that the
 * build generated from custom-elements.json (generated/elements.php), so they never drift.
 *
 * The theme's markup is left alone: the clinic is printed once per page, at the top of <body>
 * (or in the footer when a widget appeared only later), and every widget names it with
 * clinic="mn-widgets-clinic". Nothing wraps the post content.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

const MNWIDGETS_CLINIC_ID = 'mn-widgets-clinic';
const MNWIDGETS_SCRIPT    = 'mn-widgets';

/** Every element the paste-in script defines: tag => ['summary', 'attributes' => [name => ['type', 'description']]]. */
function mnwidgets_elements(): array {
	static $els = null;
	if ( null === $els ) {
		$file = MNWIDGETS_DIR . '/generated/elements.php';
		$els  = is_file( $file ) ? (array) require $file : array();
	}
	return $els;
}

/** The widgets (every element but <mn-clinic>). */
function mnwidgets_widget_tags(): array {
	return array_values(
		array_filter(
			array_keys( mnwidgets_elements() ),
			function ( $t ) {
				return 'mn-clinic' !== $t;
			}
		)
	);
}

/**
 * A widget's shortcode: its tag with _ for - (mn_booking_form).
 *
 * @param string $tag The element.
 */
function mnwidgets_shortcode_name( string $tag ): string {
	return str_replace( '-', '_', $tag );
}

/**
 * The plugin's own attributes, beyond the element's: configurations from the settings, by id.
 * The JSON goes to the element as its property's inline <script type="application/json">.
 */
function mnwidgets_config_attributes(): array {
	return array(
		'mn-contraindication-check' => array( 'config' => 'checks' ),
		'mn-aftercare-timeline'     => array( 'protocol' => 'protocols' ),
	);
}

/** The language packs the build put beside the script: language => file (generated from src/widgets.json). */
function mnwidgets_packs(): array {
	$file = MNWIDGETS_DIR . '/generated/packs.php';
	return is_file( $file ) ? (array) require $file : array();
}

/**
 * Enqueues the widgets' script, and the language pack for the clinic's language (its locale setting,
 * else the site's) when there is one: the one place the pages, the block editor and its iframe get them.
 */
function mnwidgets_enqueue_script(): void {
	wp_enqueue_script( MNWIDGETS_SCRIPT );
	$language = strtolower( (string) strtok( (string) mnwidgets_clinic_values()['locale'], '-' ) );
	if ( isset( mnwidgets_packs()[ $language ] ) ) {
		wp_enqueue_script( MNWIDGETS_SCRIPT . '-' . $language );
	}
}

/** Registers the paste-in script and one shortcode per widget. */
function mnwidgets_register(): void {
	$file = (string) ( mnwidgets_elements()['mn-clinic']['script'] ?? 'mn-widgets.js' );
	wp_register_script( MNWIDGETS_SCRIPT, plugins_url( 'assets/' . $file, MNWIDGETS_FILE ), array(), MNWIDGETS_VERSION, false );
	foreach ( mnwidgets_packs() as $language => $pack ) {
		wp_register_script( MNWIDGETS_SCRIPT . '-' . $language, plugins_url( 'assets/' . $pack, MNWIDGETS_FILE ), array( MNWIDGETS_SCRIPT ), MNWIDGETS_VERSION, false );
	}

	foreach ( mnwidgets_widget_tags() as $tag ) {
		add_shortcode(
			mnwidgets_shortcode_name( $tag ),
			function ( $atts, $content = null ) use ( $tag ) {
				return mnwidgets_render( $tag, is_array( $atts ) ? $atts : array(), $content, 'shortcode' );
			}
		);
	}
}

/**
 * The widgets a post's content places: by shortcode, block, or the element itself.
 *
 * @param string $content The post's content.
 */
function mnwidgets_content_widgets( string $content ): array {
	return array_values(
		array_filter(
			mnwidgets_widget_tags(),
			function ( $tag ) use ( $content ) {
				return has_shortcode( $content, mnwidgets_shortcode_name( $tag ) )
				|| strpos( $content, '<!-- wp:mn-widgets/' . preg_replace( '/^mn-/', '', $tag ) ) !== false
				|| stripos( $content, '<' . $tag ) !== false;
			}
		)
	);
}

/** In the page head when the main post uses widgets, so they render before the first paint. */
function mnwidgets_enqueue_early(): void {
	$post = is_singular() ? get_queried_object() : null;
	if ( $post instanceof WP_Post && mnwidgets_content_widgets( (string) $post->post_content ) ) {
		mnwidgets_enqueue_script();
		$GLOBALS['mnwidgets_clinic'] = 'wanted';
	}
}

/**
 * Prints the page's one <mn-clinic>: at wp_body_open when the main post uses widgets, else in
 * the footer when a widget was rendered on the way (a widget area, a query loop).
 */
function mnwidgets_print_clinic(): void {
	$state = $GLOBALS['mnwidgets_clinic'] ?? '';
	if ( 'wanted' === $state || ( 'used' === $state && doing_action( 'wp_footer' ) ) ) {
		echo mnwidgets_clinic_element(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built with esc_attr in mnwidgets_attributes()
		$GLOBALS['mnwidgets_clinic'] = 'printed';
	}
}

/** The clinic's settings as <mn-clinic> attributes. */
function mnwidgets_clinic_values(): array {
	$s                        = mnwidgets_settings();
	list( $page, $published ) = mnwidgets_privacy_page();
	return array(
		'name'              => $s['name'] ? $s['name'] : get_bloginfo( 'name' ),
		'phone'             => $s['phone'],
		'email'             => $s['email'],
		'timezone'          => mnwidgets_timezone(),
		'locale'            => $s['locale'] ? $s['locale'] : mnwidgets_site_locale(),
		'region'            => $s['region'],
		'emergency-number'  => $s['emergency_number'],
		'after-hours-phone' => $s['after_hours_phone'],
		'accent'            => $s['accent'],
		'hours'             => $s['hours'],
		'privacy-url'       => $published ? get_permalink( $page ) : '',
		'endpoint'          => $s['endpoint'] ? $s['endpoint'] : rest_url( 'mn-widgets/v1/requests' ),
	);
}

/**
 * The page's one <mn-clinic>, with the settings as attributes.
 */
function mnwidgets_clinic_element(): string {
	return '<mn-clinic id="' . esc_attr( MNWIDGETS_CLINIC_ID ) . '"' . mnwidgets_attributes( 'mn-clinic', mnwidgets_clinic_values() ) . '></mn-clinic>';
}

/**
 * Booking settings as widget attributes, when the widget has such an attribute.
 *
 * @param string $tag The element.
 */
function mnwidgets_setting_defaults( string $tag ): array {
	$s     = mnwidgets_settings();
	$attrs = mnwidgets_elements()[ $tag ]['attributes'] ?? array();
	$d     = array();
	if ( '' !== $s['spacing'] && isset( $attrs['spacing-days'] ) ) {
		$d['spacing-days'] = $s['spacing'];
	}
	if ( $s['services'] && isset( $attrs['services'] ) ) {
		$d['services'] = wp_json_encode( mnwidgets_services_json( $s['services'] ) );
	}
	return $d;
}

/**
 * Services as the booking form reads them: id, name, durationMinutes, treatment.
 *
 * @param array $services The services of the settings.
 */
function mnwidgets_services_json( array $services ): array {
	return array_map(
		function ( $s ) {
			$out = array(
				'id'   => (string) $s['id'],
				'name' => (string) $s['name'],
			);
			if ( ! empty( $s['durationMinutes'] ) ) {
				$out['durationMinutes'] = (int) $s['durationMinutes'];
			}
			$out['treatment'] = ! empty( $s['treatment'] );
			return $out;
		},
		array_values( $services )
	);
}

/**
 * Attribute string for an element: only attributes the element declares; names from shortcodes may
 * use `_` for `-`; booleans are present or absent; every value through esc_attr.
 *
 * @param string $tag    The element.
 * @param array  $values Attribute name (or a bare shortcode word) => value.
 */
function mnwidgets_attributes( string $tag, array $values ): string {
	$allowed = mnwidgets_elements()[ $tag ]['attributes'] ?? array();
	$out     = array();
	foreach ( $values as $k => $v ) {
		if ( is_int( $k ) ) { // a bare shortcode word: `[mn_booking_form require-check]`.
			$k = (string) $v;
			$v = true;
		}
		$name = mnwidgets_attribute_name( (string) $k );
		if ( ! isset( $allowed[ $name ] ) || is_array( $v ) || is_object( $v ) || null === $v ) {
			continue;
		}
		if ( 'boolean' === $allowed[ $name ]['type'] ) {
			if ( true === $v || ( is_string( $v ) && ! in_array( strtolower( trim( $v ) ), array( 'false', '0', 'no', 'off', '' ), true ) ) ) {
				$out[ $name ] = ' ' . $name;
			}
			continue;
		}
		$v = (string) ( is_bool( $v ) ? ( $v ? 'true' : 'false' ) : $v );
		if ( trim( $v ) === '' ) {
			continue;
		}
		$out[ $name ] = ' ' . $name . '="' . esc_attr( mb_substr( $v, 0, 10000 ) ) . '"';
	}
	return implode( '', $out );
}

/**
 * An attribute's name from a shortcode: lowercase, _ as -.
 *
 * @param string $k The name as written.
 */
function mnwidgets_attribute_name( string $k ): string {
	return strtolower( str_replace( '_', '-', $k ) );
}

/**
 * Who may set an attribute in a shortcode, a block or the post's HTML. Contact details are the
 * clinic's: a widget's clinic-name, clinic-phone, clinic-email (and any later clinic-* field), and
 * every attribute of <mn-clinic> itself (phone, email, emergency-number, after-hours-phone, region,
 * endpoint…), which the plugin prints from the settings. Only users who manage the plugin may
 * set them, or an author could send patients' calls and emails elsewhere. Attributes that send data
 * to, or load data from, a URL (endpoint, *-src, *-url) need unfiltered_html; a same-page anchor
 * (#book) is fine for anyone.
 *
 * @param string   $name    The attribute.
 * @param mixed    $value   Its value ('' when any value is meant).
 * @param int|null $user_id The post's author; null outside a post (a widget area an admin set up).
 * @param string   $tag     The element ('' for a widget).
 * @return string '' when allowed, else the reason code: 'manage' or 'unfiltered'.
 */
function mnwidgets_attribute_permission( string $name, $value, ?int $user_id, string $tag = '' ): string {
	$can = function ( $cap ) use ( $user_id ) {
		$ok = null === $user_id ? true : user_can( $user_id, $cap );
		return (bool) apply_filters( 'mn_widgets_author_can', $ok, $cap, $user_id );
	};
	if ( 'mn-clinic' === $tag || 'share-findings' === $name || 0 === strpos( $name, 'clinic-' ) ) {
		return $can( mnwidgets_cap() ) ? '' : 'manage';
	}
	if ( 'endpoint' === $name || preg_match( '/-(src|url)$/', $name ) ) {
		if ( 'booking-url' === $name && is_string( $value ) && preg_match( '/^#[A-Za-z][\w:.-]{0,99}$/', trim( $value ) ) ) {
			return '';
		}
		return $can( 'unfiltered_html' ) ? '' : 'unfiltered';
	}
	return '';
}

/** The author of the post being rendered (null outside a post: a widget area set by an admin). */
function mnwidgets_render_author(): ?int {
	$post = get_post();
	return $post ? (int) $post->post_author : null;
}

/**
 * One widget, from shortcode or block attributes.
 *
 * @param string      $tag     The element.
 * @param array       $atts    Shortcode or block attributes.
 * @param string|null $content An enclosing shortcode's content: inline JSON configuration.
 * @param string      $via     'shortcode' or 'block'.
 */
function mnwidgets_render( string $tag, array $atts, ?string $content = null, string $via = 'shortcode' ): string {
	if ( ! isset( mnwidgets_elements()[ $tag ] ) ) {
		return '';
	}
	mnwidgets_enqueue_script();
	if ( ( $GLOBALS['mnwidgets_clinic'] ?? '' ) === '' ) {
		$GLOBALS['mnwidgets_clinic'] = 'used';
	}
	$problems = array();
	$anchor   = '';
	$author   = mnwidgets_render_author();
	$values   = array();
	foreach ( $atts as $k => $v ) {
		$name = mnwidgets_attribute_name( (string) ( is_int( $k ) ? $v : $k ) );
		if ( 'mnwidgets-json' === $name ) {
			$problems[] = array( 'json', (string) $v );
			continue;
		}
		if ( 'anchor' === $name || 'id' === $name ) { // the block's HTML anchor, or a shortcode's id: the target of booking-url="#book".
			$anchor = (string) preg_replace( '/[^A-Za-z0-9_:.-]/', '', (string) $v );
			continue;
		}
		if ( mnwidgets_attribute_permission( $name, $v, $author ) !== '' ) {
			$problems[] = array( 'permission', $name );
			continue;
		}
		$values[ $k ] = $v;
	}

	// Services by id: `services="consultation,microneedling"` offers those of the clinic's list.
	$inline   = '';
	$services = null;
	$named    = array();
	foreach ( $values as $k => $v ) {
		$named[ mnwidgets_attribute_name( (string) ( is_int( $k ) ? $v : $k ) ) ] = $k;
	}
	if ( 'mn-booking-form' === $tag && isset( $named['services'] ) ) {
		$ids = array_filter( array_map( 'trim', explode( ',', (string) $values[ $named['services'] ] ) ) );
		unset( $values[ $named['services'] ] );
		$all      = mnwidgets_settings()['services'];
		$services = array_values(
			array_filter(
				$all,
				function ( $s ) use ( $ids ) {
					return in_array( $s['id'], $ids, true );
				}
			)
		);
		if ( ! $services ) {
			$services = null; // no known id: the clinic's whole list, never the form's built-in services.
		}
		$unknown = array_diff( $ids, array_column( $all, 'id' ) );
		if ( $unknown ) {
			$problems[] = array( 'services', implode( ', ', $unknown ) );
		}
	}
	// Configurations by id.
	foreach ( mnwidgets_config_attributes()[ $tag ] ?? array() as $attr => $list ) {
		if ( ! isset( $named[ $attr ] ) ) {
			continue;
		}
		$id = trim( (string) $values[ $named[ $attr ] ] );
		unset( $values[ $named[ $attr ] ] );
		$json = '' === $id ? null : mnwidgets_config( $list, $id );
		if ( null === $json && '' !== $id ) {
			$problems[] = array( $attr, $id );
		} elseif ( null !== $json ) {
			$inline = $json;
		}
	}
	// An enclosing shortcode's JSON (classic pages): the element's inline configuration; for the
	// booking form, its list of services.
	if ( null !== $content && '' !== trim( $content ) ) {
		$json = mnwidgets_inline_text( $content );
		if ( 'mn-booking-form' === $tag ) {
			$list = json_decode( $json, true, 32 );
			if ( is_array( $list ) && $list && array_keys( $list ) === range( 0, count( $list ) - 1 ) ) {
				$values['services'] = wp_json_encode( $list );
			} else {
				$problems[] = array( 'inline', json_last_error() ? json_last_error_msg() : __( 'a list of services: [ { "id": …, "name": … } ]', 'mn-widgets' ) );
			}
		} else {
			list( $code, , $detail ) = mnwidgets_rule_json_object( $json );
			if ( '' !== $code ) {
				$problems[] = array( 'inline', $detail ? $detail : $code );
			} else {
				$inline = (string) wp_json_encode( json_decode( $json, false, 32 ), JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES );
			}
		}
	}

	$attrs = array_merge( mnwidgets_setting_defaults( $tag ), $values );
	if ( null !== $services ) {
		$attrs['services'] = wp_json_encode( mnwidgets_services_json( $services ) );
	}
	$el = '<' . $tag . ( '' !== $anchor ? ' id="' . esc_attr( $anchor ) . '"' : '' ) . ' clinic="' . esc_attr( MNWIDGETS_CLINIC_ID ) . '"' . mnwidgets_attributes( $tag, $attrs ) . '>'
		. ( '' !== $inline ? '<script type="application/json">' . $inline . '</script>' : '' )
		. '</' . $tag . '>';
	return mnwidgets_editor_notice( $tag, $problems, $via ) . $el;
}

/**
 * What an editor should fix, shown only to people who can edit the post (the page for patients
 * shows the widget with the clinic's settings and no stray text).
 *
 * @param string $tag      The element.
 * @param array  $problems Pairs of [kind, detail].
 * @param string $via      'shortcode' or 'block'.
 */
function mnwidgets_editor_notice( string $tag, array $problems, string $via ): string {
	$post = get_post();
	if ( ! $problems || ! is_user_logged_in() || ! ( $post ? current_user_can( 'edit_post', $post->ID ) : current_user_can( 'edit_posts' ) ) ) {
		return '';
	}
	$words = array();
	foreach ( $problems as list( $kind, $detail ) ) {
		switch ( $kind ) {
			case 'json':
				/* translators: %s: attribute names, e.g. "services". */
				$words[] = sprintf( __( 'JSON in a shortcode attribute (%s) is cut at the first "]" by WordPress, so it was left out. Put the services or configuration on the settings page (MN Widgets → Settings) and refer to it by id, for example services="consultation,microneedling".', 'mn-widgets' ), $detail );
				break;
			case 'permission':
				/* translators: %s: an attribute name, e.g. "clinic-phone". */
				$words[] = sprintf( __( '"%s" was left out: only people who manage MN Widgets may set it. The clinic\'s settings apply.', 'mn-widgets' ), $detail );
				break;
			case 'services':
				/* translators: %s: service ids. */
				$words[] = sprintf( __( 'No service with the id %s in the settings; the others are offered.', 'mn-widgets' ), $detail );
				break;
			case 'inline':
				/* translators: %s: what is wrong, e.g. "Syntax error". */
				$words[] = sprintf( __( 'The JSON between the shortcodes could not be used (%s); the settings apply.', 'mn-widgets' ), $detail );
				break;
			default:
				/* translators: 1: attribute (config or protocol), 2: the id given. */
				$words[] = sprintf( __( 'No %1$s with the id "%2$s" in the settings; the defaults apply.', 'mn-widgets' ), $kind, $detail );
		}
	}
	$label = 'block' === $via ? __( 'Block', 'mn-widgets' ) : __( 'Shortcode', 'mn-widgets' );
	/* translators: 1: "Block" or "Shortcode", 2: the element, e.g. mn-booking-form. Only editors see this note. */
	$head = sprintf( __( '%1$s %2$s, a note for editors (patients do not see it):', 'mn-widgets' ), $label, '[' . mnwidgets_shortcode_name( $tag ) . ']' );
	$out  = '<div class="mnwidgets-editor-notice" role="note" style="border:2px dashed #8a4b00;padding:.5em .75em;margin:0 0 .5em;background:#fff;color:#1f1c24;font-size:.875em"><strong>' . esc_html( $head ) . '</strong><ul style="margin:.25em 0 0 1.25em">';
	foreach ( $words as $w ) {
		$out .= '<li>' . esc_html( $w ) . '</li>';
	}
	return $out . '</ul></div>';
}

/**
 * Before wpautop, wptexturize and shortcodes (the_content at 8): JSON written between our opening
 * and closing shortcodes, or in a <script type="application/json"> inside one of our elements, is
 * set aside so the editor's paragraph and quote filters cannot break it; and a shortcode whose
 * attributes hold JSON brackets (which WordPress cuts at the first "]", leaving stray text) is
 * rewritten without them, with a note for editors.
 *
 * @param mixed $content The post's content.
 */
function mnwidgets_protect_inline( $content ) {
	$content = (string) $content;
	if ( strpos( $content, '[mn_' ) === false && stripos( $content, '<mn-' ) === false ) {
		return $content;
	}
	$names   = implode( '|', array_map( 'mnwidgets_shortcode_name', mnwidgets_widget_tags() ) );
	$content = mnwidgets_fix_json_attributes( $content, $names );
	$stash   = function ( string $json ) {
		$key                                 = 'MNWIDGETSJSON' . md5( $json );
		$GLOBALS['mnwidgets_inline'][ $key ] = $json;
		return $key;
	};
	$content = (string) preg_replace_callback(
		'/\[(' . $names . ')(\s[^\]]*)?\](.*?)\[\/\1\]/s',
		function ( $m ) use ( $stash ) {
			return '[' . $m[1] . $m[2] . ']' . ( trim( $m[3] ) === '' ? '' : $stash( mnwidgets_inline_text( $m[3] ) ) ) . '[/' . $m[1] . ']';
		},
		$content
	);
	return (string) preg_replace_callback(
		'/(<mn-[a-z-]+\b[^>]*>\s*)<script type=(["\'])application\/json\2>(.*?)<\/script>/is',
		function ( $m ) use ( $stash ) {
			return $m[1] . '<script type="application/json">' . $stash( $m[3] ) . '</script>';
		},
		$content
	);
}

/**
 * After shortcodes (the_content at 12): the set-aside JSON back in raw <script> children.
 *
 * @param mixed $content The post's content.
 */
function mnwidgets_restore_inline( $content ) {
	$stash = $GLOBALS['mnwidgets_inline'] ?? array();
	if ( ! $stash || strpos( (string) $content, 'MNWIDGETSJSON' ) === false ) {
		return $content;
	}
	foreach ( $stash as $key => $json ) {
		$content = str_replace( $key, str_ireplace( '</script', '<\/script', $json ), (string) $content );
	}
	return $content;
}

/**
 * An enclosing shortcode's content as JSON text: the set-aside original, or undone paragraphs and quotes.
 *
 * @param string $content The enclosing shortcode's content.
 */
function mnwidgets_inline_text( string $content ): string {
	$key = trim( $content );
	if ( isset( $GLOBALS['mnwidgets_inline'][ $key ] ) ) {
		return $GLOBALS['mnwidgets_inline'][ $key ];
	}
	$text = preg_replace( '#</?p>|<br\s*/?>#i', "\n", $content );
	$text = str_replace( array( '&#8220;', '&#8221;', '&#8243;', '“', '”', '″' ), '"', (string) $text );
	return trim( html_entity_decode( $text, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
}

/**
 * Finds our shortcodes whose quoted attribute values hold [ ] { }, and rewrites each without those
 * attributes plus `mnwidgets-json="names"` (the render adds an editor's note).
 *
 * @param string $content The post's content.
 * @param string $names   Our shortcode names as a regular expression alternation.
 */
function mnwidgets_fix_json_attributes( string $content, string $names ): string {
	if ( ! preg_match_all( '/\[(' . $names . ')(?![\w-])/', $content, $found, PREG_OFFSET_CAPTURE ) ) {
		return $content;
	}
	$out  = '';
	$from = 0;
	foreach ( $found[0] as $i => $hit ) {
		$start = $hit[1];
		if ( $start < $from ) {
			continue;
		}
		// Walk to the shortcode's real end: the first "]" outside quotes.
		$quote = '';
		$json  = false;
		$len   = strlen( $content );
		for ( $p = $start + strlen( $hit[0] ); $p < $len; $p++ ) {
			$c = $content[ $p ];
			if ( '' !== $quote ) {
				if ( $c === $quote ) {
					$quote = '';
				} elseif ( strpos( '[]{}', $c ) !== false ) {
					$json = true;
				}
			} elseif ( '"' === $c || "'" === $c ) {
				$quote = $c;
			} elseif ( ']' === $c || '[' === $c ) {
				break;
			}
		}
		if ( ! $json || $p >= $len || ']' !== $content[ $p ] ) {
			continue;
		}
		$name  = $found[1][ $i ][0];
		$inner = substr( $content, $start + strlen( $hit[0] ), $p - $start - strlen( $hit[0] ) );
		$atts  = shortcode_parse_atts( $inner );
		$keep  = '';
		$drop  = array();
		foreach ( is_array( $atts ) ? $atts : array() as $k => $v ) {
			if ( preg_match( '/[\[\]{}]/', (string) $v ) ) {
				$drop[] = is_int( $k ) ? '?' : $k;
			} elseif ( is_int( $k ) ) {
				$keep .= ' ' . preg_replace( '/[^\w-]/', '', (string) $v );
			} else {
				$keep .= ' ' . $k . '="' . str_replace( array( '"', '[', ']' ), '', (string) $v ) . '"';
			}
		}
		$out .= substr( $content, $from, $start - $from ) . '[' . $name . $keep . ' mnwidgets-json="' . implode( ',', $drop ) . '"]';
		$from = $p + 1;
	}
	return $out . substr( $content, $from );
}

/**
 * Our shortcodes' JSON content is not "texturized" into curly quotes.
 *
 * @param array $shortcodes Shortcodes wptexturize leaves alone.
 */
function mnwidgets_no_texturize( array $shortcodes ): array {
	return array_merge( $shortcodes, array_map( 'mnwidgets_shortcode_name', mnwidgets_widget_tags() ) );
}

/**
 * Lets roles without unfiltered_html keep the elements and their declared attributes in HTML
 * (kses only runs for them), except URL attributes, and contact details (<mn-clinic> as a whole)
 * for those who do not manage the plugin.
 *
 * @param mixed  $tags    Allowed tags.
 * @param string $context The kses context.
 */
function mnwidgets_kses( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	$user = get_current_user_id();
	foreach ( mnwidgets_elements() as $tag => $el ) {
		$names = array_filter(
			array_keys( $el['attributes'] ),
			function ( $a ) use ( $user, $tag ) {
				return '' === mnwidgets_attribute_permission( $a, '', $user, $tag );
			}
		);
		if ( 'mn-clinic' === $tag && ! $names ) {
			continue; // the clinic's details are the settings': kses removes an author's <mn-clinic> and keeps the widgets inside.
		}
		$tags[ $tag ] = array_fill_keys( $names, true ) + ( 'mn-clinic' === $tag ? array( 'id' => true ) : array( 'clinic' => true ) );
	}
	return $tags;
}
