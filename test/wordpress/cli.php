<?php
/**
 * A tiny stand-in for wp-cli (Debian 12 has none), for the WordPress test harness only.
 * php cli.php <command> [args...]  with MNW_WP_ROOT (WordPress folder) and MNW_WP_HOST (host:port).
 *   user <login> <pass> <role> [cap-to-deny]   create or update a user
 *   apppass <login>                             print a new application password
 *   install-zip <file.zip>                      install (or replace) a plugin from a zip
 *   activate <plugin/file.php> | deactivate <plugin/file.php> | uninstall <plugin/file.php>
 *   option-set <name> <json> | option-get <name>
 *   permalinks <structure>
 *   privacy export|erase <email>               the plugin's personal-data exporter or eraser
 *   sql-scalar <query>                          print the first column of the first row
 *   do-action <hook>                            run an action (a scheduled task) and print its cron state
 */
if (php_sapi_name() !== 'cli') exit(1);
$host = getenv('MNW_WP_HOST') ?: '127.0.0.1';
$_SERVER += array('HTTP_HOST' => $host, 'SERVER_NAME' => '127.0.0.1', 'SERVER_PORT' => explode(':', $host)[1] ?? '80', 'REQUEST_URI' => '/', 'REQUEST_METHOD' => 'GET', 'REMOTE_ADDR' => '127.0.0.1');
require rtrim(getenv('MNW_WP_ROOT'), '/') . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/user.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/misc.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
$a = array_slice($argv, 2);
$die = function ($r) { if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message() . "\n"); exit(1); } return $r; };
switch ($argv[1] ?? '') {
	case 'user':
		$u = get_user_by('login', $a[0]);
		$d = array('user_login' => $a[0], 'user_pass' => $a[1], 'role' => $a[2], 'user_email' => "$a[0]@example.com");
		if ($u) $d['ID'] = $u->ID;
		$id = $die($u ? wp_update_user($d) : wp_insert_user($d));
		if (!empty($a[3])) (new WP_User($id))->add_cap($a[3], false);
		echo $id, "\n";
		break;
	case 'apppass':
		$u = get_user_by('login', $a[0]);
		$r = $die(WP_Application_Passwords::create_new_application_password($u->ID, array('name' => 'mnw-test-' . wp_generate_password(6, false))));
		echo $r[0], "\n";
		break;
	case 'install-zip':
		WP_Filesystem();
		$up = new Plugin_Upgrader(new Automatic_Upgrader_Skin());
		$r  = $up->install($a[0], array('overwrite_package' => true));
		if ($r !== true) { fwrite(STDERR, 'install failed: ' . (is_wp_error($r) ? $r->get_error_message() : implode("\n", $up->skin->get_upgrade_messages())) . "\n"); exit(1); }
		echo $up->plugin_info(), "\n";
		break;
	case 'activate':   $die(activate_plugin($a[0])); echo "ok\n"; break;
	case 'deactivate': deactivate_plugins($a[0]); echo "ok\n"; break;
	case 'uninstall':  uninstall_plugin($a[0]); echo "ok\n"; break;
	case 'option-set': update_option($a[0], json_decode($a[1], true)); echo "ok\n"; break;
	case 'option-get': echo wp_json_encode(get_option($a[0], null)), "\n"; break;
	case 'permalinks': $GLOBALS['wp_rewrite']->set_permalink_structure($a[0]); flush_rewrite_rules(false); echo "ok\n"; break;
	case 'privacy':    // privacy export|erase <email>: run the registered personal-data exporters or erasers
		$list = apply_filters($a[0] === 'erase' ? 'wp_privacy_personal_data_erasers' : 'wp_privacy_personal_data_exporters', array());
		echo wp_json_encode(call_user_func($list['mn-widgets']['callback'], $a[1], 1)), "\n";
		break;
	case 'sql-scalar': global $wpdb; $wpdb->suppress_errors(true); echo wp_json_encode($wpdb->get_var($a[0])), "\n"; break;
	case 'do-action':  do_action($a[0]); echo wp_json_encode(array('next' => wp_next_scheduled($a[0]))), "\n"; break;
	default: fwrite(STDERR, "unknown command\n"); exit(2);
}
