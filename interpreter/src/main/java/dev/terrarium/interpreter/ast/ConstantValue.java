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

    /** A str literal, already unescaped, held as a Java string (UTF-16; may hold surrogate pairs). */
    record Str(String value) implements ConstantValue {}

    /** A bytes literal, already unescaped. */
    record Bytes(byte[] value) implements ConstantValue {}

    None NONE = new None();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);
    Ellipsis ELLIPSIS = new Ellipsis();
}
