package org.throughcare.custody;

/** Which police officer was told about a failure to attend or remain, and how: for the evidential statement. */
record PoliceContact(String officerName, String collarNumber, How how) {

    enum How {
        IN_PERSON("In person"),
        TELEPHONE("By telephone"),
        SECURE_EMAIL("By secure email");

        private final String label;

        How(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** As the record and the statement say it: "PC Jordan Ellis (collar number 4417), by telephone". */
    String described() {
        return officerName + " (collar number " + collarNumber + "), "
                + how.label().toLowerCase(java.util.Locale.UK);
    }

    public PoliceContact {
        officerName = officerName == null ? null : officerName.trim();
        collarNumber = collarNumber == null ? null : collarNumber.trim().toUpperCase(java.util.Locale.UK);
    }
}
