package id.gotong.events;

/**
 * The elements of the two collaborative-governance models that an act can evidence. Each act is stamped with its
 * elements when it is recorded, so a later change of the default mapping never rewrites history.
 */
public enum TheoryElement {

    // Ansell & Gash (2008): the collaborative process and its context.
    AG_STARTING_CONDITIONS(Theory.ANSELL_GASH),
    AG_INSTITUTIONAL_DESIGN(Theory.ANSELL_GASH),
    AG_FACILITATIVE_LEADERSHIP(Theory.ANSELL_GASH),
    AG_FACE_TO_FACE_DIALOGUE(Theory.ANSELL_GASH),
    AG_TRUST_BUILDING(Theory.ANSELL_GASH),
    AG_COMMITMENT_TO_PROCESS(Theory.ANSELL_GASH),
    AG_SHARED_UNDERSTANDING(Theory.ANSELL_GASH),
    AG_INTERMEDIATE_OUTCOMES(Theory.ANSELL_GASH),

    // Emerson & Nabatchi (2015): drivers and collaboration dynamics.
    EN_DRIVER_LEADERSHIP(Theory.EMERSON_NABATCHI),
    EN_DRIVER_CONSEQUENTIAL_INCENTIVES(Theory.EMERSON_NABATCHI),
    EN_DRIVER_INTERDEPENDENCE(Theory.EMERSON_NABATCHI),
    EN_DRIVER_UNCERTAINTY(Theory.EMERSON_NABATCHI),
    EN_PRINCIPLED_ENGAGEMENT_DISCOVERY(Theory.EMERSON_NABATCHI),
    EN_PRINCIPLED_ENGAGEMENT_DEFINITION(Theory.EMERSON_NABATCHI),
    EN_PRINCIPLED_ENGAGEMENT_DELIBERATION(Theory.EMERSON_NABATCHI),
    EN_PRINCIPLED_ENGAGEMENT_DETERMINATION(Theory.EMERSON_NABATCHI),
    EN_SHARED_MOTIVATION_TRUST(Theory.EMERSON_NABATCHI),
    EN_SHARED_MOTIVATION_UNDERSTANDING(Theory.EMERSON_NABATCHI),
    EN_SHARED_MOTIVATION_LEGITIMACY(Theory.EMERSON_NABATCHI),
    EN_SHARED_MOTIVATION_COMMITMENT(Theory.EMERSON_NABATCHI),
    EN_CAPACITY_PROCEDURAL_ARRANGEMENTS(Theory.EMERSON_NABATCHI),
    EN_CAPACITY_LEADERSHIP(Theory.EMERSON_NABATCHI),
    EN_CAPACITY_KNOWLEDGE(Theory.EMERSON_NABATCHI),
    EN_CAPACITY_RESOURCES(Theory.EMERSON_NABATCHI);

    public enum Theory { ANSELL_GASH, EMERSON_NABATCHI }

    private final Theory theory;

    TheoryElement(Theory theory) {
        this.theory = theory;
    }

    public Theory theory() {
        return theory;
    }
}
