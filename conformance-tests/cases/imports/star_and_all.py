# from module import *: __all__ when the module has one, else every name without a leading underscore.
from starpkg import *
from starpkg.plain import *
print(visible, helper(), public, function())
for name in ['hidden', '_private']:
    print(name, name in globals())
import starpkg
print(starpkg.hidden, starpkg.__all__, starpkg.__name__, starpkg.plain.__name__)
import starpkg.plain as p
print(p.public, p is starpkg.plain)
