<?php
/**
 * schema.org JSON-LD of what a shortcode shows, rendered on the server so that crawlers which
 * do not run scripts see the same projects, events and membership offers as visitors. A port
 * of core's json-ld/ (toJsonLd): the same types, properties and ids as the components write.
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * schema.org output.
 */
final class Inne_Kit_Json_Ld {

	const MAX_TEXT = 5000;

	const ACTOR_TYPES = array(
		'commune'     => 'GovernmentOrganization',
		'epci'        => 'GovernmentOrganization',
		'metropole'   => 'GovernmentOrganization',
		'departement' => 'GovernmentOrganization',
		'region'      => 'GovernmentOrganization',
		'etat'        => 'GovernmentOrganization',
		'association' => 'NGO',
	);

	const ROLE_PROPERTIES = array(
		'porteur'        => 'member',
		'partenaire'     => 'member',
		'financeur'      => 'funder',
		'accompagnateur' => 'sponsor',
	);

	/**
	 * Publisher, actors by id, base for ids and language of the document being written.
	 *
	 * @var array{base: ?string, actors: array<string, array>, publisher: ?array, en: bool}
	 */
	private array $ctx;

	/**
	 * A writer for one feed.
	 *
	 * @param array  $feed   The feed.
	 * @param string $locale `fr` or `en`.
	 */
	public function __construct( array $feed, string $locale ) {
		$actors = array();
		foreach ( Inne_Kit_Select::collection( $feed, 'actors' ) as $actor ) {
			$actors[ $actor['id'] ] = $actor;
		}
		$publisher = is_array( $feed['publisher'] ?? null ) ? $feed['publisher'] : null;
		$base      = $publisher ? self::url( $publisher['url'] ?? null ) : null;
		$this->ctx = array(
			'base'      => $base ? preg_replace( '/#.*$/', '', $base ) : null,
			'actors'    => $actors,
			'publisher' => $publisher,
			'en'        => 'en' === $locale,
		);
	}

	/**
	 * The document for the items a component shows, or null when there are none.
	 *
	 * @param string $component Component short name.
	 * @param array  $items     Items from Inne_Kit_Select::items().
	 */
	public function document( string $component, array $items ): ?array {
		$graph = array();
		foreach ( $items as $item ) {
			if ( 'events' === $component ) {
				$graph[] = $this->event( $item );
			} elseif ( 'membership' === $component ) {
				$graph = array_merge( $graph, $this->offers( $item ) );
			} else {
				$graph[] = $this->project( $item );
			}
		}
		return $graph ? array(
			'@context' => 'https://schema.org',
			'@graph'   => $graph,
		) : null;
	}

