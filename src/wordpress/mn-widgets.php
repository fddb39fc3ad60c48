<?php
/**
 * Plugin Name:       MN Widgets
 * Plugin URI:        https://www.npmjs.com/package/mn-widgets
 * Description:       Microneedling clinic widgets (safety check, aftercare timeline, booking form) as blocks and shortcodes; booking requests are kept in this site's database.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            MN Widgets contributors
 * Author URI:        https://www.npmjs.com/package/mn-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       mn-widgets
 * Domain Path:       /languages
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'MNWIDGETS_VERSION', '@VERSION@' );
define( 'MNWIDGETS_FILE', __FILE__ );
define( 'MNWIDGETS_DIR', __DIR__ );

require_once MNWIDGETS_DIR . '/includes/rules.php';
require_once MNWIDGETS_DIR . '/includes/settings.php';
require_once MNWIDGETS_DIR . '/includes/render.php';
require_once MNWIDGETS_DIR . '/includes/blocks.php';
require_once MNWIDGETS_DIR . '/includes/schema.php';
require_once MNWIDGETS_DIR . '/includes/requests.php';
require_once MNWIDGETS_DIR . '/includes/mail.php';
require_once MNWIDGETS_DIR . '/includes/admin.php';
require_once MNWIDGETS_DIR . '/includes/privacy.php';

register_activation_hook( __FILE__, 'mnwidgets_activate' );
register_deactivation_hook( __FILE__, 'mnwidgets_deactivate' );
add_action( 'plugins_loaded', 'mnwidgets_maybe_upgrade' );
add_action( 'init', 'mnwidgets_register' );
add_action( 'init', 'mnwidgets_register_blocks' );
add_action( 'wp_enqueue_scripts', 'mnwidgets_enqueue_early' );
add_action( 'wp_body_open', 'mnwidgets_print_clinic', 1 );
add_action( 'wp_footer', 'mnwidgets_print_clinic', 1 );
add_filter( 'the_content', 'mnwidgets_protect_inline', 8 );
add_filter( 'the_content', 'mnwidgets_restore_inline', 12 );
add_filter( 'no_texturize_shortcodes', 'mnwidgets_no_texturize' );
add_filter( 'wp_kses_allowed_html', 'mnwidgets_kses', 10, 2 );
add_action( 'enqueue_block_assets', 'mnwidgets_enqueue_block_assets' );
add_action( 'enqueue_block_editor_assets', 'mnwidgets_enqueue_block_editor_assets' );
add_action( 'rest_api_init', 'mnwidgets_rest_routes' );
add_filter( 'rest_pre_dispatch', 'mnwidgets_rest_preflight', 5, 3 );
add_filter( 'rest_post_dispatch', 'mnwidgets_rest_errors', 10, 3 );
add_filter( 'rest_pre_serve_request', 'mnwidgets_rest_cors_headers', 20, 3 );
add_action( 'admin_menu', 'mnwidgets_admin_menu' );
add_action( 'admin_init', 'mnwidgets_settings_init' );
add_action( 'admin_init', 'mnwidgets_privacy_policy_content' );
add_action( 'admin_notices', 'mnwidgets_admin_notices' );
add_action( 'admin_enqueue_scripts', 'mnwidgets_admin_assets' );
add_action( 'admin_post_mnwidgets_request', 'mnwidgets_admin_request_action' );
add_action( 'admin_post_mnwidgets_export', 'mnwidgets_admin_export' );
add_action( 'admin_post_mnwidgets_dismiss', 'mnwidgets_admin_dismiss' );
add_action( 'mnwidgets_daily', 'mnwidgets_apply_retention' );
add_filter( 'wp_privacy_personal_data_exporters', 'mnwidgets_privacy_exporters' );
add_filter( 'wp_privacy_personal_data_erasers', 'mnwidgets_privacy_erasers' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'mnwidgets_action_links' );

/** The capability that manages the plugin, sees booking requests and may set the clinic's contact details. */
function mnwidgets_cap(): string {
	return (string) apply_filters( 'mn_widgets_capability', 'manage_options' );
}

/** The plugin's one name, in the menu, on its pages and in the readme. */
function mnwidgets_name(): string {
	return __( 'MN Widgets', 'mn-widgets' );
}

/**
 * Plugins screen: a Settings link beside Deactivate.
 *
 * @param array $links The plugin's links on the Plugins screen.
 */
function mnwidgets_action_links( array $links ): array {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'admin.php?page=mn-widgets-settings' ) ) . '">' . esc_html__( 'Settings', 'mn-widgets' ) . '</a>' );
	return $links;
}

/** Activation: the table, the daily retention run, and the notice that leads to the settings. */
function mnwidgets_activate(): void {
	mnwidgets_install();
	if ( ! wp_next_scheduled( 'mnwidgets_daily' ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', 'mnwidgets_daily' );
	}
	update_option( 'mn_widgets_activation_notice', 1, false );
}

/**
 * Deactivation: the daily retention run stops; settings and requests stay.
 */
function mnwidgets_deactivate(): void {
	wp_clear_scheduled_hook( 'mnwidgets_daily' );
}
