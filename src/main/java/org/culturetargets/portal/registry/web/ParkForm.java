package org.culturetargets.portal.registry.web;

import java.util.ArrayList;
import java.util.List;

import org.culturetargets.portal.registry.ParkCmd;
import org.culturetargets.portal.registry.ParkLevel;
import org.culturetargets.portal.registry.ParkType;
import org.culturetargets.portal.registry.ParkView;

/** The park form's fields, bound from the request; empty district and level stay empty (key platforms). */
public class ParkForm {

	private String nameZh;

	private String nameEn;

	private String areaCode;

	private ParkLevel level;

	private ParkType type = ParkType.PARK;

	private boolean keyPlatform;

	private Integer recognisedYear;

	private List<String> groups = new ArrayList<>();

	private String source;

	private Integer version;

	private String reason;

	static ParkForm of(ParkView p) {
		ParkForm form = new ParkForm();
		form.nameZh = p.nameZh();
		form.nameEn = p.nameEn();
		form.areaCode = p.areaCode();
		form.level = p.level();
		form.type = p.type();
		form.keyPlatform = p.keyPlatform();
		form.recognisedYear = p.recognisedYear();
		form.groups = new ArrayList<>(p.groups());
		form.source = p.source();
		form.version = p.version();
		return form;
	}

	ParkCmd toCmd() {
		return new ParkCmd(nameZh, nameEn, areaCode, level, type, keyPlatform, recognisedYear, groups, source, version,
				reason);
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getAreaCode() {
		return areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public ParkLevel getLevel() {
		return level;
	}

	public void setLevel(ParkLevel level) {
		this.level = level;
	}

	public ParkType getType() {
		return type;
	}

	public void setType(ParkType type) {
		this.type = type;
	}

	public boolean isKeyPlatform() {
		return keyPlatform;
	}

	public void setKeyPlatform(boolean keyPlatform) {
		this.keyPlatform = keyPlatform;
	}

	public Integer getRecognisedYear() {
		return recognisedYear;
	}

	public void setRecognisedYear(Integer recognisedYear) {
		this.recognisedYear = recognisedYear;
	}

	public List<String> getGroups() {
		return groups;
	}

	public void setGroups(List<String> groups) {
		this.groups = groups;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
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
