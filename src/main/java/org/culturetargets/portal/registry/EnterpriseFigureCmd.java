package org.culturetargets.portal.registry;

import java.math.BigDecimal;

/**
 * One quarter's figures of an enterprise: {@code period} a quarter ({@code 2025Q3}), year-to-date revenue in 万元,
 * employees (may be null). {@code reason} goes to the audit log, and is required to accept a year-to-date revenue
 * that falls within a year.
 */
public record EnterpriseFigureCmd(String period, BigDecimal revenue, Integer employees, String reason) {
}
