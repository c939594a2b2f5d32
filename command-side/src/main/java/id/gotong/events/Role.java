package id.gotong.events;

/** Roles a member holds in a collaboration, as the Toba smart-city decree (724/2022) lists them. */
public enum Role { PATRON, PERSON_IN_CHARGE, STEERING, CHAIR, VICE_CHAIR, SECRETARY, WORKING_GROUP_COORDINATOR, MEMBER }
