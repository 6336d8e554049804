<?php
/**
 * Reads a feed on the server, for the JSON-LD and the no-script fallback: the club's default
 * feed from the plugin's own copy, or an https feed fetched with wp_safe_remote_get and kept in
 * a transient. A failed fetch falls back to the last good copy, then to nothing (the
 * components in the browser still show their own states).
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Feed loading with a cache.
 */
final class Inne_Kit_Feed {

	const FRESH     = HOUR_IN_SECONDS;
	const STALE     = WEEK_IN_SECONDS;
	const RETRY     = 5 * MINUTE_IN_SECONDS;
	const MAX_BYTES = 2097152;

	/**
	 * Feeds already read in this request, by URL ('' for the default feed).
	 *
	 * @var array<string, array|null>
	 */
	private static array $memo = array();

	/** Path of the default feed shipped beside the bundle. */
	public static function default_path(): string {
		return INNE_KIT_DIR . 'assets/club-inne.feed.json';
	}

	/**
	 * The feed at `$url`, or the default feed for an empty URL; null when none can be read.
	 *
	 * @param string $url An https URL already validated, or ''.
	 */
	public static function load( string $url = '' ): ?array {
		if ( ! array_key_exists( $url, self::$memo ) ) {
			self::$memo[ $url ] = '' === $url ? self::read_default() : self::fetch( $url );
		}
		return self::$memo[ $url ];
	}

	/** The default feed, from the plugin's assets. */
	private static function read_default(): ?array {
		$path = self::default_path();
		if ( ! is_readable( $path ) || filesize( $path ) > self::MAX_BYTES ) {
			return null;
		}
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
		return self::decode( (string) file_get_contents( $path ) );
	}

	/**
	 * A remote feed, cached.
	 *
	 * @param string $url An https URL.
	 */
	private static function fetch( string $url ): ?array {
		$key    = 'inne_kit_feed_' . md5( $url );
		$cached = get_transient( $key );
		if ( is_array( $cached ) ) {
			return $cached;
		}
		if ( 'failed' === $cached ) {
			return self::last_good( $url );
		}
		$response = wp_safe_remote_get(
			$url,
			array(
				'timeout'             => 5,
				'redirection'         => 2,
				'limit_response_size' => self::MAX_BYTES,
				'headers'             => array( 'Accept' => 'application/json' ),
			)
		);
		$feed     = null;
		if ( ! is_wp_error( $response ) && 200 === wp_remote_retrieve_response_code( $response ) ) {
			$feed = self::decode( wp_remote_retrieve_body( $response ) );
		}
		if ( null === $feed ) {
			set_transient( $key, 'failed', self::RETRY );
			return self::last_good( $url );
		}
		set_transient( $key, $feed, self::FRESH );
		set_transient( 'inne_kit_last_' . md5( $url ), $feed, self::STALE );
		return $feed;
	}

	/**
	 * The last copy of a feed that was read well.
	 *
	 * @param string $url The feed URL.
	 */
	private static function last_good( string $url ): ?array {
		$feed = get_transient( 'inne_kit_last_' . md5( $url ) );
		return is_array( $feed ) ? $feed : null;
	}

	/**
	 * A feed document, or null when the text is not one.
	 *
	 * @param string $json The body.
	 */
	private static function decode( string $json ): ?array {
		$data = json_decode( $json, true, 32 );
		if ( ! is_array( $data ) || 1 !== ( $data['version'] ?? null ) ) {
			return null;
		}
		return $data;
	}
}
