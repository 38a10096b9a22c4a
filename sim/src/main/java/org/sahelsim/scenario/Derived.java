package org.sahelsim.scenario;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that no file gives: the loader computes it from the file's values
 * after binding (a timed input's typed edits). The reader, the writer, the schema and the
 * documentation leave it out; the binder passes null for it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Derived {
}
