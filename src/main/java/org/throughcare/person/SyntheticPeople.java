package org.throughcare.person;

import org.throughcare.person.identifier.CroNumber;
import org.throughcare.person.identifier.NhsNumber;
import org.throughcare.person.identifier.PncId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Made-up people: names combined at random from common given and family names, and identifiers that
 * pass their check rules but are derived from the person's index, so they never collide. The same
 * seed and index always give the same person.
 */
final class SyntheticPeople {

    record SyntheticPerson(PersonDetails details, PersonService.CustodyNumber custodyNumber) {}

    private static final String[] MALE = {
        "Adam", "Aidan", "Ben", "Callum", "Connor", "Craig", "Daniel", "Darren", "Dean", "Gary", "Jamie", "Jason",
        "Jordan", "Kieran", "Lee", "Liam", "Mark", "Martin", "Nathan", "Paul", "Ryan", "Scott", "Shane", "Stuart",
        "Wayne", "José", "Seán", "Tomasz", "Imran", "Bilal"
    };
    private static final String[] FEMALE = {
        "Amy",
        "Chantelle",
        "Chloé",
        "Danielle",
        "Emma",
        "Gemma",
        "Hayley",
        "Jade",
        "Jodie",
        "Kelly",
        "Kirsty",
        "Laura",
        "Leanne",
        "Lisa",
        "Michelle",
        "Natalie",
        "Nicola",
        "Rachel",
        "Sarah",
        "Stacey",
        "Zoë",
        "Aoife",
        "Agnieszka",
        "Saima",
        "Amira"
    };
    private static final String[] FAMILY = {
        "Ashworth",
        "Barker",
        "Bentley",
        "Booth",
        "Brennan",
        "Calder",
        "Crowther",
        "Dawson",
        "Denton",
        "Eastwood",
        "Fairbairn",
        "Firth",
        "Garside",
        "Greenwood",
        "Haigh",
        "Holroyd",
        "Ingham",
        "Jagger",
        "Kershaw",
        "Lumb",
        "Midgley",
        "Moorhouse",
        "Newsome",
        "Oldroyd",
        "Pickles",
        "Ramsden",
        "Rhodes",
        "Sugden",
        "Sutcliffe",
        "Thackray",
        "Uttley",
        "Wadsworth",
        "Whiteley",
        "Womersley",
        "Yeadon",
        "Nowak",
        "Kowalczyk",
        "Hussain",
        "Akhtar",
        "O'Brien",
        "Ó Súilleabháin",
        "Brontë",
        "Müller",
        "García"
    };
    private static final String[] STREETS = {
        "Mill Lane",
        "Station Road",
        "Victoria Street",
        "Park Terrace",
        "Chapel Row",
        "Albert Road",
        "Canal Side",
        "Church Walk",
        "Hillside Close",
        "Beck View"
    };
    private static final String[][] TOWNS = {
        {"Leeds", "LS"}, {"Bradford", "BD"}, {"Wakefield", "WF"}, {"Huddersfield", "HD"}, {"Halifax", "HX"}
    };
    private static final String[] LANGUAGES = {"Polish", "Urdu", "Romanian", "Arabic", "Kurdish"};
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final long seed;
    private final LocalDate today;
    private final Long forceId;

    SyntheticPeople(long seed, LocalDate today, Long forceId) {
        this.seed = seed;
        this.today = today;
        this.forceId = forceId;
    }

