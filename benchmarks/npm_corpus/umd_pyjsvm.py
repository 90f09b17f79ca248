"""Runs one UMD bundle in a new context with pyjsvm's Python API and prints the expression's value."""
import sys

import pyjsvm

file, expr = sys.argv[1:3]
ctx = pyjsvm.create_context()
with open(file, encoding="utf-8") as f:
    pyjsvm.run_in_context(f.read(), ctx, file)
print(pyjsvm.run_in_context("String(" + expr + ")", ctx))
