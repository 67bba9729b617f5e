package org.throughcare.dashboard;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV download (RFC 4180: commas, CRLF, quotes doubled) written straight to the response as rows arrive. A cell that
 * a spreadsheet would read as a formula (starting =, +, -, @, tab or carriage return) is written with a leading
 * apostrophe, so an exported name can never run as one.
 */
final class CsvFile implements AutoCloseable {

    private final CSVPrinter printer;

    private CsvFile(CSVPrinter printer) {
        this.printer = printer;
    }

    static CsvFile open(HttpServletResponse response, String fileName, List<String> header) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        try {
            CsvFile file = new CsvFile(new CSVPrinter(response.getWriter(), CSVFormat.RFC4180));
            file.row(header);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(List<?> cells) {
        try {
            printer.printRecord(cells.stream().map(CsvFile::safe).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String safe(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = String.valueOf(cell);
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            return "'" + text;
        }
        return text;
    }

    private static boolean isNumber(String text) {
        return text.matches("-?[0-9]+(\\.[0-9]+)?");
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
