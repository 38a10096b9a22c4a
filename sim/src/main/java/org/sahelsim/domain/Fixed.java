package org.sahelsim.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a number written in the model's code (a {@code static final} field of the mechanisms,
 * the world or the model) rather than exposed as a {@code params.*} value: what it means, its
 * unit and where it comes from. The parameter docs generator lists every such constant with its value
 * in {@code docs/PARAMETERS.md}, and a test fails on any other number in the model's code, so
 * every number of the model can be traced.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Fixed {
    /** Plain-language meaning. */
    String doc();

    /** Unit, e.g. "fighters", "share", "USD/month"; empty when dimensionless. */
    String unit() default "";

    /** Where the number comes from: a seed file name, a public source, or "assumption". */
    String source() default "assumption";
}
