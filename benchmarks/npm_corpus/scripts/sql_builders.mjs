import knexFactory from 'knex';
import { Kysely, DummyDriver, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, sql } from 'kysely';
for (const client of ['pg', 'mysql', 'sqlite3', 'mssql']) {
  const knex = knexFactory({ client, useNullAsDefault: true });
  const q = knex('users as u').select('u.id', knex.raw('count(??) as n', ['o.id'])).leftJoin('orders as o', 'o.user_id', 'u.id').where('u.age', '>', 18).whereIn('u.role', ['a', 'b']).orWhereNull('u.deleted_at').groupBy('u.id').having('n', '>', 2).orderBy([{ column: 'n', order: 'desc' }]).limit(10).offset(5);
  const s = q.toSQL(); console.log(client, s.sql, JSON.stringify(s.bindings));
  console.log(knex('t').insert([{ a: 1, b: 'x' }, { a: 2, b: null }]).returning('id').toString());
  console.log(knex('t').where({ id: 3 }).update({ name: "O'Brien", n: knex.raw('n + 1') }).toString(), '|', knex.schema.createTable('z', (t) => { t.increments(); t.string('name', 64).notNullable().unique(); t.jsonb('meta'); t.timestamps(true, true); }).toString());
  await knex.destroy();
}
for (const [Adapter, Intro, Comp] of [[PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler], [SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler]]) {
  const db = new Kysely({ dialect: { createAdapter: () => new Adapter(), createDriver: () => new DummyDriver(), createIntrospector: (d) => new Intro(d), createQueryCompiler: () => new Comp() } });
  const c = db.selectFrom('person').innerJoin('pet', 'pet.owner_id', 'person.id').select(['person.id', 'pet.name as pet', sql`upper(${sql.ref('person.first_name')})`.as('up')]).where('person.age', '>=', 18).where((eb) => eb.or([eb('pet.species', '=', 'cat'), eb('pet.name', 'like', '%x%')])).orderBy('person.id', 'desc').limit(3).compile();
  console.log(c.sql, JSON.stringify(c.parameters));
  const ins = db.insertInto('person').values({ first_name: 'a', age: 3 }).onConflict((oc) => oc.column('id').doUpdateSet({ age: 4 })).returning('id').compile(); console.log(ins.sql, JSON.stringify(ins.parameters));
  const cte = db.with('adults', (qb) => qb.selectFrom('person').selectAll().where('age', '>', 17)).selectFrom('adults').select((eb) => eb.fn.count('id').as('n')).compile(); console.log(cte.sql);
  console.log(JSON.stringify(await db.selectFrom('person').selectAll().execute()));
}
