# BaseExceptionGroup.__new__ argument checks and their CPython messages.
def attempt(label, make):
    try:
        made = make()
        print(label, "->", type(made).__name__, repr(made))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

attempt("not a sequence", lambda: ExceptionGroup("m", 1))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("a dict", lambda: ExceptionGroup("m", {ValueError(): 1}))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: BaseExceptionGroup("m", ()))
attempt("item 0", lambda: ExceptionGroup("m", [1]))
attempt("item 2", lambda: ExceptionGroup("m", [ValueError(), TypeError(), "x"]))
attempt("a class", lambda: ExceptionGroup("m", [ValueError]))
attempt("a string", lambda: ExceptionGroup("m", "ab"))
attempt("base in ExceptionGroup", lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
attempt("message not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one argument", lambda: ExceptionGroup("m"))
attempt("three arguments", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("no arguments", lambda: BaseExceptionGroup())
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("keyword only", lambda: ExceptionGroup("m", excs=[ValueError()]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1),)))
attempt("range of nothing", lambda: ExceptionGroup("m", range(0)))
