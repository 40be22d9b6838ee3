# str + int: "can only concatenate str (not \"int\") to str".
"a" + 1
