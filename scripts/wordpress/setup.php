<?php
/**
 * Drives a real WordPress install with WordPress' own functions (there is no WP-CLI in
 * Debian): `php setup.php STEP` with the document root in INNE_WP_ROOT and the host (with its
 * port) in INNE_WP_HOST. Prints one JSON object on its last line.
 *
 *  - install: wp_install() and the multisite tables (populate_network), before MULTISITE is on;
 *  - network: with MULTISITE on, installs the plugin zip with Plugin_Upgrader as the
 *    "Upload plugin" screen does, activates it network-wide, creates a sub-site in French and
 *    an Editor there with an application password;
 *  - checks:  calls the plugin's renderer and settings sanitiser directly;
 *  - uninstall: runs the plugin's uninstall.php and tells what is left.
 *
 * Test harness only (scripts/test-wordpress.sh), never part of the plugin.
 */

$inne_step = $argv[1] ?? '';
$inne_host = getenv( 'INNE_WP_HOST' );
// WordPress reads the request to know which site of the network it serves.
$_SERVER['HTTP_HOST']   = $inne_host;
$_SERVER['SERVER_NAME'] = $inne_host;
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PORT'] = explode( ':', $inne_host )[1] ?? '80';

if ( 'install' === $inne_step ) {
	define( 'WP_INSTALLING', true );
}
require getenv( 'INNE_WP_ROOT' ) . '/wp-load.php';

/**
 * Prints the result and stops; a failure exits non-zero.
 *
 * @param array $inne_result What to report.
 * @param bool  $ok     Whether the step worked.
 */
function inne_done( array $inne_result, bool $ok = true ) {
	echo "\n" . wp_json_encode( $inne_result + array( 'ok' => $ok ) ) . "\n";
	exit( $ok ? 0 : 1 );
}

