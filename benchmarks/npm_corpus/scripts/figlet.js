const figlet = require('figlet');
console.log(figlet.textSync('pyjsvm!', { font: 'Standard' }));
console.log(figlet.textSync('Hi 2', { font: 'Slant', horizontalLayout: 'fitted' }));
console.log(figlet.textSync('AB', { font: 'Big', horizontalLayout: 'full', verticalLayout: 'full' }));
console.log(figlet.textSync('wrap me please', { font: 'Small', width: 30, whitespaceBreak: true }));
figlet.text('async', { font: 'Ghost' }, (err, out) => { console.log(err, out); console.log(figlet.fontsSync().length > 100); });
