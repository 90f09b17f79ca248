const gql = require('graphql-tag');
const { print, buildSchema, validate, execute, parse, graphqlSync, getIntrospectionQuery, buildClientSchema, printSchema, GraphQLError } = require('graphql');
const frag = gql`fragment U on User { id name }`;
const q = gql`query Q($id: ID!) { user(id: $id) { ...U friends(first: 2) { name } } } ${frag}`;
console.log(q.definitions.length, q.definitions.map((d) => d.kind + ':' + d.name.value).join(), print(q));
console.log(gql`{ a }` === gql`{ a }`, q.loc.source.body.length);
const schema = buildSchema(`type User { id: ID! name: String friends(first: Int = 10): [User!]! }
  type Query { user(id: ID!): User users: [User] } enum E { A B } input I { x: Int! = 3 } scalar Date`);
const users = { 1: { id: '1', name: 'Ann', f: ['2', '3'] }, 2: { id: '2', name: 'Bob', f: ['1'] }, 3: { id: '3', name: 'Cy', f: [] } };
const mk = (u) => ({ ...u, friends: ({ first }) => u.f.slice(0, first).map((id) => mk(users[id])) });
const root = { user: ({ id }) => (users[id] ? mk(users[id]) : null) };
console.log(JSON.stringify(graphqlSync({ schema, source: print(q), rootValue: root, variableValues: { id: '1' } })));
console.log(validate(schema, gql`{ user { nope } }`).map((e) => e.message).join(' | '));
console.log(JSON.stringify(graphqlSync({ schema, source: '{ user(id: "9") { id } users }', rootValue: { ...root, users: () => { throw new Error('boom'); } } })));
const intro = graphqlSync({ schema, source: getIntrospectionQuery() });
console.log(printSchema(buildClientSchema(intro.data)));
try { parse('{ a(x: ) }'); } catch (e) { console.log(e instanceof GraphQLError, e.message, JSON.stringify(e.locations)); }
