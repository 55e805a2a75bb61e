package dev.lekha.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchHeapTest {

    @Test
    void thePeakIncludesWhatIsStillHeldWhenTheSamplerCloses() {
        // given: a sampler started on a collected heap
        BenchHeap heap = BenchHeap.start();
        byte[] held;

        // when: 64 MiB is allocated and still referenced at close
        try (heap) {
            held = new byte[64 * 1024 * 1024];
        }

        // then: the closing sample saw it on top of the baseline (allowing 1 MiB for rounding down to MiB)
        assertThat(held).hasSize(64 * 1024 * 1024);
        assertThat(heap.peakMb()).isGreaterThanOrEqualTo(heap.baselineMb() + 63);
    }
}
