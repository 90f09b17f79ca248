const stylus = require('stylus');
const src = `
primary = #336699
size(n)
  n * 2px
.btn
  color primary
  padding size(5) size(3)
  &:hover
    color darken(primary, 20%)
  .icon
    width 10px + 5
for i in 1..3
  .m-{i}
    margin (i * 4)px
`;
stylus.render(src, { filename: 'x.styl' }, (err, css) => console.log(err ? err.message : css));
stylus(src).set('compress', true).render((err, css) => console.log(err ? err.message : css));
stylus.render('.a\n  color: bad(', (err) => console.log(err ? err.message.split('\n')[0] : 'no error'));
