<?php
/**
 * Removes what the plugin stored: its settings and its feed caches, on every site of a
 * network. Content that uses the shortcodes or the block is the authors' and is left alone.
 *
 * @package InneKit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Deletes the plugin's option and transients on the current site.
 */
function inne_kit_uninstall_site() {
	global $wpdb;
	delete_option( 'inne_kit_settings' );
	// Transient names carry a hash of the feed URL: find them by prefix.
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- no API lists transients by prefix.
	$names = $wpdb->get_col(
		$wpdb->prepare(
			"SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s",
			$wpdb->esc_like( '_transient_inne_kit_' ) . '%'
		)
	);
	foreach ( $names as $name ) {
		delete_transient( substr( $name, strlen( '_transient_' ) ) );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $inne_kit_site_id ) {
		switch_to_blog( $inne_kit_site_id );
		inne_kit_uninstall_site();
		restore_current_blog();
	}
} else {
	inne_kit_uninstall_site();
}
