package nl.huurronde.brieven;

import static nl.huurronde.brieven.NlFormaat.bedrag;
import static nl.huurronde.brieven.NlFormaat.datum;
import static nl.huurronde.brieven.NlFormaat.procent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.huurronde.beleid.Verhuurder;
import nl.huurronde.brieven.BriefInhoud.Alinea;
import nl.huurronde.brieven.BriefInhoud.Blok;
import nl.huurronde.brieven.BriefInhoud.Deel;
import nl.huurronde.brieven.BriefInhoud.Kenmerk;
import nl.huurronde.brieven.BriefInhoud.Kop;
import nl.huurronde.brieven.BriefInhoud.Opsomming;
import nl.huurronde.brieven.BriefInhoud.Rij;
import nl.huurronde.brieven.BriefInhoud.Tabel;
import nl.huurronde.regels.Beleid;
import nl.huurronde.regels.Bezwaartermijnen;
import nl.huurronde.regels.HuishoudenFeiten;
import nl.huurronde.regels.Reden;
import nl.huurronde.regels.Sector;
import nl.huurronde.regels.Soort;
import nl.huurronde.regels.Woningtype;

/**
 * Writes the Dutch text of a letter (outputs.md "Letters"), from the tenant's side: short sentences,
 * plain words, "u" and "wij". Only the income category ever appears, never an amount of the tenant's.
 */
final class BriefTekst {

    /** The Belastingdienst's free number, as corporations print it. */
    private static final String BELASTINGTELEFOON = "0800-0543";

    private BriefTekst() {}

    static BriefInhoud van(Brief brief) {
        return van(brief, false);
    }

    /**
     * @param metVerklaring the Belastingdienst's own huishoudverklaring is enclosed after the letter: the
     *                      product's own page about the category is then left out (it is for the plain
     *                      category input, where no statement comes with the answer)
     */
    static BriefInhoud van(Brief brief, boolean metVerklaring) {
        return new BriefTekst.Opbouw(brief, metVerklaring).inhoud();
    }

    /** Noun for the let unit: "woning", "kamer", "woonwagen", "standplaats". */
    static String eenheid(Woningtype type) {
        return switch (type) {
            case ZELFSTANDIG -> "woning";
            case ONZELFSTANDIG -> "kamer";
            case WOONWAGEN -> "woonwagen";
            case STANDPLAATS -> "standplaats";
        };
    }

    /** Whether the category is an IAH band (not LAAG, ONBEKEND or NVT). */
    static boolean isBand(String categorie) {
        return categorie != null && !categorie.isBlank()
                && !Set.of(HuishoudenFeiten.LAAG, HuishoudenFeiten.ONBEKEND, HuishoudenFeiten.NVT).contains(categorie);
    }

    private static final class Opbouw {
        private final Brief b;
        private final String eenheid;
        private final String ingang;
        private final List<Blok> romp = new ArrayList<>();
        private final boolean metVerklaring;

        Opbouw(Brief brief, boolean metVerklaring) {
            this.b = brief;
            this.metVerklaring = metVerklaring;
            this.eenheid = eenheid(brief.woningtype());
            this.ingang = datum(brief.ingangsdatum());
        }

        BriefInhoud inhoud() {
            Briefhoofd hoofd = b.briefhoofd();
            List<String> hoofdregels = new ArrayList<>();
            voegToeAlsGevuld(hoofdregels, hoofd.adres());
            if (gevuld(hoofd.telefoon())) {
                hoofdregels.add("Telefoon " + hoofd.telefoon());
            }
            voegToeAlsGevuld(hoofdregels, hoofd.website());

            Geadresseerde aan = b.geadresseerde();
            List<String> adres = aan.vensterregels();

            List<Kenmerk> kenmerken = new ArrayList<>();
            kenmerken.add(new Kenmerk("Datum", datum(b.verzenddatum())));
            kenmerken.add(new Kenmerk("Contractnummer", b.contractId()));
            if (gevuld(b.vheId())) {
                kenmerken.add(new Kenmerk("VHE-nummer", b.vheId()));
            }
            if (b.versie() > 1 || b.isHerzien()) {
                kenmerken.add(new Kenmerk("Versie", Integer.toString(b.versie())));
            }

            // the revised letter's subject itself names the version it replaces
            String kop = null;
            String kopieRegel = b.kopie()
                    ? "KOPIE van de brief van " + datum(b.verzenddatum())
                    : null;

            aanhefEnInleiding();
            romp.add(tabel());
            uitleg();
            maximaleHuur();
            bezwaar();
            slot();

            return new BriefInhoud(hoofd.naam(), hoofdregels,
                    gevuld(hoofd.adres()) ? "Retouradres: " + hoofd.naam() + ", " + hoofd.adres() : null,
                    adres, kenmerken, b.kopie(), kopieRegel, kop, onderwerp(), romp, bijlage(),
                    "Contractnummer " + b.contractId() + " – vervolg",
                    "Bijlage bij de brief van " + datum(b.verzenddatum()) + " – contractnummer " + b.contractId());
        }

