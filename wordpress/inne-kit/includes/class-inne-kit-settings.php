<?php
/**
 * Settings → Inné kit: the feed URL, the default language and the club page linked for
 * visitors without JavaScript. Every setting is optional: with none, the components show the
 * club's default feed shipped with the plugin.
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings page (Settings API: nonce, capability and sanitisation handled in one place).
 */
final class Inne_Kit_Settings {

	const OPTION = 'inne_kit_settings';
	const PAGE   = 'inne-kit';

	/** Hooks the page into the admin. */
	public static function register(): void {
		add_action( 'admin_init', array( __CLASS__, 'register_setting' ) );
		add_action( 'admin_menu', array( __CLASS__, 'add_page' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( INNE_KIT_FILE ), array( __CLASS__, 'action_links' ) );
	}

	/**
	 * The settings, with their defaults.
	 *
	 * @return array{feed_url: string, lang: string, page_url: string}
	 */
	public static function get(): array {
		$saved = get_option( self::OPTION, array() );
		return wp_parse_args(
			is_array( $saved ) ? $saved : array(),
			array(
				'feed_url' => '',
				'lang'     => '',
				'page_url' => '',
			)
		);
	}

	/** Declares the option and its fields. */
	public static function register_setting(): void {
		register_setting(
			self::PAGE,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => array(),
			)
		);
		add_settings_section( 'inne_kit_data', __( 'Data and language', 'inne-kit' ), array( __CLASS__, 'section_intro' ), self::PAGE );
		add_settings_field(
			'inne_kit_feed_url',
			__( 'Feed URL', 'inne-kit' ),
			array( __CLASS__, 'field_url' ),
			self::PAGE,
			'inne_kit_data',
			array(
				'label_for'   => 'inne_kit_feed_url',
				'key'         => 'feed_url',
				'description' => __( 'Leave empty to show the club’s own feed, shipped with the plugin. Otherwise an https address of a feed in the Inné format.', 'inne-kit' ),
			)
		);
		add_settings_field( 'inne_kit_lang', __( 'Default language', 'inne-kit' ), array( __CLASS__, 'field_lang' ), self::PAGE, 'inne_kit_data', array( 'label_for' => 'inne_kit_lang' ) );
		add_settings_field(
			'inne_kit_page_url',
			__( 'Club page', 'inne-kit' ),
			array( __CLASS__, 'field_url' ),
			self::PAGE,
			'inne_kit_data',
			array(
				'label_for'   => 'inne_kit_page_url',
				'key'         => 'page_url',
				'description' => __( 'The https address linked for visitors whose browser does not run JavaScript. Leave empty to use the feed publisher’s address, if the feed gives one.', 'inne-kit' ),
			)
		);
	}

	/**
	 * Validates the submitted settings; an invalid value keeps the previous one and says why.
	 *
	 * @param mixed $input The submitted value.
	 * @return array{feed_url: string, lang: string, page_url: string}
	 */
	public static function sanitize( $input ): array {
		$previous = self::get();
		$input    = is_array( $input ) ? wp_unslash( $input ) : array();
		$clean    = $previous;

		foreach ( array( 'feed_url', 'page_url' ) as $key ) {
			$value = isset( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
			if ( '' === $value ) {
				$clean[ $key ] = '';
				continue;
			}
			$url = Inne_Kit_Components::https_url( $value );
			if ( null === $url ) {
				// WordPress prints this message as HTML: the typed address must stay text.
				add_settings_error(
					self::OPTION,
					'inne_kit_' . $key,
					/* translators: %s: the address that was typed. */
					sprintf( esc_html__( '“%s” is not an https address: the previous value was kept.', 'inne-kit' ), esc_html( $value ) )
				);
				continue;
			}
			$clean[ $key ] = $url;
		}

		$lang          = isset( $input['lang'] ) ? (string) $input['lang'] : '';
		$clean['lang'] = in_array( $lang, Inne_Kit_Components::LANGS, true ) ? $lang : '';
		return $clean;
	}

	/** Adds Settings → Inné kit. */
	public static function add_page(): void {
		add_options_page( __( 'Inné kit', 'inne-kit' ), __( 'Inné kit', 'inne-kit' ), 'manage_options', self::PAGE, array( __CLASS__, 'render_page' ) );
	}

	/**
	 * A "Settings" link beside Deactivate on the plugins screen.
	 *
	 * @param string[] $links The existing links.
	 * @return string[]
	 */
	public static function action_links( array $links ): array {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'inne-kit' ) . '</a>' );
		return $links;
	}

	/** The page itself. */
	public static function render_page(): void {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		?>
		<div class="wrap">
			<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
			<form action="options.php" method="post">
				<?php
				settings_fields( self::PAGE );
				do_settings_sections( self::PAGE );
				submit_button();
				?>
			</form>
			<h2><?php esc_html_e( 'Shortcodes', 'inne-kit' ); ?></h2>
			<p><?php esc_html_e( 'Any author or editor can use them, even without the right to insert scripts:', 'inne-kit' ); ?></p>
			<ul>
				<li><code>[inne_projects sphere="se-nourrir" limit="6"]</code></li>
				<li><code>[inne_events when="upcoming" limit="3"]</code></li>
				<li><code>[inne_membership]</code></li>
			</ul>
		</div>
		<?php
	}

	/** Introduction of the section. */
	public static function section_intro(): void {
		echo '<p>' . esc_html__( 'Every setting is optional: with none, the components show the club’s projects, events and membership call.', 'inne-kit' ) . '</p>';
	}

	/**
	 * An https URL field.
	 *
	 * @param array{label_for: string, key: string, description: string} $args Field arguments.
	 */
	public static function field_url( array $args ): void {
		$settings = self::get();
		printf(
			'<input type="url" class="regular-text code" id="%1$s" name="%2$s[%3$s]" value="%4$s" placeholder="https://" pattern="https://.+" aria-describedby="%1$s-description" /><p class="description" id="%1$s-description">%5$s</p>',
			esc_attr( $args['label_for'] ),
			esc_attr( self::OPTION ),
			esc_attr( $args['key'] ),
			esc_attr( $settings[ $args['key'] ] ),
			esc_html( $args['description'] )
		);
	}

	/** The default language. */
	public static function field_lang(): void {
		$current = self::get()['lang'];
		$choices = array(
			''   => __( 'The page’s language', 'inne-kit' ),
			'fr' => __( 'French', 'inne-kit' ),
			'en' => __( 'English', 'inne-kit' ),
		);
		printf( '<select id="inne_kit_lang" name="%s[lang]">', esc_attr( self::OPTION ) );
		foreach ( $choices as $value => $label ) {
			printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $current, $value, false ), esc_html( $label ) );
		}
		echo '</select>';
	}
}
