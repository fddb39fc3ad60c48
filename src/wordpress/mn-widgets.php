<?php
/**
 * Plugin Name:       MN Widgets
 * Description:       Microneedling clinic widgets (safety self-check, aftercare timeline, booking form) as shortcodes and blocks; booking requests are kept in this site's database.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       mn-widgets
 */

defined('ABSPATH') || exit;

define('MNW_VERSION', '@VERSION@');
define('MNW_FILE', __FILE__);
define('MNW_DIR', __DIR__);

require_once MNW_DIR . '/includes/settings.php';
require_once MNW_DIR . '/includes/render.php';
require_once MNW_DIR . '/includes/schema.php';
require_once MNW_DIR . '/includes/requests.php';
require_once MNW_DIR . '/includes/admin.php';

register_activation_hook(__FILE__, 'mnw_install');
add_action('plugins_loaded', 'mnw_maybe_upgrade');
add_action('init', 'mnw_register');
add_action('wp_enqueue_scripts', 'mnw_enqueue_early');
add_filter('the_content', 'mnw_content_start', 0);
add_filter('the_content', 'mnw_content_end', 999);
add_filter('wp_kses_allowed_html', 'mnw_kses', 10, 2);
add_action('rest_api_init', 'mnw_rest_routes');
add_filter('rest_post_dispatch', 'mnw_rest_errors', 10, 3);
add_action('admin_menu', 'mnw_admin_menu');
add_action('admin_init', 'mnw_settings_init');
add_action('admin_post_mnw_request', 'mnw_admin_request_action');
add_filter('wp_privacy_personal_data_exporters', 'mnw_privacy_exporters');
add_filter('wp_privacy_personal_data_erasers', 'mnw_privacy_erasers');
add_filter('plugin_action_links_' . plugin_basename(__FILE__), function ($links) {
	array_unshift($links, '<a href="' . esc_url(admin_url('admin.php?page=mn-widgets-settings')) . '">' . esc_html__('Settings', 'mn-widgets') . '</a>');
	return $links;
});

/** The capability that manages the plugin and sees booking requests. */
function mnw_cap(): string {
	return (string) apply_filters('mn_widgets_capability', 'manage_options');
}