        private String onderwerp() {
            if (uitspraak()) {
                return "Uw huur per " + ingang + " na de uitspraak van de Huurcommissie – vervangt versie "
                        + b.vervangtVersie();
            }
            if (b.isHerzien()) {
                return "Herzien voorstel per " + ingang + " – vervangt versie " + b.vervangtVersie();
            }
            if (b.isHuurverlaging()) {
                return "Huurverlaging per " + ingang;
            }
            if (b.verhogingBedrag().signum() == 0) {
                return b.soort() == Soort.BEVRIEZING
                        ? "Huurbevriezing: uw huur per " + ingang
                        : "Uw huur per " + ingang + ": geen huurverhoging";
            }
            return "Voorstel huurverhoging per " + ingang;
        }

        private void aanhefEnInleiding() {
            romp.add(new Alinea(List.of(new Deel(Aanhef.van(b.geadresseerde().namen()), false, false))));
            // the envelope goes elsewhere: the letter itself still says which dwelling it is about
            if (b.geadresseerde().post() != null) {
                romp.add(zin().t("Deze brief gaat over de huur van de woning " + b.geadresseerde().woning())
                        .t(".").alinea());
            }
            if (uitspraak()) {
                romp.add(zin().t("U heeft bezwaar gemaakt tegen ons voorstel en de Huurcommissie heeft daarover"
                        + " uitspraak gedaan. Zij heeft uw kale huur vastgesteld op ").hv(bedrag(b.kaleHuurNieuw()))
                        .t(" per maand. Deze brief vervangt versie " + b.vervangtVersie() + "; die geldt niet meer.")
                        .alinea());
            } else if (b.isHerzien()) {
                romp.add(zin().t("U heeft bezwaar gemaakt. Wij hebben uw huur opnieuw berekend. Dit voorstel vervangt"
                        + " versie " + b.vervangtVersie() + "; die geldt niet meer.").alinea());
                if (b.redenen().contains(Reden.BEZWAAR_NA_INGANG)) {
                    romp.add(zin().t("Uw bezwaar kwam bij ons binnen op of na de ingangsdatum van ons eerdere voorstel."
                            + " Dat is na de termijn voor bezwaar. Wij hebben uw bezwaar toch behandeld.").alinea());
                }
            }
            Zin inleiding = zin().t("Elk jaar op 1 juli passen wij de huren aan. ");
            if (b.isHuurverlaging()) {
                inleiding.t("Uw huur gaat dit jaar omlaag. Vanaf ").h(ingang).t(" wordt uw kale huur ")
                        .hv(bedrag(b.kaleHuurNieuw())).t(" per maand. Dat is een huurverlaging van ")
                        .h(bedrag(b.verhogingBedrag().negate())).t(" (").h(procent(b.verhogingPct().negate()))
                        .t(").");
            } else if (b.verhogingBedrag().signum() == 0) {
                inleiding.t("Uw kale huur blijft vanaf ").h(ingang).t(" gelijk: ").hv(bedrag(b.kaleHuurNieuw()))
                        .t(" per maand. U krijgt dit jaar geen huurverhoging.");
            } else if (uitspraak()) {
                inleiding.t("Vanaf ").h(ingang).t(" is uw kale huur ").hv(bedrag(b.kaleHuurNieuw()))
                        .t(" per maand. Dat is ").h(bedrag(b.verhogingBedrag())).t(" (").h(procent(b.verhogingPct()))
                        .t(") meer dan nu.");
            } else {
                inleiding.t("Met deze brief doen wij u een voorstel voor uw nieuwe huur. Vanaf ").h(ingang)
                        .t(" wordt uw kale huur ").hv(bedrag(b.kaleHuurNieuw())).t(" per maand. Dat is ")
                        .h(bedrag(b.verhogingBedrag())).t(" (").h(procent(b.verhogingPct())).t(") meer dan nu.");
            }
            romp.add(inleiding.alinea());
            herzieneIngang();
            // one increase per 12 months: say why this contract's date is not the round's
            if (b.redenen().contains(Reden.INGANG_NA_LAATSTE_VERHOGING) && b.contract().laatsteVerhoging() != null) {
                romp.add(zin().t("Uw huur is op ").h(datum(b.contract().laatsteVerhoging()))
                        .t(" voor het laatst verhoogd. De huur mag maar één keer per 12 maanden omhoog. Daarom gaat"
                                + " uw nieuwe huur pas in op ").h(ingang).t(".").alinea());
            }
            // a supplementary run's letter, sent after the round's: two months' notice from its own date
            if (b.redenen().contains(Reden.INGANG_NA_VERZENDING)) {
                romp.add(zin().t("Een huurverhoging moet u minstens twee maanden van tevoren krijgen. Dit voorstel"
                        + " sturen wij later dan de andere huurders het hunne kregen. Daarom gaat uw nieuwe huur pas in"
                        + " op ").h(ingang).t(".").alinea());
            }
        }

