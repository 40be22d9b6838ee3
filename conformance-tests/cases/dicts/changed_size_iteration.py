# Changing a dict while iterating it raises RuntimeError; changing values does not.
def t(label, f):
    try:
        f()
        print(label, 'ok')
    except RuntimeError as e:
        print(label, type(e).__name__, e)

def add():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
t('add', add)
def delete():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
t('delete', delete)
def values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 'changed'
    print(d)
t('values', values)
def keys_view():
    d = {1: 1, 2: 2}
    for k in d.keys():
        d.pop(k)
t('keys_view', keys_view)
def items_view():
    d = {1: 1}
    for k, v in d.items():
        d[2] = 2
t('items_view', items_view)
def values_view():
    d = {1: 1}
    for v in d.values():
        d.clear()
t('values_view', values_view)
def del_add():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 1
t('del_add', del_add)
def set_add():
    s = {1, 2}
    for x in s:
        s.add(x + 10)
t('set_add', set_add)
def list_copy():
    d = {1: 1, 2: 2}
    for k in list(d):
        del d[k]
    print(d)
t('list_copy', list_copy)
def update_existing():
    d = {1: 1, 2: 2}
    for k in d:
        d.update({1: 5})
    print(d)
t('update_existing', update_existing)
