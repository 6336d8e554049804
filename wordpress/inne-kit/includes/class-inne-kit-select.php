<?php
/**
 * What a component shows, chosen from a feed on the server with the component's own rules
 * (ports of core's select/select-projects.ts, select/select-events.ts, time/event-timing.ts and
 * membership/campaign-state.ts), so that the JSON-LD and the no-script list describe the same
 * items as the page.
 *
 * @package InneKit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Item selection.
 */
final class Inne_Kit_Select {

	const PARIS = 'Europe/Paris';

	/**
	 * The feed items that a component with these attributes shows first (its first page).
	 *
	 * @param string $component Component short name.
	 * @param array  $attrs     Clean attributes.
	 * @param array  $feed      The feed document.
	 * @param int    $now       Unix time.
	 * @return array<int, array> Projects, events or campaigns of the feed.
	 */
	public static function items( string $component, array $attrs, array $feed, int $now ): array {
		switch ( $component ) {
			case 'projects':
				$items = self::projects( self::collection( $feed, 'projects' ), $attrs );
				break;
			case 'project-card':
				$id    = $attrs['project-id'] ?? '';
				$items = array_values( array_filter( self::collection( $feed, 'projects' ), static fn ( $p ) => $p['id'] === $id ) );
				break;
			case 'events':
				$items = self::events( self::collection( $feed, 'events' ), $attrs, $now );
				break;
			case 'membership':
				$items = isset( $attrs['deadline'] ) ? array() : self::campaign( self::collection( $feed, 'membership' ), $attrs, $now );
				break;
			default:
				$items = array();
		}
		$limit = (int) ( $attrs['limit'] ?? 0 );
		return $limit > 0 ? array_slice( $items, 0, $limit ) : $items;
	}

	/**
	 * The items of one collection that have an id.
	 *
	 * @param array  $feed       The feed.
	 * @param string $collection Collection name.
	 * @return array<int, array>
	 */
	public static function collection( array $feed, string $collection ): array {
		$list = $feed[ $collection ] ?? array();
		if ( ! is_array( $list ) ) {
			return array();
		}
		return array_values( array_filter( $list, static fn ( $item ) => is_array( $item ) && isset( $item['id'] ) && is_string( $item['id'] ) ) );
	}

	/**
	 * Lower case, no accents, single spaces: how `territory="…"` is matched.
	 *
	 * @param string $value A name.
	 */
	public static function normalize_name( string $value ): string {
		$value = mb_strtolower( remove_accents( $value ) );
		return trim( (string) preg_replace( "/[\s\x{00a0}'’-]+/u", ' ', $value ) );
	}

	/**
	 * Values of a list attribute (`sphere="se-nourrir habiter"`, `actor="a,b"`).
	 *
	 * @param array  $attrs Clean attributes.
	 * @param string $name  Attribute name.
	 * @return string[]
	 */
	private static function list_of( array $attrs, string $name ): array {
		return isset( $attrs[ $name ] ) ? array_values( array_filter( array_map( 'trim', preg_split( '/,|\s+/', $attrs[ $name ] ) ) ) ) : array();
	}

	/**
	 * Projects filtered and sorted.
	 *
	 * @param array $projects All projects.
	 * @param array $attrs    Clean attributes.
	 */
	private static function projects( array $projects, array $attrs ): array {
		$spheres     = self::list_of( $attrs, 'sphere' );
		$phases      = self::list_of( $attrs, 'phase' );
		$actors      = isset( $attrs['actor'] ) ? array_map( 'trim', explode( ',', $attrs['actor'] ) ) : array();
		$territories = isset( $attrs['territory'] ) ? array_map( array( __CLASS__, 'normalize_name' ), explode( ',', $attrs['territory'] ) ) : array();

		$kept = array_values(
			array_filter(
				$projects,
				static function ( $p ) use ( $spheres, $phases, $actors, $territories ) {
					$ids = array_map( static fn ( $a ) => is_array( $a ) ? ( $a['actor'] ?? null ) : null, (array) ( $p['actors'] ?? array() ) );
					return ( ! $spheres || array_intersect( $spheres, (array) ( $p['spheres'] ?? array() ) ) )
						&& ( ! $phases || in_array( $p['phase'] ?? null, $phases, true ) )
						&& ( ! $territories || ( is_string( $p['territory'] ?? null ) && in_array( self::normalize_name( $p['territory'] ), $territories, true ) ) )
						&& ( ! $actors || array_intersect( $actors, $ids ) );
				}
			)
		);

		$sort       = $attrs['sort'] ?? 'feed';
		$phase_rank = array_flip( Inne_Kit_Vocabulary::ids( 'phases' ) );
		$key        = array(
			'title'  => static fn ( $p ) => is_string( $p['title'] ?? null ) ? self::normalize_name( $p['title'] ) : null,
			'phase'  => static fn ( $p ) => is_string( $p['phase'] ?? null ) ? ( $phase_rank[ $p['phase'] ] ?? null ) : null,
			'recent' => static fn ( $p ) => is_string( $p['started'] ?? null ) ? $p['started'] : null,
		)[ $sort ] ?? null;
		if ( $key ) {
			$direction = 'recent' === $sort ? -1 : 1;
			// A stable sort: projects without the key go last, the others keep the feed's order on ties.
			$order = array_keys( $kept );
			usort(
				$order,
				static function ( $a, $b ) use ( $kept, $key, $direction ) {
					$ka = $key( $kept[ $a ] );
					$kb = $key( $kept[ $b ] );
					if ( null === $ka || null === $kb ) {
						return ( null === $ka ) <=> ( null === $kb ) ?: $a <=> $b;
					}
					$cmp = is_int( $ka ) ? $ka <=> $kb : strnatcmp( $ka, $kb );
					return $direction * $cmp ?: $a <=> $b;
				}
			);
			$kept = array_map( static fn ( $i ) => $kept[ $i ], $order );
		}
		return $kept;
	}