switch ( $inne_step ) {
	case 'install':
		global $wpdb;
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$inne_installed = wp_install( 'Réseau des communes (test)', 'admin', 'admin@example.test', false, '', getenv( 'INNE_WP_PASSWORD' ) );
		// What wp-admin/network.php does before creating the network tables.
		foreach ( $wpdb->tables( 'ms_global' ) as $inne_table => $inne_prefixed ) {
			$wpdb->$inne_table = $inne_prefixed;
		}
		install_network();
		$inne_network = populate_network( 1, $inne_host, 'admin@example.test', 'Réseau des communes (test)', '/', false );
		if ( is_wp_error( $inne_network ) ) {
			inne_done( array( 'error' => $inne_network->get_error_message() ), false );
		}
		inne_done( array( 'admin' => $inne_installed['user_id'] ) );
		break;

	case 'network':
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		wp_set_current_user( 1 );
		if ( ! is_multisite() ) {
			inne_done( array( 'error' => 'MULTISITE is not on' ), false );
		}
		WP_Filesystem();
		$inne_upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$inne_result   = $inne_upgrader->install( getenv( 'INNE_WP_ZIP' ) );
		if ( true !== $inne_result ) {
			inne_done( array( 'error' => 'plugin install: ' . ( is_wp_error( $inne_result ) ? $inne_result->get_error_message() : wp_json_encode( $inne_upgrader->skin->get_upgrade_messages() ) ) ), false );
		}
		$inne_activated = activate_plugin( 'inne-kit/inne-kit.php', '', true );
		if ( is_wp_error( $inne_activated ) ) {
			inne_done( array( 'error' => 'activation: ' . $inne_activated->get_error_message() ), false );
		}
		$inne_blog_id = wpmu_create_blog( $inne_host, '/commune/', 'Commune de Saint-Exemple', 1 );
		if ( is_wp_error( $inne_blog_id ) ) {
			inne_done( array( 'error' => 'site: ' . $inne_blog_id->get_error_message() ), false );
		}
		// WordPress strips the ':' of a port from a new site's domain (real networks run on 80 or
		// 443); this server has a port of its own, so the domain is set back as it is.
		global $wpdb;
		$wpdb->update( $wpdb->blogs, array( 'domain' => $inne_host ), array( 'blog_id' => $inne_blog_id ) );
		foreach ( array( 'siteurl', 'home' ) as $inne_option ) {
			$wpdb->update( $wpdb->get_blog_prefix( $inne_blog_id ) . 'options', array( 'option_value' => 'http://' . $inne_host . '/commune' ), array( 'option_name' => $inne_option ) );
		}
		// A site in French. WordPress accepts a WPLANG only when its core translation is
		// installed (Debian's wordpress-l10n, 30 MB); the plugin's own French strings load for
		// the locale whatever core has, which is what this test is about.
		$wpdb->update( $wpdb->get_blog_prefix( $inne_blog_id ) . 'options', array( 'option_value' => 'fr_FR' ), array( 'option_name' => 'WPLANG' ) );
		clean_blog_cache( $inne_blog_id );
		wp_cache_flush();
		$inne_user_id = wpmu_create_user( 'redaction', getenv( 'INNE_WP_PASSWORD' ), 'redaction@example.test' );
		add_user_to_blog( $inne_blog_id, $inne_user_id, 'editor' );
		switch_to_blog( $inne_blog_id );
		$inne_editor   = get_userdata( $inne_user_id );
		$inne_password = WP_Application_Passwords::create_new_application_password( $inne_user_id, array( 'name' => 'inne-kit test' ) );
		if ( is_wp_error( $inne_password ) ) {
			inne_done( array( 'error' => 'application password: ' . $inne_password->get_error_message() ), false );
		}
		inne_done(
			array(
				'blogId'            => $inne_blog_id,
				'siteUrl'           => get_site_url( $inne_blog_id ),
				'mainUrl'           => get_home_url( 1 ),
				'user'              => 'redaction',
				'appPassword'       => $inne_password[0],
				'roles'             => $inne_editor->roles,
				'unfilteredHtml'    => user_can( $inne_user_id, 'unfiltered_html' ),
				'networkActive'     => is_plugin_active_for_network( 'inne-kit/inne-kit.php' ),
				'components'        => Inne_Kit_Components::all(),
				'scriptModules'     => function_exists( 'wp_enqueue_script_module' ),
				'wordpressVersion'  => get_bloginfo( 'version' ),
			)
		);
		break;

	case 'checks':
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		$inne_blog_id = (int) getenv( 'INNE_WP_BLOG' );
		switch_to_blog( $inne_blog_id );
		$inne_hostile  = do_shortcode( "[inne_projects territory='Caen\"><script>alert(1)</script>' sphere=\"nowhere\" limit=\"6\" onclick=\"alert(1)\" style=\"color:red\" filters]" );
		$inne_settings = Inne_Kit_Settings::sanitize(
			array(
				'feed_url' => 'http://example.test/feed.json"><img src=x onerror=alert(1)>',
				'lang'     => 'de',
				'page_url' => 'https://www.example.test/club',
			)
		);
		$inne_errors   = get_settings_errors( Inne_Kit_Settings::OPTION );
		update_option( Inne_Kit_Settings::OPTION, $inne_settings );
		$inne_with_page = do_shortcode( '[inne_events when="all" limit="2" lang="en"]' );
		// A partner feed already in the cache (this machine has no network), and one that
		// cannot be fetched (WP_HTTP_BLOCK_EXTERNAL): the first gives JSON-LD, the second none.
		$inne_partner = array(
			'version'   => 1,
			'publisher' => array(
				'name' => 'Commune de Saint-Exemple',
				'url'  => 'https://www.example.test/',
			),
			'projects'  => array(
				array(
					'id'      => 'jardin-partage',
					'title'   => 'Jardin partagé </script><script>alert(1)</script>',
					'spheres' => array( 'se-nourrir' ),
				),
				array(
					'id'        => 'verger-du-bocage',
					'title'     => 'Verger du bocage',
					'spheres'   => array( 'se-nourrir' ),
					'territory' => 'Bocage "Nord" [x]',
				),
			),
		);
		set_transient( 'inne_kit_feed_' . md5( 'https://example.test/feed.json' ), $inne_partner, HOUR_IN_SECONDS );
		$inne_cached      = do_shortcode( '[inne_projects src="https://example.test/feed.json"]' );
		// The shortcode as the configurator writes it (docs/configurator/shortcode.js).
		$inne_quoted      = do_shortcode( (string) getenv( 'INNE_WP_SHORTCODE' ) );
		$inne_unreachable = do_shortcode( '[inne_projects src="https://unreachable.example.test/feed.json"]' );
		$inne_failure     = get_transient( 'inne_kit_feed_' . md5( 'https://unreachable.example.test/feed.json' ) );
		// A hostile feed whose dates and zone PHP cannot read: the page must still render.
		$inne_broken = array(
			'version'    => 1,
			'events'     => array(
				array(
					'id'       => 'nul-zone',
					'title'    => 'Zone with a NUL byte',
					'kind'     => 'atelier',
					'start'    => '2099-01-01T10:00:00+01:00',
					'timeZone' => "Europe/Paris\0",
				),
			),
			'membership' => array(
				array(
					'id'       => 'bad-dates',
					'title'    => 'Dates that are not dates',
					'opens'    => 'soon',
					'deadline' => 'zzz-never',
				),
			),
		);
		set_transient( 'inne_kit_feed_' . md5( 'https://broken.example.test/feed.json' ), $inne_broken, HOUR_IN_SECONDS );
		$inne_broken_out = array();
		foreach ( array( 'inne_events when="all"', 'inne_membership' ) as $inne_code ) {
			try {
				$inne_broken_out[] = do_shortcode( '[' . $inne_code . ' src="https://broken.example.test/feed.json"]' );
			} catch ( Throwable $e ) {
				$inne_broken_out[] = 'THROWN ' . get_class( $e ) . ': ' . $e->getMessage();
			}
		}
		inne_done(
			array(
				'hostile'        => $inne_hostile,
				'settings'       => $inne_settings,
				'settingsErrors' => count( $inne_errors ),
				'settingsError'  => $inne_errors ? $inne_errors[0]['message'] : '',
				'broken'         => $inne_broken_out,
				'withPage'       => $inne_with_page,
				'cached'         => $inne_cached,
				'quoted'         => $inne_quoted,
				'unreachable'    => $inne_unreachable,
				'failure'        => $inne_failure,
			)
		);
		break;

	case 'uninstall':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$inne_blog_id = (int) getenv( 'INNE_WP_BLOG' );
		$inne_before  = get_blog_option( $inne_blog_id, 'inne_kit_settings' );
		uninstall_plugin( 'inne-kit/inne-kit.php' );
		switch_to_blog( $inne_blog_id );
		global $wpdb;
		$inne_left = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE '%inne\\_kit%'" );
		inne_done(
			array(
				'before' => is_array( $inne_before ),
				'after'  => get_option( 'inne_kit_settings', null ),
				'left'   => $inne_left,
			)
		);
		break;

	default:
		inne_done( array( 'error' => "unknown step $inne_step" ), false );
}
