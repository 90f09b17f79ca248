const semver = require('semver');
console.log(semver.valid('1.2.3'), semver.gt('1.2.3', '9.8.7'), semver.satisfies('1.2.3', '1.x || >=2.5.0 || 5.0.0 - 7.2.3'));
console.log(semver.coerce('v2'), semver.maxSatisfying(['1.2.3', '1.2.4', '1.3.0'], '~1.2.0'), semver.inc('1.2.3-beta.1', 'prerelease'));
console.log(semver.sort(['2.0.0', '1.0.0-alpha', '1.0.0', '1.10.0', '1.2.0']), semver.validRange('^1.2'));
