function check(n) {
  if (n > 2) {
    throw "too big: " + n;
  }
}
check(1);
check(3);
