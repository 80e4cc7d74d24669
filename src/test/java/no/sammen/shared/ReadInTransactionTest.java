package no.sammen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class ReadInTransactionTest {

    private final ReadInTransaction<String, String> memo = new ReadInTransaction<>();
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String key) {
        return key + reads.incrementAndGet();
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionEveryAskReads() {
        assertThat(memo.get("a", this::read)).isEqualTo("a1");
        assertThat(memo.get("a", this::read)).isEqualTo("a2");
    }

    @Test
    void insideATransactionEachKeyIsReadOnceUntilForgotten() {
        TransactionSynchronizationManager.initSynchronization();

        assertThat(memo.get("a", this::read)).isEqualTo("a1");
        assertThat(memo.get("a", this::read)).isEqualTo("a1");
        assertThat(memo.get("b", this::read)).isEqualTo("b2");
        memo.forget("a");
        assertThat(memo.get("a", this::read)).isEqualTo("a3");
        assertThat(memo.get("b", this::read)).isEqualTo("b2");
        memo.forgetAll();
        assertThat(memo.get("b", this::read)).isEqualTo("b4");
        // Another memo keeps its own reads.
        assertThat(new ReadInTransaction<String, String>().get("a", this::read)).isEqualTo("a5");
    }

    @Test
    void whenTheTransactionEndsItsReadsAreForgotten() {
        TransactionSynchronizationManager.initSynchronization();
        assertThat(memo.get("a", this::read)).isEqualTo("a1");

        List<TransactionSynchronization> synchronizations = new ArrayList<>(
                TransactionSynchronizationManager.getSynchronizations());
        synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.initSynchronization();

        assertThat(memo.get("a", this::read)).isEqualTo("a2");
    }
}
