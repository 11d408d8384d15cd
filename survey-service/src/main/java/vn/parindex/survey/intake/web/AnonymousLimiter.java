package vn.parindex.survey.intake.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.parindex.survey.Refusal;

/**
 * A per-client limit on anonymous submissions: at most the wave's number per minute from one address, counted in
 * fixed one-minute windows. Kept in memory per replica (a replica behind a load balancer sees its share).
 */
@ApplicationScoped
public class AnonymousLimiter {

    private record Window(long minute, AtomicInteger count) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public void acquire(String waveCode, String client, int perMinute, long nowMillis) {
        long minute = nowMillis / 60_000;
        if (windows.size() > 100_000) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        Window window = windows.compute(waveCode + "|" + client,
                (key, current) -> current == null || current.minute() != minute ? new Window(minute, new AtomicInteger()) : current);
        if (window.count().incrementAndGet() > perMinute) {
            long retryAfter = Math.max(1, ((minute + 1) * 60_000 - nowMillis + 999) / 1000);
            throw Refusal.tooManyRequests("at most " + perMinute + " anonymous responses a minute from one client; retry in "
                    + retryAfter + " s", retryAfter);
        }
    }
}
