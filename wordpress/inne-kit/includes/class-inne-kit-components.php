<?php
/**
 * The components the plugin can print, and the attributes each one accepts.
 *
 * This allowlist is the security boundary between what an Editor types in a shortcode or a
 * block and the HTML printed on the page: an attribute that is not listed here, or whose value
 * does not match its type, is never printed. The vocabulary ids are core's own, read from
 * assets/vocabulary.json (Inne_Kit_Vocabulary); scripts/wordpress/test.mjs checks that every
 * attribute listed here is a real attribute of the component (custom-elements.json).
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Component definitions and attribute validation.
 */
final class Inne_Kit_Components {

	const LANGS = array( 'fr', 'en' );

	/**
	 * Every component, keyed by its short name (the `component` of the block and the embed page).
	 *
	 * @return array<string, array{tag: string, shortcodes: string[], label: string, attributes: array<string, array>}>
	 */
	public static function all(): array {
		$common  = array(
			'src'       => array( 'type' => 'url' ),
			'lang'      => array(
				'type'   => 'enum',
				'values' => self::LANGS,
			),
			'debug'     => array( 'type' => 'bool' ),
			'no-jsonld' => array( 'type' => 'bool' ),
		);
		$heading = array(
			'heading-level' => array(
				'type' => 'int',
				'min'  => 2,
				'max'  => 6,
			),
		);
		$grid    = array(
			'type'   => 'enum',
			'values' => array( 'efc-ect', 'efc-tender' ),
		);
		// A page size; 0 shows everything.
		$limit = array(
			'type' => 'int',
			'min'  => 0,
			'max'  => 100000,
		);

		return array(
			'projects'            => array(
				'tag'        => 'inne-projects',
				'shortcodes' => array( 'inne_projects' ),
				'label'      => __( 'Projects', 'inne-kit' ),
				'attributes' => array(
					'sphere'    => array(
						'type'   => 'enums',
						'values' => Inne_Kit_Vocabulary::ids( 'spheres' ),
					),
					'territory' => array( 'type' => 'names' ),
					'phase'     => array(
						'type'   => 'enums',
						'values' => Inne_Kit_Vocabulary::ids( 'phases' ),
					),
					'actor'     => array( 'type' => 'ids' ),
					'limit'     => $limit,
					'sort'      => array(
						'type'   => 'enum',
						'values' => array( 'feed', 'title', 'phase', 'recent' ),
					),
					'layout'    => array(
						'type'   => 'enum',
						'values' => array( 'grid', 'list', 'compact' ),
					),
					'filters'   => array( 'type' => 'bool' ),
				) + $heading + $common,
			),
			'project-card'        => array(
				'tag'        => 'inne-project-card',
				'shortcodes' => array( 'inne_project_card' ),
				'label'      => __( 'Project card', 'inne-kit' ),
				'attributes' => array(
					'project-id' => array( 'type' => 'id' ),
				) + $heading + $common,
			),
			'events'              => array(
				'tag'        => 'inne-events',
				'shortcodes' => array( 'inne_events' ),
				'label'      => __( 'Events', 'inne-kit' ),
				'attributes' => array(
					'when'     => array(
						'type'   => 'enum',
						'values' => array( 'upcoming', 'past', 'all' ),
					),
					'kind'     => array(
						'type'   => 'enums',
						'values' => Inne_Kit_Vocabulary::ids( 'eventKinds' ),
					),
					'sphere'   => array(
						'type'   => 'enums',
						'values' => Inne_Kit_Vocabulary::ids( 'spheres' ),
					),
					'actor'    => array( 'type' => 'ids' ),
					'limit'    => $limit,
					'group-by' => array(
						'type'   => 'enum',
						'values' => array( 'none', 'month' ),
					),
				) + $heading + $common,
			),
			'membership'          => array(
				'tag'        => 'inne-membership-cta',
				'shortcodes' => array( 'inne_membership', 'inne_membership_cta' ),
				'label'      => __( 'Membership call', 'inne-kit' ),
				'attributes' => array(
					'campaign'     => array( 'type' => 'id' ),
					'year'         => array(
						'type' => 'int',
						'min'  => 2000,
						'max'  => 2100,
					),
					'opens'        => array( 'type' => 'date' ),
					'deadline'     => array( 'type' => 'date' ),
					'href'         => array( 'type' => 'url' ),
					'utm-source'   => array( 'type' => 'text' ),
					'utm-medium'   => array( 'type' => 'text' ),
					'utm-campaign' => array( 'type' => 'text' ),
				) + $heading + $common,
			),
			'maturity-radar'      => array(
				'tag'        => 'inne-maturity-radar',
				'shortcodes' => array( 'inne_maturity_radar' ),
				'label'      => __( 'EFC maturity radar', 'inne-kit' ),
				'attributes' => array(
					'assessment' => array( 'type' => 'id' ),
					'framework'  => $grid,
					'label'      => array( 'type' => 'text' ),
					'table'      => array(
						'type'   => 'enum',
						'values' => array( 'toggle', 'visible' ),
					),
				) + $common,
			),
			'maturity-assessment' => array(
				'tag'        => 'inne-maturity-assessment',
				'shortcodes' => array( 'inne_maturity_assessment' ),
				'label'      => __( 'EFC maturity self-assessment', 'inne-kit' ),
				'attributes' => array(
					'framework' => $grid,
					'persist'   => array( 'type' => 'bool' ),
					// The form reads no feed and writes no JSON-LD: no `src`, no `no-jsonld`.
				) + $heading + array_intersect_key( $common, array_flip( array( 'lang', 'debug' ) ) ),
			),
		);
	}

