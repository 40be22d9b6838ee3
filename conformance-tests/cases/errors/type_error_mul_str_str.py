# str * str is not defined.
"a" * "b"
