<?php
/**
 * Deleting the plugin removes its options, rate-limit counters and scheduled task. Stored booking
 * requests are kept unless the settings say "Delete stored booking requests too" (Settings → When
 * the plugin is deleted); the MNWIDGETS_DELETE_REQUESTS constant (true/false) in wp-config.php
 * overrides that choice.
 *
 * @package MN_Widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

global $wpdb;
$mnwidgets_settings = get_option( 'mn_widgets_settings', array() );
$mnwidgets_delete   = defined( 'MNWIDGETS_DELETE_REQUESTS' ) ? (bool) MNWIDGETS_DELETE_REQUESTS : ( is_array( $mnwidgets_settings ) && ( $mnwidgets_settings['uninstall'] ?? '' ) === 'delete' );
$mnwidgets_table    = $wpdb->prefix . 'mn_widgets_requests';

if ( $mnwidgets_delete && preg_match( '/^\w{1,64}$/', $mnwidgets_table ) ) {
	$wpdb->query( "DROP TABLE IF EXISTS $mnwidgets_table" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.SchemaChange -- the plugin's own table, name checked above; identifiers cannot be placeholders before WordPress 6.2
	delete_option( 'mn_widgets_db_version' );
}
delete_option( 'mn_widgets_settings' );
delete_option( 'mn_widgets_activation_notice' );
wp_clear_scheduled_hook( 'mnwidgets_daily' );
// Rate-limit counters are transients named mn_widgets_rl_<hash>.
$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $wpdb->esc_like( '_transient_mn_widgets_rl_' ) . '%', $wpdb->esc_like( '_transient_timeout_mn_widgets_rl_' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API deletes transients by prefix
