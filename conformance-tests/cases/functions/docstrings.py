"""Docstrings of modules, functions, classes and methods, and None where there is none."""
def f():
    """Function docstring."""
    return 1
def g():
    return 2
class C:
    """Class docstring."""
    def m(self):
        "Method doc."
class D:
    pass
print(__doc__, f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, D.__doc__, C().__doc__)
