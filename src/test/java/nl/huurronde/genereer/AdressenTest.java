package nl.huurronde.genereer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AdressenTest {

    @Test
    void deEersteAdressenZijnDezelfdeGebleven() {
        // what genereer has always written for the first contracts (the committed sample sets rest on it)
        assertThat(Adressen.adres(0)).isEqualTo(new Adressen.Adres("Stationsweg", 1, "", "", "8012AA", "Zwolle"));
        assertThat(Adressen.adres(41)).isEqualTo(new Adressen.Adres("Esdoornstraat", 1, "", "1", "8261AA", "Kampen"));
        assertThat(Adressen.adres(14 * 40 + 5)).isEqualTo(new Adressen.Adres("Rozenstraat", 6, "A", "", "8013AA", "Zwolle"));
        assertThat(Adressen.adres(2_000_000)).isEqualTo(new Adressen.Adres("Waterstraat", 1, "", "", "9730DS", "Groningen"));
        // the last address before Kampen's postcodes run out, and the first after it
        assertThat(Adressen.adres(2_261_279)).isEqualTo(
                new Adressen.Adres("Wilhelminastraat", 7, "", "huis", "1320CY", "Almere"));
        assertThat(Adressen.adres(2_261_280).woonplaats()).isEqualTo("Zwolle");
    }

    @Test
    void hetHeleLandPastEnElkePostcodeKomtEenKeerVoor() {
        assertThat(Adressen.CAPACITEIT).isGreaterThan(2_300_000L * 4);
        Set<String> postcodes = new HashSet<>();
        long segmenten = Adressen.CAPACITEIT / Adressen.PER_POSTCODE;
        for (long segment = 0; segment < segmenten; segment++) {
            String postcode = Adressen.adres(segment * Adressen.PER_POSTCODE).postcode();
            assertThat(postcode).matches("[1-9][0-9]{3}[A-Z]{2}");
            assertThat(postcodes.add(postcode)).as("postcode %s van segment %d", postcode, segment).isTrue();
        }
        // past the point where the smallest place (Kampen) has used all its postcodes
        assertThat(Adressen.OM_DE_BEURT * 14 * Adressen.PER_POSTCODE).isLessThan(2_300_000L);
    }

    @Test
    void voorbijHetLaatsteAdresIsHetOp() {
        assertThat(Adressen.adres(Adressen.CAPACITEIT - 1).postcode()).isNotBlank();
        assertThatThrownBy(() -> Adressen.adres(Adressen.CAPACITEIT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("adressen op");
    }
}
