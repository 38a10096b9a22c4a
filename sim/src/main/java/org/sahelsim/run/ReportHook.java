package org.sahelsim.run;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.function.Function;
import org.sahelsim.scenario.Scenario;

/**
 * What {@code compare} calls once {@code runs.csv}, {@code timeseries.csv},
 * {@code events.csv}, {@code summary.csv} and the final {@code manifest.json} are written: the
 * builder of the charts and {@code report.html}. {@link #INSTALLED} finds
 * {@code org.sahelsim.report.Report.build(Path, Function)} by reflection, so that this package
 * compiles and runs without the report package (the hook then does nothing) and does not
 * depend on it.
 */
@FunctionalInterface
public interface ReportHook {
    /**
     * Builds the report of an output folder.
     *
     * @param folder    the output folder of {@code compare}
     * @param scenarios the resolved scenario of each variant by name ({@code baseline} included);
     *                  null for a name that is not a variant
     */
    void build(Path folder, Function<String, Scenario> scenarios) throws Exception;

    /** Does nothing. */
    ReportHook NONE = (folder, scenarios) -> { };

    /** The report builder of {@code org.sahelsim.report.Report}, or {@link #NONE} when that class is absent. */
    ReportHook INSTALLED = Installed.find("org.sahelsim.report.Report");

    /** Whether a hook actually builds something (false for {@link #NONE}). */
    default boolean present() {
        return this != NONE;
    }

    /** Finds the report builder by reflection. */
    final class Installed {
        private Installed() {
        }

        /**
         * The hook calling {@code className.build(Path, Function)}: the static method, or the
         * method of an instance made by the class's no-argument constructor; {@link #NONE} when
         * the class or the method is missing.
         */
        static ReportHook find(String className) {
            Class<?> c;
            Method m;
            try {
                c = Class.forName(className, true, ReportHook.class.getClassLoader());
                m = c.getMethod("build", Path.class, Function.class);
            } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
                return NONE;
            }
            boolean isStatic = Modifier.isStatic(m.getModifiers());
            return (folder, scenarios) -> {
                try {
                    Object target = isStatic ? null : c.getDeclaredConstructor().newInstance();
                    m.invoke(target, folder, scenarios);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Exception) {
                        throw (Exception) cause;
                    }
                    if (cause instanceof Error) {
                        throw (Error) cause;
                    }
                    throw e;
                }
            };
        }
    }
}
