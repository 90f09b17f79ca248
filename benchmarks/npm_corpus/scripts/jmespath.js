const jmespath = require('jmespath'); const { JSONPath } = require('jsonpath-plus');
const data = {people: [{name: 'a', age: 30}, {name: 'b', age: 20}, {name: 'c', age: 40}]};
console.log(JSON.stringify(jmespath.search(data, 'people[?age > `25`].name | sort(@)')), JSON.stringify(jmespath.search(data, 'max_by(people, &age).name')));
console.log(JSON.stringify(JSONPath({path: '$.people[?(@.age < 35)].name', json: data})), JSON.stringify(JSONPath({path: '$..age', json: data})));
