<?php
/**
 * The feed's vocabulary (spheres, phases, event kinds…) with its French and English labels,
 * read from assets/vocabulary.json: core generates that file and the plugin zip ships it beside
 * the bundle, so the ids the shortcodes accept and the words the JSON-LD uses are the
 * components' own, not a copy kept here.
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Vocabulary ids and labels.
 */
final class Inne_Kit_Vocabulary {

	/**
	 * The lists by name, each id with its labels; read once per request.
	 *
	 * @var array<string, array<string, array{fr: string, en: string}>>|null
	 */
	private static ?array $lists = null;

	/**
	 * The ids of a list (`spheres`, `phases`, `eventKinds`…), in the vocabulary's order.
	 *
	 * @param string $list The list's name in vocabulary.json.
	 * @return string[]
	 */
	public static function ids( string $list ): array {
		$ids = self::lists()[ $list ] ?? null;
		return is_array( $ids ) ? array_map( 'strval', array_keys( $ids ) ) : array();
	}

	/**
	 * The label of an id in French or English, or null for an id the list does not hold.
	 *
	 * @param string $list The list's name.
	 * @param string $id   The id.
	 * @param bool   $en   English rather than French.
	 */
	public static function label( string $list, string $id, bool $en ): ?string {
		$label = self::lists()[ $list ][ $id ][ $en ? 'en' : 'fr' ] ?? null;
		return is_string( $label ) ? $label : null;
	}

	/**
	 * The decoded file, or no list at all when it is missing or broken: every vocabulary
	 * attribute is then refused (and reported), never printed unchecked.
	 */
	private static function lists(): array {
		if ( null === self::$lists ) {
			$path = INNE_KIT_DIR . 'assets/vocabulary.json';
			// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file of the plugin.
			$json        = is_readable( $path ) ? json_decode( (string) file_get_contents( $path ), true, 8 ) : null;
			self::$lists = is_array( $json ) ? $json : array();
		}
		return self::$lists;
	}
}
