package id.gotong.events;

/** The pentahelix: the five kinds of stakeholder the smart-city programmes bring together. */
public enum Sector { GOVERNMENT, BUSINESS, ACADEMIA, COMMUNITY, MEDIA }
