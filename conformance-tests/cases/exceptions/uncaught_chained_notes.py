# An uncaught exception with a cause chain and notes: the traceback printed on stderr shows the
# cause, the "direct cause" separator, and the notes after the message.
def inner():
    return {}['missing']


def outer():
    try:
        inner()
    except KeyError as e:
        err = ValueError('lookup failed', 42)
        err.add_note('while resolving the config')
        err.add_note('second note\nwith two lines')
        raise err from e


print('before')
outer()
