package org.culturetargets.portal.registry;

import java.math.BigDecimal;
import java.util.List;

/**
 * One page of a registry list, cut in SQL. {@code total} is the sum of the listed measure over every matching row
 * (not only this page) where the list stands behind a derived figure — so the list visibly adds up to the figure.
 */
public record RegistryPage<T>(List<T> rows, int page, int size, long totalRows, BigDecimal total) {

	public int totalPages() {
		return (int) Math.max(1, (totalRows + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

}
