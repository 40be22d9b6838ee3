# conformance: full-stderr
# An exception raised by exec'd code: the traceback shows the <string> frames (without source lines).
source = """
def helper(n):
    return 10 // n

def run():
    return helper(0)

run()
"""
try:
    exec("1 / 0")
except ZeroDivisionError as e:
    print("caught", e)
def call_exec():
    exec(source, {})
call_exec()
