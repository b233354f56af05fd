package org.culturetargets.portal.imports.domain;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * The uploads read at once: each holds up to the readers' bounded memory, so their number bounds what imports take
 * of the heap whatever arrives ({@code portal.imports.max-parallel-parsing}).
 */
@Component
public class Parsing {

	private final Semaphore permits;

	private final ImportSettings settings;

	Parsing(ImportSettings settings) {
		this.permits = new Semaphore(settings.maxParallelParsing(), true);
		this.settings = settings;
	}

	/** Runs the reading of a file once a permit is free, or throws {@link ImportsBusy} after the wait. */
	public <T> T run(Supplier<T> reading) {
		try {
			if (!permits.tryAcquire(settings.parsingWait().toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ImportsBusy(Math.max(1, settings.parsingWait().toSeconds()));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ImportsBusy(Math.max(1, settings.parsingWait().toSeconds()));
		}
		try {
			return reading.get();
		}
		finally {
			permits.release();
		}
	}

}