        /** A revised letter: why its ingangsdatum is what it is, measured from the letter's own date. */
        private void herzieneIngang() {
            if (!b.isHerzien()) {
                return;
            }
            if (uitspraak()) {
                romp.add(zin().t("Deze huur geldt vanaf ").h(ingang).t(", de ingangsdatum van ons voorstel. Betaalde u"
                        + " sindsdien uw huidige huur? Dan betaalt u het verschil over de maanden sinds ").h(ingang)
                        .t(" bij. Betaalde u meer? Dan betalen wij het verschil terug.").alinea());
                return;
            }
            if (b.redenen().contains(Reden.INGANG_VERSCHOVEN)) {
                romp.add(zin().t("Uw nieuwe huur is hoger dan in ons eerdere voorstel. Een huurverhoging moet u"
                        + " minstens twee maanden van tevoren krijgen. Daarom gaat deze huur pas in op ").h(ingang)
                        .t(".").alinea());
            } else if (!b.ingangsdatum().isAfter(b.verzenddatum())) {
                romp.add(zin().t("Deze huur geldt vanaf ").h(ingang).t(", de ingangsdatum van ons eerdere voorstel."
                        + " Dat mag, omdat uw huur niet hoger wordt dan wij u eerder voorstelden. Heeft u sinds ")
                        .h(ingang).t(" meer betaald dan deze huur? Dan betalen wij het verschil terug.").alinea());
            }
        }

        /** The date in "Doe dit vóór …": the ingangsdatum, for a revised letter at least six weeks after its date. */
        private String bezwaarVoor() {
            return b.isHerzien()
                    ? datum(Bezwaartermijnen.herzienBezwaarVoor(b.ingangsdatum(), b.verzenddatum()))
                    : ingang;
        }

        private Tabel tabel() {
            BigDecimal brutoOud = b.kaleHuurOud().add(b.servicekosten());
            BigDecimal brutoNieuw = b.kaleHuurNieuw().add(b.servicekosten());
            String verschilLabel = b.isHuurverlaging() ? "Huurverlaging" : "Huurverhoging";
            BigDecimal verschil = b.verhogingBedrag().abs();
            BigDecimal pct = b.verhogingPct().abs();
            return new Tabel(List.of(
                    new Rij("Per maand", "Huidige huur", "Vanaf " + ingang, true, false),
                    new Rij("Kale huur (netto huur)", bedrag(b.kaleHuurOud()), bedrag(b.kaleHuurNieuw()), false, false),
                    new Rij("Servicekosten", bedrag(b.servicekosten()), bedrag(b.servicekosten()), false, false),
                    new Rij("Totale huur (bruto huur)", bedrag(brutoOud), bedrag(brutoNieuw), false, true),
                    new Rij(verschilLabel + " van de kale huur", "", bedrag(verschil) + " (" + procent(pct) + ")",
                            false, false),
                    new Rij("Ingangsdatum", "", ingang, false, false)));
        }

