// regexp: regular expressions. Literal and constructed RegExps with test,
// exec in a /g loop, match, replace (string and function replacements),
// split, character classes, groups, alternation and quantifiers: measures
// the regular-expression compiler and matcher.
var N = 3000;

function hash(s) {
    var h = 0;
    for (var i = 0; i < s.length; i++) {
        h = (h * 31 + s.charCodeAt(i)) | 0;
    }
    return h;
}

function makeText(n) {
    var words = ["alpha", "Beta", "gamma42", "delta", "x-ray", "echo", "foxtrot_7", "golf"];
    var parts = [];
    for (var i = 0; i < n; i++) {
        parts.push(words[i % words.length] + " " + (i * 37 % 1000) + " user" + i + "@host" + (i % 9) + ".org;");
    }
    return parts.join(" ");
}

function run(n) {
    var text = makeText(n);
    var total = 0;
    var email = /([a-z]+\d*)@(host\d)\.org/g;
    var m;
    while ((m = email.exec(text)) !== null) {
        total += m[1].length + m[2].charCodeAt(4) + m.index % 7;
    }
    var nums = text.match(/\b\d+\b/g);
    total += nums.length;
    var caps = text.replace(/\b([a-z])([a-z]*)\b/g, function (all, first, rest) {
        return first.toUpperCase() + rest;
    });
    total += hash(caps);
    var swapped = text.replace(/(\w+) (\d+)/g, "$2:$1");
    total += hash(swapped);
    var fields = text.split(/[;\s]+/);
    total += fields.length;
    var re = new RegExp("^(?:alpha|gamma\\d+|golf)$", "i");
    for (var i = 0; i < fields.length; i++) {
        if (re.test(fields[i])) {
            total += i % 13;
        }
    }
    total += /x-ray \d{2,3} user(\d+)/.exec(text)[1].length;
    return total;
}

run(N);
