package org.culturetargets.portal.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.culturetargets.portal.plans.ScopeKind;
import org.culturetargets.portal.plans.ScopeView;

@Entity
@Table(schema = "plans", name = "scope")
public class Scope {

	@Id
	private String code;

	@Enumerated(EnumType.STRING)
	private ScopeKind kind;

	@Column(name = "parent_code")
	private String parentCode;

	private String nameZh;

	private String nameEn;

	private int sortOrder;

	private String source;

	protected Scope() {
	}

	public ScopeView toView() {
		return new ScopeView(code, kind, parentCode, nameZh, nameEn, sortOrder);
	}

}