        private void uitleg() {
            String waarom = b.isHuurverlaging() ? "Waarom deze huurverlaging?"
                    : b.verhogingBedrag().signum() == 0 ? "Waarom geen huurverhoging?" : "Waarom deze huurverhoging?";
            romp.add(new Kop(waarom));
            Set<Reden> r = b.redenen();
            switch (b.soort()) {
                case REGULIER -> {
                    if (b.isLaagHuurVerhoging()) {
                        laagHuur();
                    } else {
                        romp.add(zin().t("U huurt een " + eenheid + " met een sociale huur. De overheid bepaalt"
                                + " hoeveel de huur van sociale huurwoningen ieder jaar ten hoogste mag stijgen. Wij"
                                + " blijven binnen die grens.").alinea());
                    }
                    iahVrijstellingen(r);
                }
                case IAH -> {
                    Zin iah = zin().t("Uw huishoudinkomen over " + b.inkomensjaar() + " was ");
                    if (gevuld(b.inkomenGrensTekst())) {
                        iah.hv(b.inkomenGrensTekst());
                    } else {
                        iah.t("hoger dan de inkomensgrens");
                    }
                    // a category corrected by hand came from the tenant, not from the Belastingdienst
                    iah.t(b.redenen().contains(Reden.INKOMEN_OPGAVE)
                            ? ". Dat blijkt uit de informatie die u ons gaf; wij hebben die als correctie vastgelegd."
                                    + " Daarom krijgt u een inkomensafhankelijke huurverhoging."
                            : ". Dat blijkt uit de gegevens van de Belastingdienst (zie de bijlage). Daarom krijgt u een"
                                    + " inkomensafhankelijke huurverhoging.");
                    romp.add(iah.alinea());
                }
                case BEVRIEZING -> romp.add(b.isHuurverlaging()
                        // the freeze stops an increase; the maximale huur below lowers the rent all the same
                        ? zin().t("U heeft huurbevriezing gekregen. Daarom verhogen wij uw kale huur niet. Uw huur gaat"
                                + " vanaf ").h(ingang).t(" zelfs omlaag; hieronder leest u waarom.").alinea()
                        : zin().t("U heeft huurbevriezing gekregen. Daarom verhogen wij uw kale huur vanaf ").h(ingang)
                                .t(" niet. U krijgt dit jaar geen huurverhoging.").alinea());
                case VRIJE_SECTOR -> romp.add(zin().t("U huurt een woning in de vrije sector. Bij het begin van uw"
                        + " huurcontract lag uw huur boven de liberalisatiegrens van de overheid. Voor uw woning geldt"
                        + " daarom geen maximale huur volgens het puntenstelsel. De huurverhoging blijft wel binnen"
                        + " wat de wet toestaat.").alinea());
                case MIDDENHUUR -> romp.add(zin().t("Uw woning valt in het middensegment (middenhuur). Ook voor"
                        + " middenhuurwoningen geldt een maximale huur volgens het puntenstelsel van de overheid"
                        + " (WWS), en een grens voor de jaarlijkse huurverhoging. Wij blijven binnen die grenzen.")
                        .alinea());
                case WOONWAGEN -> woonwagen();
            }
            if (r.contains(Reden.STREEFHUUR_BEGRENSD)) {
                Zin z = zin().t("Elke " + eenheid + " heeft een streefhuur: de huur die wij vragen aan een nieuwe"
                        + " huurder. ");
                if (b.streefhuurNieuw() != null) {
                    z.t("De streefhuur van uw " + eenheid + " is vanaf ").h(ingang).t(" ").h(bedrag(b.streefhuurNieuw()))
                            .t(". ");
                }
                romp.add(z.t("Uw huur stijgt niet boven de streefhuur uit. Daarom is uw huurverhoging lager.")
                        .alinea());
            } else if (b.verhogingBedrag().signum() == 0 && !r.contains(Reden.MAXIMALE_HUUR)
                    && (b.soort() == Soort.REGULIER || b.soort() == Soort.IAH) && b.streefhuurNieuw() != null
                    && b.kaleHuurOud().compareTo(b.streefhuurNieuw()) >= 0) {
                romp.add(zin().t("Elke " + eenheid + " heeft een streefhuur: de huur die wij vragen aan een nieuwe"
                        + " huurder. Uw huur is al even hoog als de streefhuur van uw " + eenheid + " (")
                        .h(bedrag(b.streefhuurNieuw())).t(") of hoger. Daarom krijgt u dit jaar geen huurverhoging.")
                        .alinea());
            }
            if (r.contains(Reden.HUURSOM_BEGRENSD)) {
                romp.add(zin().t("Wij hebben afgesproken dat de huren van al onze woningen samen dit jaar niet meer"
                        + " stijgen dan een vast percentage (de huursom). Om daaronder te blijven, is uw huurverhoging"
                        + " lager dan gewoonlijk.").alinea());
            }
            if (r.contains(Reden.MAXIMALE_HUUR) && b.maximaleHuur() != null) {
                if (b.isHuurverlaging()) {
                    romp.add(zin().t("Uw huidige huur is hoger dan de maximale huur die wij voor uw " + eenheid
                            + " mogen vragen. Daarom verlagen wij uw kale huur vanaf ").h(ingang)
                            .t(" naar de maximale huur van ").hv(bedrag(b.maximaleHuur())).t(". Dit is een"
                                    + " huurverlaging van ").h(bedrag(b.verhogingBedrag().negate())).t(" per maand.")
                            .alinea());
                } else {
                    romp.add(zin().t("Uw huur mag niet hoger zijn dan de maximale huur van uw " + eenheid
                            + ". Daarom stijgt uw kale huur niet verder dan ").h(bedrag(b.maximaleHuur()))
                            .t(".").alinea());
                }
            }
        }

