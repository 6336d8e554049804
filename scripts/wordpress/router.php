<?php
/**
 * Router for PHP's built-in server (`php -S … router.php`) in front of a WordPress multisite
 * network with sub-directory sites: what WordPress' .htaccess rules do under Apache.
 * `/commune/wp-content/…` and `/commune/wp-admin/…` are the network's own files; any other
 * path that is not a file goes to index.php.
 *
 * Test harness only (scripts/test-wordpress.sh), never part of the plugin.
 */

$inne_root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
$inne_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( str_contains( $inne_path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

$inne_rewritten = $inne_path;
if ( ! file_exists( $inne_root . $inne_path ) && preg_match( '#^/[_0-9a-zA-Z-]+(/(?:wp-(?:content|admin|includes)/.*|[^/]+\.php))$#', $inne_path, $inne_m ) ) {
	$inne_rewritten = $inne_m[1];
}
$inne_file = $inne_root . $inne_rewritten;
if ( is_dir( $inne_file ) ) {
	$inne_file = rtrim( $inne_file, '/' ) . '/index.php';
}

if ( ! is_file( $inne_file ) ) {
	$inne_file = $inne_root . '/index.php';
} elseif ( ! str_ends_with( $inne_file, '.php' ) ) {
	if ( $inne_rewritten === $inne_path ) {
		return false; // The built-in server serves it, with its own content type.
	}
	$inne_types = array(
		'js'    => 'text/javascript',
		'mjs'   => 'text/javascript',
		'css'   => 'text/css',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff2' => 'font/woff2',
		'map'   => 'application/json',
	);
	$inne_ext   = strtolower( pathinfo( $inne_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $inne_types[ $inne_ext ] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $inne_file ) );
	readfile( $inne_file );
	return true;
}

$_SERVER['SCRIPT_FILENAME'] = $inne_file;
$_SERVER['SCRIPT_NAME']     = substr( $inne_file, strlen( $inne_root ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $inne_file ) );
require $inne_file;
