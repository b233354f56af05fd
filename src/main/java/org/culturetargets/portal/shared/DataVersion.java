package org.culturetargets.portal.shared;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.springframework.cache.Cache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The version of the data the pages are computed from, as this node has seen it; what is cached from the data is
 * keyed by it.
 * <p>
 * Keying by version rather than clearing caches is what makes them never stale: a value still being computed from
 * the data before a change when the change commits is stored under the old version, which nobody asks for again.
 * Clearing would race with it and keep the stale value. Old versions' entries are evicted by the caches' size bound.
 * The number is the database's ({@code shared.data_version}, advanced by every committed change on any node, see
 * {@link SharedDataVersion}): a node learns a higher one from its own commit, a notification or a poll, and only
 * once that change has committed, so a value computed after it has been seen includes it.
 */
@Component
public class DataVersion {

	private final AtomicLong version = new AtomicLong();

	private final PortalTime time;

	public DataVersion(PortalTime time) {
		this.time = time;
	}

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
		return cache.get(new Versioned(version.get(), time.today(), key), computation::get);
	}

	/** The version this node has seen. */
	public long current() {
		return version.get();
	}

	/** A committed version learnt from anywhere; an older one, arriving late, changes nothing. */
	void seen(long committed) {
		version.accumulateAndGet(committed, Math::max);
	}

	private record Versioned(long version, LocalDate day, Object key) {
	}

}
