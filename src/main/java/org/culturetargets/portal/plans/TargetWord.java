package org.culturetargets.portal.plans;

/**
 * The word of a document that decides how its target is compared (docs/methodology.md, "Words of the targets").
 * "以上" includes the figure and "超过" does not, as 《民法典》 art. 1259 reads them; the portal reads every other word
 * by the same measure, so that one word always means one comparator. "力争" (strive for) qualifies a target without
 * changing its comparator and is kept beside the word ({@code TargetView.strive}).
 */
public enum TargetWord {

	/** 达到, 实现, 达, a plain figure in a table; "cultivate N", "form N". */
	REACH(Comparator.GE),
	/** 突破: the figure reached counts as broken through, as statistical releases say "突破1万亿元" of a value at or above it. */
	BREAK_THROUGH(Comparator.GE),
	/** 超过, "more than", "exceed", "over": above the figure, not at it. */
	EXCEED(Comparator.GT),
	/** 以上, "or more", "at least": the figure itself included. */
	AT_OR_ABOVE(Comparator.GE),
	/** 左右 (about): the figure is approximate; reaching it counts, and the wording says it is approximate. */
	ABOUT(Comparator.GE),
	/** 翻一番 (double): reaching twice the base; the base is an assumption recorded on the target. */
	DOUBLE(Comparator.GE);

	private final Comparator comparator;

	TargetWord(Comparator comparator) {
		this.comparator = comparator;
	}

	/** The comparator this word means for a higher-is-better indicator. */
	public Comparator comparator() {
		return comparator;
	}

}
