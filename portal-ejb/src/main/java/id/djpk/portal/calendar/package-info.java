/** Working days, national holidays and cuti bersama: the clock of every legal and service deadline. */
package id.djpk.portal.calendar;
