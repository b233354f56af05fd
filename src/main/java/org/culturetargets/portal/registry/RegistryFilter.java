package org.culturetargets.portal.registry;

/**
 * What a registry list is narrowed to. {@code scope} is an area or a group (its rows, those of the areas below it,
 * of the areas and groups it contains and of the parks in its groups); {@code indicator} with {@code period} lists
 * exactly the rows behind that derived figure. Every field may be null (no narrowing). Flags are for enterprises,
 * {@code level}/{@code type}/{@code keyPlatform} for parks, {@code category}/{@code status} for projects.
 */
public record RegistryFilter(String q, String scope, String indicator, String period, String division,
		String industryClass, Boolean aboveSize, Boolean digital, Boolean listed, Boolean leading, Boolean headquarters,
		Boolean exportKey, Long park, String level, String type, Boolean keyPlatform, String category, String status) {

	public static RegistryFilter none() {
		return new RegistryFilter(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}

}
