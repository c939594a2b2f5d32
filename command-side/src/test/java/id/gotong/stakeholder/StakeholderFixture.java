package id.gotong.stakeholder;

import id.gotong.events.Sector;
import id.gotong.events.StakeholderEvent.StakeholderRegistered;

import static id.gotong.collaboration.Recording.provenance;

/** The stakeholders of the seed cases, Toba Regency and Surakarta, by their ids. */
public final class StakeholderFixture {

    public static final String OPERATOR = "operator";

    public static final String DISKOMINFO_TOBA = "diskominfo-toba";
    public static final String BAPPEDA_TOBA = "bappeda-toba";
    public static final String SETDA_TOBA = "setda-toba";
    public static final String IT_DEL = "it-del";
    public static final String RRI_SIBOLGA = "rri-sibolga";
    public static final String SOLUSI_RAHAYU = "pt-solusi-rahayu-indonesia";

    public static final String DISBUDPAR_SURAKARTA = "disbudpar-surakarta";
    public static final String DISKOMINFO_SURAKARTA = "diskominfosp-surakarta";
    public static final String SHOPEE = "pt-shopee-international-indonesia";

    /** Everyone above, for fakes of the membership port. */
    public static final String[] ALL = {DISKOMINFO_TOBA, BAPPEDA_TOBA, SETDA_TOBA, IT_DEL, RRI_SIBOLGA, SOLUSI_RAHAYU,
            DISBUDPAR_SURAKARTA, DISKOMINFO_SURAKARTA, SHOPEE};

    private StakeholderFixture() {
    }

    public static RegisterStakeholder registerDiskominfoToba() {
        return new RegisterStakeholder(DISKOMINFO_TOBA, OPERATOR, null,
                "Dinas Komunikasi dan Informatika Kabupaten Toba", Sector.GOVERNMENT, "Kabupaten Toba",
                "Pemerintah Kabupaten Toba");
    }

    public static StakeholderRegistered diskominfoTobaRegistered() {
        return new StakeholderRegistered(DISKOMINFO_TOBA, provenance(StakeholderRegistered.class, OPERATOR, null),
                "Dinas Komunikasi dan Informatika Kabupaten Toba", Sector.GOVERNMENT, "Kabupaten Toba",
                "Pemerintah Kabupaten Toba");
    }

    public static RegisterStakeholder registerRriSibolga() {
        return new RegisterStakeholder(RRI_SIBOLGA, OPERATOR, null, "RRI Sibolga", Sector.MEDIA, "Kota Sibolga",
                "Lembaga Penyiaran Publik Radio Republik Indonesia");
    }
}
