const total = 1
const x = total count;