	/**
	 * Prints a document as a script element that no text of the feed can close.
	 *
	 * @param array $document From document().
	 */
	public static function script( array $document ): string {
		$json = wp_json_encode( $document, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		return false === $json ? '' : '<script type="application/ld+json">' . $json . '</script>';
	}

	/**
	 * A project as schema.org Project (an Organization: members, funders, sponsors).
	 *
	 * @param array $project The project.
	 */
	private function project( array $project ): array {
		$people = array(
			'member'  => array(),
			'funder'  => array(),
			'sponsor' => array(),
		);
		foreach ( (array) ( $project['actors'] ?? array() ) as $part ) {
			$property = is_array( $part ) ? ( self::ROLE_PROPERTIES[ $part['role'] ?? '' ] ?? null ) : null;
			$ref      = $property && is_string( $part['actor'] ?? null ) ? $this->actor_ref( $part['actor'] ) : null;
			if ( $ref ) {
				$people[ $property ][] = $ref;
			}
		}
		$keywords = array();
		foreach ( (array) ( $project['spheres'] ?? array() ) as $sphere ) {
			$keywords[] = is_string( $sphere ) ? Inne_Kit_Vocabulary::label( 'spheres', $sphere, $this->ctx['en'] ) : null;
		}
		$keywords[] = is_string( $project['phase'] ?? null ) ? Inne_Kit_Vocabulary::label( 'phases', $project['phase'], $this->ctx['en'] ) : null;
		foreach ( (array) ( $project['tags'] ?? array() ) as $tag ) {
			$keywords[] = self::text( $tag );
		}
		$keywords = array_filter( $keywords );
		$image    = is_array( $project['image'] ?? null ) ? self::url( $project['image']['src'] ?? null ) : null;
		return self::node(
			'Project',
			array(
				'@id'         => $this->id( 'project', $project['id'] ),
				'name'        => self::text( $project['title'] ?? null ),
				'description' => self::text( $project['summary'] ?? null ),
				'url'         => self::url( $project['url'] ?? null ),
				'image'       => $image ? self::node(
					'ImageObject',
					array(
						'url'     => $image,
						'caption' => self::text( $project['image']['alt'] ?? null ),
					)
				) : null,
				'foundingDate' => self::text( $project['started'] ?? null ),
				'areaServed'  => self::text( $project['territory'] ?? null ),
				'keywords'    => $keywords ? implode( ', ', $keywords ) : null,
			) + $people
		);
	}

	/**
	 * An event as schema.org Event.
	 *
	 * @param array $event The event.
	 */
	private function event( array $event ): array {
		$statuses = array(
			'cancelled' => 'https://schema.org/EventCancelled',
			'postponed' => 'https://schema.org/EventPostponed',
		);
		$modes    = array(
			'in-person' => 'https://schema.org/OfflineEventAttendanceMode',
			'online'    => 'https://schema.org/OnlineEventAttendanceMode',
			'mixed'     => 'https://schema.org/MixedEventAttendanceMode',
		);
		$status   = is_string( $event['status'] ?? null ) ? $event['status'] : 'scheduled';
		$place    = is_array( $event['place'] ?? null ) ? $event['place'] : null;
		$online   = self::url( $event['onlineUrl'] ?? null );
		$mode     = is_string( $event['attendance'] ?? null ) ? $event['attendance'] : ( $place && $online ? 'mixed' : ( $online ? 'online' : ( $place ? 'in-person' : null ) ) );

		$where = array();
		if ( $place && 'online' !== $mode ) {
			$address = self::node(
				'PostalAddress',
				array(
					'streetAddress'   => self::text( $place['streetAddress'] ?? null ),
					'postalCode'      => self::text( $place['postalCode'] ?? null ),
					'addressLocality' => self::text( $place['locality'] ?? null ),
					'addressRegion'   => self::text( $place['region'] ?? null ),
					'addressCountry'  => self::text( $place['country'] ?? null ),
				)
			);
			$where[] = self::node(
				'Place',
				array(
					'name'    => self::text( $place['name'] ?? null ),
					'address' => count( $address ) > 1 ? $address : null,
				)
			);
		}
		if ( $online && 'in-person' !== $mode ) {
			$where[] = self::node( 'VirtualLocation', array( 'url' => $online ) );
		}

		$organizers = array_values( array_filter( array_map( fn ( $id ) => is_string( $id ) ? $this->actor_ref( $id ) : null, (array) ( $event['organizers'] ?? array() ) ) ) );
		if ( ! $organizers ) {
			$organizers = array_filter( array( $this->publisher_ref() ) );
		}

		$register = self::url( $event['registrationUrl'] ?? null );
		$price    = self::money( $event['price'] ?? null );
		$offers   = null;
		if ( $register || $price ) {
			$offers = self::node(
				'Offer',
				array(
					'url'           => $register,
					'price'         => $price ? $price[0] : null,
					'priceCurrency' => $price ? $price[1] : null,
					'availability'  => 'full' === $status ? 'https://schema.org/SoldOut' : ( 'cancelled' === $status ? null : 'https://schema.org/InStock' ),
				)
			);
		}

		return self::node(
			'Event',
			array(
				'@id'                 => $this->id( 'event', $event['id'] ),
				'name'                => self::text( $event['title'] ?? null ),
				'description'         => self::text( $event['summary'] ?? null ),
				'startDate'           => self::text( $event['start'] ?? null ),
				'endDate'             => self::text( $event['end'] ?? null ),
				'eventStatus'         => $statuses[ $status ] ?? 'https://schema.org/EventScheduled',
				'eventAttendanceMode' => $modes[ $mode ] ?? null,
				'location'            => count( $where ) > 1 ? $where : ( $where[0] ?? null ),
				'organizer'           => 1 === count( $organizers ) ? reset( $organizers ) : $organizers,
				'offers'              => $offers,
				'url'                 => self::url( $event['url'] ?? null ),
			)
		);
	}

	/**
	 * A membership campaign as schema.org Offers, one per tier.
	 *
	 * @param array $campaign The campaign.
	 */
	private function offers( array $campaign ): array {
		$paris    = new DateTimeZone( Inne_Kit_Select::PARIS );
		$host     = $this->publisher_ref();
		$title    = self::text( $campaign['title'] ?? null );
		$common   = array(
			'url'          => self::url( $campaign['paymentUrl'] ?? null ),
			'validFrom'    => self::day_at( $campaign['opens'] ?? null, '00:00:00', $paris, 'Y-m-d\TH:iP' ),
			'validThrough' => self::day_at( $campaign['deadline'] ?? null, '23:59:59', $paris, 'Y-m-d\TH:i:sP' ),
			'seller'       => $host,
			'itemOffered'  => self::node(
				'ProgramMembership',
				array(
					'programName'         => $title,
					'hostingOrganization' => $host,
				)
			),
		);
		$tiers    = array_values( array_filter( (array) ( $campaign['tiers'] ?? array() ), static fn ( $t ) => is_array( $t ) && is_string( $t['id'] ?? null ) ) );
		$offers   = array();
		$separate = $this->ctx['en'] ? '; ' : ' ; ';
		foreach ( $tiers ? $tiers : array( null ) as $tier ) {
			$benefits = array_filter( array_map( array( __CLASS__, 'text' ), (array) ( $tier['benefits'] ?? $campaign['benefits'] ?? array() ) ) );
			$price    = self::money( $tier['price'] ?? null );
			$minimum  = is_array( $tier['payWhatYouWant'] ?? null ) ? self::money( $tier['payWhatYouWant']['minimum'] ?? null ) : null;
			$offers[] = self::node(
				'Offer',
				array(
					'@id'                => $this->id( 'membership', $tier ? $campaign['id'] . '-' . $tier['id'] : $campaign['id'] ),
					'name'               => $tier ? $title . ' – ' . self::text( $tier['label'] ?? null ) : $title,
					'description'        => $benefits ? implode( $separate, $benefits ) : null,
					'price'              => $price ? $price[0] : null,
					'priceCurrency'      => $price ? $price[1] : ( $minimum ? $minimum[1] : null ),
					'priceSpecification' => $minimum ? self::node(
						'PriceSpecification',
						array(
							'minPrice'      => $minimum[0],
							'priceCurrency' => $minimum[1],
						)
					) : null,
				) + $common
			);
		}
		return $offers;
	}

	/**
	 * A reference to an actor of the feed.
	 *
	 * @param string $id Actor id.
	 */
	private function actor_ref( string $id ): ?array {
		$actor = $this->ctx['actors'][ $id ] ?? null;
		if ( ! $actor ) {
			return null;
		}
		return self::node(
			self::ACTOR_TYPES[ $actor['kind'] ?? '' ] ?? 'Organization',
			array(
				'@id'  => $this->id( 'actor', $id ),
				'name' => self::text( $actor['name'] ?? null ),
				'url'  => self::url( $actor['url'] ?? null ),
			)
		);
	}

	/** A reference to the feed's publisher. */
	private function publisher_ref(): ?array {
		$publisher = $this->ctx['publisher'];
		if ( ! $publisher ) {
			return null;
		}
		return self::node(
			'Organization',
			array(
				'@id'  => $this->ctx['base'] ? $this->ctx['base'] . '#publisher' : '_:publisher',
				'name' => self::text( $publisher['name'] ?? null ),
				'url'  => self::url( $publisher['url'] ?? null ),
			)
		);
	}

	/**
	 * A node id, under the publisher's URL when there is one.
	 *
	 * @param string $kind `project`, `event`, `actor`, `membership`.
	 * @param string $id   Item id.
	 */
	private function id( string $kind, string $id ): string {
		return ( $this->ctx['base'] ? $this->ctx['base'] . '#' : '_:' ) . $kind . '-' . $id;
	}

	/**
	 * A node: its type, then the properties that have a value.
	 *
	 * @param string $type       schema.org type.
	 * @param array  $properties Properties.
	 */
	private static function node( string $type, array $properties ): array {
		return array( '@type' => $type ) + array_filter( $properties, static fn ( $v ) => null !== $v && '' !== $v && array() !== $v );
	}

	/**
	 * An amount in cents as `[decimal amount, currency]`, or null.
	 *
	 * @param mixed $money `{ amount, currency }`.
	 */
	private static function money( $money ): ?array {
		if ( ! is_array( $money ) || ! is_int( $money['amount'] ?? null ) || ! is_string( $money['currency'] ?? null ) || ! preg_match( '/^[A-Z]{3}$/', $money['currency'] ) ) {
			return null;
		}
		$digits = in_array( $money['currency'], array( 'JPY', 'KRW', 'XAF', 'XOF', 'XPF' ), true ) ? 0 : 2;
		$value  = $money['amount'] / ( 10 ** $digits );
		return array( floor( $value ) === $value ? (int) $value : $value, $money['currency'] );
	}

	/**
	 * A time on a `YYYY-MM-DD` day of the feed, formatted; null when the value is not such a
	 * day (a hostile feed's `deadline` must not throw and take the page down).
	 *
	 * @param mixed        $value  The day.
	 * @param string       $time   `HH:MM:SS`.
	 * @param DateTimeZone $zone   Its zone.
	 * @param string       $format The output format.
	 */
	private static function day_at( $value, string $time, DateTimeZone $zone, string $format ): ?string {
		if ( ! is_string( $value ) || ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) || ! checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ) {
			return null;
		}
		return ( new DateTimeImmutable( $value . ' ' . $time, $zone ) )->format( $format );
	}

	/**
	 * A plain text value, trimmed and bounded, or null.
	 *
	 * @param mixed $value The value.
	 */
	private static function text( $value ): ?string {
		if ( ! is_string( $value ) && ! is_int( $value ) ) {
			return null;
		}
		$value = trim( (string) $value );
		return '' === $value ? null : mb_substr( $value, 0, self::MAX_TEXT );
	}

	/**
	 * An https URL, or null.
	 *
	 * @param mixed $value The value.
	 */
	private static function url( $value ): ?string {
		return is_string( $value ) ? Inne_Kit_Components::https_url( $value ) : null;
	}
}
