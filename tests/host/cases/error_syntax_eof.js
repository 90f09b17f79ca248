const items = [1, 2];
for (const item of items) {
  console.log(item)
