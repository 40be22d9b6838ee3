package dev.terrarium.interpreter.ast;

import java.math.BigInteger;

/**
 * The value of an {@link Expr.Constant}: the literal kinds CPython's parser can produce.
 * Kept independent of the runtime so the front end can be tested on its own.
 */
public sealed interface ConstantValue {

    record None() implements ConstantValue {}

    record Bool(boolean value) implements ConstantValue {}

    record Ellipsis() implements ConstantValue {}

    /** An int literal of any size. */
    record Int(BigInteger value) implements ConstantValue {}

    record Float(double value) implements ConstantValue {}

    /** An imaginary literal such as {@code 2j}: the real part is always 0. */
    record Imaginary(double imag) implements ConstantValue {}

    /**
     * A str literal, already unescaped, held as a Java string (UTF-16; may hold surrogate pairs).
     * {@code codePoints} is null unless an escape such as {@code \ud834} produced a surrogate
     * code point: then it lists the literal's code points exactly, since in {@code value} an
     * escaped high and low surrogate side by side read as one character.
     */
    record Str(String value, int[] codePoints) implements ConstantValue {
        public Str(String value) {
            this(value, null);
        }
    }

    /** A bytes literal, already unescaped. */
    record Bytes(byte[] value) implements ConstantValue {}

    None NONE = new None();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);
    Ellipsis ELLIPSIS = new Ellipsis();
}
