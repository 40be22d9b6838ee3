package dev.terrarium.runtime.indy;

import dev.terrarium.runtime.PyFloat;
import dev.terrarium.runtime.PyInt;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PyStr;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;

/**
 * Bootstrap methods for the constants of generated code ({@code ldc} of a dynamic
 * constant): each literal is built once, on first use, and then is a true JVM constant
 * the JIT can fold.
 */
public final class Constants {
    // The type parameter is declared Object, not Class, so this class never names java.lang.reflect
    // (Class implements its interfaces); the JVM adapts the bootstrap call.
    private Constants() {}

    /** A str literal. */
    public static PyStr str(MethodHandles.Lookup lookup, String name, Object type, String value) {
        return PyStr.of(value);
    }

    /** An int literal, given in decimal. */
    public static PyObject integer(MethodHandles.Lookup lookup, String name, Object type, String decimal) {
        return PyInt.of(new BigInteger(decimal));
    }

    /** A bytes literal, given as a Latin-1 string (one char per byte). */
    public static PyObject bytes(MethodHandles.Lookup lookup, String name, Object type, String latin1) {
        return new dev.terrarium.runtime.PyBytes(latin1.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** An imaginary literal such as {@code 2j}, given as the IEEE bits of its imaginary part. */
    public static PyObject imaginary(MethodHandles.Lookup lookup, String name, Object type, long bits) {
        return new dev.terrarium.runtime.PyComplex(0.0, Double.longBitsToDouble(bits));
    }

    /** A str literal too long for one constant-pool entry, from its pieces. */
    public static PyStr joinStr(String[] pieces) {
        return PyStr.of(String.join("", pieces));
    }

    /** A bytes literal too long for one constant-pool entry, from its Latin-1 pieces. */
    public static PyObject joinBytes(String[] pieces) {
        return new dev.terrarium.runtime.PyBytes(String.join("", pieces).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** A float literal, given as its IEEE bits (exact, unlike a decimal string). */
    public static PyObject floating(MethodHandles.Lookup lookup, String name, Object type, long bits) {
        return new PyFloat(Double.longBitsToDouble(bits));
    }
}