        /**
         * The law's fixed increase for low rents (2022+): in percent it is often more than the regular maximum
         * (+€ 25 on € 320 is 7,81%), so the letter says why that is allowed.
         */
        private void laagHuur() {
            Beleid.LaagHuur laag = b.ronde().laagHuur();
            romp.add(zin().t("U huurt een " + eenheid + " met een sociale huur. De overheid bepaalt hoeveel de huur van"
                    + " sociale huurwoningen ieder jaar ten hoogste mag stijgen. Voor een kale huur onder ")
                    .h(bedrag(laag.grens())).t(" staat de wet een vaste verhoging per maand toe in plaats van een"
                            + " percentage, ook als die in procenten meer is dan het gewone maximum. Uw kale huur was ")
                    .h(bedrag(b.kaleHuurOud())).t(", lager dan ").h(bedrag(laag.grens())).t(". Wij verhogen huren"
                            + " onder die grens met ").hv(bedrag(laag.bedrag())).t(" per maand.").alinea());
        }

        /** Caravans and pitches: the year's percentage for them, after the huursom cap. */
        private void woonwagen() {
            Zin z = zin().t("U huurt een " + eenheid + ". ");
            BigDecimal pct = b.percentageMax();
            if (pct == null) {
                z.t("Woonwagens en standplaatsen krijgen de jaarlijkse huurverhoging van de overheid");
            } else if (pct.signum() == 0) {
                z.t("Woonwagens en standplaatsen krijgen dit jaar geen huurverhoging");
            } else {
                z.t("Voor woonwagens en standplaatsen is de huurverhoging dit jaar ten hoogste ")
                        .hv(NlFormaat.procent(pct.movePointRight(2))).t(", binnen wat de wet toestaat");
            }
            romp.add(z.t(". Zij krijgen nooit een inkomensafhankelijke huurverhoging.").alinea());
        }

