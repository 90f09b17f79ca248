// sort: Array#sort with a comparator. Sorts numbers and records (by two
// keys, ties broken by a unique id so the order is fully determined) with
// JS comparator callbacks: measures built-in -> JS callback overhead.
var N = 16000;

function lcg(seed) {
    var state = seed;
    return function () {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state;
    };
}

function run(n) {
    var rand = lcg(42);
    var nums = [];
    for (var i = 0; i < n; i++) {
        nums.push(rand() % 10000);
    }
    nums.sort(function (a, b) {
        return a - b;
    });
    var recs = [];
    for (var j = 0; j < n; j++) {
        recs.push({ id: j, group: rand() % 17, score: rand() % 1000, name: "r" + (rand() % 500) });
    }
    recs.sort(function (a, b) {
        if (a.group !== b.group) {
            return a.group - b.group;
        }
        if (a.score !== b.score) {
            return b.score - a.score;
        }
        return a.id - b.id;
    });
    var byName = recs.slice(0, n / 2);
    byName.sort(function (a, b) {
        if (a.name < b.name) {
            return -1;
        }
        if (a.name > b.name) {
            return 1;
        }
        return a.id - b.id;
    });
    var check = 0;
    for (var k = 0; k < n; k++) {
        check = (check * 7 + nums[k] + recs[k].id * (k % 13)) % 1000000007;
    }
    for (var m = 0; m < byName.length; m++) {
        check = (check * 3 + byName[m].id) % 1000000007;
    }
    return check;
}

run(N);
