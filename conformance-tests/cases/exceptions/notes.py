# add_note and __notes__, including the errors for non-str notes and how notes print.
e = ValueError('base')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second\nmultiline')
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.add_note()
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = ['replaced']
e.add_note('added')
print(e.__notes__)
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        k.add_note('while looking up k')
        raise
except KeyError as k:
    print(k.__notes__, str(k))
raise TypeError('final').with_traceback(None) if False else None
err = RuntimeError('shown with notes')
err.add_note('note one')
err.add_note('note two')
raise err
