const less = require('less');
less.render('@c: #f00; .a { color: darken(@c, 10%); .b { width: (10px * 2); } } .m(@x) { margin: @x } .d { .m(3px); }').then(o => console.log(o.css), e => console.log('ERR', e.message));
