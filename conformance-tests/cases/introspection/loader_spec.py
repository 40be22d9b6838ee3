# builtins.__loader__ and builtins.__spec__: importlib's BuiltinImporter and ModuleSpec.
import builtins
import sys

loader = builtins.__loader__
print(loader, loader.__name__, loader.__module__, loader._ORIGIN)
print(builtins.__spec__)
spec = builtins.__spec__
print(spec.name, spec.loader is loader, spec.origin, spec.parent, spec.has_location, spec.cached,
      spec.submodule_search_locations, spec.loader_state)
print(loader.find_spec('sys'))
print(loader.find_spec('no_such_module_here'))
print(loader.find_spec('sys') == loader.find_spec('sys'))
print(loader.is_package('sys'), loader.get_code('sys'), loader.get_source('sys'))
print(loader.module_repr(sys))
print(loader.create_module(loader.find_spec('sys')) is sys)
print(loader.exec_module(sys))
print(loader.__doc__.splitlines()[0])
print(type(loader).__name__, type(spec).__name__, type(spec).__module__)
try:
    loader.create_module(type(spec)('no_such_module_here', loader))
except ImportError as e:
    print('ImportError', e, e.name)
