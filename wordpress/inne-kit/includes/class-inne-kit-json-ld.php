<?php
/**
 * What a shortcode shows, chosen from the feed on the server, and its schema.org JSON-LD, so
 * that crawlers which do not run scripts see the same projects, events and membership offers
 * as visitors. The choice follows the component's own filters (sphere, phase, territory,
 * actor, when, kind, limit); the shapes follow core's `toJsonLd`.
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Item selection and schema.org output.
 */
final class Inne_Kit_Json_Ld {

	const MAX_TEXT = 2000;

	/**
	 * The feed items that a component with these attributes shows.
	 *
	 * @param string $component Component short name.
	 * @param array  $attrs     Clean attributes.
	 * @param array  $feed      The feed document.
	 * @return array<int, array> Items of the feed (projects, events or campaigns).
	 */
	public static function select( string $component, array $attrs, array $feed ): array {
		switch ( $component ) {
			case 'projects':
				$items = array_values( array_filter( self::items( $feed, 'projects' ), static fn ( $p ) => self::project_matches( $p, $attrs ) ) );
				break;
			case 'project-card':
				$items = array_values( array_filter( self::items( $feed, 'projects' ), static fn ( $p ) => isset( $attrs['project-id'] ) && $p['id'] === $attrs['project-id'] ) );
				break;
			case 'events':
				$items = self::select_events( self::items( $feed, 'events' ), $attrs );
				break;
			case 'membership':
				$items = self::select_campaign( self::items( $feed, 'membership' ), $attrs );
				break;
			default:
				$items = array();
		}
		if ( isset( $attrs['limit'] ) ) {
			$items = array_slice( $items, 0, (int) $attrs['limit'] );
		}
		return $items;
	}

	/**
	 * The JSON-LD document for the items, or null when there is nothing to describe.
	 *
	 * @param string $component Component short name.
	 * @param array  $items     Items from select().
	 * @param array  $feed      The feed (for actors and the publisher).
	 */
	public static function document( string $component, array $items, array $feed ): ?array {
		$actors = array();
		foreach ( self::items( $feed, 'actors' ) as $actor ) {
			$actors[ $actor['id'] ] = $actor;
		}
		$graph = array();
		foreach ( $items as $item ) {
			switch ( $component ) {
				case 'projects':
				case 'project-card':
					$graph[] = self::project( $item, $actors );
					break;
				case 'events':
					$graph[] = self::event( $item, $actors );
					break;
				case 'membership':
					$graph = array_merge( $graph, self::offers( $item, $feed ) );
					break;
			}
		}
		if ( ! $graph ) {
			return null;
		}
		return array(
			'@context' => 'https://schema.org',
			'@graph'   => $graph,
		);
	}

