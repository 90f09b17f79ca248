function f() {
  throw new Error("boom");
}
try {
  f();
} catch (e) {
     throw e;
}
