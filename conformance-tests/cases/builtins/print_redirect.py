# print() without file= writes to whatever sys.stdout currently is.
import sys
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
c = Collect()
saved = sys.stdout
sys.stdout = c
print('hello', 42, sep=',')
print('again', flush=True)
print()
sys.stdout = saved
print('restored', c.parts)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
sys.stdout = None
print('discarded')
sys.stdout = saved
print('visible')
