// chess.js, matter-js
const { Chess } = require('chess.js');
const g = new Chess();
for (const m of ['e4', 'e5', 'Nf3', 'Nc6', 'Bb5', 'a6', 'Ba4', 'Nf6', 'O-O', 'Be7', 'Re1', 'b5', 'Bb3', 'd6', 'c3', 'O-O'])
  g.move(m);
console.log(g.fen());
console.log(g.moves().length, g.moves({ square: 'f3' }).join(','), g.inCheck(), g.isGameOver());
console.log(g.pgn());
console.log(g.ascii());
function perft(game, depth) {
  if (depth === 0) return 1;
  let n = 0;
  for (const m of game.moves({ verbose: true })) { game.move(m); n += perft(game, depth - 1); game.undo(); }
  return n;
}
console.log('perft', perft(new Chess(), 2), perft(new Chess('r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1'), 1));
const mate = new Chess();
['f3', 'e5', 'g4', 'Qh4#'].forEach(m => mate.move(m));
console.log(mate.isCheckmate(), mate.turn(), JSON.stringify(mate.history({ verbose: true }).map(h => [h.from, h.to, h.san, h.piece])));
try { mate.move('e4'); } catch (e) { console.log('err', e.message); }

const Matter = require('matter-js');
const { Engine, Bodies, Composite, Body, Vector, Query } = Matter;
Matter.Common._seed = 42;
const engine = Engine.create();
const ground = Bodies.rectangle(400, 610, 810, 60, { isStatic: true });
const boxes = [];
for (let i = 0; i < 6; i++) boxes.push(Bodies.rectangle(300 + i * 30, 100 - i * 60, 40, 40, { angle: i * 0.3 }));
const ball = Bodies.circle(500, 0, 25, { restitution: 0.8 });
const poly = Bodies.polygon(200, 50, 5, 30);
Composite.add(engine.world, [ground, ...boxes, ball, poly]);
Body.setVelocity(ball, { x: -3, y: 0 });
for (let i = 0; i < 240; i++) Engine.update(engine, 1000 / 60);
const r = x => Math.round(x * 10) / 10;
for (const b of [...boxes, ball, poly]) console.log(b.label, r(b.position.x), r(b.position.y), r(b.angle), b.isSleeping);
console.log(Query.point(Composite.allBodies(engine.world), { x: 400, y: 600 }).length, r(Vector.magnitude(Vector.sub(ball.position, poly.position))));
console.log(engine.pairs.list.length > 0, r(Matter.Bounds.contains(ground.bounds, { x: 10, y: 600 }) ? 1 : 0));
