const xml2js = require('xml2js');
xml2js.parseString('<r><a x="1">t</a><a>u</a></r>', (err, res) => { console.log(err, JSON.stringify(res)); console.log(new xml2js.Builder().buildObject(res)); });
