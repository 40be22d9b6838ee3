# NameError raised inside a function, seen through the call.
def f():
    missing_name_qqq

f()
