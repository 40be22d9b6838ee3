"""A package whose __all__ limits what a star import brings in."""
__all__ = ['visible', 'helper']
visible = 'visible value'
hidden = 'not exported'
_private = 'underscore'


def helper():
    return 'helper result'
