package org.sitrep.flink;

import org.sitrep.extract.Extractor;

/**
 * The extractor of a task manager: CoreNLP's models and the gazetteer are loaded once per JVM
 * (the extractor is safe to share), however many slots run coders in it, and never per record.
 * It codes each article in its own language, as {@code sitrep ingest} does: CoreNLP's French
 * models load with the first French article.
 */
final class Models {
    private static Extractor extractor;

    private Models() {
    }

    static synchronized Extractor extractor() {
        if (extractor == null) extractor = Extractor.multilingual();
        return extractor;
    }
}
