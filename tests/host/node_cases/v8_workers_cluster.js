// v8, worker_threads and cluster as the main thread of the primary process sees them
const v8 = require('v8');
const s = v8.getHeapStatistics();
console.log(Object.keys(s).join());
console.log(Object.values(s).every((n) => typeof n === 'number' && n >= 0), s.used_heap_size > 0, s.heap_size_limit > s.used_heap_size);
const tag = v8.cachedDataVersionTag();
console.log(Number.isInteger(tag), tag === v8.cachedDataVersionTag(), Array.isArray(v8.getHeapSpaceStatistics()));
console.log(v8.setFlagsFromString('--no-lazy'));
const wt = require('worker_threads');
console.log(wt.isMainThread, wt.parentPort, wt.threadId, wt.workerData, typeof wt.Worker, typeof wt.SHARE_ENV);
wt.setEnvironmentData('k', 42);
console.log(wt.getEnvironmentData('k'), wt.getEnvironmentData('missing'));
const cluster = require('cluster');
const EventEmitter = require('events');
console.log(cluster.isPrimary, cluster.isMaster, cluster.isWorker, cluster instanceof EventEmitter);
console.log(cluster.SCHED_NONE, cluster.SCHED_RR, cluster.schedulingPolicy, cluster.workers, typeof cluster.fork);
console.log(cluster.setupMaster === cluster.setupPrimary);
