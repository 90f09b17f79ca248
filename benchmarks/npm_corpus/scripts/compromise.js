const nlp = require('compromise');
const doc = nlp('Dr. Smith walked quickly to the old store in Paris. She bought three apples and didn\'t pay!');
console.log(doc.sentences().length, JSON.stringify(doc.people().out('array')), JSON.stringify(doc.places().out('array')));
console.log(doc.verbs().toPastTense().all().text());
console.log(nlp('I will go to the park').sentences().toPastTense().text(), '|', nlp('she runs fast').verbs().toFutureTense().all().text());
console.log(JSON.stringify(nlp('the big dogs are barking').nouns().toSingular().all().text()), nlp('two hundred and five apples').numbers().toNumber().all().text());
console.log(JSON.stringify(nlp('Hello world, this is a test.').terms().out('tags').slice(0, 4)));
console.log(nlp('we didn\'t know').contractions().expand().all().text(), nlp('Spencer is cool').match('#Person').text());
