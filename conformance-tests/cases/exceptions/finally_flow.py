# return/break/continue inside finally, exceptions replaced or swallowed by them.
def f1():
    try:
        return 'try'
    finally:
        print('finally runs before the return')


def f2():
    try:
        raise ValueError('lost')
    finally:
        return 'finally return swallows the exception'


def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            print('body', i)
        finally:
            print('finally', i)
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i


def f4():
    try:
        try:
            1 / 0
        finally:
            print('inner finally')
    except ZeroDivisionError as e:
        return 'caught ' + str(e)


def f5():
    x = []
    try:
        x.append('try')
        return x
    finally:
        x.append('finally')


print(f1(), f2(), f3(), f4(), f5())
try:
    try:
        raise ValueError('first')
    finally:
        raise TypeError('second')
except TypeError as e:
    print(repr(e), repr(e.__context__))
