package org.estatecare.complaints.complaint;

/**
 * Who complained — personal data: shown only to the handlers of the complaint and the district,
 * masked everywhere else ({@link #masked()}), never in events or logs. Both empty = anonymous.
 */
public record Complainant(String name, String phone) {

    public static final Complainant ANONYMOUS = new Complainant(null, null);

    public Complainant {
        name = blankToNull(name);
        phone = blankToNull(phone);
        if (phone != null && !phone.matches("[0-9+\\- ]{5,20}")) {
            throw new IllegalArgumentException("phone number has unexpected characters");
        }
    }

    public boolean anonymous() {
        return name == null && phone == null;
    }

    /** What everyone but the handlers and the district sees: 王建华 → 王**, 13812345678 → 138****5678. */
    public record Masked(String name, String phone) {
    }

    public Masked masked() {
        return new Masked(name == null ? null : name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1)),
                phone == null ? null : maskPhone(phone));
    }

    private static String maskPhone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "*".repeat(digits.length());
        }
        return digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
