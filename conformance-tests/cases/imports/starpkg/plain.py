public = 1
_private = 2


def function():
    return 'from plain'
