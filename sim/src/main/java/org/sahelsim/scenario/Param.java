package org.sahelsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one value of the scenario format: what it means, its unit, its allowed range,
 * its default and where the number comes from. The loader, the JSON Schema generator and the
 * parameter documentation check all read this one annotation, so the three cannot drift. The
 * classroom window's lever panel reads it too: which values of a lever it shows ({@link #panel()})
 * and the ends of their sliders.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
public @interface Param {
    /** Plain-language meaning, shown in the schema, in {@code check} messages and in the GUI. */
    String doc();

    /** Unit, e.g. "USD/month", "fighters", "share", "1/USD"; empty when dimensionless. */
    String unit() default "";

    /** Smallest allowed value (inclusive) for numbers, or smallest size for lists. */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (inclusive). */
    double max() default Double.POSITIVE_INFINITY;

    /**
     * Default as a YAML scalar or flow value ("0.5", "[]", "{}", "none"). The marker
     * {@link #REQUIRED} means the key must be given.
     */
    String def() default REQUIRED;

    /** Where the number comes from: a seed file name, a public source, or "assumption". */
    String source() default "assumption";

    /**
     * Whether the classroom window's Levers tab shows this value of a lever: true/false as a check
     * box, a number as a slider from {@link #min()} to {@link #sliderMax()}, any other value by a
     * chooser the window gives for its path. The tab is built from these marks, so a new lever
     * needs no edit in the window. Each lever's {@code enabled} is always shown.
     */
    boolean panel() default false;

    /**
     * The right end of the slider of a value marked {@link #panel()}, where it differs from
     * {@link #max()}: needed when max is infinite, and useful when max allows far more than a
     * class will try. NaN (the default) means max.
     */
    double sliderMax() default Double.NaN;

    /** Marker for {@link #def()}: no default, the key is required. */
    String REQUIRED = "\u0000required";
}
