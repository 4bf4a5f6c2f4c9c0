package nl.huurronde.intake;

import static org.assertj.core.api.Assertions.assertThat;

import nl.huurronde.contract.Contract;
import org.junit.jupiter.api.Test;

class BestandsoortTest {

    /** huurders.csv's known columns come from Contract and Huurder; these are the ones inputs.md lists. */
    @Test
    void huurdersKentDeKolommenVanContractEnHuurder() {
        assertThat(Bestandsoort.HUURDERS.verplichteKolommen()).containsExactly("contract_id", "vhe_id",
                "huurder_naam", "straat", "huisnummer", "postcode", "woonplaats", "woningtype", "contract_ingang",
                "aanvangshuur", "kale_huur");
        assertThat(Bestandsoort.HUURDERS.bekendeKolommen()).containsExactlyInAnyOrder("contract_id", "vhe_id",
                "huurder_naam", "straat", "huisnummer", "postcode", "woonplaats", "woningtype", "contract_ingang",
                "aanvangshuur", "kale_huur", "huisletter", "toevoeging", "sector", "servicekosten", "maximale_huur",
                "wws_punten", "streefhuur", "chronisch_ziek", "huurbevriezing", "woningverbetering_datum",
                "in_bezit_sinds", "uit_bezit", "laatste_verhoging", "corr_tav", "corr_straat", "corr_huisnummer",
                "corr_huisletter", "corr_toevoeging", "corr_postcode", "corr_woonplaats", "corr_land");
        // the co-tenants come from medehuurders.csv: their names and count are no columns of huurders.csv
        assertThat(Bestandsoort.HUURDERS.bekendeKolommen()).containsAll(Contract.invoerkolommen())
                .doesNotContain("regel", "medehuurders", "medehuurder_namen");
        assertThat(Bestandsoort.MEDEHUURDERS.verplichteKolommen()).containsExactly("contract_id", "medehuurder_naam");
    }
}
