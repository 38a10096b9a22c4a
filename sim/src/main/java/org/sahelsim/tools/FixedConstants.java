package org.sahelsim.tools;

import org.sahelsim.domain.Fixed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.sahelsim.format.Binder;

/**
 * Finds the {@link Fixed} constants of the model's packages by reading the compiled classes
 * (from the classes folder or the jar this class was loaded from), so the documentation needs
 * no list of classes to keep up to date, and the scenario package needs no compile-time
 * dependency on the mechanisms.
 */
public final class FixedConstants {
    /** The packages that hold the model's numbers, in the order the documentation lists them. */
    public static final List<String> PACKAGES = List.of("org.sahelsim.world", "org.sahelsim.model",
            "org.sahelsim.rules", "org.sahelsim.levers");

    /**
     * One constant.
     *
     * @param where  the class, as {@code rules/Clashes} (nested classes as {@code rules/Outer.Inner})
     * @param name   the field's name
     * @param value  the value as written in the documentation
     * @param fixed  its annotation
     */
    public record Constant(String where, String name, String value, Fixed fixed) {
    }

    private FixedConstants() {
    }

    /** Every {@link Fixed} constant, package by package, then by class and field name. */
    public static List<Constant> all() {
        List<Constant> out = new ArrayList<>();
        for (String pkg : PACKAGES) {
            for (String className : classNames(pkg)) {
                Class<?> c;
                try {
                    c = Class.forName(className, false, FixedConstants.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("cannot load " + className, e);
                }
                Arrays.stream(c.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Fixed.class))
                        .sorted(Comparator.comparing(Field::getName))
                        .forEach(f -> out.add(constant(pkg, c, f)));
            }
        }
        return out;
    }

    private static Constant constant(String pkg, Class<?> c, Field f) {
        int m = f.getModifiers();
        String where = pkg.substring(pkg.lastIndexOf('.') + 1) + "/" + c.getName().substring(pkg.length() + 1)
                .replace('$', '.');
        if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || !(f.getType().isPrimitive())) {
            throw new IllegalStateException("@Fixed " + where + "." + f.getName()
                    + " must be a static final number");
        }
        f.setAccessible(true);
        Object v;
        try {
            v = f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + where + "." + f.getName(), e);
        }
        String value = v instanceof Double || v instanceof Float ? Binder.fmt(((Number) v).doubleValue()) : v.toString();
        return new Constant(where, f.getName(), value, f.getAnnotation(Fixed.class));
    }

    /** The top-level and nested classes of a package, sorted by name. */
    private static TreeSet<String> classNames(String pkg) {
        String dir = pkg.replace('.', '/');
        TreeSet<String> names = new TreeSet<>();
        Path location;
        try {
            location = Path.of(FixedConstants.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the compiled classes", e);
        }
        try {
            if (Files.isDirectory(location)) {
                Path folder = location.resolve(dir);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class"))
                                .forEach(n -> names.add(pkg + "." + n.substring(0, n.length() - ".class".length())));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        String n = e.nextElement().getName();
                        if (n.startsWith(dir + "/") && n.endsWith(".class") && n.indexOf('/', dir.length() + 1) < 0) {
                            names.add(n.substring(0, n.length() - ".class".length()).replace('/', '.'));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.removeIf(n -> n.endsWith(".package-info"));
        return names;
    }
}
