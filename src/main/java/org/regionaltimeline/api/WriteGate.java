package org.regionaltimeline.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs every write in its own transaction, one at a time. H2 serializes writers anyway; doing it here means
 * concurrent ingests of overlapping pages see each other's committed rows (no duplicate-key races reach clients) and
 * the change log's sequence numbers commit in order, which is what lets sync clients trust "since".
 */
@ApplicationScoped
public class WriteGate {

    private final ReentrantLock lock = new ReentrantLock(true);

    public <T> T write(Callable<T> work) {
        lock.lock();
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } finally {
            lock.unlock();
        }
    }
}
