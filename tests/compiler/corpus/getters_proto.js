function Animal(name) { this.name = name; }
Animal.prototype.speak = function () { return this.name + ' makes a sound'; };
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
Dog.prototype.speak = function () { return Animal.prototype.speak.call(this) + ' (woof)'; };
var d = new Dog('Rex');
var o = { __proto__: { inherited: 1 }, own: 2 };
[d.speak(), d instanceof Animal, Object.getPrototypeOf(d) === Dog.prototype, Animal.prototype.isPrototypeOf(d),
 o.inherited, Object.keys(o).join(), 'speak' in d, d.hasOwnProperty('speak'), Object.getOwnPropertyNames(Dog.prototype).sort().join()].join(' | ')
