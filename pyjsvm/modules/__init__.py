"""Layer 6, modules: module records and the link/evaluate machinery (sec-abstract-module-records,
sec-cyclic-module-records, sec-source-text-module-records).

May import from errors, syntax, regexp, runtime, compiler and intrinsics; never from api or host."""
