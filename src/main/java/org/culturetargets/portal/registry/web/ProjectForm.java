package org.culturetargets.portal.registry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.culturetargets.portal.registry.ProjectCategory;
import org.culturetargets.portal.registry.ProjectCmd;
import org.culturetargets.portal.registry.ProjectStatus;
import org.culturetargets.portal.registry.ProjectView;

import org.springframework.format.annotation.DateTimeFormat;

/** The project form's fields, bound from the request. */
public class ProjectForm {

	private String name;

	private String areaCode;

	private ProjectCategory category = ProjectCategory.KEY;

	private BigDecimal plannedInvestment;

	private BigDecimal completedInvestment;

	private ProjectStatus status = ProjectStatus.PLANNED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate completedOn;

	private List<String> groups = new ArrayList<>();

	private Integer version;

	private String reason;

	static ProjectForm of(ProjectView j) {
		ProjectForm form = new ProjectForm();
		form.name = j.name();
		form.areaCode = j.areaCode();
		form.category = j.category();
		form.plannedInvestment = j.plannedInvestment();
		form.completedInvestment = j.completedInvestment();
		form.status = j.status();
		form.plannedStart = j.plannedStart();
		form.startedOn = j.startedOn();
		form.completedOn = j.completedOn();
		form.groups = new ArrayList<>(j.groups());
		form.version = j.version();
		return form;
	}

	ProjectCmd toCmd() {
		return new ProjectCmd(name, areaCode, category, plannedInvestment, completedInvestment, status, plannedStart,
				startedOn, completedOn, groups, version, reason);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public ProjectCategory getCategory() {
		return category;
	}

	public void setCategory(ProjectCategory category) {
		this.category = category;
	}

	public BigDecimal getPlannedInvestment() {
		return plannedInvestment;
	}

	public void setPlannedInvestment(BigDecimal plannedInvestment) {
		this.plannedInvestment = plannedInvestment;
	}

	public BigDecimal getCompletedInvestment() {
		return completedInvestment;
	}

	public void setCompletedInvestment(BigDecimal completedInvestment) {
		this.completedInvestment = completedInvestment;
	}

	public ProjectStatus getStatus() {
		return status;
	}

	public void setStatus(ProjectStatus status) {
		this.status = status;
	}

	public LocalDate getPlannedStart() {
		return plannedStart;
	}

	public void setPlannedStart(LocalDate plannedStart) {
		this.plannedStart = plannedStart;
	}

	public LocalDate getStartedOn() {
		return startedOn;
	}

	public void setStartedOn(LocalDate startedOn) {
		this.startedOn = startedOn;
	}

	public LocalDate getCompletedOn() {
		return completedOn;
	}

	public void setCompletedOn(LocalDate completedOn) {
		this.completedOn = completedOn;
	}

	public List<String> getGroups() {
		return groups;
	}

	public void setGroups(List<String> groups) {
		this.groups = groups;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
