package org.culturetargets.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as the other modules see it: a role and, for district staff, the one area they work for
 * (SPEC §1), for department staff the one department. It is the principal of every authenticated request, form login and HTTP Basic alike.
 */
public final class PortalUser extends User {

	private final Role role;

	private final String areaCode;

	private final String departmentCode;

	private final boolean demo;

	PortalUser(String username, String passwordHash, Role role, String areaCode, String departmentCode,
			boolean enabled, boolean demo) {
		super(username, passwordHash, enabled, true, true, true, authorities(role));
		this.role = role;
		this.areaCode = areaCode;
		this.departmentCode = departmentCode;
		this.demo = demo;
	}

	private static Collection<GrantedAuthority> authorities(Role role) {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	public Role role() {
		return this.role;
	}

	/** The area a district staff member is bound to; empty for every other role. */
	public Optional<String> areaCode() {
		return Optional.ofNullable(this.areaCode);
	}

	/** The department a department's staff member is bound to; empty for every other role. */
	public Optional<String> departmentCode() {
		return Optional.ofNullable(this.departmentCode);
	}

	/**
	 * The unit this user reports key tasks for, as a task names its units ({@code area:330106},
	 * {@code department:hz-cci-association}): district staff their area, department staff their department; empty
	 * for every other role.
	 */
	public Optional<String> reportingUnit() {
		if (this.role == Role.DISTRICT_STAFF && this.areaCode != null) {
			return Optional.of("area:" + this.areaCode);
		}
		if (this.role == Role.DEPARTMENT_STAFF && this.departmentCode != null) {
			return Optional.of("department:" + this.departmentCode);
		}
		return Optional.empty();
	}

	/** Whether this is one of demo mode's accounts (SPEC §9). */
	boolean demo() {
		return this.demo;
	}

	/** Whether this user may write the records of an area: administrators everywhere, district staff at home. */
	public boolean mayMaintain(String area) {
		return this.role == Role.ADMIN || (this.role == Role.DISTRICT_STAFF && this.areaCode != null && this.areaCode.equals(area));
	}

	/** The user of the current request, if one is signed in. */
	public static Optional<PortalUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

}
