"""The test262 conformance runner for pyjsvm (``python -m test262 --help``)."""
