package org.culturetargets.portal.shared;

/** Something addressed by a code (a plan, an indicator, a scope) does not exist: a 404, never a 500. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
