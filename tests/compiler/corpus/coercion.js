var o = { valueOf: function () { return 42; }, toString: function () { return 'str'; } };
var d = { toString: function () { return '7'; } };
[o + 1, o + '', '' + d, d * 2, [] + [], [1] == 1, null == 0, undefined == null, '' == 0, '0' == false,
 NaN != NaN, 1 < '2', 'b' > 'a', '10' < '9', 10 < 9, +'  12  ', +'0x10', +'1e3', +'', +' ', +'abc',
 -'3', !'', !!'0', typeof null, typeof function () {}, typeof [], void 1].join(',')
