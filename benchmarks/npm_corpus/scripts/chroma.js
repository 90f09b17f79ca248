const chroma = require('chroma-js'); const tinycolor = require('tinycolor2');
console.log(chroma('hotpink').darken().hex(), chroma.mix('red', 'blue', 0.5, 'lab').hex(), chroma.scale(['yellow', '008ae5']).colors(4), chroma.contrast('pink', 'hotpink'));
console.log(tinycolor('#f00').lighten(10).toHexString(), tinycolor('rgb 255 0 0').toHsl(), tinycolor.readability('#000', '#fff'), tinycolor('hsl(120, 100%, 50%)').toName());
