"""Exotic objects that are not part of the core object model (sec-built-in-exotic-object-internal-methods-and-slots,
sec-proxy-object-internal-methods-and-internal-slots)."""
