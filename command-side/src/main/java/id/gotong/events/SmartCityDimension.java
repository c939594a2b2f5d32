package id.gotong.events;

/** The six smart-city dimensions of the national "Gerakan Menuju 100 Smart City" programme the seeds follow. */
public enum SmartCityDimension { GOVERNANCE, BRANDING, ECONOMY, LIVING, SOCIETY, ENVIRONMENT }
