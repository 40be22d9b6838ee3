# A small interpreter: dispatch through a dict of functions, with errors for unknown commands.
def push(stack, arg):
    stack.append(int(arg))


def add(stack, _):
    stack.append(stack.pop() + stack.pop())


def mul(stack, _):
    stack.append(stack.pop() * stack.pop())


OPS = {'push': push, 'add': add, 'mul': mul}


def run(program):
    stack = []
    for line in program.strip().splitlines():
        name, _, arg = line.partition(' ')
        try:
            OPS[name](stack, arg)
        except KeyError:
            raise ValueError(f'unknown command {name!r}') from None
        except IndexError:
            raise RuntimeError('stack underflow') from None
    return stack


print(run('push 2\npush 3\nadd\npush 4\nmul'))
for bad in ['push 1\nfrob', 'add']:
    try:
        run(bad)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