        /** A household above the IAH limit that is exempt: tell them why they get the regular increase. */
        private void iahVrijstellingen(Set<Reden> r) {
            if (!isBand(b.inkomenCategorie()) || b.woningtype() != Woningtype.ZELFSTANDIG) {
                return;
            }
            List<List<Deel>> punten = new ArrayList<>();
            if (r.contains(Reden.AOW)) {
                punten.add(zin().t("iemand in uw huishouden op ").h(ingang).t(" de AOW-leeftijd heeft bereikt;").delen());
            }
            if (r.contains(Reden.HUISHOUDEN_4_PLUS)) {
                punten.add(zin().t("uw huishouden uit 4 of meer personen bestaat;").delen());
            }
            if (r.contains(Reden.CHRONISCH_ZIEK)) {
                punten.add(zin().t("iemand in uw huishouden chronisch ziek of gehandicapt is;").delen());
            }
            if (r.contains(Reden.HUUR_GE_STREEFHUUR)) {
                punten.add(zin().t("uw huur al even hoog is als de streefhuur of hoger;").delen());
            }
            if (punten.isEmpty()) {
                return;
            }
            eindigMetPunt(punten);
            romp.add(zin().t("Uw huishoudinkomen is hoger dan de inkomensgrens. Toch krijgt u geen"
                    + " inkomensafhankelijke huurverhoging, omdat:").alinea());
            romp.add(new Opsomming(punten));
        }

        private void maximaleHuur() {
            boolean gereguleerd = b.sector() == Sector.SOCIAAL || b.sector() == Sector.MIDDEN;
            if (!gereguleerd || b.maximaleHuur() == null) {
                return;
            }
            romp.add(new Kop("Maximale huur"));
            Zin z = zin();
            if (b.wwsPunten() != null) {
                z.t("Uw " + eenheid + " heeft ").h(NlFormaat.getal(b.wwsPunten()) + " punten")
                        .t(" volgens het woningwaarderingsstelsel (WWS) van de overheid. Bij dit aantal punten hoort"
                                + " een maximale kale huur van ");
            } else {
                z.t("De maximale kale huur van uw " + eenheid + " is ");
            }
            z.hv(bedrag(b.maximaleHuur())).t(" per maand. Meer huur mogen wij niet vragen. Met de huurprijscheck op"
                    + " www.huurcommissie.nl kunt u dit zelf nakijken.");
            romp.add(z.alinea());
        }

        /** A version the Huurcommissie's ruling fixed: no proposal, no objection to the landlord. */
        private boolean uitspraak() {
            return b.redenen().contains(Reden.UITSPRAAK_HUURCOMMISSIE);
        }