	/**
	 * Events in the `when` window, filtered, in the order shown.
	 *
	 * @param array $events All events.
	 * @param array $attrs  Clean attributes.
	 * @param int   $now    Unix time.
	 */
	private static function events( array $events, array $attrs, int $now ): array {
		$when    = $attrs['when'] ?? 'upcoming';
		$kinds   = self::list_of( $attrs, 'kind' );
		$spheres = self::list_of( $attrs, 'sphere' );
		$actors  = isset( $attrs['actor'] ) ? array_map( 'trim', explode( ',', $attrs['actor'] ) ) : array();
		$rows    = array();
		foreach ( $events as $event ) {
			$timing = self::event_timing( $event );
			if ( ! $timing
				|| ( 'upcoming' === $when && $timing[1] <= $now )
				|| ( 'past' === $when && $timing[1] > $now )
				|| ( $kinds && ! in_array( $event['kind'] ?? null, $kinds, true ) )
				|| ( $spheres && ! array_intersect( $spheres, (array) ( $event['spheres'] ?? array() ) ) )
				|| ( $actors && ! array_intersect( $actors, (array) ( $event['organizers'] ?? array() ) ) ) ) {
				continue;
			}
			$rows[] = array( $timing, $event );
		}
		$direction = 'past' === $when ? -1 : 1;
		usort( $rows, static fn ( $a, $b ) => $direction * ( ( $a[0][0] <=> $b[0][0] ) ?: ( $a[0][1] <=> $b[0][1] ) ) );
		return array_map( static fn ( $r ) => $r[1], $rows );
	}

	/**
	 * When an event starts and ends, as Unix times: a day without a time lasts until the next
	 * midnight in the event's time zone, and so does an event without an end.
	 *
	 * @param array $event The event.
	 * @return array{0: int, 1: int}|null
	 */
	public static function event_timing( array $event ): ?array {
		$start = $event['start'] ?? null;
		$end   = $event['end'] ?? null;
		if ( ! is_string( $start ) || ( null !== $end && ! is_string( $end ) ) ) {
			return null;
		}
		try {
			$zone = new DateTimeZone( is_string( $event['timeZone'] ?? null ) ? $event['timeZone'] : self::PARIS );
		} catch ( Exception | ValueError $e ) {
			// A name PHP does not know, or one with a NUL byte (a ValueError, not an Exception).
			$zone = new DateTimeZone( self::PARIS );
		}
		$day       = static fn ( string $v ) => 10 === strlen( $v ) ? $v : ( new DateTimeImmutable( $v ) )->setTimezone( $zone )->format( 'Y-m-d' );
		$after_day = static fn ( string $d ) => ( new DateTimeImmutable( $d . ' 00:00:00', $zone ) )->modify( '+1 day' )->getTimestamp();
		try {
			if ( 10 === strlen( $start ) ) {
				$last = null === $end ? $start : max( $start, $day( $end ) );
				return array( ( new DateTimeImmutable( $start . ' 00:00:00', $zone ) )->getTimestamp(), $after_day( $last ) );
			}
			$start_at = ( new DateTimeImmutable( $start ) )->getTimestamp();
			if ( null === $end ) {
				return array( $start_at, $after_day( $day( $start ) ) );
			}
			if ( 10 === strlen( $end ) ) {
				return array( $start_at, $after_day( max( $day( $start ), $end ) ) );
			}
			return array( $start_at, max( $start_at, ( new DateTimeImmutable( $end ) )->getTimestamp() ) );
		} catch ( Exception | ValueError $e ) {
			return null;
		}
	}

	/**
	 * The campaign the membership call shows: `campaign="id"`, else the open one (earliest
	 * deadline), else the next to open, else the last one closed.
	 *
	 * @param array $campaigns All campaigns.
	 * @param array $attrs     Clean attributes.
	 * @param int   $now       Unix time.
	 */
	private static function campaign( array $campaigns, array $attrs, int $now ): array {
		$campaigns = array_values( array_filter( $campaigns, static fn ( $c ) => is_string( $c['deadline'] ?? null ) ) );
		if ( isset( $attrs['campaign'] ) ) {
			foreach ( $campaigns as $c ) {
				if ( $c['id'] === $attrs['campaign'] ) {
					return array( $c );
				}
			}
		}
		if ( ! $campaigns ) {
			return array();
		}
		$today = ( new DateTimeImmutable( '@' . $now ) )->setTimezone( new DateTimeZone( self::PARIS ) )->format( 'Y-m-d' );
		usort( $campaigns, static fn ( $a, $b ) => strcmp( $a['deadline'], $b['deadline'] ) );
		foreach ( $campaigns as $c ) {
			$opens = is_string( $c['opens'] ?? null ) ? $c['opens'] : '';
			if ( ( '' === $opens || $opens <= $today ) && $today <= $c['deadline'] ) {
				return array( $c );
			}
		}
		$upcoming = array_filter( $campaigns, static fn ( $c ) => is_string( $c['opens'] ?? null ) && $today < $c['opens'] );
		usort( $upcoming, static fn ( $a, $b ) => strcmp( $a['opens'], $b['opens'] ) );
		return array( $upcoming ? $upcoming[0] : end( $campaigns ) );
	}
}