    SyntheticPerson person(int index) {
        Random random = new Random(seed * 31 + index);
        boolean male = random.nextInt(100) < 78;
        String given = pick(random, male ? MALE : FEMALE);
        String family = pick(random, FAMILY);
        LocalDate dateOfBirth = today.minusYears(18 + random.nextInt(48)).minusDays(random.nextInt(365));
        int yearCharged = Math.min(today.getYear(), dateOfBirth.getYear() + 18 + random.nextInt(15));
        int serial = index + 1;
        String pnc = random.nextInt(100) < 92 ? PncId.withCheckLetter(yearCharged, serial) : null;
        // One in ten CRO numbers is an SF number (a record made without fingerprints); chosen from the serial,
        // not the random stream, so the rest of each person stays as it was.
        String cro = random.nextInt(100) < 55 && serial < 1_000_000
                ? (serial % 10 == 3
                        ? CroNumber.withoutFingerprints(serial, yearCharged % 100)
                        : CroNumber.withCheckLetter(serial, yearCharged % 100))
                : null;
        String crn = random.nextInt(100) < 40
                ? "" + LETTERS.charAt(index / 1_000_000 % LETTERS.length()) + String.format("%06d", index % 1_000_000)
                : null;
        String nhs = random.nextInt(100) < 70
                ? NhsNumber.withCheckDigit(String.valueOf(999_000_000L + index * 3L))
                        .orElse(null)
                : null;
        String prison = random.nextInt(100) < 15
                ? "" + LETTERS.charAt(random.nextInt(LETTERS.length()))
                        + String.format("%04d", index % 10_000)
                        + LETTERS.charAt(index / 10_000 % LETTERS.length())
                        + LETTERS.charAt(index / 240_000 % LETTERS.length())
                : null;
        String[] town = TOWNS[random.nextInt(TOWNS.length)];
        boolean otherLanguage = random.nextInt(100) < 10;
        Substance primary = primarySubstance(random);
        List<PersonDetails.SubstanceUse> uses = new ArrayList<>();
        uses.add(new PersonDetails.SubstanceUse(primary, true, route(random, primary)));
        for (Substance other :
                List.of(Substance.CRACK_COCAINE, Substance.ALCOHOL, Substance.CANNABIS, Substance.BENZODIAZEPINES)) {
            if (other != primary && random.nextInt(100) < 20) {
                uses.add(new PersonDetails.SubstanceUse(other, false, null));
            }
        }
        boolean injects = uses.get(0).route() == Route.INJECT;
        Set<PersonFlag> flags = EnumSet.noneOf(PersonFlag.class);
        if (random.nextInt(100) < 12) {
            flags.add(PersonFlag.OVERDOSE_HISTORY);
        }
        if (random.nextInt(100) < 8) {
            flags.add(PersonFlag.RECENTLY_RELEASED);
        }
        if (!male && random.nextInt(100) < 5) {
            flags.add(PersonFlag.PREGNANCY);
        }
        PersonDetails details = new PersonDetails(
                given,
                family,
                random.nextInt(100) < 10 ? pick(random, male ? MALE : FEMALE) + " " + pick(random, FAMILY) : null,
                dateOfBirth,
                male ? StatedSex.MALE : StatedSex.FEMALE,
                random.nextInt(100) < 85 ? (male ? GenderIdentity.MALE : GenderIdentity.FEMALE) : null,
                ethnicity(random),
                pnc,
                cro,
                crn,
                nhs,
                prison,
                (1 + random.nextInt(120)) + " " + pick(random, STREETS),
                null,
                town[0],
                town[1] + (1 + random.nextInt(15)) + " " + (1 + random.nextInt(9))
                        + LETTERS.charAt(random.nextInt(LETTERS.length()))
                        + LETTERS.charAt(random.nextInt(LETTERS.length())),
                housing(random),
                random.nextInt(4),
                random.nextInt(100) < 25,
                otherLanguage ? pick(random, LANGUAGES) : "English",
                otherLanguage && random.nextBoolean(),
                injects
                        ? InjectingStatus.CURRENT
                        : random.nextInt(100) < 20 ? InjectingStatus.PREVIOUS : InjectingStatus.NEVER,
                uses,
                flags);
        PersonService.CustodyNumber custodyNumber = random.nextInt(100) < 60
                ? new PersonService.CustodyNumber(forceId, "13WY" + String.format("%08d", index))
                : null;
        return new SyntheticPerson(details, custodyNumber);
    }

    private static Substance primarySubstance(Random random) {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return Substance.HEROIN;
        }
        if (roll < 60) {
            return Substance.CRACK_COCAINE;
        }
        if (roll < 72) {
            return Substance.POWDER_COCAINE;
        }
        if (roll < 82) {
            return Substance.ALCOHOL;
        }
        if (roll < 92) {
            return Substance.CANNABIS;
        }
        return random.nextBoolean() ? Substance.BENZODIAZEPINES : Substance.AMPHETAMINES;
    }

    private static Route route(Random random, Substance substance) {
        return switch (substance) {
            case HEROIN -> random.nextInt(100) < 40 ? Route.INJECT : Route.SMOKE;
            case CRACK_COCAINE, CANNABIS -> Route.SMOKE;
            case POWDER_COCAINE -> Route.SNIFF;
            default -> Route.ORAL;
        };
    }

    private static HousingStatus housing(Random random) {
        int roll = random.nextInt(100);
        return roll < 55
                ? HousingStatus.SETTLED
                : roll < 75
                        ? HousingStatus.TEMPORARY
                        : roll < 88 ? HousingStatus.NO_FIXED_ABODE : HousingStatus.AT_RISK_OF_EVICTION;
    }

    private static Ethnicity ethnicity(Random random) {
        int roll = random.nextInt(100);
        if (roll < 72) {
            return Ethnicity.WHITE_BRITISH;
        }
        Ethnicity[] others = {
            Ethnicity.WHITE_IRISH,
            Ethnicity.WHITE_OTHER,
            Ethnicity.WHITE_GYPSY_TRAVELLER,
            Ethnicity.MIXED_WHITE_BLACK_CARIBBEAN,
            Ethnicity.ASIAN_PAKISTANI,
            Ethnicity.ASIAN_INDIAN,
            Ethnicity.ASIAN_BANGLADESHI,
            Ethnicity.BLACK_CARIBBEAN,
            Ethnicity.BLACK_AFRICAN,
            Ethnicity.OTHER_ANY,
            Ethnicity.NOT_STATED
        };
        return others[random.nextInt(others.length)];
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
