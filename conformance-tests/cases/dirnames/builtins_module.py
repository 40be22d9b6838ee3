# Names of the builtins module beyond its functions: __import__, aliases, module attributes.
import builtins
os_mod = __import__("os")
print(os_mod.__name__, __import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
print(__import__("os", globals(), locals(), [], 0) is os_mod, __import__(name="math").__name__)
for args, kwargs in ((( 1,), {}), (("",), {}), (("os",), {"level": -1}), (("nosuchmodule",), {}), (("x", None, None, (), 1), {})):
    try:
        __import__(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
print(builtins.__name__, repr(builtins.__package__), __debug__, builtins.__doc__.splitlines()[0])
g = {}
exec("print(__name__)", g)
print(builtins.IOError.__name__, builtins.EnvironmentError is OSError, "ConnectionRefusedError" in dir(builtins))
print(callable(builtins.__import__), "__import__" in dir(builtins))
