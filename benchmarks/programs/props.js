// props: property access. Reads and writes of named properties on plain
// objects (object literals and nested objects), computed keys, `in`,
// and property addition/deletion: measures object property lookup/store.
var N = 90000;

function run(n) {
    var p = { x: 1, y: 2, z: 3, w: 0 };
    var box = { pos: { x: 0, y: 0 }, vel: { x: 1, y: -1 }, hits: 0 };
    var table = {};
    var keys = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];
    var total = 0;
    for (var i = 0; i < n; i++) {
        p.x = p.y + 1;
        p.y = p.z + p.x;
        p.z = (p.x * 3 + p.y) % 1000;
        p.w += p.z & 7;
        box.pos.x += box.vel.x;
        box.pos.y += box.vel.y;
        if (box.pos.x > 50 || box.pos.x < 0) {
            box.vel.x = -box.vel.x;
            box.hits++;
        }
        if (box.pos.y > 20 || box.pos.y < -20) {
            box.vel.y = -box.vel.y;
            box.hits++;
        }
        var key = keys[i % keys.length];
        table[key] = (table[key] || 0) + i;
        if ("theta" in table && i % 100 === 0) {
            delete table.theta;
        }
        total += p.z + box.pos.x;
    }
    var sumTable = 0;
    for (var k in table) {
        sumTable += table[k];
    }
    return total + p.w + box.hits * 7 + sumTable;
}

run(N);
