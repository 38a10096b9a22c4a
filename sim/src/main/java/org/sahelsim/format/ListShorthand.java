package org.sahelsim.format;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a record written as a map: a YAML list written in its place stands for the map with only
 * the component named here ({@code [500, 1000]} for {@code {values: [500, 1000]}}). The
 * {@link Binder} reads it, and the schema generator offers both shapes.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ListShorthand {
    /** The key of the component (a list) that a list alone gives. */
    String value();
}
