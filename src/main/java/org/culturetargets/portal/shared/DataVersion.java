package org.culturetargets.portal.shared;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.cache.Cache;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the data the pages are computed from, advanced by every {@link DataChanged} event once its
 * transaction has committed; what is cached from the data is keyed by it.
 * <p>
 * Keying by version rather than clearing caches is what makes them never stale: a value still being computed from
 * the data before a change when the change commits is stored under the old version, which nobody asks for again.
 * Clearing would race with it and keep the stale value. Old versions' entries are evicted by the caches' size bound.
 * The version lives in this node's memory: several portal nodes need a shared one (see docs/scaling.md).
 */
@Component
public class DataVersion {

	private final AtomicLong version = new AtomicLong();

	/**
	 * {@code computation}'s value for {@code key}, computed once per version of the data and day (the periods that
	 * have ended, and so what is shown by default, change with the date). Inside a transaction that may have written,
	 * the value is that transaction's own view of uncommitted data: it is neither served from the cache nor stored.
	 */
	public <T> T cached(Cache cache, Object key, Supplier<T> computation) {
		if (TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return computation.get();
		}
		return cache.get(new Versioned(version.get(), LocalDate.now(), key), computation::get);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void changed(DataChanged change) {
		version.incrementAndGet();
	}

	/** The start-up runners (demo registry, demo reports) write without events while the server already answers. */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		version.incrementAndGet();
	}

	private record Versioned(long version, LocalDate day, Object key) {
	}

}
