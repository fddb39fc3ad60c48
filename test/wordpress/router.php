<?php
// Router for PHP's built-in server: real files as they are, everything else through index.php
// (pretty permalinks, /wp-json/), like WordPress's usual rewrite rules.
if (getenv('MNW_COVERAGE_DIR')) require_once __DIR__ . '/coverage.php'; // MNW_WP_COVERAGE=1 only
$root = $_SERVER['DOCUMENT_ROOT'];
$path = '/' . ltrim(rawurldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH)), '/');
if (strpos($path, '..') !== false) { http_response_code(400); return true; }
if (is_dir($root . $path) && substr($path, -1) !== '/') { header('Location: ' . $path . '/'); return true; }
if (is_dir($root . $path)) $path .= 'index.php';
if (is_file($root . $path) && substr($path, -4) !== '.php') return false;
if (!is_file($root . $path)) $path = '/index.php';
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = $path;
$_SERVER['SCRIPT_FILENAME'] = $root . $path;
chdir(dirname($root . $path));
require $root . $path;
return true;
