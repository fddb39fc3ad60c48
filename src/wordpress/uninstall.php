<?php
/**
 * Deleting the plugin removes its options and rate-limit counters. Stored booking requests are
 * kept unless the settings say "Delete stored booking requests too" (Settings → When the plugin is
 * deleted); the MNW_DELETE_REQUESTS constant (true/false) in wp-config.php overrides that choice.
 */

defined('WP_UNINSTALL_PLUGIN') || exit;

global $wpdb;
$settings = get_option('mn_widgets_settings', array());
$delete   = defined('MNW_DELETE_REQUESTS') ? (bool) MNW_DELETE_REQUESTS : (is_array($settings) && ($settings['uninstall'] ?? '') === 'delete');

if ($delete) {
	$wpdb->query('DROP TABLE IF EXISTS ' . $wpdb->prefix . 'mn_widgets_requests');
	delete_option('mn_widgets_db_version');
}
delete_option('mn_widgets_settings');
$wpdb->query("DELETE FROM {$wpdb->options} WHERE option_name LIKE '\\_transient\\_mnw\\_rl\\_%' OR option_name LIKE '\\_transient\\_timeout\\_mnw\\_rl\\_%'");
