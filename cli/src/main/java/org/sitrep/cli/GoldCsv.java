package org.sitrep.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a CSV file with a header row (RFC 4180 quoting) into rows keyed by column name. */
final class GoldCsv {
    private GoldCsv() {
    }

    /** Returns the rows of {@code file}; throws BadInputException when it is missing or not CSV with a header. */
    static List<Map<String, String>> read(Path file) {
        List<List<String>> records;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            records = parse(r);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
        if (records.isEmpty()) throw new BadInputException(file + ": empty file");
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> rec = records.get(i);
            if (rec.size() == 1 && rec.get(0).isEmpty()) continue;
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size() && c < rec.size(); c++) row.put(header.get(c), rec.get(c));
            rows.add(row);
        }
        return rows;
    }

    /** RFC 4180: fields separated by commas, records by newlines, quotes around fields that hold them, "" for a quote. */
    private static List<List<String>> parse(Reader r) throws IOException {
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int c = r.read(); c != -1; c = r.read()) {
            char ch = (char) c;
            if (quoted) {
                if (ch != '"') {
                    cell.append(ch);
                    continue;
                }
                r.mark(1);
                if (r.read() == '"') {
                    cell.append('"');
                    continue;
                }
                r.reset();
                quoted = false;
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                out.add(record);
                record = new ArrayList<>();
            } else if (ch != '\r') {
                cell.append(ch);
            }
        }
        if (!cell.isEmpty() || !record.isEmpty()) {
            record.add(cell.toString());
            out.add(record);
        }
        return out;
    }
}