	/**
	 * One component's definition, or null for an unknown name.
	 *
	 * @param string $name Short name such as `projects`.
	 */
	public static function get( string $name ): ?array {
		$all = self::all();
		return $all[ $name ] ?? null;
	}

	/**
	 * Keeps the attributes that the component accepts, with values of the right type.
	 *
	 * Names are normalised the way webmasters type them in shortcodes (`heading_level` and
	 * `heading-level` are the same); a bare word (`[inne_projects filters]`) turns a boolean on.
	 *
	 * @param string $name Component short name.
	 * @param array  $raw  Attributes as typed (shortcode atts or block attributes).
	 * @return array{0: array<string, string|true>, 1: string[]} The clean attributes and the names of those left out.
	 */
	public static function sanitize( string $name, array $raw ): array {
		$component = self::get( $name );
		if ( ! $component ) {
			return array( array(), array_map( 'strval', array_keys( $raw ) ) );
		}
		$specs   = $component['attributes'];
		$clean   = array();
		$ignored = array();
		foreach ( $raw as $key => $value ) {
			if ( is_int( $key ) ) {
				$key   = (string) $value;
				$value = true;
			}
			$key = str_replace( '_', '-', strtolower( trim( (string) $key ) ) );
			if ( ! isset( $specs[ $key ] ) ) {
				$ignored[] = $key;
				continue;
			}
			$valid = self::validate( $specs[ $key ], $value );
			if ( null === $valid ) {
				$ignored[] = $key;
				continue;
			}
			if ( false !== $valid ) {
				$clean[ $key ] = $valid;
			}
		}
		return array( $clean, $ignored );
	}

