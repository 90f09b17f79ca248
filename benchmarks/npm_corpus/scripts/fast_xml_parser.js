const { XMLParser, XMLBuilder } = require('fast-xml-parser');
const obj = new XMLParser({ignoreAttributes: false}).parse('<?xml version="1.0"?><root a="1"><item id="x">one</item><item>two &amp; more</item><empty/></root>');
console.log(JSON.stringify(obj)); console.log(new XMLBuilder({ignoreAttributes: false, format: true}).build(obj));
