package org.culturetargets.portal.registry.web;

import org.culturetargets.portal.registry.EnterpriseCmd;
import org.culturetargets.portal.registry.EnterpriseView;

/** The enterprise form's fields, bound from the request; {@code digital} is "", "true" or "false". */
public class EnterpriseForm {

	private String creditCode;

	private String name;

	private String areaCode;

	private Long parkId;

	private String industryClass;

	private boolean aboveSize;

	private String digital = "";

	private boolean listed;

	private String stockCode;

	private boolean leading;

	private boolean headquarters;

	private boolean exportKey;

	private Integer version;

	private String reason;

	static EnterpriseForm of(EnterpriseView e) {
		EnterpriseForm form = new EnterpriseForm();
		form.creditCode = e.creditCode();
		form.name = e.name();
		form.areaCode = e.areaCode();
		form.parkId = e.parkId();
		form.industryClass = e.industryClass();
		form.aboveSize = e.aboveSize();
		form.digital = e.digitalOverride() == null ? "" : e.digitalOverride().toString();
		form.listed = e.listed();
		form.stockCode = e.stockCode();
		form.leading = e.leading();
		form.headquarters = e.headquarters();
		form.exportKey = e.exportKey();
		form.version = e.version();
		return form;
	}

	/** Whether {@code digital} is one of the select's values, not any text {@link Boolean#valueOf} reads as false. */
	boolean digitalChosen() {
		return digital == null || digital.isEmpty() || digital.equals("true") || digital.equals("false");
	}

	EnterpriseCmd toCmd() {
		return new EnterpriseCmd(creditCode, name, areaCode, parkId, industryClass, aboveSize,
				digital == null || digital.isEmpty() ? null : Boolean.valueOf(digital), listed, stockCode, leading,
				headquarters, exportKey, version, reason);
	}

	public String getCreditCode() {
		return creditCode;
	}

	public void setCreditCode(String creditCode) {
		this.creditCode = creditCode;
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

	public Long getParkId() {
		return parkId;
	}

	public void setParkId(Long parkId) {
		this.parkId = parkId;
	}

	public String getIndustryClass() {
		return industryClass;
	}

	public void setIndustryClass(String industryClass) {
		this.industryClass = industryClass;
	}

	public boolean isAboveSize() {
		return aboveSize;
	}

	public void setAboveSize(boolean aboveSize) {
		this.aboveSize = aboveSize;
	}

	public String getDigital() {
		return digital;
	}

	public void setDigital(String digital) {
		this.digital = digital;
	}

	public boolean isListed() {
		return listed;
	}

	public void setListed(boolean listed) {
		this.listed = listed;
	}

	public String getStockCode() {
		return stockCode;
	}

	public void setStockCode(String stockCode) {
		this.stockCode = stockCode;
	}

	public boolean isLeading() {
		return leading;
	}

	public void setLeading(boolean leading) {
		this.leading = leading;
	}

	public boolean isHeadquarters() {
		return headquarters;
	}

	public void setHeadquarters(boolean headquarters) {
		this.headquarters = headquarters;
	}

	public boolean isExportKey() {
		return exportKey;
	}

	public void setExportKey(boolean exportKey) {
		this.exportKey = exportKey;
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
