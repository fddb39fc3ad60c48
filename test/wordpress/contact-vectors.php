<?php
/**
 * The shared email and phone vectors (src/domain/contact-vectors.json) against the plugin's PHP
 * port of the rules, the same file test/domain/contact.test.ts runs against src/domain/contact.ts.
 * php contact-vectors.php <rules.php> <contact-vectors.json>
 * Prints one JSON object: { "cases": n, "failures": ["…", …] }. Runs without WordPress (the rules
 * are plain PHP); run.mjs gives it the rules.php from the built zip.
 */
if ( php_sapi_name() !== 'cli' || $argc < 3 ) {
	exit( 2 );
}
define( 'ABSPATH', __DIR__ . '/' );
require $argv[1];
$vectors  = json_decode( (string) file_get_contents( $argv[2] ), true );
$cases    = 0;
$failures = array();
foreach ( $vectors['email']['valid'] as $v ) {
	++$cases;
	if ( ! mnwidgets_is_email( $v ) || mnwidgets_rule_email( $v ) !== '' ) {
		$failures[] = 'email refused: ' . json_encode( $v );
	}
}
foreach ( $vectors['email']['invalid'] as $v ) {
	++$cases;
	if ( mnwidgets_is_email( $v ) ) {
		$failures[] = 'email accepted: ' . json_encode( $v );
	}
}
foreach ( $vectors['phone'] as list( $v, $href ) ) {
	++$cases;
	$got = mnwidgets_parse_phone( $v );
	$got = $got ? $got['href'] : null;
	if ( $got !== $href ) {
		$failures[] = 'phone ' . json_encode( $v ) . ': expected ' . json_encode( $href ) . ', got ' . json_encode( $got );
	}
	if ( ( mnwidgets_rule_phone( $v ) === '' ) !== ( $href !== null ) ) {
		$failures[] = 'phone rule disagrees with the parser: ' . json_encode( $v );
	}
}
echo json_encode(
	array(
		'cases'    => $cases,
		'failures' => $failures,
	)
), "\n";
