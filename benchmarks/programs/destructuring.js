// destructuring: ES2015 destructuring assignment (array swaps, object patterns onto members,
// defaults, rest), for-of heads with patterns and non-simple parameter lists (defaults,
// object/array patterns, rest): measures pattern evaluation and the parameter prologue.
var N = 20000;

function point({ x = 1, y = 0 } = {}, [dx, dy] = [0, 0], ...more) {
    return (x + dx) * 3 + (y + dy) + more.length;
}

function scale(p, k = 2) {
    return { x: p.x * k, y: p.y * k };
}

function run(n) {
    var a = 1, b = 2, h = 0, box = {}, pairs = [];
    for (var i = 0; i < n; i++) {
        [a, b] = [b, (a + i) % 1000];
        ({ x: box.x, y: box.y = 7, ...box.rest } = { x: i & 255, z: i & 3 });
        h = (h * 31 + a + b + box.x + box.y + box.rest.z) | 0;
        if (i % 16 === 0) pairs.push([i & 63, { k: i & 7 }]);
    }
    for (var r = 0; r < 4; r++) {
        for (const [p, { k, m = 1 }] of pairs) h = (h * 31 + p * k + m) | 0;
    }
    for (var j = 0; j < n; j++) {
        var q = scale({ x: j & 15, y: 3 });
        h = (h + point(q, [j & 7, 1]) + point(undefined, undefined, j)) | 0;
    }
    return h;
}

run(N);
