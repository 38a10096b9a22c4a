package org.sahelsim.run;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands items finished in any order to one consumer in index order 0, 1, 2, ..., holding at
 * most {@code capacity} of them. A producer whose index is {@code capacity} or more ahead of
 * the next index to be taken waits, so memory stays bounded however many items there are and
 * however unevenly they finish. A failure reported for any index is thrown to the consumer at
 * its next {@link #take()}, so a batch stops at once instead of after the runs before it.
 *
 * @param <T> the item type
 */
public final class ReorderBuffer<T> {
    private final int capacity;
    // Looked up by index only, never iterated: its order cannot leak into the output.
    private final Map<Long, T> ready = new HashMap<>();
    private long next;
    private int maxHeld;
    private long failedIndex = -1;
    private Throwable failure;

    public ReorderBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /**
     * Blocks while {@code index} is at least {@code capacity} ahead of the next index to take.
     * Producers may call it before starting work so that they never compute far ahead.
     */
    public synchronized void awaitTurn(long index) throws InterruptedException {
        while (index >= next + capacity && failure == null) {
            wait();
        }
    }

    /** Adds a finished item; blocks while it is too far ahead (see {@link #awaitTurn}). */
    public synchronized void put(long index, T item) throws InterruptedException {
        if (index < next || ready.containsKey(index)) {
            throw new IllegalStateException("item " + index + " given twice");
        }
        awaitTurn(index);
        if (failure != null) {
            return;
        }
        ready.put(index, item);
        maxHeld = Math.max(maxHeld, ready.size());
        notifyAll();
    }

    /** Reports that item {@code index} will never come; the consumer's next take throws. */
    public synchronized void fail(long index, Throwable cause) {
        if (failure == null) {
            failure = cause;
            failedIndex = index;
        }
        notifyAll();
    }

    /**
     * Waits for the next item in index order and returns it.
     *
     * @throws ItemFailedException if any item failed
     */
    public synchronized T take() throws InterruptedException {
        while (failure == null && !ready.containsKey(next)) {
            wait();
        }
        if (failure != null) {
            throw new ItemFailedException(failedIndex, failure);
        }
        T item = ready.remove(next);
        next++;
        notifyAll();
        return item;
    }

    /** The most items held at once so far. */
    public synchronized int maxHeld() {
        return maxHeld;
    }

    /** Items held now. */
    public synchronized int held() {
        return ready.size();
    }

    /** Thrown by {@link #take()} once an item failed; carries its index and cause. */
    public static final class ItemFailedException extends RuntimeException {
        private final long index;

        ItemFailedException(long index, Throwable cause) {
            super("item " + index + " failed: " + cause, cause);
            this.index = index;
        }

        public long index() {
            return index;
        }
    }
}
