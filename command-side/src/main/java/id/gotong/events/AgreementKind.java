package id.gotong.events;

/** The written forms a collaboration's arrangements take in the seed cases. */
public enum AgreementKind {
    /** Memorandum of understanding (nota kesepahaman), e.g. Toba's MoU with RRI Sibolga. */
    MOU,
    /** Cooperation agreement (perjanjian kerja sama), e.g. Surakarta and PT Shopee, No. 515.13/1306/2021. */
    COOPERATION_AGREEMENT,
    /** A decree (keputusan), e.g. Toba decree 724/2022 forming the smart-city team. */
    DECREE,
    /** An action plan the parties commit to, e.g. an annual event calendar. */
    ACTION_PLAN
}
