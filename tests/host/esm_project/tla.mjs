export let ready = 'waiting';
await new Promise((resolve) => setTimeout(resolve, 5));
ready = 'ready';