        private void bezwaar() {
            if (uitspraak()) {
                // art. 7:262 BW: eight weeks after the ruling was sent, either party may go to court
                romp.add(new Kop("Bent u het niet eens met de uitspraak?"));
                romp.add(zin().t("Tegen deze huur kunt u geen bezwaar meer maken bij ons. Bent u het niet eens met de"
                        + " uitspraak van de Huurcommissie? Dan kunt u binnen acht weken nadat de Huurcommissie u de"
                        + " uitspraak stuurde de kantonrechter om een beslissing vragen (artikel 7:262 Burgerlijk"
                        + " Wetboek). Doet u dat niet, dan geldt de uitspraak.").alinea());
                return;
            }
            romp.add(new Kop("Bent u het niet eens met dit voorstel?"));
            Briefhoofd hoofd = b.briefhoofd();
            romp.add(zin().t("Dan kunt u bezwaar maken. Doe dit vóór ").hv(bezwaarVoor()).t(" en schriftelijk: met een brief."
                    + " Stuur uw bezwaar naar ").t(hoofd.bezwaarGeadresseerde()).t(". Schrijf in uw brief"
                    + " uw contractnummer (").h(b.contractId()).t(") en waarom u het niet eens bent. Stuur bewijs mee"
                    + " als u dat heeft.").alinea());
            if (b.isHerzien() && b.redenen().contains(Reden.BEZWAARTERMIJN_VERLENGD)) {
                romp.add(zin().t("Deze brief komt minder dan " + Bezwaartermijnen.HERZIEN_WEKEN + " weken voor de"
                        + " ingangsdatum, of erna. Daarom heeft u tot ").h(bezwaarVoor()).t(" de tijd om bezwaar te"
                        + " maken tegen dit herziene voorstel.").alinea());
            }

            List<List<Deel>> gronden = new ArrayList<>();
            boolean gereguleerd = b.sector() == Sector.SOCIAAL || b.sector() == Sector.MIDDEN;
            if (b.soort() == Soort.IAH) {
                gronden.add(zin().t("uw huishouden is veranderd, bijvoorbeeld doordat iemand is verhuisd of"
                        + " overleden;").delen());
                if (b.aowGrond()) {
                    gronden.add(zin().t("iemand in uw huishouden op ").h(ingang).t(" de AOW-leeftijd heeft bereikt;")
                            .delen());
                }
                if (b.vierPlusGrond()) {
                    gronden.add(zin().t("uw huishouden uit 4 of meer personen bestaat;").delen());
                }
                gronden.add(zin().t("iemand in uw huishouden chronisch ziek of gehandicapt is (stuur een bewijs"
                        + " mee);").delen());
                int vorigJaar = b.inkomensjaar() + 1;
                Zin gedaald = zin().t("uw huishoudinkomen is gedaald");
                if (vorigJaar < b.ingangsdatum().getYear()) {
                    gedaald.t(": het was over " + vorigJaar + " lager dan de inkomensgrens");
                }
                gronden.add(gedaald.t(" (stuur een inkomensverklaring van de Belastingdienst mee);").delen());
            }
            if (gereguleerd) {
                gronden.add(zin().t("uw nieuwe huur hoger is dan de maximale huur van uw " + eenheid
                        + ", of de huurverhoging hoger dan de wet toestaat;").delen());
            } else {
                gronden.add(zin().t("de huurverhoging hoger is dan de wet toestaat;").delen());
            }
            eindigMetPunt(gronden);
            romp.add(zin().t("U kunt bijvoorbeeld bezwaar maken als:").alinea());
            romp.add(new Opsomming(gronden));

            if (b.sector() == Sector.VRIJ) {
                romp.add(zin().t("Wij bekijken uw bezwaar en laten u weten wat wij besluiten. Over de jaarlijkse"
                        + " huurverhoging van een woning in de vrije sector doet de Huurcommissie geen uitspraak."
                        + " Komen wij er samen niet uit? Dan kunt u de kantonrechter om een uitspraak vragen.")
                        .alinea());
            } else {
                romp.add(zin().t("Wij bekijken uw bezwaar en laten u weten wat wij besluiten. Blijven wij bij ons"
                        + " voorstel? Dan leggen wij uw bezwaar voor aan de Huurcommissie. U kunt ook zelf naar de"
                        + " Huurcommissie gaan (www.huurcommissie.nl). Zolang de Huurcommissie geen uitspraak heeft"
                        + " gedaan, betaalt u uw huidige huur.").alinea());
            }
            if (b.verhogingBedrag().signum() > 0) {
                romp.add(zin().t("Betaalt u vanaf ").h(ingang).t(" de nieuwe huur? Dan gaat u akkoord met dit"
                        + " voorstel.").alinea());
            }
        }

        private void slot() {
            Briefhoofd hoofd = b.briefhoofd();
            Zin vragen = zin().t("Heeft u nog vragen? ");
            Verhuurder.Contact contact = hoofd.contact();
            if (contact != null) {
                // a named person or department: the job file's contact, its number or else the landlord's
                String telefoon = gevuld(contact.telefoon()) ? contact.telefoon() : hoofd.telefoon();
                vragen.t("Neem dan contact op met " + contact.naam());
                if (gevuld(telefoon) && gevuld(contact.email())) {
                    vragen.t(": bel ").h(telefoon).t(" of mail naar ").h(contact.email()).t(".");
                } else if (gevuld(telefoon)) {
                    vragen.t(": bel ").h(telefoon).t(".");
                } else if (gevuld(contact.email())) {
                    vragen.t(": mail naar ").h(contact.email()).t(".");
                } else {
                    vragen.t(".");
                }
            } else if (gevuld(hoofd.telefoon()) && gevuld(hoofd.website())) {
                vragen.t("Bel ons op ").h(hoofd.telefoon()).t(" of kijk op ").h(hoofd.website()).t(".");
            } else if (gevuld(hoofd.telefoon())) {
                vragen.t("Bel ons op ").h(hoofd.telefoon()).t(".");
            } else if (gevuld(hoofd.website())) {
                vragen.t("Kijk op ").h(hoofd.website()).t(".");
            } else {
                vragen.t("Neem dan contact met ons op.");
            }
            romp.add(vragen.alinea());
            StringBuilder groet = new StringBuilder("Met vriendelijke groet,\n");
            if (hoofd.ondertekening() != null) {
                groet.append(hoofd.ondertekening().naam()).append('\n');
                if (gevuld(hoofd.ondertekening().functie())) {
                    groet.append(hoofd.ondertekening().functie()).append('\n');
                }
            }
            romp.add(zin().t(groet.append(hoofd.naam()).toString()).alinea());
        }

