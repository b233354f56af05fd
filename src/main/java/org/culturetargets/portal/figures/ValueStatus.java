package org.culturetargets.portal.figures;

/** 快报 (a quick estimate) or 年报 (the annual statistics); a final value supersedes a provisional one. */
public enum ValueStatus {
	PROVISIONAL, FINAL
}
