<?php
/**
 * A small JSON Schema (draft-07) validator for the keywords the generated booking payload schema
 * uses: $ref (local), type, const, enum, properties, required, additionalProperties, items,
 * anyOf, minimum, maximum, minLength, maxLength, maxItems. Values come from json_decode without
 * `assoc`, so objects are stdClass and arrays are lists.
 *
 * @package MN_Widgets
 */

defined( 'ABSPATH' ) || exit;

/** The booking payload schema generated at build time from src/domain/booking/payload.ts. */
function mnwidgets_payload_schema(): array {
	static $schema = null;
	if ( null === $schema ) {
		$schema = json_decode( (string) file_get_contents( MNWIDGETS_DIR . '/generated/booking-payload.schema.json' ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin itself
	}
	return is_array( $schema ) ? $schema : array();
}

/**
 * Validates $value; returns field path => field code (empty when valid). Paths are dotted
 * (`contact.email`, `preferences.0.date`) and the codes are those of error-codes.json's `field`
 * list (`required`, `too-long`, `too-many`, `value`), as in the documented error answer: the
 * booking form words them in the patient's language.
 *
 * @param mixed      $value  The value to check.
 * @param array      $schema The schema (or the part of it) it must match.
 * @param array|null $root   The whole schema, for $ref; null: $schema.
 * @param string     $path   The value's path in the payload ('' for the whole).
 */
function mnwidgets_schema_errors( $value, array $schema, ?array $root = null, string $path = '' ): array {
	$root = $root ?? $schema;
	$key  = '' === $path ? '(body)' : $path;
	if ( isset( $schema['$ref'] ) ) {
		$ref = $schema['$ref'];
		if ( strpos( $ref, '#/' ) !== 0 ) {
			return array( $key => 'value' ); // an unsupported reference: the schema's fault, said as a value problem.
		}
		$target = $root;
		foreach ( explode( '/', substr( $ref, 2 ) ) as $part ) {
			$target = $target[ str_replace( array( '~1', '~0' ), array( '/', '~' ), $part ) ] ?? null;
		}
		return is_array( $target ) ? mnwidgets_schema_errors( $value, $target, $root, $path ) : array( $key => 'value' );
	}
	if ( isset( $schema['anyOf'] ) ) {
		foreach ( $schema['anyOf'] as $option ) {
			if ( ! mnwidgets_schema_errors( $value, $option, $root, $path ) ) {
				return array();
			}
		}
		return array( $key => 'value' );
	}
	if ( isset( $schema['type'] ) ) {
		$types = (array) $schema['type'];
		$ok    = false;
		foreach ( $types as $t ) {
			$ok = $ok || mnwidgets_schema_is_type( $value, $t );
		}
		if ( ! $ok ) {
			return array( $key => 'value' );
		}
	}
	if ( array_key_exists( 'const', $schema ) && ! mnwidgets_schema_equal( $value, $schema['const'] ) ) {
		return array( $key => 'value' );
	}
	if ( isset( $schema['enum'] ) ) {
		$in = false;
		foreach ( $schema['enum'] as $option ) {
			$in = $in || mnwidgets_schema_equal( $value, $option );
		}
		if ( ! $in ) {
			return array( $key => 'value' );
		}
	}
	if ( is_string( $value ) ) {
		$len = mb_strlen( $value );
		if ( isset( $schema['maxLength'] ) && $len > $schema['maxLength'] ) {
			return array( $key => 'too-long' );
		}
		if ( isset( $schema['minLength'] ) && $len < $schema['minLength'] ) {
			return array( $key => 'required' );
		}
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		if ( isset( $schema['minimum'] ) && $value < $schema['minimum'] ) {
			return array( $key => 'value' );
		}
		if ( isset( $schema['maximum'] ) && $value > $schema['maximum'] ) {
			return array( $key => 'value' );
		}
	}
	$errors = array();
	if ( is_array( $value ) ) {
		if ( isset( $schema['maxItems'] ) && count( $value ) > $schema['maxItems'] ) {
			return array( $key => 'too-many' );
		}
		if ( isset( $schema['items'] ) && is_array( $schema['items'] ) ) {
			foreach ( $value as $i => $item ) {
				$errors += mnwidgets_schema_errors( $item, $schema['items'], $root, ltrim( "$path.$i", '.' ) );
			}
		}
	}
	if ( $value instanceof stdClass ) {
		$props = $schema['properties'] ?? array();
		foreach ( $schema['required'] ?? array() as $req ) {
			if ( ! property_exists( $value, $req ) ) {
				$errors[ ltrim( "$path.$req", '.' ) ] = 'required';
			}
		}
		foreach ( get_object_vars( $value ) as $k => $v ) {
			$sub = ltrim( "$path.$k", '.' );
			if ( isset( $props[ $k ] ) ) {
				$errors += mnwidgets_schema_errors( $v, $props[ $k ], $root, $sub );
			} elseif ( array_key_exists( 'additionalProperties', $schema ) ) {
				$extra = $schema['additionalProperties'];
				if ( false === $extra ) {
					$errors[ $sub ] = 'value'; // not part of the booking request (health answers have no place in it).
				} elseif ( is_array( $extra ) ) {
					$errors += mnwidgets_schema_errors( $v, $extra, $root, $sub );
				}
			}
		}
	}
	return $errors;
}

/**
 * Whether a value is of a JSON Schema type.
 *
 * @param mixed  $v    The value.
 * @param string $type string, number, integer, boolean, null, array or object.
 */
function mnwidgets_schema_is_type( $v, string $type ): bool {
	switch ( $type ) {
		case 'string':
			return is_string( $v );
		case 'number':
			return is_int( $v ) || is_float( $v );
		case 'integer':
			return is_int( $v ) || ( is_float( $v ) && floor( $v ) === $v );
		case 'boolean':
			return is_bool( $v );
		case 'null':
			return null === $v;
		case 'array':
			return is_array( $v );
		case 'object':
			return $v instanceof stdClass;
	}
	return false;
}

/**
 * Whether two JSON values are equal (1 and 1.0 are).
 *
 * @param mixed $a A value.
 * @param mixed $b Another value.
 */
function mnwidgets_schema_equal( $a, $b ): bool {
	if ( ( is_int( $a ) || is_float( $a ) ) && ( is_int( $b ) || is_float( $b ) ) ) {
		return $a == $b; // phpcs:ignore Universal.Operators.StrictComparisons.LooseEqual -- JSON numbers: 1 and 1.0 are the same value
	}
	return wp_json_encode( $a ) === wp_json_encode( $b );
}
