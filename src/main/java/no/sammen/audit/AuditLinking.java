package no.sammen.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs the linking of the chain and the anchoring of its head on one background thread of its own,
 * never on a request's thread: shortly after a transaction that wrote entries commits, at a fixed
 * interval for entries written by other instances, and the anchor at its interval.
 */
@Component
class AuditLinking implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLinking.class);
    private static final Object TRANSACTION_KEY = new Object();

    private final AuditChain chain;
    private final AuditAnchors anchors;
    private final AuditProperties properties;
    private final AtomicBoolean linkScheduled = new AtomicBoolean();
    private ScheduledExecutorService executor;

    AuditLinking(AuditChain chain, AuditAnchors anchors, AuditProperties properties) {
        this.chain = chain;
        this.anchors = anchors;
        this.properties = properties;
    }

    /** Asks for the entries of the current transaction to be linked once it has committed. */
    void linkAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            requestLink();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(TRANSACTION_KEY)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(TRANSACTION_KEY, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                requestLink();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(TRANSACTION_KEY);
            }
        });
    }

    private void requestLink() {
        ScheduledExecutorService running = executor;
        if (running != null && !linkScheduled.getAndSet(true)) {
            running.schedule(this::link, properties.linkDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void link() {
        linkScheduled.set(false);
        try {
            chain.linkUnlessBusy();
        } catch (RuntimeException e) {
            // Linking is retried at the next commit or interval; nothing is lost meanwhile.
            LOG.warn("Linking the audit chain failed, will retry: {}", e.toString());
        }
    }

    private void anchor() {
        try {
            anchors.anchor(chain.head(), false);
        } catch (RuntimeException e) {
            LOG.error("Anchoring the audit chain failed, will retry: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-linking");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.linkInterval().toMillis();
        executor.scheduleWithFixedDelay(this::link, interval, interval, TimeUnit.MILLISECONDS);
        long anchorInterval = properties.anchor().interval().toMillis();
        executor.scheduleWithFixedDelay(() -> {
            link();
            anchor();
        }, anchorInterval, anchorInterval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
