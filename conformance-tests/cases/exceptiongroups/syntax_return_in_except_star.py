# conformance: full-stderr
# return cannot leave an except* clause, even inside a loop of the clause.
def f():
    try:
        pass
    except* ValueError:
        for i in range(3):
            return i
