# conformance: full-stderr
raise 42
