# str index past the end: "string index out of range".
s = "abc"
s[5]
