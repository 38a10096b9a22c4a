package org.sahelsim.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The classes of main code as ArchUnit reads them from the compiled classes, read once for all
 * the tests that need them: the architecture rules, and the contract tests, which find every
 * implementation of an interface so that a new one cannot go without its contract.
 */
public final class MainClasses {
    private static JavaClasses all;

    private MainClasses() {
    }

    /** Every class of main code. */
    public static synchronized JavaClasses all() {
        if (all == null) {
            all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.sahelsim");
        }
        return all;
    }

    /** The names of every class of main code that can be made and implements {@code type} (not abstract), sorted. */
    public static List<String> implementing(Class<?> type) {
        return all().stream()
                .filter(c -> c.isAssignableTo(type) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName).sorted().toList();
    }

    /** A class of main code. */
    public static JavaClass get(String name) {
        return all().get(name);
    }
}
