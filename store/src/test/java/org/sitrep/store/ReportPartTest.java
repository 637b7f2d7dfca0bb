package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Place;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportPartTest {
    @Test
    void aPartReadsBackFromJsonWithItsCoordinatesUnrounded() {
        Event tahoua = Fixtures.tahouaAttack();
        Place exact = new Place("Niger", "NER", "Tahoua", "", "", "Tahoua", 14.888812345, 5.269298765,
                GeoPrecision.TOWN, 2439376L);
        Event precise = new Event(tahoua.eventId(), tahoua.articleId(), tahoua.date(), tahoua.subType(), tahoua.actor1(),
                tahoua.actor2(), true, exact, tahoua.fatalities(), tahoua.tags(), tahoua.notes(), tahoua.evidence(),
                0.123456789, tahoua.language(), tahoua.source(), tahoua.sourceUrl());
        ReportPart part = new ReportPart(Fixtures.article("https://example.org/niger"), "NER", List.of(precise, tahoua));

        assertEquals(part, ReportPart.fromJson(part.toJson()));
    }

    @Test
    void anArticleSplitsIntoOnePartPerCountryInTheOrderTheyFirstAppear() {
        Event niger1 = Fixtures.event("NER", "Niger");
        Event mali = Fixtures.event("MLI", "Mali");
        Event niger2 = Fixtures.event("NER", "Niger").withEventId("e2");
        List<ReportPart> parts = ReportPart.split(Fixtures.article(null), List.of(niger1, mali, niger2));

        assertEquals(List.of("NER", "MLI"), parts.stream().map(ReportPart::iso3).toList());
        assertEquals(List.of(niger1, niger2), parts.get(0).events());
        assertEquals(List.of(mali), parts.get(1).events());
    }

    @Test
    void anArticleWithoutEventsIsOnePartWithoutEvents() {
        List<ReportPart> parts = ReportPart.split(Fixtures.article(null), List.of());

        assertEquals(1, parts.size());
        assertEquals(List.of(), parts.get(0).events());
    }
}
