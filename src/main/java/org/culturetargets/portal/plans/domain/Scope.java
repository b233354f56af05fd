package org.culturetargets.portal.plans.domain;

import java.util.List;

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

	Scope(String code) {
		this.code = code;
	}

	void change(ScopeKind kind, String parentCode, String nameZh, String nameEn, int sortOrder, String source) {
		this.kind = kind;
		this.parentCode = parentCode;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.sortOrder = sortOrder;
		this.source = source;
	}

	ScopeCmd toCmd(List<String> members) {
		return new ScopeCmd(code, kind.name(), parentCode, nameZh, nameEn, String.valueOf(sortOrder), source, members);
	}

	String code() {
		return code;
	}

	ScopeKind kind() {
		return kind;
	}

	String parentCode() {
		return parentCode;
	}

	public ScopeView toView() {
		return new ScopeView(code, kind, parentCode, nameZh, nameEn, sortOrder);
	}

}
