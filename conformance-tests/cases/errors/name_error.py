# Reading an unbound name: NameError.
print("before")
undefined_variable_xyz
