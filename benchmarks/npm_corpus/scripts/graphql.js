const { buildSchema, graphql, parse, print } = require('graphql');
const schema = buildSchema('type Query { hello(name: String): String, list: [Int!]! }');
graphql({schema, source: '{ hello(name: "Bob") list }', rootValue: {hello: ({name}) => 'Hi ' + name, list: () => [1, 2]}}).then(r => console.log(JSON.stringify(r)));
console.log(print(parse('query Q($a: Int = 3) { f(a: $a) { ...F @include(if: true) } } fragment F on T { x }')));
graphql({schema, source: '{ nope }'}).then(r => console.log(JSON.stringify(r)));
