package io.papyri.core;

import io.papyri.api.PaperId;
import io.papyri.api.PaperRecord;
import io.papyri.api.spi.PaperStore;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A store in memory for facade tests; counts writes. */
final class InMemoryPaperStore implements PaperStore {

    final Map<String, byte[]> artifacts = new ConcurrentHashMap<>();
    final Map<PaperId, PaperRecord> records = new ConcurrentHashMap<>();
    final AtomicInteger writes = new AtomicInteger();

    @Override
    public synchronized void put(PaperId id, String artifact, byte[] content) {
        writes.incrementAndGet();
        artifacts.put(id + "/" + artifact, content.clone());
        PaperRecord known = records.get(id);
        Map<String, Long> names = new HashMap<>(known == null ? Map.of() : known.artifacts());
        names.put(artifact, (long) content.length);
        Instant now = Instant.now();
        records.put(id, new PaperRecord(id, known == null ? "" : known.title(),
                known == null ? List.of() : known.authors(), known == null ? "" : known.source(),
                known == null ? "" : known.pdfSha256(), names, known == null ? now : known.created(), now));
    }

    @Override
    public Optional<byte[]> get(PaperId id, String artifact) {
        return Optional.ofNullable(artifacts.get(id + "/" + artifact)).map(byte[]::clone);
    }

    @Override
    public synchronized void putRecord(PaperRecord record) {
        PaperRecord known = records.get(record.id());
        records.put(record.id(), known == null ? record : new PaperRecord(record.id(), record.title(),
                record.authors(), record.source(), known.pdfSha256(), known.artifacts(), known.created(), Instant.now()));
    }

    @Override
    public Optional<PaperRecord> record(PaperId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public List<PaperRecord> records() {
        return records.values().stream().sorted(Comparator.comparing(PaperRecord::updated).reversed()).toList();
    }
}
