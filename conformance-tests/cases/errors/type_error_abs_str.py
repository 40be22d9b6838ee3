# abs of a str.
abs("x")
