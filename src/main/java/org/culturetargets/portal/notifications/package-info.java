/**
 * The message centre: notifications of the reporting cycle, of reports submitted and returned, and of imports,
 * shown in the portal (the bell, {@code /notifications}, {@code GET /api/notifications}) and mailed where an
 * account has an address. It listens to other modules' events and follows the reporting calendar; no module calls
 * it.
 */
package org.culturetargets.portal.notifications;
