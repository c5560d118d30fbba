package org.dateline.store;

import org.dateline.model.Actor;
import org.dateline.model.ActorRef;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Mention;
import org.dateline.model.Place;
import org.dateline.model.Quote;
import org.dateline.model.Record;
import org.dateline.model.TimeExpression;
import org.dateline.output.RecordJson;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Writes the rows of one article (the article and its actors, mentions, quotes, events,
 * evidence spans, times and places) as batched prepared statements; {@link #flush()} sends
 * the batches. The caller owns the transaction.
 */
final class ArticleRows implements AutoCloseable {
    private final Connection c;
    private final PreparedStatement articles, actors, mentions, quotes, events, evidence, times, places;

    ArticleRows(Connection c) throws SQLException {
        this.c = c;
        articles = c.prepareStatement("INSERT INTO articles (hash, id, seq, title, source, url, published, language, "
                + "license, authors, origin, dateline_place, dateline_country, text, duplicate_of, duplicate_of_hash, "
                + "similarity, minhash, record_json, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        actors = c.prepareStatement("INSERT INTO actors VALUES (?,?,?,?,?,?,?,?,?,?)");
        mentions = c.prepareStatement("INSERT INTO mentions VALUES (?,?,?,?,?,?)");
        quotes = c.prepareStatement("INSERT INTO quotes VALUES (?,?,?,?,?,?,?,?,?,?)");
        events = c.prepareStatement("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        evidence = c.prepareStatement("INSERT INTO event_evidence VALUES (?,?,?,?,?,?)");
        times = c.prepareStatement("INSERT INTO times VALUES (?,?,?,?,?,?,?)");
        places = c.prepareStatement("INSERT INTO places VALUES (?,?,?,?,?,?,?,?)");
    }

    /** Queues every row of one article. */
    void add(String hash, long seq, Article a, Record r, NearDuplicates.Match copyOf, int[] signature) throws SQLException {
        int k = 1;
        articles.setString(k++, hash);
        articles.setString(k++, a.id());
        articles.setLong(k++, seq);
        articles.setString(k++, r.title() != null ? r.title() : a.title());
        articles.setString(k++, a.source());
        articles.setString(k++, a.url());
        if (a.published() == null) articles.setNull(k++, Types.DATE);
        else articles.setDate(k++, Date.valueOf(a.published()));
        articles.setString(k++, a.language());
        articles.setString(k++, a.license() != null ? a.license() : r.license());
        articles.setArray(k++, c.createArrayOf("VARCHAR", a.authors().toArray()));
        articles.setString(k++, a.origin());
        articles.setString(k++, r.dateline() == null ? null : r.dateline().place());
        articles.setString(k++, r.dateline() == null ? null : r.dateline().country());
        articles.setString(k++, a.text());
        articles.setString(k++, copyOf == null ? null : copyOf.firstId());
        articles.setString(k++, copyOf == null ? null : copyOf.firstHash());
        if (copyOf == null) articles.setNull(k++, Types.DOUBLE);
        else articles.setDouble(k++, copyOf.similarity());
        if (signature == null) articles.setNull(k++, Types.BLOB);
        else articles.setBytes(k++, MinHash.toBytes(signature));
        articles.setString(k++, RecordJson.toLine(r));
        articles.setTimestamp(k, Timestamp.valueOf(LocalDateTime.now()));
        articles.addBatch();

        for (int i = 0; i < r.actors().size(); i++) {
            Actor x = r.actors().get(i);
            set(actors, hash, i, x.id(), x.name(), x.code(), x.country(), x.sector(), x.title(), lower(x.kind()),
                    x.mentions().size());
            for (int j = 0; j < x.mentions().size(); j++) {
                Mention m = x.mentions().get(j);
                set(mentions, hash, i, j, m.start(), m.end(), m.text());
            }
        }
        for (int i = 0; i < r.quotes().size(); i++) {
            Quote q = r.quotes().get(i);
            ActorRef s = q.speaker();
            set(quotes, hash, i, q.text(), lower(q.kind()), q.start(), q.end(), s == null ? null : s.actor(),
                    s == null ? null : s.name(), s == null ? null : s.code(), q.verb());
        }
        for (int i = 0; i < r.events().size(); i++) {
            Event e = r.events().get(i);
            ActorRef s = e.source(), t = e.target();
            Place p = e.place();
            Mention ev = e.evidence();
            set(events, hash, i, e.code(), e.root(), e.goldstein(), e.quadClass(),
                    e.plover() == null ? null : e.plover().type(), e.plover() == null ? null : e.plover().mode(),
                    s == null ? null : s.actor(), s == null ? null : s.name(), s == null ? null : s.code(),
                    t == null ? null : t.actor(), t == null ? null : t.name(), t == null ? null : t.code(),
                    e.date(), e.dateAssumed(), p == null ? null : p.name(), p == null ? null : p.country(),
                    p == null ? null : p.lat(), p == null ? null : p.lon(), e.reportedBy(), e.negated(),
                    lower(e.modality()), ev == null ? null : ev.start(), ev == null ? null : ev.end(),
                    ev == null ? null : ev.text());
            // Every span merged into the event; an event with none counts its main evidence.
            List<Mention> spans = e.mentions().isEmpty() && ev != null ? List.of(ev) : e.mentions();
            for (int j = 0; j < spans.size(); j++) {
                Mention m = spans.get(j);
                set(evidence, hash, i, j, m.start(), m.end(), m.text());
            }
        }
        for (int i = 0; i < r.times().size(); i++) {
            TimeExpression x = r.times().get(i);
            set(times, hash, i, x.text(), x.value(), x.start(), x.end(), lower(x.tense()));
        }
        for (int i = 0; i < r.places().size(); i++) {
            Place x = r.places().get(i);
            set(places, hash, i, x.name(), x.country(), x.lat(), x.lon(), x.start(), x.end());
        }
    }

    /** Sends the queued rows, parents first. */
    void flush() throws SQLException {
        for (PreparedStatement s : List.of(articles, actors, mentions, quotes, events, evidence, times, places)) {
            s.executeBatch();
        }
    }

    /** Drops the queued rows (after a failed flush). */
    void clear() throws SQLException {
        for (PreparedStatement s : List.of(articles, actors, mentions, quotes, events, evidence, times, places)) {
            s.clearBatch();
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : List.of(articles, actors, mentions, quotes, events, evidence, times, places)) {
            s.close();
        }
    }

    private static void set(PreparedStatement s, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) s.setNull(i + 1, Types.NULL);
            else s.setObject(i + 1, v);
        }
        s.addBatch();
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(Locale.ROOT);
    }
}