        /** IAH only: the Belastingdienst's statement of the income category, as an extra page. */
        private List<Blok> bijlage() {
            // a category entered by staff has no statement of the Belastingdienst to show
            if (b.soort() != Soort.IAH || metVerklaring || b.redenen().contains(Reden.INKOMEN_OPGAVE)) {
                return List.of();
            }
            Geadresseerde aan = b.geadresseerde();
            String categorie = gevuld(b.inkomenGrensTekst()) ? b.inkomenGrensTekst() : "hoger dan de inkomensgrens";
            List<Blok> blokken = new ArrayList<>();
            blokken.add(new Kop("Bijlage: verklaring van de Belastingdienst over de inkomenscategorie"));
            blokken.add(zin().t("Voor een inkomensafhankelijke huurverhoging vraagt de verhuurder aan de"
                    + " Belastingdienst in welke inkomenscategorie uw huishouden valt. Het huishoudinkomen is het"
                    + " inkomen van iedereen die op uw adres staat ingeschreven, samen. De Belastingdienst geeft"
                    + " alleen de categorie door, niet het inkomen zelf.").alinea());
            blokken.add(new Tabel(List.of(
                    new Rij("Verklaring van de Belastingdienst", "", "", true, false),
                    new Rij("Adres", "", aan.straatregel() + ", " + aan.postcoderegel(), false, false),
                    new Rij("Inkomensjaar", "", Integer.toString(b.inkomensjaar()), false, false),
                    new Rij("Huishoudinkomen", "", categorie, false, true),
                    new Rij("Verstrekt aan", "", b.briefhoofd().naam(), false, false),
                    new Rij("Voor", "", "de huurverhoging per " + ingang, false, false))));
            blokken.add(zin().t("Uw huishoudinkomen over " + b.inkomensjaar() + " was ").hv(categorie).t(". De"
                    + " verhuurder mag deze gegevens alleen gebruiken voor de huurverhoging.").alinea());
            blokken.add(zin().t("Klopt deze inkomenscategorie niet, of is uw inkomen daarna gedaald? Vraag dan een"
                    + " inkomensverklaring aan bij de Belastingdienst (gratis telefoonnummer ").h(BELASTINGTELEFOON)
                    .t(") en stuur die mee met uw bezwaar. Doe dit vóór ").h(bezwaarVoor()).t(".").alinea());
            return blokken;
        }

        private static void eindigMetPunt(List<List<Deel>> punten) {
            // the last bullet of a Dutch list ends with a full stop instead of a semicolon
            List<Deel> laatste = new ArrayList<>(punten.getLast());
            Deel slot = laatste.getLast();
            if (slot.tekst().endsWith(";")) {
                laatste.set(laatste.size() - 1, new Deel(slot.tekst().substring(0, slot.tekst().length() - 1) + ".",
                        slot.vet(), slot.heel()));
                punten.set(punten.size() - 1, laatste);
            }
        }
    }

    private static Zin zin() {
        return new Zin();
    }

    /** Builds a paragraph from parts: plain text, kept-together values, bold values. */
    private static final class Zin {
        private final List<Deel> delen = new ArrayList<>();

        Zin t(String tekst) {
            delen.add(new Deel(tekst, false, false));
            return this;
        }

        /** An amount, date or number: never split over two lines. */
        Zin h(String tekst) {
            delen.add(new Deel(tekst, false, true));
            return this;
        }

        /** Like {@link #h}, in bold. */
        Zin hv(String tekst) {
            delen.add(new Deel(tekst, true, true));
            return this;
        }

        List<Deel> delen() {
            return delen;
        }

        Alinea alinea() {
            return new Alinea(delen);
        }
    }

    private static boolean gevuld(String s) {
        return s != null && !s.isBlank();
    }

    private static void voegToeAlsGevuld(List<String> lijst, String s) {
        if (gevuld(s)) {
            lijst.add(s);
        }
    }
}
