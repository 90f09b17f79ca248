// @turf/turf, ngeohash, topojson-client
const turf = require('@turf/turf');
const poly = turf.polygon([[[-5, 52], [1, 52], [1, 55], [-5, 55], [-5, 52]]], { name: 'box' });
const pt = turf.point([-2, 53.5]);
const r = x => Math.round(x * 1e4) / 1e4;
console.log(r(turf.area(poly)), JSON.stringify(turf.bbox(poly)), JSON.stringify(turf.centroid(poly).geometry.coordinates));
console.log(turf.booleanPointInPolygon(pt, poly), r(turf.distance(turf.point([-0.12, 51.5]), turf.point([2.35, 48.85]), { units: 'kilometers' })));
const line = turf.lineString([[-77.03, 38.89], [-77.0, 38.9], [-76.98, 38.92], [-76.95, 38.93]]);
console.log(r(turf.length(line, { units: 'miles' })), JSON.stringify(turf.along(line, 2, { units: 'kilometers' }).geometry.coordinates.map(r)));
const buf = turf.buffer(pt, 50, { units: 'kilometers', steps: 8 });
console.log(buf.geometry.coordinates[0].length, r(turf.area(buf)));
const p2 = turf.polygon([[[0, 53], [3, 53], [3, 56], [0, 56], [0, 53]]]);
const inter = turf.intersect(turf.featureCollection([poly, p2]));
console.log(JSON.stringify(inter.geometry.coordinates), r(turf.area(turf.union(turf.featureCollection([poly, p2])))));
const pts = turf.featureCollection([[0, 0], [1, 1], [2, 0.5], [0.5, 2], [1.5, 1.5], [1, 0.2]].map(c => turf.point(c)));
console.log(JSON.stringify(turf.convex(pts).geometry.coordinates));
console.log(JSON.stringify(turf.nearestPoint(turf.point([1.2, 1.1]), pts).geometry.coordinates));
console.log(r(turf.bearing(turf.point([0, 0]), turf.point([1, 1]))), JSON.stringify(turf.destination(turf.point([0, 0]), 100, 45).geometry.coordinates.map(r)));
const grid = turf.pointGrid([0, 0, 1, 1], 30, { units: 'kilometers' });
console.log(grid.features.length, turf.simplify(line, { tolerance: 0.01 }).geometry.coordinates.length);
const tin = turf.tin(pts);
console.log(tin.features.length, JSON.stringify(turf.kinks(turf.lineString([[0, 0], [2, 2], [0, 2], [2, 0]])).features.map(f => f.geometry.coordinates)));
const voronoi = turf.voronoi(pts, { bbox: [-1, -1, 3, 3] });
console.log(voronoi.features.map(f => f.geometry.coordinates[0].length).join(','));

const geohash = require('ngeohash');
const h = geohash.encode(37.8324, 112.5584, 9);
console.log(h, JSON.stringify(geohash.decode(h)), geohash.neighbors(h).join(','), geohash.encode_int(37.8324, 112.5584));
console.log(JSON.stringify(geohash.decode_bbox('ww8p1r4t8')), geohash.bboxes(30, 120, 30.01, 120.01, 6).join(','));

const topojson = require('topojson-client');
const topo = { type: 'Topology', transform: { scale: [1, 1], translate: [0, 0] },
  objects: { shapes: { type: 'GeometryCollection', geometries: [
    { type: 'Polygon', arcs: [[0, 1]], properties: { id: 'a' } }, { type: 'Polygon', arcs: [[-1, 2]], properties: { id: 'b' } } ] } },
  arcs: [[[1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1]], [[1, 0], [1, 0], [0, 1], [-1, 0]]] };
console.log(JSON.stringify(topojson.feature(topo, topo.objects.shapes)));
console.log(JSON.stringify(topojson.mesh(topo, topo.objects.shapes, (a, b) => a !== b)), JSON.stringify(topojson.neighbors(topo.objects.shapes.geometries)));
console.log(JSON.stringify(topojson.merge(topo, topo.objects.shapes.geometries)), JSON.stringify(topojson.bbox(topo)));
