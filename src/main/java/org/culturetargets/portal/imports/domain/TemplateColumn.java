package org.culturetargets.portal.imports.domain;

/** A column of a kind's template as the download and the documentation show it. */
public record TemplateColumn(String code, String headerZh, boolean required, Object example) {
}
