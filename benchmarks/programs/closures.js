// closures: closures and higher-order array methods. Closure creation and
// captured-variable access, map/filter/reduce/forEach/some/every with
// function-expression callbacks: measures function objects and scopes.
var N = 60000;

function makeCounter(start) {
    var count = start;
    return {
        inc: function () {
            count++;
            return count;
        },
        get: function () {
            return count;
        }
    };
}

function makeAdder(k) {
    return function (x) {
        return x + k;
    };
}

function compose(f, g) {
    return function (x) {
        return f(g(x));
    };
}

function run(n) {
    var arr = [];
    for (var i = 0; i < n; i++) {
        arr.push(i);
    }
    var total = 0;
    var add3 = makeAdder(3);
    var times2 = function (x) {
        return x * 2;
    };
    var f = compose(add3, times2);
    var mapped = arr.map(f);
    var evens = mapped.filter(function (x) {
        return x % 4 === 1;
    });
    total += evens.reduce(function (acc, x) {
        return acc + x;
    }, 0);
    var counter = makeCounter(10);
    arr.forEach(function (x) {
        if (x % 3 === 0) {
            counter.inc();
        }
    });
    total += counter.get();
    var adders = [];
    for (var j = 0; j < 50; j++) {
        adders.push(makeAdder(j));
    }
    for (var r = 0; r < n / 50; r++) {
        for (var a = 0; a < adders.length; a++) {
            total += adders[a](r) & 15;
        }
    }
    var big = arr.some(function (x) {
        return x > n - 2;
    });
    var allPos = arr.every(function (x) {
        return x >= 0;
    });
    var idx = arr.indexOf(n >> 1);
    return total + (big ? 1 : 0) + (allPos ? 2 : 0) + idx;
}

run(N);
