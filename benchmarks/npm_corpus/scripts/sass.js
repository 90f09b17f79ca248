const sass = require('sass');
const src = `@use "sass:math"; @use "sass:map"; @use "sass:color";
$base: #3366cc; $sizes: (sm: 4px, md: 8px, lg: 16px);
@function rem($px) { @return math.div($px, 16px) * 1rem; }
@mixin btn($c) { background: $c; border: 1px solid color.adjust($c, $lightness: -10%); &:hover { background: color.scale($c, $lightness: 20%); } }
.card { padding: rem(24px); .title { font-size: rem(18px); } @each $k, $v in $sizes { &--#{$k} { margin: $v; } } }
.btn { @include btn($base); }
%msg { color: red; } .err { @extend %msg; font-weight: bold; }
@for $i from 1 through 3 { .col-#{$i} { width: math.percentage(math.div($i, 3)); } }
.x { w: math.sqrt(2); m: map.get($sizes, md) * 2; s: str-slice("hello", 2, 4); l: length(1px 2px 3px); c: mix(red, blue, 25%); h: hsl(120, 50%, 50%); i: if(true, a, b); }
@media (min-width: 600px) { .card { padding: 0; } }`;
const r = sass.compileString(src, { style: 'expanded', sourceMap: true });
console.log(r.css); console.log(r.sourceMap.mappings.length > 10, r.loadedUrls.length);
console.log(sass.compileString('a { b { c: d } }', { style: 'compressed' }).css);
console.log(sass.compileString('.a\n  color: red\n  .b\n    margin: 1px + 2px', { syntax: 'indented' }).css);
try { sass.compileString('.a { color: $nope; }'); } catch (e) { console.log(e.constructor.name, e.sassMessage, e.span.start.line); }
const warns = []; sass.compileString('@warn "careful"; a { b: c }', { logger: { warn: (m) => warns.push(m) } }); console.log(warns.join());
console.log(sass.compileString('a { b: fn(3) }', { functions: { 'fn($n)': (args) => new sass.SassNumber(args[0].assertNumber().value * 7, 'px') } }).css);
