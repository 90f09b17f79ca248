const entities = require('entities');
console.log(entities.decodeHTML('&lt;p&gt; &amp;amp; &eacute;&#39;&#x1F600;&notin'), entities.encodeXML('<a b="c">&\''), entities.encodeHTML('é<ü>'));
