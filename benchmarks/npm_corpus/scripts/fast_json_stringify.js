// fast-json-stringify (code generated from a JSON schema), @graphql-tools/schema
const fjs = require('fast-json-stringify');
const stringify = fjs({ title: 'User', type: 'object', properties: {
  id: { type: 'integer' }, name: { type: 'string' }, email: { type: 'string', format: 'email' }, score: { type: 'number' },
  created: { type: 'string', format: 'date-time' }, tags: { type: 'array', items: { type: 'string' } }, active: { type: 'boolean' },
  meta: { type: 'object', additionalProperties: { type: 'integer' } }, nick: { type: ['string', 'null'] },
  kind: { anyOf: [{ type: 'string' }, { type: 'object', properties: { v: { type: 'number' } } }] }, big: { type: 'integer' } },
  required: ['id', 'name'] });
const u = { id: 7.9, name: 'Ann "the" Coder\n', email: 'a@b.c', score: 3.25, created: new Date(Date.UTC(2024, 1, 2, 3, 4, 5)), tags: ['a', 1, null], active: 1, meta: { x: '3', y: 4.6 }, nick: null, kind: { v: 2, w: 3 }, big: 12345678901234567890n, extra: 'dropped' };
console.log(stringify(u));
console.log(stringify({ id: 1, name: 'x', kind: 'str' }));
try { stringify({ name: 'no id' }); } catch (e) { console.log(e.message); }
const arr = fjs({ type: 'array', items: { type: 'object', properties: { a: { type: 'number' }, b: { $ref: '#/definitions/b' } } }, definitions: { b: { type: 'string' } } });
console.log(arr([{ a: 1, b: 'x' }, { a: '5', b: 2 }, {}])); try { arr([{ a: 'nope' }]); } catch (e) { console.log(e.message); }
const ifThen = fjs({ type: 'object', properties: { k: { type: 'string' } }, if: { properties: { k: { const: 'num' } } }, then: { properties: { v: { type: 'number' } } }, else: { properties: { v: { type: 'string' } } } });
console.log(ifThen({ k: 'num', v: '42' }), ifThen({ k: 'str', v: 42 }));
const code = fjs({ type: 'object', properties: { a: { type: 'string' } } }, { mode: 'standalone' });
console.log(typeof code, code.length > 100);
const big = fjs({ type: 'object', properties: { rows: { type: 'array', items: { type: 'object', properties: { i: { type: 'integer' }, s: { type: 'string' }, f: { type: 'number' } } } } } });
const rows = Array.from({ length: 500 }, (_, i) => ({ i, s: 'row' + i, f: i / 7 }));
const out = big({ rows });
console.log(out.length, out === JSON.stringify({ rows }), out.slice(0, 80));

const { makeExecutableSchema } = require('@graphql-tools/schema');
const { graphql, printSchema } = require('graphql');
const books = [{ id: '1', title: 'Dune', authorId: 'a' }, { id: '2', title: 'Emma', authorId: 'b' }, { id: '3', title: 'Persuasion', authorId: 'b' }];
const authors = [{ id: 'a', name: 'Herbert' }, { id: 'b', name: 'Austen' }];
const schema = makeExecutableSchema({
  typeDefs: `scalar Date\n interface Node { id: ID! }\n type Book implements Node { id: ID! title: String! author: Author! }\n type Author implements Node { id: ID! name: String! books(first: Int = 10): [Book!]! }\n union Result = Book | Author\n type Query { books(titleContains: String): [Book!]! node(id: ID!): Node search(q: String!): [Result!]! now: Date }\n type Mutation { addBook(title: String!, authorId: ID!): Book! }`,
  resolvers: {
    Date: new (require('graphql').GraphQLScalarType)({ name: 'Date', serialize: d => d.toISOString() }),
    Node: { __resolveType: o => (o.title ? 'Book' : 'Author') }, Result: { __resolveType: o => (o.title ? 'Book' : 'Author') },
    Query: { books: (_, { titleContains }) => books.filter(b => !titleContains || b.title.includes(titleContains)), node: (_, { id }) => books.find(b => b.id === id) || authors.find(a => a.id === id),
      search: (_, { q }) => [...books, ...authors].filter(x => (x.title || x.name).toLowerCase().includes(q.toLowerCase())), now: () => new Date(0) },
    Mutation: { addBook: (_, { title, authorId }) => { const b = { id: String(books.length + 1), title, authorId }; books.push(b); return b; } },
    Book: { author: b => authors.find(a => a.id === b.authorId) }, Author: { books: (a, { first }) => books.filter(b => b.authorId === a.id).slice(0, first) } } });
(async () => {
  console.log(printSchema(schema).split('\n').length);
  for (const q of ['{ books { title author { name books(first: 1) { title } } } }', '{ node(id: "b") { id ... on Author { name } } now }',
    '{ search(q: "e") { __typename ... on Book { title } ... on Author { name } } }', 'mutation { addBook(title: "Ubik", authorId: "a") { id author { name } } }', '{ books(titleContains: "U") { id } nope }'])
    console.log(JSON.stringify(await graphql({ schema, source: q })));
})();
