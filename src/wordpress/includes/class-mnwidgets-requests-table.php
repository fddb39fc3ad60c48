<?php
/**
 * The booking requests as a WordPress list table: search, a status filter (views with counts),
 * paging, and WordPress's own narrow-screen layout (one column, details on demand).
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The booking requests screen's list (admin.php prints it; WP_List_Table is loaded there).
 */
class MNWidgets_Requests_Table extends WP_List_Table {

	/**
	 * A list of booking requests (no AJAX).
	 */
	public function __construct() {
		parent::__construct(
			array(
				'singular' => 'request',
				'plural'   => 'requests',
				'ajax'     => false,
			)
		);
	}

	/**
	 * The columns, labelled.
	 */
	public function get_columns() {
		return array(
			'contact_name' => __( 'Name', 'mn-widgets' ),
			'received'     => __( 'Received', 'mn-widgets' ),
			'service'      => __( 'Service', 'mn-widgets' ),
			'asked'        => __( 'Asked for', 'mn-widgets' ),
			'screening'    => __( 'Safety check', 'mn-widgets' ),
			'status'       => __( 'Status', 'mn-widgets' ),
		);
	}

	/**
	 * The name column stays visible on narrow screens.
	 */
	protected function get_primary_column_name() {
		return 'contact_name';
	}

	/**
	 * All, and each status that has requests, with counts.
	 */
	protected function get_views() {
		global $wpdb;
		$counts            = $wpdb->get_results( 'SELECT status, COUNT(*) AS n FROM ' . mnwidgets_table() . ' GROUP BY status', OBJECT_K ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; no values
		list( , $current ) = mnwidgets_list_filter();
		$total             = array_sum( wp_list_pluck( $counts, 'n' ) );
		$link              = function ( $status, $label, $n ) use ( $current ) {
			$url = '' === $status ? admin_url( 'admin.php?page=mn-widgets' ) : admin_url( 'admin.php?page=mn-widgets&status=' . $status );
			return '<a href="' . esc_url( $url ) . '"' . ( $current === $status ? ' class="current" aria-current="page"' : '' ) . '>' . esc_html( $label ) . ' <span class="count">(' . number_format_i18n( $n ) . ')</span></a>';
		};
		$views             = array( 'all' => $link( '', __( 'All', 'mn-widgets' ), $total ) );
		foreach ( MNWIDGETS_STATUSES as $s ) {
			if ( isset( $counts[ $s ] ) ) {
				$views[ $s ] = $link( $s, mnwidgets_status_label( $s ), (int) $counts[ $s ]->n );
			}
		}
		return $views;
	}

	/**
	 * Reads one page of requests that match the search and the status.
	 */
	public function prepare_items() {
		global $wpdb;
		$per                     = 20;
		$page                    = $this->get_pagenum();
		list( $search, $status ) = mnwidgets_list_filter();
		list( $where, $values )  = mnwidgets_list_where( $search, $status );
		$table                   = mnwidgets_table();
		$count_sql               = "SELECT COUNT(*) FROM $table WHERE $where";
		$total                   = (int) $wpdb->get_var( $values ? $wpdb->prepare( $count_sql, $values ) : $count_sql ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table; $where holds placeholders only, prepared when there are values
		$this->items             = $wpdb->get_results( $wpdb->prepare( "SELECT * FROM $table WHERE $where ORDER BY id DESC LIMIT %d OFFSET %d", array_merge( $values, array( $per, ( $page - 1 ) * $per ) ) ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared, WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQLPlaceholders.ReplacementsWrongNumber -- the checked table name and a WHERE of placeholders only; the values are passed as one array
		$this->_column_headers   = array( $this->get_columns(), array(), array(), $this->get_primary_column_name() );
		$this->set_pagination_args(
			array(
				'total_items' => $total,
				'per_page'    => $per,
			)
		);
	}

	/**
	 * No requests, or none that match.
	 */
	public function no_items() {
		list( $search, $status ) = mnwidgets_list_filter();
		echo esc_html( '' !== $search || '' !== $status ? __( 'No booking requests match.', 'mn-widgets' ) : __( 'No booking requests yet.', 'mn-widgets' ) );
	}

	/**
	 * One request: a row carrying its request id.
	 *
	 * @param mixed $item A row of the requests table (id, created_at, status, contact, service, payload...).
	 */
	public function single_row( $item ) {
		$p = json_decode( (string) $item->payload, true );
		echo '<tr data-request-id="' . esc_attr( $p['id'] ?? '' ) . '">';
		$this->single_row_columns( $item );
		echo '</tr>';
	}

	/**
	 * The patient's name (a link to the detail) and email.
	 *
	 * @param mixed $item A row of the requests table (id, created_at, status, contact, service, payload...).
	 */
	protected function column_contact_name( $item ) {
		$url = admin_url( 'admin.php?page=mn-widgets&request=' . (int) $item->id );
		return '<strong><a class="row-title" href="' . esc_url( $url ) . '">' . esc_html( $item->contact_name ) . '</a></strong>'
			. '<br><a href="' . esc_url( 'mailto:' . $item->contact_email ) . '">' . esc_html( $item->contact_email ) . '</a>';
	}

	/**
	 * When it arrived, in the clinic's time zone with the weekday.
	 *
	 * @param mixed $item A row of the requests table (id, created_at, status, contact, service, payload...).
	 */
	protected function column_received( $item ) {
		return esc_html( mnwidgets_format_instant( mysql_to_rfc3339( (string) $item->created_at ) ) );
	}

	/**
	 * The service asked for.
	 *
	 * @param mixed $item A row of the requests table (id, created_at, status, contact, service, payload...).
	 */
	protected function column_service( $item ) {
		return esc_html( $item->service );
	}

	/**
	 * The dates asked for, one a line.
	 *
	 * @param mixed $item A row of the requests table (id, created_at, status, contact, service, payload...).
	 */
	protected function column_asked( $item ) {
		$p = json_decode( (string) $item->payload );
		return $p instanceof stdClass ? nl2br( esc_html( implode( "\n", mnwidgets_request_dates( $p ) ) ) ) : '';
	}

	/**
	 * The safety check's outcome in a word, the sentence as its title.
	 *
	 * @param mixed $item A row of the requests table (id, created_at, status, contact, service, payload...).
	 */
	protected function column_screening( $item ) {
		$p     = json_decode( (string) $item->payload, true );
		$level = (string) ( $p['screening']['level'] ?? '' );
		$names = array(
			'clear'   => __( 'Clear', 'mn-widgets' ),
			'advice'  => __( 'Advice', 'mn-widgets' ),
			'consult' => __( 'Consult first', 'mn-widgets' ),
			'defer'   => __( 'Wait', 'mn-widgets' ),
			'decline' => __( 'Not suitable', 'mn-widgets' ),
		);
		return '' === $level ? esc_html__( 'not taken', 'mn-widgets' ) : '<span title="' . esc_attr( mnwidgets_outcome_words( $level ) ) . '">' . esc_html( $names[ $level ] ?? $level ) . '</span>';
	}

	/**
	 * The status form.
	 *
	 * @param mixed $item A row of the requests table (id, created_at, status, contact, service, payload...).
	 */
	protected function column_status( $item ) {
		ob_start();
		mnwidgets_status_form( $item );
		return (string) ob_get_clean();
	}
}
