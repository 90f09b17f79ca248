"""Layer 6, modules: module records and the link/evaluate machinery (sec-abstract-module-records,
sec-cyclic-module-records, sec-source-text-module-records, sec-synthetic-module-records).

Importing this package installs EvaluateImportCall (``loading.py``) as the agent's ``import()``.

May import from errors, syntax, regexp, runtime, compiler and intrinsics; never from api or host."""
from pyjsvm.modules.loading import evaluate_import_call
from pyjsvm.modules.namespace import ModuleNamespace, get_module_namespace
from pyjsvm.modules.records import CyclicModuleRecord, ModuleRecord, Status
from pyjsvm.modules.source_text import SourceTextModuleRecord
from pyjsvm.modules.synthetic import SyntheticModuleRecord

__all__ = ["ModuleRecord", "CyclicModuleRecord", "SourceTextModuleRecord", "SyntheticModuleRecord", "Status",
           "ModuleNamespace", "get_module_namespace", "evaluate_import_call"]
