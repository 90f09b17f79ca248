// json: JSON.stringify and JSON.parse of a generated document (nested
// objects and arrays of numbers, strings with escapes, booleans and null),
// round-tripped a few times: measures the JSON built-ins and the object
// model they build and walk.
var N = 3000;

function makeDoc(n) {
    var users = [];
    for (var i = 0; i < n; i++) {
        users.push({
            id: i,
            name: "user" + i,
            email: "user" + i + "@example.com",
            active: i % 3 !== 0,
            score: i / 8,
            tags: ["t" + (i % 5), "g" + (i % 7)],
            note: i % 10 === 0 ? "line\n\"quoted\"\ttab" : null,
            address: { street: i + " Main St", zip: 10000 + i, geo: [i % 90, -(i % 180)] }
        });
    }
    return { version: 1, count: n, users: users, meta: { generated: true, source: "bench" } };
}

function hash(s) {
    var h = 0;
    for (var i = 0; i < s.length; i += 7) {
        h = (h * 31 + s.charCodeAt(i)) | 0;
    }
    return h;
}

function run(n) {
    var doc = makeDoc(n);
    var check = 0;
    for (var r = 0; r < 3; r++) {
        var text = JSON.stringify(doc);
        check += text.length + hash(text);
        doc = JSON.parse(text);
        check += doc.users.length + doc.users[n - 1].address.zip;
    }
    var pretty = JSON.stringify(doc.users.slice(0, 10), null, 2);
    check += pretty.length;
    var picked = JSON.stringify(doc, function (k, v) {
        return k === "users" ? undefined : v;
    });
    check += picked.length;
    var revived = JSON.parse(JSON.stringify(doc.users.slice(0, 20)), function (k, v) {
        return typeof v === "number" ? v * 2 : v;
    });
    check += revived[19].id;
    return check;
}

run(N);
