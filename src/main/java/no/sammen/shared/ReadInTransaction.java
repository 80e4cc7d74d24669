package no.sammen.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What has been read in the current transaction, by key, so that a page whose sections each ask for the same
 * thing (the course, its facts, its network) reads it once. Outside a transaction nothing is kept. The owner
 * forgets a key when it changes what the key reads, so that the transaction reads it again; everything is
 * forgotten when the transaction ends.
 *
 * @param <K> the key, e.g. a course id
 * @param <V> what is read for it
 */
public final class ReadInTransaction<K, V> {

    /** The resource key under which this memo's map is bound to the transaction. */
    private final Object resource = new Object();

    /** The value read for {@code key} in this transaction, reading it with {@code read} the first time. */
    public V get(K key, Function<K, V> read) {
        Map<K, V> memo = memo();
        if (memo == null) {
            return read.apply(key);
        }
        V value = memo.get(key);
        if (value == null) {
            value = read.apply(key);
            if (value != null) {
                memo.put(key, value);
            }
        }
        return value;
    }

    /** After a change of what {@code key} reads: read it again. */
    public void forget(K key) {
        Map<K, V> memo = memo();
        if (memo != null) {
            memo.remove(key);
        }
    }

    /** After a change of everything: read every key again. */
    public void forgetAll() {
        Map<K, V> memo = memo();
        if (memo != null) {
            memo.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> memo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Object bound = TransactionSynchronizationManager.getResource(resource);
        if (bound == null) {
            bound = new HashMap<K, V>();
            TransactionSynchronizationManager.bindResource(resource, bound);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(resource);
                }
            });
        }
        return (Map<K, V>) bound;
    }
}
