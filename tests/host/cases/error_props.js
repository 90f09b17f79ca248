const e = new TypeError('bad thing'); e.code = 'E_BAD';
throw e;