	/**
	 * Prints the document as a script element that no text of the feed can close.
	 *
	 * @param array $document From document().
	 */
	public static function script( array $document ): string {
		$json = wp_json_encode( $document, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
		return false === $json ? '' : '<script type="application/ld+json">' . $json . '</script>';
	}

	/**
	 * The items of one collection that have an id (the rest is not something we can show).
	 *
	 * @param array  $feed       The feed.
	 * @param string $collection Collection name.
	 * @return array<int, array>
	 */
	public static function items( array $feed, string $collection ): array {
		$list = $feed[ $collection ] ?? array();
		if ( ! is_array( $list ) ) {
			return array();
		}
		return array_values( array_filter( $list, static fn ( $item ) => is_array( $item ) && isset( $item['id'] ) && is_string( $item['id'] ) ) );
	}

	/**
	 * Whether a project passes the filters.
	 *
	 * @param array $project The project.
	 * @param array $attrs   Clean attributes.
	 */
	private static function project_matches( array $project, array $attrs ): bool {
		if ( isset( $attrs['sphere'] ) && ! in_array( $attrs['sphere'], (array) ( $project['spheres'] ?? array() ), true ) ) {
			return false;
		}
		if ( isset( $attrs['phase'] ) && ( $project['phase'] ?? null ) !== $attrs['phase'] ) {
			return false;
		}
		if ( isset( $attrs['territory'] ) && mb_strtolower( (string) ( $project['territory'] ?? '' ) ) !== mb_strtolower( $attrs['territory'] ) ) {
			return false;
		}
		if ( isset( $attrs['actor'] ) ) {
			$ids = array_map( static fn ( $a ) => is_array( $a ) ? ( $a['actor'] ?? null ) : null, (array) ( $project['actors'] ?? array() ) );
			if ( ! in_array( $attrs['actor'], $ids, true ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Events in the `when` window, filtered, in the order shown.
	 *
	 * @param array $events All events.
	 * @param array $attrs  Clean attributes.
	 */
	private static function select_events( array $events, array $attrs ): array {
		$when  = $attrs['when'] ?? 'upcoming';
		$today = wp_date( 'Y-m-d', null, new DateTimeZone( 'Europe/Paris' ) );
		$now   = time();
		$kept  = array();
		foreach ( $events as $event ) {
			if ( ! isset( $event['start'] ) || ! is_string( $event['start'] ) ) {
				continue;
			}
			if ( isset( $attrs['kind'] ) && ( $event['kind'] ?? null ) !== $attrs['kind'] ) {
				continue;
			}
			if ( isset( $attrs['sphere'] ) && ! in_array( $attrs['sphere'], (array) ( $event['spheres'] ?? array() ), true ) ) {
				continue;
			}
			if ( isset( $attrs['actor'] ) && ! in_array( $attrs['actor'], (array) ( $event['organizers'] ?? array() ), true ) ) {
				continue;
			}
			$end  = is_string( $event['end'] ?? null ) ? $event['end'] : $event['start'];
			$over = 10 === strlen( $end ) ? $end < $today : strtotime( $end ) < $now;
			if ( ( 'upcoming' === $when && $over ) || ( 'past' === $when && ! $over ) ) {
				continue;
			}
			$kept[] = $event;
		}
		usort( $kept, static fn ( $a, $b ) => strcmp( self::sort_key( $a['start'] ), self::sort_key( $b['start'] ) ) );
		return 'past' === $when ? array_reverse( $kept ) : $kept;
	}

	/**
	 * A sortable UTC form of a date or date-time.
	 *
	 * @param string $start ISO 8601.
	 */
	private static function sort_key( string $start ): string {
		$time = strtotime( $start );
		return false === $time ? $start : gmdate( 'Y-m-d\TH:i:s', $time );
	}

	/**
	 * The campaign the membership call shows: the given year, else the open or next one, else
	 * the latest.
	 *
	 * @param array $campaigns All campaigns.
	 * @param array $attrs     Clean attributes.
	 */
	private static function select_campaign( array $campaigns, array $attrs ): array {
		if ( isset( $attrs['year'] ) ) {
			$campaigns = array_filter( $campaigns, static fn ( $c ) => (string) ( $c['year'] ?? '' ) === $attrs['year'] );
		}
		$campaigns = array_values( array_filter( $campaigns, static fn ( $c ) => is_string( $c['deadline'] ?? null ) ) );
		if ( ! $campaigns ) {
			return array();
		}
		usort( $campaigns, static fn ( $a, $b ) => strcmp( $a['deadline'], $b['deadline'] ) );
		$today = wp_date( 'Y-m-d', null, new DateTimeZone( 'Europe/Paris' ) );
		foreach ( $campaigns as $campaign ) {
			if ( $campaign['deadline'] >= $today ) {
				return array( $campaign );
			}
		}
		return array( end( $campaigns ) );
	}

	/**
	 * A project as schema.org Project.
	 *
	 * @param array $project The project.
	 * @param array $actors  Actors by id.
	 */
	private static function project( array $project, array $actors ): array {
		$out     = array(
			'@type'       => 'Project',
			'name'        => self::text( $project['title'] ?? '' ),
			'description' => self::text( $project['summary'] ?? '' ),
			'url'         => self::url( $project['url'] ?? '' ),
			'areaServed'  => self::text( $project['territory'] ?? '' ),
		);
		$funders = array();
		$members = array();
		foreach ( (array) ( $project['actors'] ?? array() ) as $part ) {
			$actor = is_array( $part ) && isset( $part['actor'] ) && is_string( $part['actor'] ) ? ( $actors[ $part['actor'] ] ?? null ) : null;
			if ( ! $actor ) {
				continue;
			}
			if ( 'financeur' === ( $part['role'] ?? '' ) ) {
				$funders[] = self::organization( $actor );
			} else {
				$members[] = self::organization( $actor );
			}
		}
		$out['funder'] = $funders;
		$out['member'] = $members;
		if ( is_array( $project['image'] ?? null ) ) {
			$out['image'] = self::url( $project['image']['src'] ?? '' );
		}
		return self::compact( $out );
	}

	/**
	 * An event as schema.org Event.
	 *
	 * @param array $event  The event.
	 * @param array $actors Actors by id.
	 */
	private static function event( array $event, array $actors ): array {
		$statuses = array(
			'cancelled' => 'https://schema.org/EventCancelled',
			'postponed' => 'https://schema.org/EventPostponed',
		);
		$modes    = array(
			'in-person' => 'https://schema.org/OfflineEventAttendanceMode',
			'online'    => 'https://schema.org/OnlineEventAttendanceMode',
			'mixed'     => 'https://schema.org/MixedEventAttendanceMode',
		);
		$status   = (string) ( $event['status'] ?? '' );
		$mode     = (string) ( $event['attendance'] ?? '' );
		$location = array();
		if ( is_array( $event['place'] ?? null ) ) {
			$place      = $event['place'];
			$location[] = self::compact(
				array(
					'@type'   => 'Place',
					'name'    => self::text( $place['name'] ?? '' ),
					'address' => self::compact(
						array(
							'@type'           => 'PostalAddress',
							'streetAddress'   => self::text( $place['streetAddress'] ?? '' ),
							'postalCode'      => self::text( $place['postalCode'] ?? '' ),
							'addressLocality' => self::text( $place['locality'] ?? '' ),
							'addressRegion'   => self::text( $place['region'] ?? '' ),
							'addressCountry'  => self::text( $place['country'] ?? '' ),
						)
					),
				)
			);
		}
		if ( self::url( $event['onlineUrl'] ?? '' ) ) {
			$location[] = array(
				'@type' => 'VirtualLocation',
				'url'   => self::url( $event['onlineUrl'] ),
			);
		}
		$organizers = array();
		foreach ( (array) ( $event['organizers'] ?? array() ) as $id ) {
			if ( is_string( $id ) && isset( $actors[ $id ] ) ) {
				$organizers[] = self::organization( $actors[ $id ] );
			}
		}
		$out = array(
			'@type'               => 'Event',
			'name'                => self::text( $event['title'] ?? '' ),
			'description'         => self::text( $event['summary'] ?? '' ),
			'startDate'           => self::text( $event['start'] ?? '' ),
			'endDate'             => self::text( $event['end'] ?? '' ),
			'eventStatus'         => $statuses[ $status ] ?? 'https://schema.org/EventScheduled',
			'eventAttendanceMode' => $modes[ $mode ] ?? null,
			'location'            => 1 === count( $location ) ? $location[0] : $location,
			'organizer'           => $organizers,
			'url'                 => self::url( $event['url'] ?? '' ),
		);
		$register = self::url( $event['registrationUrl'] ?? '' );
		if ( $register || is_array( $event['price'] ?? null ) ) {
			$out['offers'] = self::compact(
				array(
					'@type'         => 'Offer',
					'url'           => $register,
					'price'         => self::price( $event['price'] ?? null ),
					'priceCurrency' => self::currency( $event['price'] ?? null ),
					'availability'  => 'full' === $status ? 'https://schema.org/SoldOut' : null,
				)
			);
		}
		return self::compact( $out );
	}

	/**
	 * A membership campaign as schema.org Offers, one per tier.
	 *
	 * @param array $campaign The campaign.
	 * @param array $feed     The feed (its publisher sells the membership).
	 */
	private static function offers( array $campaign, array $feed ): array {
		$seller = is_array( $feed['publisher'] ?? null ) ? self::organization( $feed['publisher'] ) : null;
		$base   = array(
			'@type'         => 'Offer',
			'name'          => self::text( $campaign['title'] ?? '' ),
			'description'   => self::text( $campaign['summary'] ?? '' ),
			'url'           => self::url( $campaign['paymentUrl'] ?? '' ),
			'validFrom'     => self::text( $campaign['opens'] ?? '' ),
			'validThrough'  => self::text( $campaign['deadline'] ?? '' ),
			'seller'        => $seller,
			'category'      => 'Membership',
			'priceCurrency' => 'EUR',
		);
		$tiers  = array_filter( (array) ( $campaign['tiers'] ?? array() ), 'is_array' );
		if ( ! $tiers ) {
			return array( self::compact( $base ) );
		}
		$offers = array();
		foreach ( $tiers as $tier ) {
			$offers[] = self::compact(
				array_merge(
					$base,
					array(
						'name'          => self::text( ( $campaign['title'] ?? '' ) . ' – ' . ( $tier['label'] ?? '' ) ),
						'price'         => self::price( $tier['price'] ?? ( $tier['payWhatYouWant']['minimum'] ?? null ) ),
						'priceCurrency' => self::currency( $tier['price'] ?? ( $tier['payWhatYouWant']['minimum'] ?? null ) ) ?? 'EUR',
					)
				)
			);
		}
		return $offers;
	}

	/**
	 * An actor or a publisher as schema.org Organization.
	 *
	 * @param array $actor The actor.
	 */
	private static function organization( array $actor ): array {
		return self::compact(
			array(
				'@type' => 'Organization',
				'name'  => self::text( $actor['name'] ?? '' ),
				'url'   => self::url( $actor['url'] ?? '' ),
			)
		);
	}

	/**
	 * A decimal price from integer cents.
	 *
	 * @param mixed $money `{ amount, currency }`.
	 */
	private static function price( $money ): ?string {
		if ( ! is_array( $money ) || ! is_int( $money['amount'] ?? null ) ) {
			return null;
		}
		return number_format( $money['amount'] / 100, 2, '.', '' );
	}

	/**
	 * The ISO 4217 currency of an amount.
	 *
	 * @param mixed $money `{ amount, currency }`.
	 */
	private static function currency( $money ): ?string {
		$code = is_array( $money ) ? ( $money['currency'] ?? '' ) : '';
		return is_string( $code ) && preg_match( '/^[A-Z]{3}$/', $code ) ? $code : null;
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

	/**
	 * Drops empty members.
	 *
	 * @param array $data An object.
	 */
	private static function compact( array $data ): array {
		return array_filter( $data, static fn ( $v ) => null !== $v && array() !== $v );
	}
}
