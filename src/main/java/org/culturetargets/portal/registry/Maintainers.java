package org.culturetargets.portal.registry;

import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.security.Role;

/**
 * Who may write the registries (SPEC §1): administrators everything; district staff the enterprises, figures and
 * projects of their own district; nobody else anything. Pages ask before they look at the input, the editor again
 * before it writes: one rule for both.
 */
public final class Maintainers {

	private Maintainers() {
	}

	/** The signed-in user if their role maintains registries at all. */
	public static PortalUser maintainer() {
		PortalUser user = PortalUser.current().orElseThrow(() -> new WriteRefused("registry.refused.role"));
		if (user.role() != Role.ADMIN && user.role() != Role.DISTRICT_STAFF) {
			throw new WriteRefused("registry.refused.role");
		}
		return user;
	}

	/** The signed-in user if they may write the records of {@code area}. */
	public static PortalUser maintainerOf(String area) {
		PortalUser user = maintainer();
		if (!user.mayMaintain(area)) {
			throw new WriteRefused(user.areaCode().isPresent() ? "registry.refused.area" : "registry.refused.role");
		}
		return user;
	}

	/** The signed-in user if they are an administrator: parks are theirs alone. */
	public static PortalUser administrator() {
		return PortalUser.current()
			.filter(u -> u.role() == Role.ADMIN)
			.orElseThrow(() -> new WriteRefused("registry.refused.parkRole"));
	}

}
