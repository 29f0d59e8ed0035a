package io.journeymaps.confluence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import net.java.ao.Entity;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

class ConfluenceAoDatabaseTest {
    interface Note extends Entity {
    }

    private final ActiveObjects ao = mock(ActiveObjects.class);
    private final ConfluenceAoDatabase database = new ConfluenceAoDatabase(ao);

    /** Runs the callback like the host does; rollback is the host's business. */
    private void hostRunsCallbacks() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> call.<TransactionCallback<?>>getArgument(0).doInTransaction());
    }

    @Test
    void inTransaction_returnsTheWorksResult_fromInsideTheHostTransaction() {
        hostRunsCallbacks();

        assertEquals("done", database.inTransaction(() -> "done"));
        verify(ao).executeInTransaction(any());
    }

    @Test
    void inTransaction_rethrowsTheWorksOwnException() {
        hostRunsCallbacks();
        IllegalArgumentException fromWork = new IllegalArgumentException("bad card");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> database.inTransaction(() -> {
            throw fromWork;
        }));

        assertSame(fromWork, thrown);
    }

    @Test
    void inTransaction_unwrapsTheWorksException_whenTheHostWrapsIt() {
        when(ao.executeInTransaction(any())).thenAnswer(call -> {
            try {
                return call.<TransactionCallback<?>>getArgument(0).doInTransaction();
            } catch (RuntimeException e) {
                throw new IllegalStateException("transaction rolled back", e);
            }
        });
        IllegalArgumentException fromWork = new IllegalArgumentException("bad card");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> database.inTransaction(() -> {
            throw fromWork;
        }));

        assertSame(fromWork, thrown);
        assertEquals(0, thrown.getSuppressed().length);
    }

    @Test
    void inTransaction_keepsAnUnrelatedHostFailureAsSuppressed() {
        IllegalStateException rollbackFailed = new IllegalStateException("rollback failed");
        when(ao.executeInTransaction(any())).thenAnswer(call -> {
            try {
                return call.<TransactionCallback<?>>getArgument(0).doInTransaction();
            } catch (RuntimeException e) {
                throw rollbackFailed;
            }
        });
        IllegalArgumentException fromWork = new IllegalArgumentException("bad card");

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> database.inTransaction(() -> {
            throw fromWork;
        }));

        assertSame(fromWork, thrown);
        assertArrayEquals(new Throwable[] {rollbackFailed}, thrown.getSuppressed());
    }

    @Test
    void inTransaction_propagatesAHostFailureAfterTheWorkSucceeded() {
        IllegalStateException commitFailed = new IllegalStateException("commit failed");
        when(ao.executeInTransaction(any())).thenAnswer(call -> {
            call.<TransactionCallback<?>>getArgument(0).doInTransaction();
            throw commitFailed;
        });

        RuntimeException thrown = assertThrows(RuntimeException.class, () -> database.inTransaction(() -> "done"));

        assertSame(commitFailed, thrown);
    }

    @Test
    void migrateFindAndCount_delegateToActiveObjects() {
        Note note = mock(Note.class);
        Query query = Query.select();
        when(ao.find(Note.class, "TITLE = ?", "x")).thenReturn(new Note[] {note});
        when(ao.count(Note.class, query)).thenReturn(3);

        database.migrate(Note.class);

        verify(ao).migrate(Note.class);
        assertArrayEquals(new Note[] {note}, database.find(Note.class, "TITLE = ?", "x"));
        assertEquals(3, database.count(Note.class, query));
    }
}
