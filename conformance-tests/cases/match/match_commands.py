# match as a command dispatcher: sequence, mapping, class and guard patterns together.
class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x, self.y = x, y


def handle(command):
    match command:
        case ['go', direction] if direction in ('north', 'south'):
            return f'going {direction}'
        case ['go', _]:
            return 'unknown direction'
        case ['drop', *objects] if objects:
            return f'dropping {len(objects)}: {", ".join(objects)}'
        case {'action': 'look', 'target': str(target)}:
            return f'looking at {target}'
        case Point(0, 0):
            return 'origin'
        case Point(x, 0) | Point(0, x):
            return f'on an axis at {x}'
        case Point(x=x, y=y) if x == y:
            return 'diagonal'
        case str() as word:
            return f'a word: {word}'
        case _:
            return 'unrecognized'


for c in [['go', 'north'], ['go', 'up'], ['drop', 'key', 'map'], ['drop'], {'action': 'look', 'target': 'door'},
          Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), 'hello', 42]:
    print(handle(c))
