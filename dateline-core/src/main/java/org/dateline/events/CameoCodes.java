package org.dateline.events;

import org.dateline.internal.Tsv;

import java.util.HashMap;
import java.util.Map;

/**
 * Every CAMEO 2.0 event code with its name, Goldstein score, QuadClass and PLOVER type and
 * mode, from {@code cameo-codes.tsv}. Immutable; loaded once.
 */
public final class CameoCodes {

    /** One code of the table. */
    public record Code(String code, String name, double goldstein, int quadClass, String ploverType, String ploverMode) {
        public String root() {
            return code.substring(0, 2);
        }
    }

    private final Map<String, Code> codes;

    private CameoCodes(Map<String, Code> codes) {
        this.codes = Map.copyOf(codes);
    }

    private static final class Holder {
        static final CameoCodes STANDARD = load();
    }

    public static CameoCodes standard() {
        return Holder.STANDARD;
    }

    /** The code, or its nearest parent in the table ("1384" → "138"), or null. */
    public Code get(String code) {
        for (String c = code; c != null && c.length() >= 2; c = c.length() > 3 ? c.substring(0, 3) : c.length() == 3 ? c.substring(0, 2) + "0" : null) {
            Code found = codes.get(c);
            if (found != null) return found;
            if (c.length() == 3 && c.endsWith("0")) break;
        }
        return null;
    }

    public int size() {
        return codes.size();
    }

    private static CameoCodes load() {
        Map<String, Code> codes = new HashMap<>();
        for (Map<String, String> row : Tsv.bundled("/org/dateline/events/cameo-codes.tsv")) {
            String code = row.get("code");
            codes.put(code, new Code(code, row.get("name"), Double.parseDouble(row.get("goldstein")),
                    Integer.parseInt(row.get("quad_class")), emptyToNull(row.get("plover_type")), emptyToNull(row.get("plover_mode"))));
        }
        return new CameoCodes(codes);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
