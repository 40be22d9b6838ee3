package dev.terrarium.interpreter.ast;

/** Marker for the helper node kinds of CPython's {@code ast} that are neither expr nor stmt. */
sealed interface Parts permits Arguments, Arg, Keyword, Alias, WithItem, MatchCase, Comprehension, ExceptHandler {}
