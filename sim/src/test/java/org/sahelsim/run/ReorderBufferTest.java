package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ReorderBufferTest {
    @Test
    void releasesItemsInIndexOrderWhateverTheOrderTheyFinish() throws Exception {
        ReorderBuffer<Integer> b = new ReorderBuffer<>(4);
        b.put(2, 2);
        b.put(1, 1);
        b.put(3, 3);
        b.put(0, 0);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            out.add(b.take());
        }
        assertEquals(List.of(0, 1, 2, 3), out);
    }

    @Test
    void producerTooFarAheadWaitsUntilTheConsumerCatchesUp() throws Exception {
        ReorderBuffer<Integer> b = new ReorderBuffer<>(2);
        b.put(1, 1);
        AtomicBoolean placed = new AtomicBoolean();
        Thread producer = new Thread(() -> {
            try {
                b.put(2, 2); // index 2 >= next(0) + capacity(2): must wait
                placed.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        producer.join(200);
        assertTrue(producer.isAlive() && !placed.get(), "item 2 was accepted while item 0 was still missing");
        b.put(0, 0);
        assertEquals(0, b.take());
        producer.join(5000);
        assertTrue(placed.get(), "item 2 still waiting after item 0 was taken");
        assertEquals(1, b.take());
        assertEquals(2, b.take());
        assertTrue(b.maxHeld() <= 2, "held " + b.maxHeld() + " items with capacity 2");
    }

    @Test
    void neverHoldsMoreThanItsBoundUnderManyOutOfOrderProducers() throws Exception {
        int n = 2000;
        int capacity = 6;
        ReorderBuffer<Integer> b = new ReorderBuffer<>(capacity);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < n; i++) {
            int index = i;
            pool.execute(() -> {
                try {
                    start.await();
                    b.awaitTurn(index);
                    // uneven work so items finish out of order
                    Thread.sleep(new SplittableRandom(index).nextInt(2));
                    b.put(index, index);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        start.countDown();
        for (int i = 0; i < n; i++) {
            assertEquals(i, b.take());
            assertTrue(b.held() <= capacity);
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertTrue(b.maxHeld() <= capacity, "held " + b.maxHeld() + " with bound " + capacity);
        assertTrue(b.maxHeld() >= 2, "test did not exercise out-of-order completion");
    }

    @Test
    void failureOfALaterItemStopsTheConsumerAtOnce() throws Exception {
        ReorderBuffer<Integer> b = new ReorderBuffer<>(4);
        b.fail(3, new IllegalStateException("boom"));
        ReorderBuffer.ItemFailedException e = assertThrows(ReorderBuffer.ItemFailedException.class, b::take);
        assertEquals(3, e.index());
        assertEquals("boom", e.getCause().getMessage());
    }

    @Test
    void rejectsAnItemGivenTwice() throws Exception {
        ReorderBuffer<Integer> b = new ReorderBuffer<>(4);
        b.put(1, 1);
        assertThrows(IllegalStateException.class, () -> b.put(1, 1));
    }
}
