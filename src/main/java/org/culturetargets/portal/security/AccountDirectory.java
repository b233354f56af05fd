package org.culturetargets.portal.security;

import java.util.List;
import java.util.Optional;

/**
 * Who is there to be told: the enabled accounts, by role or by district. A disabled or deleted account is in none
 * of these lists, so nothing is addressed to it.
 */
public interface AccountDirectory {

	/** The enabled accounts with any of these roles, by username. */
	List<Contact> withRole(Role... roles);

	/** The enabled district staff of one district, by username. */
	List<Contact> staffOf(String areaCode);

	/** The enabled district staff of every district, by district and username. */
	List<Contact> districtStaff();

	/** The account if it exists and is enabled. */
	Optional<Contact> active(String username);

}
