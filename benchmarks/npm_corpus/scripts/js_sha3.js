const { sha3_256, keccak256, shake128 } = require('js-sha3');
const { sha256 } = require('@noble/hashes/sha256'); const { blake2b } = require('@noble/hashes/blake2b'); const { bytesToHex } = require('@noble/hashes/utils');
console.log(sha3_256('abc'), keccak256(''), shake128('x', 64), bytesToHex(sha256('abc')), bytesToHex(blake2b('abc', {dkLen: 16})));
