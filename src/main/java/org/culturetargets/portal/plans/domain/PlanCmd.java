package org.culturetargets.portal.plans.domain;

/**
 * A plan as an administrator types it (or an import row holds it): text, checked and converted by
 * {@link ReferenceDataAdministration} with the same rules for both.
 */
public record PlanCmd(String code, String titleZh, String titleEn, String issuerZh, String issuerEn, String level,
		String homeScope, String periodStart, String periodEnd, String baselineYear, String issuedOn, String source) {
}
