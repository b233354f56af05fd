package org.culturetargets.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;

/** The portal; caches are named and sized in {@code application.properties} ({@code spring.cache.*}). */
@SpringBootApplication
@EnableCaching
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortalApplication.class, args);
	}

}
