package dev.terrarium.interpreter.compiler;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The only place that writes JVM instructions: the code generators say what to do
 * ({@code loadLocal}, {@code callOps("add", 2)}), this class says how, in ASM terms.
 */
final class Emitter implements Opcodes {
    static final String PYOBJECT = "dev/terrarium/runtime/PyObject";
    static final String OBJ = "L" + PYOBJECT + ";";
    static final String OPS = "dev/terrarium/runtime/Ops";
    static final String UNPACKING = "dev/terrarium/runtime/Unpacking";
    static final String PYDICT = "dev/terrarium/runtime/PyDict";
    static final String PYSTR = "dev/terrarium/runtime/PyStr";
    private static final String CONSTANTS = "dev/terrarium/runtime/indy/Constants";
    private static final String BSM_DESC = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Object;";

    final MethodVisitor mv;
    private int lastLine = -1;
    /**
     * Added to every slot the code generators name: a generator's resume method keeps its own
     * three parameters in slots 0..2 and the body's slots after them.
     */
    private final int slotOffset;
    /** JVM slot of the frame array holding the block's slots, or -1: see {@link #useFrame}. */
    private int frameSlot = -1;
    private java.util.function.IntFunction<String> frameTypes;

    Emitter(MethodVisitor mv) {
        this(mv, 0);
    }

    Emitter(MethodVisitor mv, int slotOffset) {
        this.mv = mv;
        this.slotOffset = slotOffset;
    }

    /** Loads JVM slot {@code slot} itself, ignoring the offset. */
    void loadRaw(int slot) {
        mv.visitVarInsn(ALOAD, slot);
    }

    /** Marks the following instructions as belonging to source line {@code line}. */
    void line(int line) {
        if (line != lastLine && line > 0) {
            Label l = new Label();
            mv.visitLabel(l);
            mv.visitLineNumber(line, l);
            lastLine = line;
        }
    }

    /** Forgets the current line, so the next {@link #line} call always emits an entry. */
    void resetLine() {
        lastLine = -1;
    }

    void loadLocal(int slot) {
        if (frameSlot >= 0) {
            mv.visitVarInsn(ALOAD, frameSlot);
            pushInt(slot);
            mv.visitInsn(AALOAD);
            String type = frameTypes.apply(slot);
            if (!type.equals("Ljava/lang/Object;")) {
                mv.visitTypeInsn(CHECKCAST, type.startsWith("[") ? type : type.substring(1, type.length() - 1));
            }
            return;
        }
        mv.visitVarInsn(ALOAD, slot + slotOffset);
    }

    void storeLocal(int slot) {
        if (frameSlot >= 0) {
            // stack: value -> frame, slot, value
            mv.visitVarInsn(ALOAD, frameSlot);
            mv.visitInsn(SWAP);
            pushInt(slot);
            mv.visitInsn(SWAP);
            mv.visitInsn(AASTORE);
            return;
        }
        mv.visitVarInsn(ASTORE, slot + slotOffset);
    }

    /**
     * From now on the slots the code generators name are entries of the {@code Object[]} in
     * JVM slot {@code frameSlot} (a split function's shared frame, see {@link FunctionSplitter});
     * {@code types} gives each slot's descriptor, so loads are cast back to it.
     */
    void useFrame(int frameSlot, java.util.function.IntFunction<String> types) {
        this.frameSlot = frameSlot;
        this.frameTypes = types;
    }

    /** The JVM slot of the frame array, or -1 when slots are JVM locals. */
    int frameSlot() {
        return frameSlot;
    }

    void pushNull() {
        mv.visitInsn(ACONST_NULL);
    }

    void pop() {
        mv.visitInsn(POP);
    }

    void dup() {
        mv.visitInsn(DUP);
    }

    void swap() {
        mv.visitInsn(SWAP);
    }

    void dupX1() {
        mv.visitInsn(DUP_X1);
    }

    void dupX2() {
        mv.visitInsn(DUP_X2);
    }

    void pushInt(int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    void pushString(String s) {
        mv.visitLdcInsn(s);
    }

    /** Characters per constant-pool string: at most 3 bytes each in modified UTF-8, under the 65535-byte limit. */
    private static final int CONSTANT_CHUNK = 16_000;

    /** Pushes a String[] of {@code value} cut into constant-pool-sized pieces. */
    private void pushChunks(String value) {
        int n = (value.length() + CONSTANT_CHUNK - 1) / CONSTANT_CHUNK;
        pushInt(n);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < n; i++) {
            mv.visitInsn(DUP);
            pushInt(i);
            mv.visitLdcInsn(value.substring(i * CONSTANT_CHUNK, Math.min(value.length(), (i + 1) * CONSTANT_CHUNK)));
            mv.visitInsn(AASTORE);
        }
    }

    /** A str constant, built once (dynamic constant); a huge one is assembled from pieces. */
    void pushStrConstant(String value) {
        if (value.length() > CONSTANT_CHUNK) {
            pushChunks(value);
            invokeStatic(CONSTANTS, "joinStr", "([Ljava/lang/String;)L" + PYSTR + ";");
            return;
        }
        String strType = "L" + PYSTR + ";";
        mv.visitLdcInsn(new ConstantDynamic("s", strType,
                new Handle(H_INVOKESTATIC, CONSTANTS, "str", BSM_DESC + "Ljava/lang/String;)" + strType, false), value));
    }

    void pushIntConstant(String decimal) {
        mv.visitLdcInsn(new ConstantDynamic("i", OBJ,
                new Handle(H_INVOKESTATIC, CONSTANTS, "integer", BSM_DESC + "Ljava/lang/String;)" + OBJ, false), decimal));
    }

