exports.kind = 'commonjs';
exports.named = 'named-export';
exports.loadEsm = () => import('./dynamic.mjs');
