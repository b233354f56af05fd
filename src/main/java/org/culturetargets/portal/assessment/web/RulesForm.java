package org.culturetargets.portal.assessment.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.culturetargets.portal.assessment.ScoringRules;
import org.culturetargets.portal.assessment.domain.RulesCmd;

/** The rules form as typed: text, so that what was typed is shown again beside its problem. */
public class RulesForm {

	private int version;

	private String targetWeight;

	private String taskWeight;

	private String leadFactor;

	private String responsibleFactor;

	private Map<String, String> targetPoints = new LinkedHashMap<>();

	private Map<String, String> taskPoints = new LinkedHashMap<>();

	private String reason;

	static RulesForm of(ScoringRules rules) {
		RulesForm form = new RulesForm();
		form.version = rules.version();
		form.targetWeight = plain(rules.targetWeight());
		form.taskWeight = plain(rules.taskWeight());
		form.leadFactor = plain(rules.leadFactor());
		form.responsibleFactor = plain(rules.responsibleFactor());
		rules.targetPoints().forEach((status, points) -> form.targetPoints.put(status.name(), plain(points)));
		rules.taskPoints().forEach((status, points) -> form.taskPoints.put(status.name(), plain(points)));
		return form;
	}

	RulesCmd cmd() {
		return new RulesCmd(version, targetWeight, taskWeight, leadFactor, responsibleFactor, targetPoints, taskPoints);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	public int getVersion() {
		return version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getTargetWeight() {
		return targetWeight;
	}

	public void setTargetWeight(String targetWeight) {
		this.targetWeight = targetWeight;
	}

	public String getTaskWeight() {
		return taskWeight;
	}

	public void setTaskWeight(String taskWeight) {
		this.taskWeight = taskWeight;
	}

	public String getLeadFactor() {
		return leadFactor;
	}

	public void setLeadFactor(String leadFactor) {
		this.leadFactor = leadFactor;
	}

	public String getResponsibleFactor() {
		return responsibleFactor;
	}

	public void setResponsibleFactor(String responsibleFactor) {
		this.responsibleFactor = responsibleFactor;
	}

	public Map<String, String> getTargetPoints() {
		return targetPoints;
	}

	public void setTargetPoints(Map<String, String> targetPoints) {
		this.targetPoints = targetPoints;
	}

	public Map<String, String> getTaskPoints() {
		return taskPoints;
	}

	public void setTaskPoints(Map<String, String> taskPoints) {
		this.taskPoints = taskPoints;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
