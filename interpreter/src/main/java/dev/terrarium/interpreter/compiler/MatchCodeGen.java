package dev.terrarium.interpreter.compiler;

import static dev.terrarium.interpreter.compiler.Emitter.OBJ;

import dev.terrarium.interpreter.ast.ConstantValue;
import dev.terrarium.interpreter.ast.Expr;
import dev.terrarium.interpreter.ast.MatchCase;
import dev.terrarium.interpreter.ast.Operators;
import dev.terrarium.interpreter.ast.Pattern;
import dev.terrarium.interpreter.ast.Stmt;
import dev.terrarium.runtime.Ops;
import dev.terrarium.runtime.PyBool;
import dev.terrarium.runtime.PyBytes;
import dev.terrarium.runtime.PyComplex;
import dev.terrarium.runtime.PyFloat;
import dev.terrarium.runtime.PyInt;
import dev.terrarium.runtime.PyNone;
import dev.terrarium.runtime.PyObject;
import dev.terrarium.runtime.PySet;
import dev.terrarium.runtime.PyStr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * The {@code match} statement (PEP 634), as CPython 3.11 compiles it ({@code compiler_match}
 * and the {@code compiler_pattern_*} functions of {@code Python/compile.c}).
 *
 * <p>The subject is evaluated once into a slot. Each case's pattern is code that falls through
 * when it matches and jumps to the next case when it does not; every value a sub-pattern is
 * matched against lives in a slot of its own (never on the operand stack, so a yield in a case
 * body finds the stack empty). Captured values go to one slot per name and are stored into
 * their variables only once the whole pattern has matched, in CPython's order, then the guard
 * runs: so a failed pattern binds nothing, a failed guard leaves the captures bound.
 *
 * <p>CPython's compile-time pattern errors are raised here with its messages and positions.
 * The position CPython reports is its compiler's "current location", which each pattern sets
 * when it is compiled and nothing restores; {@link #loc} mirrors it, and run-time operations
 * are marked with it too, so tracebacks point where CPython's do.
 */
final class MatchCodeGen implements Opcodes {
    private static final String SUPPORT = "dev/terrarium/runtime/MatchSupport";
    private static final String ARRAY = "[" + OBJ;

    private final CodeGen gen;
    private final Emitter e;
    /** CPython's current location while patterns are compiled (SET_LOC without restore). */
    private Pattern loc;
    /** The names the current case's pattern captures, in the order CPython stores them (pc->stores). */
    private List<String> stores;
    /** The slot holding each captured value of the current case until it is stored. */
    private Map<String, Integer> captureSlots;

    private MatchCodeGen(CodeGen gen) {
        this.gen = gen;
        this.e = gen.emitter();
    }

    static void matchStatement(CodeGen gen, Stmt.Match m) {
        new MatchCodeGen(gen).compile(m);
    }

    private void compile(Stmt.Match m) {
        gen.expr(m.subject());
        int subject = gen.newTemp();
        e.storeLocal(subject);
        Label end = new Label();
        List<MatchCase> cases = m.cases();
        for (int i = 0; i < cases.size(); i++) {
            MatchCase c = cases.get(i);
            Label next = new Label();
            stores = new ArrayList<>();
            captureSlots = new HashMap<>();
            // Only the last case, or one with a guard, may be irrefutable.
            pattern(c.pattern(), subject, next, c.guard() != null || i == cases.size() - 1);
            for (String name : stores) {
                e.loadLocal(captureSlots.get(name));
                gen.storeName(name);
            }
            if (c.guard() != null) {
                gen.expr(c.guard());
                // CPython tests the guard's truth at the pattern's (last) location.
                gen.position(loc);
                e.ifFalse(next);
            }
            gen.block(c.body());
            e.jump(end);
            e.label(next);
        }
        e.label(end);
    }

    private CompileError error(String message) {
        return new CompileError(message, loc.span());
    }

    /** Matches the value in {@code subject} against {@code p}; jumps to {@code fail} if it does not match. */
    private void pattern(Pattern p, int subject, Label fail, boolean allowIrrefutable) {
        loc = p;
        if (p instanceof Pattern.MatchValue v) {
            e.loadLocal(subject);
            gen.expr(v.value());
            gen.position(p);
            e.callOps("eqObj", 2);
            e.ifFalse(fail);
        } else if (p instanceof Pattern.MatchSingleton s) {
            e.loadLocal(subject);
            ConstantEmitter.emit(e, s.value(), gen);
            e.mv.visitJumpInsn(IF_ACMPNE, fail);
        } else if (p instanceof Pattern.MatchAs a) {
            if (a.pattern() == null) {
                if (!allowIrrefutable) {
                    throw error(a.name() != null
                            ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                            : "wildcard makes remaining patterns unreachable");
                }
            } else {
                pattern(a.pattern(), subject, fail, allowIrrefutable);
            }
            capture(a.name(), subject);
        } else if (p instanceof Pattern.MatchOr o) {
            or(o, subject, fail, allowIrrefutable);
        } else if (p instanceof Pattern.MatchSequence s) {
            sequence(s, subject, fail);
        } else if (p instanceof Pattern.MatchMapping m) {
            mapping(m, subject, fail);
        } else if (p instanceof Pattern.MatchClass c) {
            classPattern(c, subject, fail);
        } else if (p instanceof Pattern.MatchStar s) {
            // Only reached inside a sequence pattern that unpacks: the slot holds the list.
            capture(s.name(), subject);
        }
    }

    /** A sub-pattern of a sequence, mapping or class pattern: there it may be irrefutable. */
    private void subpattern(Pattern p, int subject, Label fail) {
        pattern(p, subject, fail, true);
    }

    /** CPython's pattern_helper_store_name: remembers a capture (null: the wildcard, nothing). */
    private void capture(String name, int valueSlot) {
        if (name == null) {
            return;
        }
        if (name.equals("__debug__")) {
            throw error("cannot assign to __debug__");
        }
        if (stores.contains(name)) {
            throw error("multiple assignments to name '" + name + "' in pattern");
        }
        stores.add(name);
        e.loadLocal(valueSlot);
        e.storeLocal(captureSlots.computeIfAbsent(name, n -> gen.newTemp()));
    }

    private static boolean isWildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.pattern() == null && a.name() == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    /**
     * {@code a | b | c}: the alternatives in turn; each must capture the same names as the first
     * (they share the capture slots), and only the last may be irrefutable.
     */
    private void or(Pattern.MatchOr o, int subject, Label fail, boolean allowIrrefutable) {
        List<Pattern> alternatives = o.patterns();
        List<String> outer = stores;
        List<String> control = null;
        Label matched = new Label();
        for (int i = 0; i < alternatives.size(); i++) {
            boolean last = i == alternatives.size() - 1;
            Pattern alternative = alternatives.get(i);
            loc = alternative;
            stores = new ArrayList<>(outer);
            Label next = last ? fail : new Label();
            pattern(alternative, subject, next, last && allowIrrefutable);
            List<String> bound = stores.subList(outer.size(), stores.size());
            if (control == null) {
                control = new ArrayList<>(bound);
            } else if (bound.size() != control.size() || !new HashSet<>(bound).containsAll(control)) {
                throw error("alternative patterns bind different names");
            }
            if (!last) {
                e.jump(matched);
                e.label(next);
            }
        }
        e.label(matched);
        stores = new ArrayList<>(outer);
        stores.addAll(control);
    }

    /** A slot holding element {@code index} of the array in {@code arraySlot}. */
    private int element(int arraySlot, int index) {
        int slot = gen.newTemp();
        e.loadLocal(arraySlot);
        e.arrayLoad(index);
        e.storeLocal(slot);
        return slot;
    }

    /** {@code [a, *rest, b]}: a sequence that is not str, bytes or bytearray, of a suitable length. */
    private void sequence(Pattern.MatchSequence s, int subject, Label fail) {
        List<Pattern> patterns = s.patterns();
        int size = patterns.size();
        int star = -1;
        boolean starWildcard = false;
        boolean onlyWildcards = true;
        for (int i = 0; i < size; i++) {
            Pattern p = patterns.get(i);
            if (p instanceof Pattern.MatchStar) {
                if (star >= 0) {
                    throw error("multiple starred names in sequence pattern");
                }
                starWildcard = isStarWildcard(p);
                onlyWildcards &= starWildcard;
                star = i;
            } else {
                onlyWildcards &= isWildcard(p);
            }
        }
        e.loadLocal(subject);
        gen.position(loc);
        e.invokeStatic(SUPPORT, "isSequence", "(" + OBJ + ")Z");
        e.mv.visitJumpInsn(IFEQ, fail);
        if (star < 0 || size > 1) {
            e.loadLocal(subject);
            gen.position(loc);
            e.invokeStatic(SUPPORT, "length", "(" + OBJ + ")J");
            e.mv.visitLdcInsn((long) (star < 0 ? size : size - 1));
            e.mv.visitInsn(LCMP);
            e.mv.visitJumpInsn(star < 0 ? IFNE : IFLT, fail);
        }
        if (onlyWildcards) {
            return;
        }
        if (starWildcard) {
            // [a, *_, b]: index the elements instead of unpacking them all.
            for (int i = 0; i < size; i++) {
                Pattern p = patterns.get(i);
                if (i == star || isWildcard(p)) {
                    continue;
                }
                int item = gen.newTemp();
                e.loadLocal(subject);
                gen.position(loc);
                if (i < star) {
                    e.pushInt(i);
                    e.invokeStatic(SUPPORT, "item", "(" + OBJ + "I)" + OBJ);
                } else {
                    e.pushInt(size - i);
                    e.invokeStatic(SUPPORT, "itemFromEnd", "(" + OBJ + "I)" + OBJ);
                }
                e.storeLocal(item);
                subpattern(p, item, fail);
            }
            return;
        }
        int items = gen.newTemp(ARRAY);
        e.loadLocal(subject);
        gen.position(loc);
        if (star < 0) {
            e.pushInt(size);
            e.invokeStatic(SUPPORT, "unpack", "(" + OBJ + "I)" + ARRAY);
        } else {
            e.pushInt(star);
            e.pushInt(size - star - 1);
            e.invokeStatic(SUPPORT, "unpackStar", "(" + OBJ + "II)" + ARRAY);
        }
        e.storeLocal(items);
        for (int i = 0; i < size; i++) {
            subpattern(patterns.get(i), element(items, i), fail);
        }
    }

    /** {@code {key: p, **rest}}: a mapping holding every key (looked up with get). */
    private void mapping(Pattern.MatchMapping m, int subject, Label fail) {
        List<Expr> keys = m.keys();
        int size = keys.size();
        e.loadLocal(subject);
        gen.position(loc);
        e.invokeStatic(SUPPORT, "isMapping", "(" + OBJ + ")Z");
        e.mv.visitJumpInsn(IFEQ, fail);
        if (size == 0 && m.rest() == null) {
            return;
        }
        if (size > 0) {
            e.loadLocal(subject);
            gen.position(loc);
            e.invokeStatic(SUPPORT, "length", "(" + OBJ + ")J");
            e.mv.visitLdcInsn((long) size);
            e.mv.visitInsn(LCMP);
            e.mv.visitJumpInsn(IFLT, fail);
        }
        PySet seen = new PySet();
        int keySlot = gen.newTemp(ARRAY);
        e.newObjectArray(size);
        for (int i = 0; i < size; i++) {
            Expr key = keys.get(i);
            PyObject constant = constantKey(key);
            if (constant != null) {
                if (seen.contains(constant)) {
                    throw error("mapping pattern checks duplicate key (" + Ops.repr(constant) + ")");
                }
                seen.addKey(constant);
            } else if (!(key instanceof Expr.Attribute)) {
                throw error("mapping pattern keys may only match literals and attribute lookups");
            }
            e.dup();
            e.pushInt(i);
            gen.expr(key);
            e.mv.visitInsn(AASTORE);
        }
        e.storeLocal(keySlot);
        int values = gen.newTemp(ARRAY);
        e.loadLocal(subject);
        e.loadLocal(keySlot);
        gen.position(loc);
        e.invokeStatic(SUPPORT, "matchKeys", "(" + OBJ + ARRAY + ")" + ARRAY);
        e.storeLocal(values);
        e.loadLocal(values);
        e.ifNull(fail);
        for (int i = 0; i < size; i++) {
            subpattern(m.patterns().get(i), element(values, i), fail);
        }
        if (m.rest() != null) {
            int rest = gen.newTemp();
            e.loadLocal(subject);
            e.loadLocal(keySlot);
            gen.position(loc);
            e.invokeStatic(SUPPORT, "rest", "(" + OBJ + ARRAY + ")" + OBJ);
            e.storeLocal(rest);
            capture(m.rest(), rest);
        }
    }

    /**
     * The value of a literal key as CPython's AST optimizer folds it ({@code -1}, {@code 1+2j}),
     * to find duplicates with Python's equality ({@code 1}, {@code 1.0} and {@code True} are
     * one key); null for an attribute lookup.
     */
    private static PyObject constantKey(Expr key) {
        if (key instanceof Expr.Constant c) {
            return constant(c.value());
        }
        if (key instanceof Expr.UnaryOpExpr u && u.op() == Operators.UnaryOp.USub) {
            PyObject operand = constantKey(u.operand());
            return operand == null ? null : Ops.neg(operand);
        }
        if (key instanceof Expr.BinOpExpr b && (b.op() == Operators.BinOp.Add || b.op() == Operators.BinOp.Sub)) {
            PyObject left = constantKey(b.left());
            PyObject right = constantKey(b.right());
            if (left == null || right == null) {
                return null;
            }
            return b.op() == Operators.BinOp.Add ? Ops.add(left, right) : Ops.sub(left, right);
        }
        return null;
    }

    private static PyObject constant(ConstantValue v) {
        if (v instanceof ConstantValue.Int i) {
            return PyInt.of(i.value());
        } else if (v instanceof ConstantValue.Float f) {
            return new PyFloat(f.value());
        } else if (v instanceof ConstantValue.Imaginary im) {
            return new PyComplex(0.0, im.imag());
        } else if (v instanceof ConstantValue.Str s) {
            return PyStr.of(s.value());
        } else if (v instanceof ConstantValue.Bytes b) {
            return new PyBytes(b.value());
        } else if (v instanceof ConstantValue.Bool b) {
            return PyBool.of(b.value());
        } else if (v instanceof ConstantValue.None) {
            return PyNone.INSTANCE;
        }
        return null;
    }

    /** {@code Cls(p, q, attr=r)}: an instance of Cls whose attributes match. */
    private void classPattern(Pattern.MatchClass c, int subject, Label fail) {
        List<String> kwdAttrs = c.kwdAttrs();
        List<Pattern> kwdPatterns = c.kwdPatterns();
        int nargs = c.patterns().size();
        int nattrs = kwdAttrs.size();
        if (nattrs > 0) {
            // CPython's validate_kwd_attrs: errors point at the sub-pattern, not the name.
            for (int i = 0; i < nattrs; i++) {
                loc = kwdPatterns.get(i);
                if (kwdAttrs.get(i).equals("__debug__")) {
                    throw error("cannot assign to __debug__");
                }
                for (int j = i + 1; j < nattrs; j++) {
                    if (kwdAttrs.get(i).equals(kwdAttrs.get(j))) {
                        loc = kwdPatterns.get(j);
                        throw error("attribute name repeated in class pattern: " + kwdAttrs.get(i));
                    }
                }
            }
            loc = c;
        }
        int attrs = gen.newTemp(ARRAY);
        e.loadLocal(subject);
        gen.expr(c.cls());
        e.pushInt(nargs);
        if (nattrs == 0) {
            e.pushNull();
        } else {
            e.stringArray(kwdAttrs.toArray(new String[0]));
        }
        gen.position(loc);
        e.invokeStatic(SUPPORT, "matchClass", "(" + OBJ + OBJ + "I[Ljava/lang/String;)" + ARRAY);
        e.storeLocal(attrs);
        e.loadLocal(attrs);
        e.ifNull(fail);
        for (int i = 0; i < nargs + nattrs; i++) {
            Pattern p = i < nargs ? c.patterns().get(i) : kwdPatterns.get(i - nargs);
            if (isWildcard(p)) {
                continue;
            }
            subpattern(p, element(attrs, i), fail);
        }
    }
}
