// strings: string building. Concatenation in a loop, Array#join,
// charCodeAt/fromCharCode, slice/indexOf/split/replace/toUpperCase
// (no regular expressions: see regexp.js): measures string operations and
// string-method dispatch on primitives.
var N = 40000;

function hash(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) {
        h = (h * 31 + s.charCodeAt(i)) | 0;
    }
    return h;
}

function run(n) {
    var s = "";
    for (var i = 0; i < n; i++) {
        s += String.fromCharCode(97 + (i % 26));
        if (i % 10 === 9) {
            s += " ";
        }
    }
    var parts = [];
    for (var j = 0; j < n / 5; j++) {
        parts.push("item" + j + ":" + (j * 3));
    }
    var joined = parts.join(",");
    var words = s.split(" ");
    var upper = "";
    for (var w = 0; w < words.length; w++) {
        upper += words[w].slice(1, 4).toUpperCase() + "-";
    }
    var found = 0;
    var pos = joined.indexOf("item");
    while (pos !== -1) {
        found++;
        pos = joined.indexOf("item", pos + 1);
    }
    var replaced = joined.split("item").join("#").replace(",", ";").substring(0, 500);
    var padded = "";
    for (var k = 0; k < n / 10; k++) {
        var num = "" + (k * 7);
        while (num.length < 5) {
            num = "0" + num;
        }
        padded += num.charAt(k % 5);
    }
    return hash(s) + hash(joined) + hash(upper) + found + hash(replaced) + hash(padded) + s.length;
}

run(N);
