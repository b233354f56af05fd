package org.culturetargets.portal.plans.domain;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.culturetargets.portal.plans.SourceDocumentView;

/** A plan's source document (plans V1_9); written by migrations only. */
@Entity
@Table(schema = "plans", name = "source_document")
public class SourceDocument {

	@Id
	private String code;

	private String titleZh;

	private String titleEn;

	private String issuerZh;

	private String issuerEn;

	private LocalDate issuedOn;

	private String numberZh;

	private String numberEn;

	private String textLanguage;

	private String seedFile;

	protected SourceDocument() {
	}

	String code() {
		return code;
	}

	SourceDocumentView toView() {
		return new SourceDocumentView(code, titleZh, titleEn, issuerZh, issuerEn, issuedOn, numberZh, numberEn,
				textLanguage, seedFile);
	}

}
