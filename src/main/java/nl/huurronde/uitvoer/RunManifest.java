package nl.huurronde.uitvoer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.huurronde.beleid.JobConfig;
import nl.huurronde.beleid.WetJaar;
import nl.huurronde.bestand.Json;
import nl.huurronde.bestand.Uitvoerbestand;
import nl.huurronde.huursom.HuursomCijfers;
import nl.huurronde.intake.IntakeTellingen;
import nl.huurronde.regels.Huursom;
import nl.huurronde.register.Ronde;
import nl.huurronde.register.RondeRegister;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** run.json: what a re-run can be checked against (outputs.md "run.json"). */
@Component
public class RunManifest {

    private final NamedParameterJdbcTemplate jdbc;
    private final RondeRegister register;
    private final IntakeTellingen tellingen;
    private final HuursomCijfers cijfers;

    RunManifest(JdbcTemplate jdbc, RondeRegister register, IntakeTellingen tellingen, HuursomCijfers cijfers) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.register = register;
        this.tellingen = tellingen;
        this.cijfers = cijfers;
    }

    public void schrijf(Ronde ronde, String status, String melding) throws IOException {
        RondeRegister.RondeRij rij = register.vind(ronde.runId()).orElseThrow();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", ronde.runId());
        m.put("soort", ronde.soort().name());
        m.put("status", status);
        m.put("melding", melding);
        m.put("programmaversie", programmaversie());
        m.put("jaar", ronde.config().jaar());
        // a supplement (aanvulrun) names the run it supplements; other runs have no such keys
        register.aanvulling(ronde.runId()).ifPresent(a -> {
            m.put("hoofdrun", a.hoofdrun());
            m.put("aanvulling", a.nummer());
        });
        Map<String, Object> beleid = new LinkedHashMap<>();
        beleid.put("bestand", rij.jobBestand());
        beleid.put("sha256", ronde.config().sha256());
        m.put("beleid", beleid);
        m.put("wet", wet(ronde));
        m.put("overrides", rij.overrides().isEmpty() ? List.of() : List.of(rij.overrides().strip().split("\n")));
        m.put("identiteit", ronde.identiteit());
        m.put("invoer", invoer(ronde));
        m.put("gestart", rij.gestart().toString());
        m.put("beeindigd", LocalDateTime.now().withNano(0).toString());
        m.put("verzenddatum", ronde.verzenddatum().toString());
        m.put("ingangsdatum", ronde.ingangsdatum().toString());
        m.put("per_soort", cijfers.perSoort(ronde.runId()));
        m.put("huursom", huursom(ronde));
        List<String> waarschuwingen = new ArrayList<>(ronde.config().waarschuwingen());
        String verstreken = ronde.verzenddatumVerstreken(rij.gestart().toLocalDate());
        if (verstreken != null) {
            waarschuwingen.add(verstreken);
        }
        m.put("waarschuwingen", waarschuwingen);
        JobConfig.Voorlopig voorlopig = ronde.config().voorlopig();
        m.put("voorlopig", voorlopig.isVoorlopig());
        if (voorlopig.isVoorlopig()) {
            m.put("wet_onbekend", voorlopig.ontbrekend());
            m.put("aannames", voorlopig.aannames());
        }
        Uitvoerbestand.schrijf(ronde.map().resolve("run.json"), Json.tekst(m));
    }

    /** The program version from the jar's manifest. */
    private static String programmaversie() {
        String versie = RunManifest.class.getPackage().getImplementationVersion();
        return versie == null ? "ontwikkeling" : versie;
    }

    /** Which law the run used: the bundled file of the year or a file given with --wet, with its SHA-256. */
    private static Map<String, Object> wet(Ronde ronde) {
        WetJaar.Herkomst herkomst = ronde.config().wet().herkomst();
        Map<String, Object> wet = new LinkedHashMap<>();
        wet.put("jaar", ronde.config().wet().jaar());
        wet.put("bron", herkomst.gebundeld() ? "gebundeld" : "bestand");
        wet.put("pad", herkomst.pad());
        wet.put("sha256", herkomst.sha256());
        wet.put("onbevestigd", ronde.config().wet().onbevestigd());
        return wet;
    }

    private List<Object> invoer(Ronde ronde) {
        Map<String, IntakeTellingen.Telling> perBestand = new LinkedHashMap<>();
        tellingen.tel(ronde.runId()).forEach(t -> perBestand.put(t.bestand(), t));
        List<Object> lijst = new ArrayList<>();
        for (RondeRegister.InvoerRij i : register.invoer(ronde.runId())) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("bestand", i.bestand());
            b.put("pad", i.pad());
            b.put("sha256", i.sha256());
            IntakeTellingen.Telling t = perBestand.get(i.bestand());
            b.put("gelezen", t == null ? 0 : t.gelezen());
            b.put("verwerkt", t == null ? 0 : t.verwerkt());
            b.put("afgewezen", t == null ? 0 : t.afgewezen());
            lijst.add(b);
        }
        return lijst;
    }

    private Map<String, Object> huursom(Ronde ronde) {
        Map<String, Object> h = new LinkedHashMap<>();
        for (String fase : List.of("VOOR_CAP", "NA_CAP")) {
            jdbc.query("SELECT COALESCE(SUM(som_oud), 0) AS som_oud, COALESCE(SUM(som_nieuw), 0) AS som_nieuw "
                    + "FROM huursom_cijfer WHERE run_id = :run_id AND fase = :fase AND in_huursom = TRUE",
                    new MapSqlParameterSource("run_id", ronde.runId()).addValue("fase", fase), (RowCallbackHandler) rs -> {
                        BigDecimal oud = rs.getBigDecimal("som_oud");
                        h.put(fase.toLowerCase() + "_pct", oud.signum() == 0 ? null
                                : new Huursom.Som(0, oud, rs.getBigDecimal("som_nieuw")).pct());
                    });
        }
        h.put("max_pct", HuursomCsv.procent(ronde.beleid().huursomMaxPct()));
        h.put("cap", ronde.huursomCap());
        return h;
    }
}
