"""Built-in objects, one module per built-in. Each module's ``setup(realm)`` creates its
intrinsics in the realm and its global properties; they run in this order."""
from pyjsvm.intrinsics import abstract_module_source, array, async_disposable_stack, array_buffer, atomics, bigint, data_view, boolean, date, disposable_stack, error, eval_function, function, generator, global_functions, intl, iterator, json, map_set, math, number, object, promise, proxy, reflect, regexp, shadow_realm, string, suppressed_error, symbol, temporal, typed_array, uint8_array, weak

MODULES = [object, function, error, suppressed_error, symbol, boolean, number, string, regexp, array, math, json, global_functions, map_set, weak, reflect, proxy, promise, generator, bigint, iterator, date, eval_function, array_buffer, data_view, typed_array, uint8_array, atomics, abstract_module_source, disposable_stack, async_disposable_stack, shadow_realm, intl, temporal]
