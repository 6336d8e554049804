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
				'attributes' => $component['attributes'],
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