    void pushBytesConstant(byte[] bytes) {
        if (bytes.length > CONSTANT_CHUNK) {
            pushChunks(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
            invokeStatic(CONSTANTS, "joinBytes", "([Ljava/lang/String;)" + OBJ);
            return;
        }
        mv.visitLdcInsn(new ConstantDynamic("b", OBJ,
                new Handle(H_INVOKESTATIC, CONSTANTS, "bytes", BSM_DESC + "Ljava/lang/String;)" + OBJ, false),
                new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    void pushImaginaryConstant(double imag) {
        mv.visitLdcInsn(new ConstantDynamic("j", OBJ,
                new Handle(H_INVOKESTATIC, CONSTANTS, "imaginary", BSM_DESC + "J)" + OBJ, false),
                Double.doubleToRawLongBits(imag)));
    }

    void pushFloatConstant(double d) {
        mv.visitLdcInsn(new ConstantDynamic("f", OBJ,
                new Handle(H_INVOKESTATIC, CONSTANTS, "floating", BSM_DESC + "J)" + OBJ, false),
                Double.doubleToRawLongBits(d)));
    }

    void getStatic(String owner, String name, String desc) {
        mv.visitFieldInsn(GETSTATIC, owner, name, desc);
    }

    void putStatic(String owner, String name, String desc) {
        mv.visitFieldInsn(PUTSTATIC, owner, name, desc);
    }

    /**
     * One tick of the run's CPU budget (see {@code CpuBudget}), at every loop header: a
     * static call the JIT inlines to a decrement and a compare.
     */
    void cpuTick() {
        mv.visitMethodInsn(INVOKESTATIC, "dev/terrarium/runtime/CpuBudget", "tick", "()V", false);
    }

    void invokeStatic(String owner, String name, String desc) {
        mv.visitMethodInsn(INVOKESTATIC, owner, name, desc, false);
    }

    private static final String INDY = "dev/terrarium/runtime/indy/";
    private static final String SITE_BSM = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;";

    /**
     * {@code invokedynamic} of a call site of runtime.indy: {@code site} names the *Site class
     * whose {@code bootstrap} links it, {@code siteArgs} are its static arguments (strings).
     */
    void invokeSite(String site, String operation, String desc, String... siteArgs) {
        String bsmDesc = SITE_BSM + "Ljava/lang/String;".repeat(siteArgs.length) + ")Ljava/lang/invoke/CallSite;";
        mv.visitInvokeDynamicInsn(operation, desc, new Handle(H_INVOKESTATIC, INDY + site, "bootstrap", bsmDesc, false),
                (Object[]) siteArgs);
    }

    void invokeVirtual(String owner, String name, String desc) {
        mv.visitMethodInsn(INVOKEVIRTUAL, owner, name, desc, false);
    }

    /** Calls {@code Ops.name} taking {@code arity} PyObjects and returning a PyObject. */
    void callOps(String name, int arity) {
        invokeStatic(OPS, name, "(" + OBJ.repeat(arity) + ")" + OBJ);
    }

    /** {@code new PyObject[n]} with the top {@code n} stack values, first pushed first. */
    void newObjectArray(int n) {
        pushInt(n);
        mv.visitTypeInsn(ANEWARRAY, PYOBJECT);
    }

    /** Stores the value on top into the array below it at {@code index}, leaving the array. */
    void storeIntoArray(int index) {
        // stack: array, value -> array
        mv.visitInsn(DUP_X1);
        mv.visitInsn(SWAP);
        pushInt(index);
        mv.visitInsn(SWAP);
        mv.visitInsn(AASTORE);
    }

    void stringArray(String[] values) {
        pushInt(values.length);
        mv.visitTypeInsn(ANEWARRAY, "java/lang/String");
        for (int i = 0; i < values.length; i++) {
            mv.visitInsn(DUP);
            pushInt(i);
            pushString(values[i]);
            mv.visitInsn(AASTORE);
        }
    }

    void arrayLoad(int index) {
        pushInt(index);
        mv.visitInsn(AALOAD);
    }

    void newObject(String type) {
        mv.visitTypeInsn(NEW, type);
        mv.visitInsn(DUP);
    }

    void invokeConstructor(String type, String desc) {
        mv.visitMethodInsn(INVOKESPECIAL, type, "<init>", desc, false);
    }

    void methodHandle(String owner, String name, String desc) {
        mv.visitLdcInsn(new Handle(H_INVOKESTATIC, owner, name, desc, false));
    }

    void label(Label l) {
        mv.visitLabel(l);
    }

    void jump(Label l) {
        mv.visitJumpInsn(GOTO, l);
    }

    void ifNull(Label l) {
        mv.visitJumpInsn(IFNULL, l);
    }

    void ifNonNull(Label l) {
        mv.visitJumpInsn(IFNONNULL, l);
    }

    /** Pops a PyObject; jumps if it is falsy. */
    void ifFalse(Label l) {
        invokeStatic(OPS, "isTrue", "(" + OBJ + ")Z");
        mv.visitJumpInsn(IFEQ, l);
    }

    /** Pops a PyObject; jumps if it is truthy. */
    void ifTrue(Label l) {
        invokeStatic(OPS, "isTrue", "(" + OBJ + ")Z");
        mv.visitJumpInsn(IFNE, l);
    }

    void returnValue() {
        mv.visitInsn(ARETURN);
    }

    void returnVoid() {
        mv.visitInsn(RETURN);
    }

    void athrow() {
        mv.visitInsn(ATHROW);
    }
}
