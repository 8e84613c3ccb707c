package dev.userpool.password;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library's value types: generated classes stay package-private
 * behind the abstract type, builders are strict, redacted attributes print as {@code ***}. No
 * {@code @Generated} annotations: their class ({@code org.immutables.value.Generated}) is not on the
 * classpath of the modules and applications that use these types, and javac warned about it in each.
 */
@Target({ ElementType.PACKAGE, ElementType.TYPE })
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    strictBuilder = true,
    redactedMask = "***",
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = Override.class)
public @interface DomainStyle {
}
