<?php
/**
 * Admin screens: the booking requests (a WordPress list table with search, a status filter,
 * paging and CSV export; one request in words with reply links and a labelled status), the menu
 * with the count of new requests, and the notices that lead the owner through set-up.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

/** How many requests are new (the menu's count). */
function mnwidgets_new_count(): int {
	global $wpdb;
	return (int) $wpdb->get_var( $wpdb->prepare( 'SELECT COUNT(*) FROM ' . mnwidgets_table() . ' WHERE status = %s', 'new' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; counted once per admin page; checked table name
}

/**
 * The menu: booking requests (with the count of new ones) and the settings.
 */
function mnwidgets_admin_menu(): void {
	$new   = current_user_can( mnwidgets_cap() ) ? mnwidgets_new_count() : 0;
	$badge = $new ? ' <span class="awaiting-mod count-' . $new . '"><span class="pending-count" aria-hidden="true">' . number_format_i18n( $new ) . '</span><span class="screen-reader-text">'
		/* translators: %s: a number of requests. */
		. esc_html( sprintf( _n( '%s new request', '%s new requests', $new, 'mn-widgets' ), number_format_i18n( $new ) ) ) . '</span></span>' : '';
	add_menu_page( mnwidgets_name() . ': ' . __( 'Booking requests', 'mn-widgets' ), esc_html( mnwidgets_name() ) . $badge, mnwidgets_cap(), 'mn-widgets', 'mnwidgets_requests_page', 'dashicons-calendar-alt', 26 );
	add_submenu_page( 'mn-widgets', mnwidgets_name() . ': ' . __( 'Booking requests', 'mn-widgets' ), __( 'Booking requests', 'mn-widgets' ), mnwidgets_cap(), 'mn-widgets', 'mnwidgets_requests_page' );
	add_submenu_page( 'mn-widgets', mnwidgets_name() . ': ' . __( 'Settings', 'mn-widgets' ), __( 'Settings', 'mn-widgets' ), mnwidgets_cap(), 'mn-widgets-settings', 'mnwidgets_settings_page' );
}

/**
 * Styles and the settings page's "Add" buttons, on the plugin's own screens only.
 *
 * @param string $hook The admin page's hook suffix.
 */
function mnwidgets_admin_assets( string $hook ): void {
	if ( strpos( $hook, 'mn-widgets' ) === false ) {
		return;
	}
	wp_enqueue_style( 'mn-widgets-admin', plugins_url( 'assets/admin.css', MNWIDGETS_FILE ), array(), MNWIDGETS_VERSION );
	wp_enqueue_script( 'mn-widgets-admin', plugins_url( 'assets/admin.js', MNWIDGETS_FILE ), array(), MNWIDGETS_VERSION, true );
}

/**
 * Notices: after activation, one that leads to the settings (until they are opened or it is
 * dismissed); on the plugin's screens, an unpublished privacy page and a time zone without a city.
 */
function mnwidgets_admin_notices(): void {
	if ( ! current_user_can( mnwidgets_cap() ) ) {
		return;
	}
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	$ours   = $screen && strpos( (string) $screen->id, 'mn-widgets' ) !== false;
	if ( get_option( 'mn_widgets_activation_notice' ) && ! ( $screen && strpos( (string) $screen->id, 'mn-widgets-settings' ) !== false ) ) {
		$dismiss = wp_nonce_url( admin_url( 'admin-post.php?action=mnwidgets_dismiss' ), 'mnwidgets_dismiss' );
		echo '<div class="notice notice-info mnwidgets-welcome"><p><strong>' . esc_html( mnwidgets_name() ) . ':</strong> ';
		echo esc_html__( 'add your clinic\'s name, phone, opening hours and services, then put the Safety check, Aftercare timeline or Booking form block on a page.', 'mn-widgets' ) . '</p><p>';
		echo '<a class="button button-primary" href="' . esc_url( admin_url( 'admin.php?page=mn-widgets-settings' ) ) . '">' . esc_html__( 'Set up the clinic', 'mn-widgets' ) . '</a> ';
		echo '<a class="button button-link" href="' . esc_url( $dismiss ) . '">' . esc_html__( 'Dismiss', 'mn-widgets' ) . '</a></p></div>';
	}
	if ( ! $ours ) {
		return;
	}
	list( $page, $published ) = mnwidgets_privacy_page();
	if ( ! $published ) {
		echo '<div class="notice notice-warning"><p>' . esc_html( mnwidgets_privacy_warning( $page ) ) . '</p></div>';
	}
	if ( mnwidgets_timezone() === '' ) {
		echo '<div class="notice notice-warning"><p>' . esc_html( mnwidgets_offset_warning() ) . '</p></div>';
	}
}

/**
 * Dismisses the activation notice (nonce-checked), then goes back.
 */
function mnwidgets_admin_dismiss(): void {
	check_admin_referer( 'mnwidgets_dismiss' );
	if ( current_user_can( mnwidgets_cap() ) ) {
		update_option( 'mn_widgets_activation_notice', 0, false );
	}
	wp_safe_redirect( wp_get_referer() ? wp_get_referer() : admin_url() );
	exit;
}

/** The list's filter from the query string: [search, status]. */
function mnwidgets_list_filter(): array {
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- reading a list filter changes nothing
	$search = isset( $_REQUEST['s'] ) ? sanitize_text_field( wp_unslash( $_REQUEST['s'] ) ) : '';
	$status = isset( $_REQUEST['status'] ) ? sanitize_key( wp_unslash( $_REQUEST['status'] ) ) : '';
	// phpcs:enable
	return array( $search, in_array( $status, MNWIDGETS_STATUSES, true ) ? $status : '' );
}

/**
 * WHERE clause and its values for the filter (always prepared by the caller).
 *
 * @param string $search Text to find in the name, email or service.
 * @param string $status A status, or '' for all.
 */
function mnwidgets_list_where( string $search, string $status ): array {
	global $wpdb;
	$where  = array( '1=1' );
	$values = array();
	if ( '' !== $status ) {
		$where[]  = 'status = %s';
		$values[] = $status;
	}
	if ( '' !== $search ) {
		$like     = '%' . $wpdb->esc_like( $search ) . '%';
		$where[]  = '(contact_name LIKE %s OR contact_email LIKE %s OR service LIKE %s)';
		$values[] = $like;
		$values[] = $like;
		$values[] = $like;
	}
	return array( implode( ' AND ', $where ), $values );
}

/**
 * The booking requests screen: the list, or one request.
 */
function mnwidgets_requests_page(): void {
	global $wpdb;
	if ( ! current_user_can( mnwidgets_cap() ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to see booking requests.', 'mn-widgets' ), 403 );
	}
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- views only; changes go through admin-post.php with a nonce
	$one     = absint( $_GET['request'] ?? 0 );
	$updated = isset( $_GET['updated'] ) ? sanitize_key( wp_unslash( $_GET['updated'] ) ) : '';
	// phpcs:enable
	echo '<div class="wrap mnwidgets">';
	if ( $updated ) {
		$said = 'deleted' === $updated ? __( 'The request was deleted.', 'mn-widgets' ) : __( 'Status saved.', 'mn-widgets' );
		echo '<div class="notice notice-success is-dismissible"><p>' . esc_html( $said ) . '</p></div>';
	}
	if ( $one ) {
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . mnwidgets_table() . ' WHERE id = %d', $one ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; checked table name
		mnwidgets_request_detail( $row );
		echo '</div>';
		return;
	}
	require_once ABSPATH . 'wp-admin/includes/class-wp-list-table.php';
	require_once MNWIDGETS_DIR . '/includes/class-mnwidgets-requests-table.php';
	$table = new MNWidgets_Requests_Table();
	$table->prepare_items();
	list( $search, $status ) = mnwidgets_list_filter();
	echo '<h1 class="wp-heading-inline">' . esc_html( mnwidgets_name() ) . ': ' . esc_html__( 'Booking requests', 'mn-widgets' ) . '</h1> ';
	$export = wp_nonce_url(
		add_query_arg(
			array(
				'action' => 'mnwidgets_export',
				's'      => $search,
				'status' => $status,
			),
			admin_url( 'admin-post.php' )
		),
		'mnwidgets_export'
	);
	echo '<a class="page-title-action" href="' . esc_url( $export ) . '">' . esc_html__( 'Export CSV', 'mn-widgets' ) . '</a><hr class="wp-header-end">';
	$table->views();
	echo '<form method="get"><input type="hidden" name="page" value="mn-widgets">';
	if ( '' !== $status ) {
		echo '<input type="hidden" name="status" value="' . esc_attr( $status ) . '">';
	}
	$table->search_box( __( 'Search requests', 'mn-widgets' ), 'mnwidgets-search' );
	$table->display();
	echo '</form>';
	mnwidgets_status_forms();
	echo '</div>';
}

/**
 * One request in words: labels, dates in the site's format with the weekday, reply links, status.
 *
 * @param mixed $row A row of the requests table (id, created_at, status, contact, service, payload...). Null when it does not exist.
 */
function mnwidgets_request_detail( $row ): void {
	echo '<h1>' . esc_html( mnwidgets_name() ) . ': ' . esc_html__( 'Booking request', 'mn-widgets' ) . '</h1>';
	echo '<p><a href="' . esc_url( admin_url( 'admin.php?page=mn-widgets' ) ) . '">&larr; ' . esc_html__( 'All booking requests', 'mn-widgets' ) . '</a></p>';
	if ( ! $row ) {
		echo '<p>' . esc_html__( 'This request does not exist (any more).', 'mn-widgets' ) . '</p>';
		return;
	}
	$fields = mnwidgets_request_fields( $row );
	$email  = $fields[ __( 'Email', 'mn-widgets' ) ] ?? '';
	$phone  = $fields[ __( 'Phone', 'mn-widgets' ) ] ?? '';
	echo '<p class="mnwidgets-reply">';
	if ( '' !== $email ) {
		/* translators: %s: the service asked for. */
		$subject = sprintf( __( 'Your booking request: %s', 'mn-widgets' ), $fields[ __( 'Service', 'mn-widgets' ) ] ?? '' );
		echo '<a class="button button-primary" href="' . esc_url( 'mailto:' . $email . '?subject=' . rawurlencode( $subject ) ) . '">' . esc_html__( 'Reply by email', 'mn-widgets' ) . '</a> ';
	}
	$tel = mnwidgets_parse_phone( $phone ); // the widgets' rule: an extension is dialled after a pause (tel:+15550100,2).
	if ( $tel ) {
		/* translators: %s: a phone number. */
		echo '<a class="button" href="' . esc_url( $tel['href'], array( 'tel' ) ) . '">' . esc_html( sprintf( __( 'Call %s', 'mn-widgets' ), $phone ) ) . '</a>';
	}
	echo '</p><table class="widefat striped mnwidgets-request"><tbody>';
	foreach ( $fields as $label => $value ) {
		$shown = nl2br( esc_html( $value ) );
		if ( __( 'Email', 'mn-widgets' ) === $label ) {
			$shown = '<a href="' . esc_url( 'mailto:' . $value ) . '">' . esc_html( $value ) . '</a>';
		} elseif ( __( 'Phone', 'mn-widgets' ) === $label && $tel ) {
			$shown = '<a href="' . esc_url( $tel['href'], array( 'tel' ) ) . '">' . esc_html( $value ) . '</a>';
		}
		echo '<tr><th scope="row">' . esc_html( $label ) . '</th><td>' . $shown . '</td></tr>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above
	}
	echo '</tbody></table>';
	mnwidgets_status_form( $row, true );
}

/**
 * The status form: a visible label on the detail view; saving returns to where it was used. In
 * the list, which sits inside the search form, the controls name their own form (printed after
 * the list by mnwidgets_status_forms()), as forms cannot nest.
 *
 * @param mixed $row    A row of the requests table (id, created_at, status, contact, service, payload...).
 * @param bool  $detail On the detail view (else in the list).
 */
function mnwidgets_status_form( $row, bool $detail = false ): void {
	$id   = (int) $row->id;
	$form = 'mnwidgets-status-form-' . $id;
	if ( $detail ) {
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" class="mnwidgets-status" id="' . esc_attr( $form ) . '">';
		mnwidgets_status_hidden( $id, 'detail' );
	} else {
		$GLOBALS['mnwidgets_status_forms'][] = $id;
	}
	echo '<label for="mnwidgets-status-' . (int) $id . '"' . ( $detail ? '' : ' class="screen-reader-text"' ) . '>' . esc_html__( 'Status', 'mn-widgets' ) . '</label> ';
	echo '<select id="mnwidgets-status-' . (int) $id . '" name="status" form="' . esc_attr( $form ) . '">';
	foreach ( MNWIDGETS_STATUSES as $s ) {
		echo '<option value="' . esc_attr( $s ) . '"' . selected( $row->status, $s, false ) . '>' . esc_html( mnwidgets_status_label( $s ) ) . '</option>';
	}
	echo '</select> <button class="button" name="do" value="status" form="' . esc_attr( $form ) . '">' . esc_html__( 'Save status', 'mn-widgets' ) . '</button> ';
	if ( $detail ) {
		echo '<button class="button button-link-delete" name="do" value="delete">' . esc_html__( 'Delete this request', 'mn-widgets' ) . '</button></form>';
	}
}

/**
 * The status form's hidden fields and nonce.
 *
 * @param int    $id   The request's row id.
 * @param string $back Where saving returns: 'detail' or 'list'.
 */
function mnwidgets_status_hidden( int $id, string $back ): void {
	echo '<input type="hidden" name="action" value="mnwidgets_request"><input type="hidden" name="id" value="' . (int) $id . '">';
	echo '<input type="hidden" name="back" value="' . esc_attr( $back ) . '">';
	wp_nonce_field( 'mnwidgets_request_' . $id, '_wpnonce', false );
}

/** The list's status forms, outside the search form. */
function mnwidgets_status_forms(): void {
	foreach ( $GLOBALS['mnwidgets_status_forms'] ?? array() as $id ) {
		echo '<form method="post" action="' . esc_url( admin_url( 'admin-post.php' ) ) . '" id="mnwidgets-status-form-' . (int) $id . '" hidden>';
		mnwidgets_status_hidden( (int) $id, 'list' );
		echo '</form>';
	}
}

/**
 * Saves a request's status, or deletes it (capability and nonce checked), then goes back.
 */
function mnwidgets_admin_request_action(): void {
	global $wpdb;
	$id = absint( $_POST['id'] ?? 0 ); // phpcs:ignore WordPress.Security.NonceVerification.Missing -- the nonce names this id and is checked next
	if ( ! current_user_can( mnwidgets_cap() ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change booking requests.', 'mn-widgets' ), 403 );
	}
	check_admin_referer( 'mnwidgets_request_' . $id );
	$back = isset( $_POST['back'] ) && sanitize_key( wp_unslash( $_POST['back'] ) ) === 'detail' ? 'detail' : 'list';
	if ( isset( $_POST['do'] ) && sanitize_key( wp_unslash( $_POST['do'] ) ) === 'delete' ) {
		$wpdb->delete( mnwidgets_table(), array( 'id' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table
		wp_safe_redirect( admin_url( 'admin.php?page=mn-widgets&updated=deleted' ) );
		exit;
	}
	$status = sanitize_key( wp_unslash( $_POST['status'] ?? '' ) );
	if ( in_array( $status, MNWIDGETS_STATUSES, true ) ) {
		$wpdb->update( mnwidgets_table(), array( 'status' => $status ), array( 'id' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the plugin's own table
	}
	$to = 'detail' === $back ? 'admin.php?page=mn-widgets&request=' . $id . '&updated=status' : 'admin.php?page=mn-widgets&updated=status';
	wp_safe_redirect( admin_url( $to ) );
	exit;
}

/**
 * A spreadsheet cell that cannot run as a formula: text starting with = + - @ (or a tab or
 * carriage return) gets a leading apostrophe (OWASP, "CSV injection").
 *
 * @param string $value The cell's text.
 */
function mnwidgets_csv_cell( string $value ): string {
	return preg_match( '/^[=+\-@\t\r]/', $value ) ? "'" . $value : $value;
}

/** The filtered requests as CSV, with the detail view's labels as columns. */
function mnwidgets_admin_export(): void {
	global $wpdb;
	if ( ! current_user_can( mnwidgets_cap() ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to see booking requests.', 'mn-widgets' ), 403 );
	}
	check_admin_referer( 'mnwidgets_export' );
	list( $search, $status ) = mnwidgets_list_filter();
	list( $where, $values )  = mnwidgets_list_where( $search, $status );
	$sql                     = 'SELECT * FROM ' . mnwidgets_table() . " WHERE $where ORDER BY id DESC LIMIT 10000";
	$rows                    = $wpdb->get_results( $values ? $wpdb->prepare( $sql, $values ) : $sql ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; $where holds placeholders only, prepared here when there are values
	$tables                  = array();
	$cols                    = array();
	foreach ( $rows ? $rows : array() as $r ) {
		$f        = mnwidgets_request_fields( $r );
		$tables[] = $f;
		$cols     = array_unique( array_merge( $cols, array_keys( $f ) ) );
	}
	nocache_headers();
	header( 'Content-Type: text/csv; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="booking-requests-' . gmdate( 'Y-m-d' ) . '.csv"' );
	$out = fopen( 'php://output', 'w' );
	fwrite( $out, "\xEF\xBB\xBF" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite -- a BOM so spreadsheets read UTF-8
	fputcsv( $out, array_map( 'mnwidgets_csv_cell', $cols ) );
	foreach ( $tables as $f ) {
		$line = array();
		foreach ( $cols as $c ) {
			$line[] = mnwidgets_csv_cell( (string) ( $f[ $c ] ?? '' ) );
		}
		fputcsv( $out, $line );
	}
	fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose -- php://output
	exit;
}
