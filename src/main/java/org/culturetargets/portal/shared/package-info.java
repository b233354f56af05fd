/** Value types every module uses: periods, and the shape of an audited change. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.culturetargets.portal.shared;
