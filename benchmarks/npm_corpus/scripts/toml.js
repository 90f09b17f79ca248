const toml = require('toml');
const doc = toml.parse(`
title = "TOML Example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
ports = [ 8001, 8001, 8002 ]
enabled = true
temp = 3.5e2
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
sku = 284758393
color = "gray"
str = """multi
line"""
lit = 'C:\\path'
`);
console.log(JSON.stringify(doc));
try { toml.parse('a = = 1'); } catch (e) { console.log(e.name, e.line, e.column, e.message); }
