<?php
/**
 * Prints a component: the custom element with its allowlisted, escaped attributes; the module
 * script from the plugin's own copy of the CDN bundle; the JSON-LD of what it shows; and a
 * `<noscript>` fallback. Used by the shortcodes and by the block.
 *
 * Content filtering (kses) strips `<script>` and unknown tags from the content of anyone
 * without `unfiltered_html`; a shortcode is expanded after that filtering, at display time, so
 * only this code decides what reaches the page.
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcodes and the shared renderer.
 */
final class Inne_Kit_Renderer {

	const HANDLE = 'inne-kit';

	/** Registers the shortcodes and the script. */
	public static function register(): void {
		foreach ( Inne_Kit_Components::all() as $name => $component ) {
			foreach ( $component['shortcodes'] as $shortcode ) {
				add_shortcode(
					$shortcode,
					static function ( $atts ) use ( $name ) {
						return self::render( $name, is_array( $atts ) ? $atts : array() );
					}
				);
			}
		}
		add_filter( 'script_loader_tag', array( __CLASS__, 'module_tag' ), 10, 3 );
		add_action( 'admin_notices', array( __CLASS__, 'missing_assets_notice' ) );
	}

	/**
	 * The HTML of one component.
	 *
	 * @param string $name Component short name (`projects`, `events`…).
	 * @param array  $raw  Attributes as typed.
	 */
	public static function render( string $name, array $raw ): string {
		$component = Inne_Kit_Components::get( $name );
		if ( ! $component ) {
			return '';
		}
		list( $attrs, $ignored ) = Inne_Kit_Components::sanitize( $name, $raw );

		$settings = Inne_Kit_Settings::get();
		// A component without `src` (the self-assessment) reads no feed: none is given nor fetched.
		$reads_feed = isset( $component['attributes']['src'] );
		if ( $reads_feed && ! isset( $attrs['src'] ) && '' !== $settings['feed_url'] ) {
			$attrs['src'] = $settings['feed_url'];
		}
		if ( ! isset( $attrs['lang'] ) && '' !== $settings['lang'] ) {
			$attrs['lang'] = $settings['lang'];
		}
		self::enqueue();

		// The self-assessment's fallback still names the club: from the copy the plugin ships.
		$feed  = Inne_Kit_Feed::load( $reads_feed ? ( $attrs['src'] ?? '' ) : '' );
		$items = $feed ? Inne_Kit_Select::items( $name, $attrs, $feed, time() ) : array();
		$ld    = '';
		if ( $feed && empty( $attrs['no-jsonld'] ) ) {
			$locale   = $attrs['lang'] ?? ( str_starts_with( determine_locale(), 'en' ) ? 'en' : 'fr' );
			$document = ( new Inne_Kit_Json_Ld( $feed, $locale ) )->document( $name, $items );
			if ( $document ) {
				$ld = Inne_Kit_Json_Ld::script( $document );
				// The server already describes these items: the component must not repeat them.
				$attrs['no-jsonld'] = true;
			}
		}

		$html = '';
		if ( $ignored ) {
			$names = implode( ', ', array_map( static fn ( $n ) => preg_replace( '/[^a-z0-9-]/', '', $n ), $ignored ) );
			$html .= '<!-- ' . esc_html( sprintf( 'Inné kit: %s: ignored attributes (unknown name or invalid value): %s', $component['tag'], $names ) ) . " -->\n";
		}
		$html .= '<' . $component['tag'];
		foreach ( $attrs as $attr => $value ) {
			$html .= true === $value ? ' ' . $attr : ' ' . $attr . '="' . self::attribute_value( $value ) . '"';
		}
		$html .= '></' . $component['tag'] . '>';
		$html .= self::noscript( $name, $items, $feed, $settings );
		return $html . $ld;
	}

