package org.dateline.output;

import org.dateline.model.ActorRef;
import org.dateline.model.Event;
import org.dateline.model.Place;
import org.dateline.model.Record;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A record's events as rows of the GDELT 2.0 event table: 61 tab-separated columns in
 * GDELT's order, as far as Dateline has the field. The mapping (README "GDELT export"):
 * actor codes and names from the source and target; country, known-group (an IGO's own
 * code) and type codes split from the CAMEO actor code; CAMEO event, base and root codes;
 * QuadClass and Goldstein from the CAMEO tables; NumMentions the evidence spans merged into
 * the event, NumSources and NumArticles 1 per article (the store fills them when it aggregates,
 * through the same mapping: {@link #columns(Row)}); AvgTone empty;
 * ActionGeo from the event's place (Actor geo fields empty), with ISO 3166 alpha-3 country
 * codes where GDELT has FIPS; a date given only to the month or year takes its first day;
 * DATEADDED the publication day at 00:00:00; SOURCEURL the article's URL.
 */
public final class GdeltEvents {
    /** The 61 column names of the GDELT 2.0 event table, in order. */
    public static final List<String> COLUMNS = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
            "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    private static final List<String> NON_STATE = List.of("IGO", "NGO", "MNC", "IMG");

    private GdeltEvents() {
    }

    /**
     * One event as GDELT sees it, before the column mapping: an event of one record
     * ({@link #rows(Record)}) or an event aggregated across articles (the store). Dates are
     * ISO 8601 as precise as the text ({@code date}) and the publication day ({@code added}).
     */
    public record Row(long id, String date, ActorRef source, ActorRef target, boolean rootEvent, String code,
                      String rootCode, int quadClass, double goldstein, int numMentions, int numSources,
                      int numArticles, Place place, String added, String url) {
    }

    /** One row per event, without a header. */
    public static List<String> rows(Record record) {
        List<String> rows = new ArrayList<>();
        // GDELT's root events are those of the lead: here, the events of the earliest evidence.
        int firstEvidence = record.events().stream().mapToInt(e -> e.evidence().start()).min().orElse(0);
        for (int i = 0; i < record.events().size(); i++) {
            Event e = record.events().get(i);
            Row row = new Row(id(record.id(), i), e.date(), e.source(), e.target(),
                    e.evidence().start() == firstEvidence, e.code(), e.root(), e.quadClass(), e.goldstein(),
                    e.mentions().size(), 1, 1, e.place(), record.published(), record.url());
            rows.add(line(row));
        }
        return rows;
    }

    /** A row as one tab-separated line of the {@link #COLUMNS}, without a newline. */
    public static String line(Row row) {
        return String.join("\t", columns(row));
    }

    /** The mapping of a row onto the 61 GDELT columns, in order; a field Dateline lacks is empty. */
    public static List<String> columns(Row e) {
        List<String> c = new ArrayList<>(COLUMNS.size());
        LocalDate day = day(e.date());
        c.add(Long.toString(e.id()));
        c.add(day == null ? "" : compact(day));
        c.add(day == null ? "" : String.format("%04d%02d", day.getYear(), day.getMonthValue()));
        c.add(day == null ? "" : Integer.toString(day.getYear()));
        c.add(day == null ? "" : String.format("%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
        actor(c, e.source());
        actor(c, e.target());
        c.add(e.rootEvent() ? "1" : "0");
        c.add(e.code());
        c.add(e.code().substring(0, 3));
        c.add(e.rootCode());
        c.add(Integer.toString(e.quadClass()));
        c.add(Double.toString(e.goldstein()));
        c.add(Integer.toString(e.numMentions()));
        c.add(Integer.toString(e.numSources()));
        c.add(Integer.toString(e.numArticles()));
        c.add("");
        for (int k = 0; k < 16; k++) c.add(""); // Actor1Geo_* and Actor2Geo_*: Dateline places the action, not each actor
        geo(c, e.place());
        c.add(e.added() == null ? "" : e.added().replace("-", "") + "000000");
        c.add(e.url() == null ? "" : clean(e.url()));
        return c;
    }

    private static void actor(List<String> c, ActorRef a) {
        String code = a == null || a.code() == null ? "" : a.code();
        String country = code.length() >= 3 ? code.substring(0, 3) : "";
        boolean nonState = NON_STATE.contains(country);
        c.add(code);
        c.add(a == null || a.name() == null ? "" : clean(a.name()).toUpperCase(java.util.Locale.ROOT));
        c.add(nonState ? "" : country);
        c.add(nonState && code.length() >= 6 ? code.substring(3, 6) : "");
        c.add(""); // ethnic
        c.add(""); // religion 1
        c.add(""); // religion 2
        String roles = nonState ? (code.length() > 6 ? code.substring(6) : "") : code.length() > 3 ? code.substring(3) : "";
        for (int k = 0; k < 3; k++) c.add(roles.length() >= 3 * (k + 1) ? roles.substring(3 * k, 3 * k + 3) : "");
    }

    private static void geo(List<String> c, Place p) {
        if (p == null) {
            for (int k = 0; k < 8; k++) c.add("");
            return;
        }
        c.add(p.lat() == null ? "1" : "4"); // GDELT geo types: 1 country, 4 world city
        c.add(clean(p.name()));
        c.add(p.country() == null ? "" : p.country());
        c.add("");
        c.add("");
        c.add(p.lat() == null ? "" : String.format("%.4f", p.lat()));
        c.add(p.lon() == null ? "" : String.format("%.4f", p.lon()));
        c.add("");
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.isEmpty()) return null;
        String full = iso.length() == 4 ? iso + "-01-01" : iso.length() == 7 ? iso + "-01" : iso;
        try {
            return LocalDate.parse(full);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String compact(LocalDate d) {
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }

    /** A stable positive id from the article id and the event's place in it. */
    public static long id(String articleId, int index) {
        UUID u = UUID.nameUUIDFromBytes((articleId + "#" + index).getBytes(StandardCharsets.UTF_8));
        return u.getMostSignificantBits() & Long.MAX_VALUE;
    }
}
