<?php
/**
 * Blocks: one block.json (API version 3) per widget, rendered on the server through the same PHP
 * as the shortcodes. In the editor each block shows the element itself, live, with the site's
 * settings (blocks/editor.js); the sidebar offers plain fields, only those the user may set.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A widget's block folder (its block.json).
 *
 * @param string $tag The element.
 */
function mnwidgets_block_dir( string $tag ): string {
	return MNWIDGETS_DIR . '/blocks/' . preg_replace( '/^mn-/', '', $tag );
}

/**
 * Registers the editor script and one block per widget, rendered by the shortcodes' PHP.
 */
function mnwidgets_register_blocks(): void {
	wp_register_script(
		'mn-widgets-blocks',
		plugins_url( 'blocks/editor.js', MNWIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-data', MNWIDGETS_SCRIPT ), // the widgets' script: its email and phone rules check the sidebar's fields.
		MNWIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'mn-widgets-blocks', 'mn-widgets', MNWIDGETS_DIR . '/languages' );
	foreach ( mnwidgets_widget_tags() as $tag ) {
		if ( ! is_file( mnwidgets_block_dir( $tag ) . '/block.json' ) ) {
			continue;
		}
		register_block_type(
			mnwidgets_block_dir( $tag ),
			array(
				'render_callback' => function ( $attrs ) use ( $tag ) {
					$attrs = is_array( $attrs ) ? $attrs : array();
					// Block attributes are always strings or booleans: drop empty ones and false flags.
					$attrs = array_filter(
						$attrs,
						function ( $v ) {
							return '' !== $v && false !== $v && null !== $v;
						}
					);
					return mnwidgets_render( $tag, $attrs, null, 'block' );
				},
			)
		);
	}
}

/**
 * The block editor: the data editor.js needs. The clinic's settings (for the live preview and
 * the fields' defaults), the services and configurations by id, and which fields this user may set.
 */
function mnwidgets_enqueue_block_editor_assets(): void {
	$user    = get_current_user_id();
	$blocks  = array();
	$all     = mnwidgets_elements();
	$configs = mnwidgets_config_attributes();
	foreach ( mnwidgets_widget_tags() as $tag ) {
		$fields = array();
		foreach ( $all[ $tag ]['attributes'] as $name => $a ) {
			$fields[ $name ] = array(
				'type'    => $a['type'],
				'allowed' => mnwidgets_attribute_permission( $name, '', $user ) === '',
			);
		}
		foreach ( array_keys( $configs[ $tag ] ?? array() ) as $name ) {
			$fields[ $name ] = array(
				'type'    => 'string',
				'allowed' => true,
			);
		}
		$blocks[] = array(
			'name'   => 'mn-widgets/' . preg_replace( '/^mn-/', '', $tag ),
			'tag'    => $tag,
			'fields' => $fields,
		);
	}
	$s    = mnwidgets_settings();
	$data = array(
		'blocks'    => $blocks,
		'clinic'    => array_filter( mnwidgets_clinic_values() ),
		'clinicId'  => MNWIDGETS_CLINIC_ID,
		'services'  => mnwidgets_services_json( $s['services'] ),
		'spacing'   => $s['spacing'],
		'checks'    => (object) mnwidgets_config_list( 'checks' ),
		'protocols' => (object) mnwidgets_config_list( 'protocols' ),
		'manage'    => current_user_can( mnwidgets_cap() ),
		'settings'  => current_user_can( mnwidgets_cap() ) ? admin_url( 'admin.php?page=mn-widgets-settings' ) : '',
	);
	wp_add_inline_script( 'mn-widgets-blocks', 'window.mnWidgetsEditor=' . wp_json_encode( $data ) . ';', 'before' );
	// WordPress 6.1 and 6.2 draw the post editor in the page itself: the element needs the script there.
	mnwidgets_enqueue_script();
}

/**
 * Configurations by id, decoded, for the editor's preview.
 *
 * @param string $kind 'checks' or 'protocols'.
 */
function mnwidgets_config_list( string $kind ): array {
	$out = array();
	foreach ( mnwidgets_settings()[ $kind ] as $row ) {
		$data = json_decode( (string) $row['json'], false, 32 );
		if ( is_object( $data ) ) {
			$out[ $row['id'] ] = $data;
		}
	}
	return $out;
}

/**
 * The editor's iframe (WordPress 6.3 and later) loads what enqueue_block_assets enqueues: the
 * element's script, so the preview is the element itself. On the front end the script comes with
 * the widgets instead.
 */
function mnwidgets_enqueue_block_assets(): void {
	if ( is_admin() ) {
		mnwidgets_enqueue_script();
	}
}
