<?php
/**
 * The "Inné kit" block: a dynamic block whose attributes are the component's name and its
 * attributes; the server renders it with the shortcodes' renderer, so the allowlist, the
 * escaping and the JSON-LD are the same. The editor script needs no build step.
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Block registration.
 */
final class Inne_Kit_Block {

	const EDITOR_HANDLE = 'inne-kit-block-editor';

	/** Registers the editor script and the block. */
	public static function register(): void {
		wp_register_script(
			self::EDITOR_HANDLE,
			plugins_url( 'blocks/component/editor.js', INNE_KIT_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
			INNE_KIT_VERSION,
			true
		);
		wp_set_script_translations( self::EDITOR_HANDLE, 'inne-kit', INNE_KIT_DIR . 'languages' );
		$components = array();
		foreach ( Inne_Kit_Components::all() as $name => $component ) {
			$components[ $name ] = array(
				'label'      => $component['label'],
				'tag'        => $component['tag'],
				'attributes' => self::labelled( $component['attributes'] ),
			);
		}
		wp_add_inline_script( self::EDITOR_HANDLE, 'window.inneKitComponents = ' . wp_json_encode( $components, JSON_HEX_TAG | JSON_UNESCAPED_UNICODE ) . ';', 'before' );

		register_block_type(
			INNE_KIT_DIR . 'blocks/component',
			array( 'render_callback' => array( __CLASS__, 'render' ) )
		);
		add_action( 'enqueue_block_editor_assets', array( 'Inne_Kit_Renderer', 'enqueue' ) );
	}

	/**
	 * The attributes as the editor shows them: each with a label in the editor's language, and
	 * each choice of a list with its words (the vocabulary's from vocabulary.json, the others
	 * here), so that an Editor picks "Se nourrir", not `se-nourrir`.
	 *
	 * @param array<string, array> $specs The component's attributes.
	 * @return array<string, array>
	 */
	private static function labelled( array $specs ): array {
		$labels = array(
			'sphere'        => __( 'Spheres of life', 'inne-kit' ),
			'territory'     => __( 'Territories (names, separated by commas)', 'inne-kit' ),
			'phase'         => __( 'Phases', 'inne-kit' ),
			'actor'         => __( 'Actors (ids, separated by commas)', 'inne-kit' ),
			'limit'         => __( 'Items per page (0: all)', 'inne-kit' ),
			'sort'          => __( 'Order', 'inne-kit' ),
			'layout'        => __( 'Layout', 'inne-kit' ),
			'filters'       => __( 'Filter bar for visitors', 'inne-kit' ),
			'project-id'    => __( 'Project id', 'inne-kit' ),
			'when'          => __( 'Period', 'inne-kit' ),
			'kind'          => __( 'Event kinds', 'inne-kit' ),
			'group-by'      => __( 'Group by', 'inne-kit' ),
			'campaign'      => __( 'Campaign id', 'inne-kit' ),
			'year'          => __( 'Year', 'inne-kit' ),
			'opens'         => __( 'Opening date', 'inne-kit' ),
			'deadline'      => __( 'Deadline', 'inne-kit' ),
			'href'          => __( 'Payment page (https://)', 'inne-kit' ),
			'utm-source'    => __( 'utm_source of the payment link', 'inne-kit' ),
			'utm-medium'    => __( 'utm_medium of the payment link', 'inne-kit' ),
			'utm-campaign'  => __( 'utm_campaign of the payment link', 'inne-kit' ),
			'assessment'    => __( 'Assessment id', 'inne-kit' ),
			'framework'     => __( 'Grid', 'inne-kit' ),
			'label'         => __( 'Name of the series', 'inne-kit' ),
			'table'         => __( 'Table of the scores', 'inne-kit' ),
			'persist'       => __( 'Keep a draft in the browser', 'inne-kit' ),
			'heading-level' => __( 'Heading level (2 to 6)', 'inne-kit' ),
			'src'           => __( 'Another feed (https:// address)', 'inne-kit' ),
			'lang'          => __( 'Language', 'inne-kit' ),
			'debug'         => __( 'Show problems on the page (debug)', 'inne-kit' ),
			'no-jsonld'     => __( 'No schema.org JSON-LD', 'inne-kit' ),
		);
		$choices = array(
			'sort'      => array(
				'feed'   => __( 'Order of the feed', 'inne-kit' ),
				'title'  => __( 'Title', 'inne-kit' ),
				'phase'  => __( 'Phase (emergence first)', 'inne-kit' ),
				'recent' => __( 'Most recent first', 'inne-kit' ),
			),
			'layout'    => array(
				'grid'    => __( 'Grid', 'inne-kit' ),
				'list'    => __( 'List', 'inne-kit' ),
				'compact' => __( 'Compact', 'inne-kit' ),
			),
			'when'      => array(
				'upcoming' => __( 'Upcoming', 'inne-kit' ),
				'past'     => __( 'Past', 'inne-kit' ),
				'all'      => __( 'All', 'inne-kit' ),
			),
			'group-by'  => array(
				'none'  => __( 'No grouping', 'inne-kit' ),
				'month' => __( 'Month', 'inne-kit' ),
			),
			'framework' => array(
				'efc-ect'    => __( 'EFC assessment of a project or a territory', 'inne-kit' ),
				'efc-tender' => __( 'Tender analysis (public procurement)', 'inne-kit' ),
			),
			'table'     => array(
				'toggle'  => __( 'Behind a button', 'inne-kit' ),
				'visible' => __( 'Always shown', 'inne-kit' ),
			),
			'lang'      => array(
				'fr' => 'Français',
				'en' => 'English',
			),
		);
		$lists = array(
			'sphere' => 'spheres',
			'phase'  => 'phases',
			'kind'   => 'eventKinds',
		);
		$en    = ! str_starts_with( determine_locale(), 'fr' );
		foreach ( $specs as $name => $spec ) {
			$specs[ $name ]['label'] = $labels[ $name ] ?? $name;
			if ( isset( $lists[ $name ] ) ) {
				$words = array();
				foreach ( $spec['values'] as $id ) {
					$words[ $id ] = Inne_Kit_Vocabulary::label( $lists[ $name ], $id, $en ) ?? $id;
				}
				$specs[ $name ]['choices'] = $words;
			} elseif ( isset( $choices[ $name ] ) ) {
				$specs[ $name ]['choices'] = $choices[ $name ];
			}
		}
		return $specs;
	}

	/**
	 * Renders the block.
	 *
	 * @param array $attributes Block attributes: `component` and `attrs`.
	 */
	public static function render( $attributes ): string {
		$name  = is_string( $attributes['component'] ?? null ) ? $attributes['component'] : 'projects';
		$attrs = is_array( $attributes['attrs'] ?? null ) ? $attributes['attrs'] : array();
		$html  = Inne_Kit_Renderer::render( $name, $attrs );
		return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
	}
}
