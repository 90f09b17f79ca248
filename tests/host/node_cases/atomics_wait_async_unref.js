// a pending Atomics.waitAsync timeout does not keep the process alive (as in node 20)
const a = new Int32Array(new SharedArrayBuffer(8));
Atomics.waitAsync(a, 0, 0, 200).value.then((v) => console.log('never', v));
console.log('done');
