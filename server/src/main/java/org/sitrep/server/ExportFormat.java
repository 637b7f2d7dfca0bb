package org.sitrep.server;

import org.sitrep.model.EventWriter;

/** The downloads of {@code /api/events.<extension>}: how each is written and labelled. */
enum ExportFormat {
    /** EventWriter's CSV: the schema's columns in the schema's order. */
    CSV(EventWriter.Format.CSV, "text/csv; charset=utf-8", "csv"),
    GEOJSON(EventWriter.Format.GEOJSON, "application/geo+json", "geojson"),
    JSONL(EventWriter.Format.JSONL, "application/x-ndjson", "jsonl");

    final EventWriter.Format writerFormat;
    final String contentType;
    final String extension;

    ExportFormat(EventWriter.Format writerFormat, String contentType, String extension) {
        this.writerFormat = writerFormat;
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The Content-Disposition that makes a browser save the export as {@code sitrep-events.<extension>}. */
    String contentDisposition() {
        return "attachment; filename=\"sitrep-events." + extension + "\"";
    }
}
