/** Value types every module uses: periods. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.culturetargets.portal.shared;
