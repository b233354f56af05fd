package org.culturetargets.portal.shared;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value is computed once per version of the data; and the race a plain "clear the cache on change" loses: a
 * value still being computed from the data before a change is stored after the change, and served ever after.
 */
class DataVersionTest {

	private final DataVersion version = new DataVersion(new PortalTime(java.time.ZoneId.of("Asia/Shanghai")));

	private final Cache cache = new ConcurrentMapCache("test");

	private final AtomicInteger computations = new AtomicInteger();

	private String compute() {
		computations.incrementAndGet();
		return "value";
	}

	@Test
	void aValueIsComputedOncePerVersion() {
		version.cached(cache, "key", this::compute);
		version.cached(cache, "key", this::compute);
		assertThat(computations).hasValue(1);
		version.seen(version.current() + 1);
		version.cached(cache, "key", this::compute);
		assertThat(computations).hasValue(2);
	}

	@Test
	void aValueComputedBeforeAChangeIsNotServedAfterIt() throws Exception {
		CountDownLatch computing = new CountDownLatch(1);
		CountDownLatch changed = new CountDownLatch(1);
		CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> version.cached(cache, "key", () -> {
			computations.incrementAndGet();
			computing.countDown();
			await(changed);
			return "stale";
		}));
		await(computing);
		version.seen(version.current() + 1);
		changed.countDown();
		assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo("stale");

		assertThat(version.cached(cache, "key", this::compute)).isEqualTo("value");
		assertThat(version.cached(cache, "key", this::compute)).isEqualTo("value");
		assertThat(computations).as("computed again after the change, then served from the cache").hasValue(2);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

}
