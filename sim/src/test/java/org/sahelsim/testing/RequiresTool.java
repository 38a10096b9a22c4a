package org.sahelsim.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that needs outside tools (a display server, a cluster, root). On a developer's
 * machine without them the test is skipped with a message naming what is missing; with
 * {@code CI=true} a missing tool is a failure, so CI always runs these tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Tag("needs-tools")
@ExtendWith(ToolCondition.class)
public @interface RequiresTool {
    /** Commands that must be on the PATH (e.g. "xvfb-run", "sbatch"). */
    String[] value() default {};

    /** Whether the test must run as root. */
    boolean root() default false;
}
