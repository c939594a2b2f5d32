package id.gotong.events;

/**
 * How often a collaboration's forum says it meets (Surakarta: monthly coordination; Toba: at least yearly). Dashboards
 * compare the meetings actually convened with this promise.
 */
public enum MeetingCadence { WEEKLY, MONTHLY, QUARTERLY, SIX_MONTHLY, YEARLY, AD_HOC }
