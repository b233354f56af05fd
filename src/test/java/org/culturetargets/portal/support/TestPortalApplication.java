package org.culturetargets.portal.support;

import org.culturetargets.portal.PortalApplication;

import org.springframework.boot.SpringApplication;

/** A developer launcher: the portal against the test database configuration (a container where Docker runs). */
public class TestPortalApplication {

	public static void main(String[] args) {
		SpringApplication.from(PortalApplication::main).with(TestDatabase.class).run(args);
	}

}
