package org.culturetargets.portal.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a piece of work keeps alive, watched two ways while it runs: the used heap after every collection the
 * JVM does by itself (an upper bound: a young collection leaves the old generation's garbage in place), and the
 * used heap right after a full collection forced every {@code interval} (what is really alive at that moment —
 * {@code System.gc()} is a synchronous full collection under G1 and the serial and parallel collectors).
 */
final class LiveHeap implements AutoCloseable {

	private final AtomicLong afterAnyCollection = new AtomicLong();

	private final AtomicLong afterFullCollection = new AtomicLong();

	private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans()
		.stream()
		.filter(p -> p.getType() == MemoryType.HEAP)
		.map(MemoryPoolMXBean::getName)
		.collect(Collectors.toSet());

	private final NotificationListener listener = (notification, handback) -> {
		if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
			GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
				.from((CompositeData) notification.getUserData());
			long used = info.getGcInfo()
				.getMemoryUsageAfterGc()
				.entrySet()
				.stream()
				.filter(e -> heapPools.contains(e.getKey()))
				.mapToLong(e -> e.getValue().getUsed())
				.sum();
			afterAnyCollection.accumulateAndGet(used, Math::max);
		}
	};

	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "live-heap");
		thread.setDaemon(true);
		return thread;
	});

	private LiveHeap(long intervalMillis) {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener(listener, null, null);
		}
		sampler.scheduleWithFixedDelay(() -> afterFullCollection.accumulateAndGet(liveNow(), Math::max), 0,
				intervalMillis, TimeUnit.MILLISECONDS);
	}

	static LiveHeap watch(long intervalMillis) {
		return new LiveHeap(intervalMillis);
	}

	/** The used heap right after a full collection. */
	static long liveNow() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	long peakAfterAnyCollection() {
		return afterAnyCollection.get();
	}

	long peakAfterFullCollection() {
		return afterFullCollection.get();
	}

	@Override
	public void close() throws Exception {
		sampler.shutdown();
		sampler.awaitTermination(1, TimeUnit.MINUTES);
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).removeNotificationListener(listener);
		}
	}

}