	/**
	 * Checks one value against its type.
	 *
	 * @param array $spec  The attribute's spec.
	 * @param mixed $value The value as typed.
	 * @return string|bool|null The value to print (true for a boolean attribute that is on),
	 *                          false for a boolean that is off, null when the value is invalid.
	 */
	private static function validate( array $spec, $value ) {
		if ( 'bool' === $spec['type'] ) {
			if ( is_bool( $value ) ) {
				return $value;
			}
			$value = strtolower( trim( (string) $value ) );
			if ( in_array( $value, array( '', '1', 'true', 'yes', 'oui', 'on' ), true ) ) {
				return true;
			}
			return in_array( $value, array( '0', 'false', 'no', 'non', 'off' ), true ) ? false : null;
		}
		if ( ! is_scalar( $value ) ) {
			return null;
		}
		// A value is read as HTML text, once: a shortcode cannot hold `"`, `[` or `]` raw, so the
		// configurator writes them `&quot;`, `&#91;`, `&#93;` (and `&` as `&amp;`), WordPress
		// saves an Editor's bare `&` as `&amp;` (kses), and so does the block's editor with every
		// `&` typed. The renderer escapes the plain value again. docs/wordpress.md says why.
		$value = trim( html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
		if ( '' === $value ) {
			return false;
		}
		switch ( $spec['type'] ) {
			case 'enum':
				$value = strtolower( $value );
				return in_array( $value, $spec['values'], true ) ? $value : null;
			case 'int':
				if ( ! preg_match( '/^\d{1,6}$/', $value ) ) {
					return null;
				}
				$number = (int) $value;
				return ( $number >= $spec['min'] && $number <= $spec['max'] ) ? (string) $number : null;
			case 'enums':
				$values = array_filter( preg_split( '/[\s,]+/', strtolower( $value ) ) );
				return $values && ! array_diff( $values, $spec['values'] ) ? implode( ' ', array_unique( $values ) ) : null;
			case 'id':
				return self::is_id( $value ) ? $value : null;
			case 'ids':
				$values = array_map( 'trim', explode( ',', $value ) );
				return count( array_filter( $values, array( __CLASS__, 'is_id' ) ) ) === count( $values ) ? implode( ',', $values ) : null;
			case 'names':
				$values = array_filter( array_map( array( __CLASS__, 'plain_text' ), explode( ',', $value ) ) );
				$value  = implode( ', ', $values );
				return ( '' !== $value && mb_strlen( $value ) <= 300 ) ? $value : null;
			case 'date':
				return preg_match( '/^\d{4}-\d{2}-\d{2}$/', $value ) && checkdate( (int) substr( $value, 5, 2 ), (int) substr( $value, 8, 2 ), (int) substr( $value, 0, 4 ) ) ? $value : null;
			case 'url':
				return self::https_url( $value );
			case 'text':
				$value = self::plain_text( $value );
				return ( '' !== $value && mb_strlen( $value ) <= 120 ) ? $value : null;
		}
		return null;
	}

	/**
	 * A plain text without tags, line breaks or runs of spaces, still plain text: what
	 * sanitize_text_field() keeps, without the `&lt;` and `&quot;` it writes for a lone `<` (its
	 * result is HTML text). Every `&` is written `&amp;` first, so that the one decoding after it
	 * turns back only what it wrote, never text that looks like a reference (`R&amp;D` stays).
	 *
	 * @param string $value The value, decoded.
	 */
	private static function plain_text( string $value ): string {
		return htmlspecialchars_decode( sanitize_text_field( str_replace( '&', '&amp;', $value ) ), ENT_QUOTES );
	}

	/**
	 * Whether a value is an item id of the feed format.
	 *
	 * @param string $value The value.
	 */
	private static function is_id( string $value ): bool {
		return (bool) preg_match( '/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/', $value );
	}

	/**
	 * An `https:` URL without credentials, or null.
	 *
	 * @param string $url The URL as typed.
	 */
	public static function https_url( string $url ): ?string {
		$url = trim( $url );
		if ( strlen( $url ) > 2048 || ! preg_match( '#^https://[^\s/?\#@\\\\]+(?:[/?\#]\S*)?$#i', $url ) ) {
			return null;
		}
		$clean = esc_url_raw( $url, array( 'https' ) );
		return '' === $clean ? null : $clean;
	}
}
