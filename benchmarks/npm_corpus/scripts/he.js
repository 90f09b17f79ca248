const he = require('he');
console.log(he.encode('foo © bar ≠ baz 𝌆 qux'), he.decode('foo &copy; bar &ne; baz &#x1D306; qux &amp;amp; &nbsp;x'), he.escape('<img src="x">'));
