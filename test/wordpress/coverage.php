<?php
/**
 * Test-only (MNW_WP_COVERAGE=1): PHP's auto_prepend_file for cli.php, and required by router.php
 * (PHP's built-in server does not prepend to its router script). It records which lines of the plugins ran (pcov, limited to wp-content/plugins by
 * pcov.directory), one JSON file per request in MNW_COVERAGE_DIR; run.mjs adds up the plugin's.
 */
if ( function_exists( 'pcov\start' ) && getenv( 'MNW_COVERAGE_DIR' ) && ! defined( 'MNW_COVERAGE' ) ) {
	define( 'MNW_COVERAGE', true );
	\pcov\start();
	// Registered again at shutdown, so that it runs after WordPress's own shutdown work.
	register_shutdown_function(
		function () {
			register_shutdown_function(
				function () {
					\pcov\stop();
					$data = \pcov\collect();
					if ( $data ) {
						file_put_contents( getenv( 'MNW_COVERAGE_DIR' ) . '/' . uniqid( '', true ) . '.json', json_encode( $data ) );
					}
				}
			);
		}
	);
}
