package vn.parindex.assessment.concurrency;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.config.TransientRetryConfig;
/**
 * Around {@code @Transactional} (whose interceptor runs at PLATFORM_BEFORE + 200), so each attempt is a whole new
 * transaction: the failed one is rolled back before the next begins, and nothing is half-written either way.
 */
@RetryTransient
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class TransientRetryInterceptor {

    private static final Logger LOG = Logger.getLogger(TransientRetryInterceptor.class);

    private final TransactionManager transactions;
    private final AgroalDataSource dataSource;
    private final int attempts;
    private final long backoffMillis;
    private final Counter retried;
    private final Counter exhausted;

    TransientRetryInterceptor(TransactionManager transactions, AgroalDataSource dataSource, MeterRegistry registry,
            TransientRetryConfig config) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.attempts = config.attempts();
        this.backoffMillis = config.backoffMillis();
        this.retried = registry.counter("parindex.transient.retries");
        this.exhausted = registry.counter("parindex.transient.exhausted");
    }

    @AroundInvoke
    Object retry(InvocationContext call) throws Exception {
        if (inTransaction()) {
            return call.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return call.proceed();
            } catch (Exception failure) {
                if (!TransientFailure.is(failure)) {
                    throw failure;
                }
                if (attempt >= attempts) {
                    exhausted.increment();
                    LOG.warnf("%s gave up after %d attempts: %s", call.getMethod().getName(), attempt, TransientFailure.describe(failure));
                    Refusal unavailable = TransientFailure.unavailable();
                    unavailable.initCause(failure);
                    throw unavailable;
                }
                if (TransientFailure.isConnectionLost(failure)) {
                    // the server restarted or failed over: every idle connection is likely broken too, so the pool
                    // checks them all now rather than letting the next attempts meet them one by one
                    dataSource.flush(AgroalDataSource.FlushMode.INVALID);
                }
                retried.increment();
                LOG.debugf("%s attempt %d met a transient conflict (%s); retrying", call.getMethod().getName(), attempt,
                        TransientFailure.describe(failure));
                // jittered, growing pause so the transactions that met do not meet again in step
                Thread.sleep(ThreadLocalRandom.current().nextLong(backoffMillis * attempt / 2, backoffMillis * attempt + 1));
            }
        }
    }

    private boolean inTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
