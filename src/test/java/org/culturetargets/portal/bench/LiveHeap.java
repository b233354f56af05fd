package org.culturetargets.portal.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a piece of work keeps alive, watched while it runs through the collector's own notifications (the used
 * heap each collection left, as the JVM reports it): after the collections the JVM does by itself (an upper bound:
 * a young collection leaves the old generation's garbage in place), and after a full collection forced every
 * {@code interval} by {@code System.gc()} (what is really alive at that moment). The used heap read just after
 * {@code System.gc()} returns is no measure: the other threads allocate meanwhile, and a collection the JVM cannot
 * start at once (a thread in a JNI critical region, as {@code java.util.zip.Inflater} is) is not waited for.
 */
final class LiveHeap implements AutoCloseable {

	private final AtomicLong afterAnyCollection = new AtomicLong();

	private final AtomicLong afterFullCollection = new AtomicLong();

	private final AtomicLong forced = new AtomicLong();

	private final AtomicBoolean closed = new AtomicBoolean();

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
			if ("System.gc()".equals(info.getGcCause())) {
				forced.incrementAndGet();
				afterFullCollection.accumulateAndGet(used, Math::max);
			}
			else {
				afterAnyCollection.accumulateAndGet(used, Math::max);
			}
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
		sampler.scheduleWithFixedDelay(System::gc, 0, intervalMillis, TimeUnit.MILLISECONDS);
	}

	static LiveHeap watch(long intervalMillis) {
		return new LiveHeap(intervalMillis);
	}

	/** The used heap right after a full collection, when nothing else runs. */
	static long liveNow() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	/** The most the JVM's own collections left (young, mixed or full). */
	long peakAfterOwnCollections() {
		return afterAnyCollection.get();
	}

	/** The most a forced full collection left: the peak of what was alive. */
	long peakAfterFullCollection() {
		return afterFullCollection.get();
	}

	long forcedCollections() {
		return forced.get();
	}

	@Override
	public void close() throws Exception {
		if (closed.getAndSet(true)) {
			return;
		}
		sampler.shutdown();
		sampler.awaitTermination(1, TimeUnit.MINUTES);
		// the notifications come from the JVM's service thread, a moment after each collection
		Thread.sleep(500);
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).removeNotificationListener(listener);
		}
	}

}
