/**
 * Working days, national holidays and cuti bersama: the clock of every legal and service deadline.
 * {@link id.djpk.portal.calendar.WorkingDays} and {@link id.djpk.portal.calendar.Deadline} are the rules,
 * {@link id.djpk.portal.calendar.CalendarService} builds them from the holidays the administrator maintains.
 */
package id.djpk.portal.calendar;
