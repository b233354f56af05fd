package org.culturetargets.portal.tasks.web;

import java.util.ArrayList;
import java.util.List;

import org.culturetargets.portal.tasks.domain.TaskCmd;

/** The new-task form's fields as typed; checked by the domain, which names each problem's field. */
public class TaskForm {

	private String planCode = "";

	private String code = "";

	private String sourceSection = "";

	private String titleZh = "";

	private String titleEn = "";

	private String descriptionZh = "";

	private String descriptionEn = "";

	private String kind = "DELIVERABLE";

	private String deadline = "";

	private boolean annualCycle;

	private String lead = "";

	private List<String> responsible = new ArrayList<>();

	private String reason = "";

	TaskCmd toCmd() {
		return new TaskCmd(planCode, code, sourceSection, titleZh, titleEn, descriptionZh, descriptionEn, kind, deadline,
				annualCycle, lead, responsible, reason);
	}

	public String getPlanCode() {
		return planCode;
	}

	public void setPlanCode(String planCode) {
		this.planCode = planCode;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getSourceSection() {
		return sourceSection;
	}

	public void setSourceSection(String sourceSection) {
		this.sourceSection = sourceSection;
	}

	public String getTitleZh() {
		return titleZh;
	}

	public void setTitleZh(String titleZh) {
		this.titleZh = titleZh;
	}

	public String getTitleEn() {
		return titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getDescriptionZh() {
		return descriptionZh;
	}

	public void setDescriptionZh(String descriptionZh) {
		this.descriptionZh = descriptionZh;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDeadline() {
		return deadline;
	}

	public void setDeadline(String deadline) {
		this.deadline = deadline;
	}

	public boolean isAnnualCycle() {
		return annualCycle;
	}

	public void setAnnualCycle(boolean annualCycle) {
		this.annualCycle = annualCycle;
	}

	public String getLead() {
		return lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public List<String> getResponsible() {
		return responsible;
	}

	public void setResponsible(List<String> responsible) {
		this.responsible = responsible == null ? new ArrayList<>() : responsible;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
