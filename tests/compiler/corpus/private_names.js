// private names read, called, assigned, updated and tested with #x in o, as the emitting tier compiles them
var log = [];
class A {
  #x = 1; #y; static #s = 's'; #m() { return 'm' + this.#x; } get #g() { return 'g' + this.#x; } set #g(v) { this.#x = v; }
  static #sm() { return 'sm'; }
  run(o) {
    this.#x += 2; this.#x++; ++this.#x; this.#y ??= 'y'; this.#y ||= 'no'; this.#y &&= this.#y + '!';
    log.push(this.#x, this.#y, this.#m(), this.#g, #x in this, #x in o, A.#s, A.#sm(), (this.#g = 10, this.#x));
    try { o.#x; } catch (e) { log.push(e.constructor.name); }
    try { o.#x = 1; } catch (e) { log.push(e.constructor.name); }
    try { #x in 1; } catch (e) { log.push(e.constructor.name); }
    try { this.#m = 1; } catch (e) { log.push(e.constructor.name); }
    try { this.#g2; } catch (e) { log.push(e.constructor.name); }
    var f = () => this.#x + this.#m();
    log.push(f(), this?.#x);
  }
  get #g2() { return 1; }
}
new A().run({});
log.join();
