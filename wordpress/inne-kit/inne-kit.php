<?php
/**
 * Plugin Name:       Inné kit
 * Description:       Show the projects, events and membership call of Club Inné (economy of functionality and cooperation, Normandy) with a shortcode or a block, even where scripts are not allowed in content.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            Club Inné
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       inne-kit
 * Domain Path:       /languages
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

define( 'INNE_KIT_VERSION', '0.1.0' );
define( 'INNE_KIT_FILE', __FILE__ );
define( 'INNE_KIT_DIR', plugin_dir_path( __FILE__ ) );

require_once INNE_KIT_DIR . 'includes/class-inne-kit-vocabulary.php';
require_once INNE_KIT_DIR . 'includes/class-inne-kit-components.php';
require_once INNE_KIT_DIR . 'includes/class-inne-kit-settings.php';
require_once INNE_KIT_DIR . 'includes/class-inne-kit-feed.php';
require_once INNE_KIT_DIR . 'includes/class-inne-kit-select.php';
require_once INNE_KIT_DIR . 'includes/class-inne-kit-json-ld.php';
require_once INNE_KIT_DIR . 'includes/class-inne-kit-renderer.php';
require_once INNE_KIT_DIR . 'includes/class-inne-kit-block.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'inne-kit', false, dirname( plugin_basename( INNE_KIT_FILE ) ) . '/languages' );
		Inne_Kit_Renderer::register();
		Inne_Kit_Block::register();
	}
);

Inne_Kit_Settings::register();