	/**
	 * A plain value (Inne_Kit_Components::sanitize decoded it) escaped for a quoted attribute,
	 * every `&` included: esc_attr() leaves `&amp;` or `&quot;` as it finds them, and a value
	 * that holds such text as text would reach the element decoded twice.
	 *
	 * @param string $value The value.
	 */
	private static function attribute_value( string $value ): string {
		return htmlspecialchars( $value, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8' );
	}

	/**
	 * Enqueues the bundle as a module, once per page: on the front end through the script
	 * modules API where WordPress has it (6.5+); elsewhere, and in the admin, as a classic
	 * script that `module_tag` prints as a module. WordPress 6.5 prints script modules on the
	 * front end only: the block editor's preview would never get the elements.
	 */
	public static function enqueue(): void {
		$path    = INNE_KIT_DIR . 'assets/inne.js';
		$url     = plugins_url( 'assets/inne.js', INNE_KIT_FILE );
		$version = INNE_KIT_VERSION . ( is_readable( $path ) ? '-' . filemtime( $path ) : '' );
		if ( function_exists( 'wp_enqueue_script_module' ) && ! is_admin() ) {
			wp_enqueue_script_module( self::HANDLE, $url, array(), $version );
			return;
		}
		wp_enqueue_script( self::HANDLE, $url, array(), $version, true );
	}

	/**
	 * Where the bundle is a classic script (before WordPress 6.5, and in the admin), turns its
	 * tag into a module script.
	 *
	 * @param string $tag    The script tag.
	 * @param string $handle Its handle.
	 * @param string $src    Its URL.
	 */
	public static function module_tag( $tag, $handle, $src ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script, printed as a module.
		return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) );
	}

	/**
	 * What a visitor without JavaScript sees: the titles of what the component shows and a link
	 * to the club's page (the setting, else the feed publisher's address).
	 *
	 * @param string     $name     Component short name.
	 * @param array      $items    Items shown.
	 * @param array|null $feed     The feed.
	 * @param array      $settings The settings.
	 */
	private static function noscript( string $name, array $items, ?array $feed, array $settings ): string {
		$publisher = is_array( $feed['publisher'] ?? null ) ? $feed['publisher'] : array();
		$club      = is_string( $publisher['name'] ?? null ) ? $publisher['name'] : 'Club Inné';
		$page      = '' !== $settings['page_url'] ? $settings['page_url'] : Inne_Kit_Components::https_url( (string) ( $publisher['url'] ?? '' ) );

		$list = '';
		foreach ( array_slice( $items, 0, 20 ) as $item ) {
			$title = $item['title'] ?? '';
			if ( ! is_string( $title ) || '' === $title ) {
				continue;
			}
			$url   = Inne_Kit_Components::https_url( (string) ( $item['url'] ?? '' ) );
			$text  = esc_html( mb_substr( $title, 0, 300 ) );
			$list .= '<li>' . ( $url ? '<a href="' . esc_url( $url ) . '">' . $text . '</a>' : $text ) . '</li>';
		}

		if ( str_starts_with( $name, 'maturity' ) ) {
			/* translators: %s: the club's name. */
			$more = sprintf( __( 'This self-assessment of %s needs JavaScript.', 'inne-kit' ), $club );
		} elseif ( $page ) {
			/* translators: %s: the club's name. */
			$more = sprintf( __( 'More on the website of %s', 'inne-kit' ), $club );
		} else {
			/* translators: %s: the club's name. */
			$more = sprintf( __( 'Turn on JavaScript to see everything from %s.', 'inne-kit' ), $club );
		}
		$more = esc_html( $more );
		if ( $page && ! str_starts_with( $name, 'maturity' ) ) {
			$more = '<a href="' . esc_url( $page ) . '">' . $more . '</a>';
		}
		return '<noscript><div class="inne-kit-noscript">' . ( $list ? '<ul>' . $list . '</ul>' : '' ) . '<p>' . $more . '</p></div></noscript>';
	}

	/** Tells administrators when the plugin was installed without its built assets. */
	public static function missing_assets_notice(): void {
		if ( ! current_user_can( 'activate_plugins' ) || is_readable( INNE_KIT_DIR . 'assets/inne.js' ) ) {
			return;
		}
		echo '<div class="notice notice-error"><p>' . esc_html__( 'Inné kit: the component files are missing (assets/inne.js). Install the plugin from its release zip, built by scripts/wordpress-zip.mjs.', 'inne-kit' ) . '</p></div>';
	}
}
