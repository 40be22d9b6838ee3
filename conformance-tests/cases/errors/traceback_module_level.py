# conformance: full-stderr
# The simplest traceback: one frame, module level.
print("ok")
undefined_name
