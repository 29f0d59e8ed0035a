// compile-only declaration; never packaged; see atlassian-api.md §4 (RUNTIME retention and targets as in the decompiled scanner annotation; §12 stub rule)
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ComponentImport {
    /** Optional bean name of the imported service, e.g. "salApplicationProperties". */
    String value() default "";
}
