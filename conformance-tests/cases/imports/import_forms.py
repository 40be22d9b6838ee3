# import forms: aliases, from-import of functions and submodules, module attributes, sys.modules.
import math as m
from math import sqrt as root, pi
import os.path
from os import path as p2
import sys
print(m.sqrt(9), root(16), round(pi, 3), os.path is p2, 'math' in sys.modules)
print(m.__name__, type(m).__name__, hasattr(m, 'floor'))
import math
print(math is m)
try:
    from math import not_there
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(e, e.name)
print(__name__)
if __name__ == '__main__':
    print('run as a script')
