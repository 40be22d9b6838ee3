# derive builds the parts of split; parts keep the original's cause, context, notes and a suppressed context.
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def derive(self, excs):
        return Tagged(self.message, excs, self.tag)

t = Tagged("tagged", [ValueError(1), TypeError(2)], "T")
print(repr(t), t.args, t.tag)
m, r = t.split(ValueError)
print(type(m).__name__, repr(m), m.tag, type(r).__name__, r.tag)

class Plain(ExceptionGroup):
    pass
p = Plain("plain", [ValueError(1), TypeError(2)])
print(repr(p.split(ValueError)), repr(p.derive([KeyError(3)])))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()]).derive([ValueError()])))

class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5
try:
    Bad("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
print(repr(Bad("bad", [ValueError(1)]).split(Exception)[0]), "(a whole match does not derive)")

class Str(ExceptionGroup):
    def __str__(self):
        return "custom str"
print(str(Str("s", [ValueError()])), repr(Str("s", [ValueError()])))

try:
    try:
        raise ZeroDivisionError("context")
    except ZeroDivisionError:
        eg = ExceptionGroup("meta", [ValueError(1), TypeError(2)])
        eg.__cause__ = KeyError("cause")
        eg.add_note("a note")
        raise eg
except ExceptionGroup as caught:
    m, r = caught.split(ValueError)
    for part in (m, r):
        print(repr(part), repr(part.__cause__), repr(part.__context__), part.__suppress_context__, part.__notes__)
    m.__notes__.append("only on the match")
    print(caught.__notes__, m.__notes__, r.__notes__)
base = ExceptionGroup("base", [ValueError()])
for args in ((), (1, 2)):
    try:
        base.derive(*args)
    except TypeError as e:
        print(e)
try:
    base.derive([])
except ValueError as e:
    print(e)
class WithBase(BaseExceptionGroup, Exception):
    pass
try:
    WithBase("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
