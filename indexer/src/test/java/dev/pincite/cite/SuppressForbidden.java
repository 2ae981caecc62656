package dev.pincite.cite;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets forbiddenapis accept a use it flags, with the reason. Used for the JDK's {@code
 * com.sun.net.httpserver}, a supported, exported API (module {@code jdk.httpserver}) that the
 * non-portable signatures list only because of its package name.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD})
@interface SuppressForbidden {
  /** Why the use is fine. */
  String reason();
}
