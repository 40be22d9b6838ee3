package dev.terrarium.controller.child;

import java.io.IOException;
import java.io.InputStream;

/**
 * A class loader with its own copy of the runtime and the interpreter, for one in-process
 * run: their static state (the guest's modules, its door to the controller, its caches)
 * then belongs to that run alone and goes away with the loader. The wire protocol
 * ({@code dev.terrarium.runtime.external}) stays shared with the controller, so the guest's
 * endpoint and the controller speak the same {@code Request} and {@code Reply} classes;
 * everything else (the JDK, the grammar, ANTLR, ASM) comes from the parent.
 */
final class GuestClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    GuestClassLoader(ClassLoader parent) {
        super("terrarium-guest", parent);
    }

    /** Whether each run gets its own copy of class {@code name}. */
    static boolean isPerRun(String name) {
        return name.startsWith("dev.terrarium.interpreter.")
                || name.startsWith("dev.terrarium.runtime.") && !name.startsWith("dev.terrarium.runtime.external.");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isPerRun(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] bytes = classBytes(name);
                loaded = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private byte[] classBytes(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
