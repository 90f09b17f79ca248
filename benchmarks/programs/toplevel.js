// toplevel: a plain numeric loop at the top level of a script, on global variables: the shape of
// code vm users run most, and the case where a contextified global costs most.
var N = 200000;
var s = 0;
for (var i = 0; i < N; i++) {
    s = (s + i * 3) % 1000003;
    if (i % 7 === 0) s ^= 5;
}
s;
