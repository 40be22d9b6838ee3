package dev.terrarium.interpreter;

/**
 * Defines the classes the compiler generates. Their only dependencies are runtime
 * classes, resolved through the parent (the interpreter's own loader): guest code has
 * no way to name any other Java class.
 */
final class GeneratedCodeLoader extends ClassLoader {
    GeneratedCodeLoader(ClassLoader parent) {
        super(parent);
    }

    Class<?> define(String binaryName, byte[] classFile) {
        return defineClass(binaryName, classFile, 0, classFile.length);
    }
}
