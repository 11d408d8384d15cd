package vn.parindex.assessment.concurrency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method's transaction again when the database reports a transient conflict (deadlock, serialization
 * failure, lock timeout), a bounded number of times, then answers 503 with Retry-After. Only the outermost call
 * retries: inside a running transaction the failure goes up to the one that started it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RetryTransient {
}
