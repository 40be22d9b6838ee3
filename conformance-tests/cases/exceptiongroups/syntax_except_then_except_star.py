# conformance: full-stderr
# except and except* on the same try: a SyntaxError (the except* clause is marked).
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
