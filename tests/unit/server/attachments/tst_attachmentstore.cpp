// AttachmentStore: resumable chunked uploads (in order, idempotent retries, resume offset on a
// gap), SHA-256 verification, size limits, range reads and who may read, on a real ServerStore.
#include "attachments/attachment_store.h"
#include "core/audience.h"
#include "core/placement.h"
#include "test_store_location.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <string>

using namespace yk::server;
using namespace yokoten::v1;

namespace {

const auto kNow = std::chrono::system_clock::time_point(std::chrono::seconds(1'750'000'000));

std::string sha256Hex(const std::string& bytes)
{
    return QCryptographicHash::hash(
        QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())), QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

// Deterministic bytes that differ at every position a test reads from.
std::string content(std::size_t size, unsigned seed = 7)
{
    std::string bytes(size, '\0');
    unsigned state = seed;
    for (auto& b : bytes) {
        state = state * 1'103'515'245u + 12'345u;
        b = static_cast<char>(state >> 16);
    }
    return bytes;
}

Principal staff(const std::string& device, const std::string& user, const std::string& org)
{
    Principal p;
    p.deviceId = device;
    p.deviceKind = DEVICE_KIND_TABLET;
    p.userId = user;
    p.organisationId = org;
    p.organisationKind = ORGANISATION_KIND_FACILITY;
    p.prefectureCode = 20;
    p.roles = { ROLE_FACILITY_STAFF };
    return p;
}

Principal kiosk()
{
    Principal p;
    p.deviceId = "kiosk-1";
    p.deviceKind = DEVICE_KIND_KIOSK;
    p.organisationId = "centre-20";
    p.prefectureCode = 20;
    p.roles = { ROLE_KIOSK };
    return p;
}

Record caseRecord(const std::string& id, const std::string& org, CaseState state, PublicationScope scope)
{
    Record r;
    auto* c = r.mutable_good_practice_case();
    c->set_id(id);
    c->set_owner_org_id(org);
    c->set_prefecture_code(20);
    c->set_title("見守りセンサーの導入");
    c->set_state(state);
    c->set_publication_scope(scope);
    return r;
}

} // namespace

class TestAttachmentStore : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<AttachmentStore> m_attachments;
    const Principal m_uploader = staff("dev-a", "user-a", "org-a");
    const Principal m_colleague = staff("dev-b", "user-b", "org-a");
    const Principal m_stranger = staff("dev-c", "user-c", "org-b");

    std::int64_t rows(const char* table)
    {
        auto snapshot = m_store->read();
        if (!snapshot)
            return -1;
        auto count = (*snapshot)->db().queryInt(std::string("SELECT COUNT(*) FROM ") + table);
        return count ? *count : -1;
    }

    ApiResult<AttachmentStatus> put(const Principal& caller, const std::string& sha, const std::string& file,
        std::int64_t offset, std::int64_t size)
    {
        return m_attachments->putChunk(caller, sha, offset, static_cast<std::int64_t>(file.size()),
            std::string_view(file).substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(size)),
            kNow);
    }

    // Uploads `file` in chunks of `chunkSize` and says whether the last answer was complete.
    bool upload(const Principal& caller, const std::string& file, std::int64_t chunkSize)
    {
        const auto sha = sha256Hex(file);
        const auto total = static_cast<std::int64_t>(file.size());
        for (std::int64_t offset = 0; offset < total; offset += chunkSize) {
            auto answer = put(caller, sha, file, offset, std::min(chunkSize, total - offset));
            if (!answer)
                return false;
            if (offset + chunkSize >= total)
                return answer->complete();
        }
        return false;
    }

    // Files a case and says that it references `sha`, as the case rules do on push.
    void fileReferencingCase(const std::string& caseId, const std::string& sha, CaseState state,
        PublicationScope scope = PUBLICATION_SCOPE_PREFECTURE)
    {
        auto tx = m_store->write();
        QVERIFY(tx.ok());
        auto record = caseRecord(caseId, "org-a", state, scope);
        QVERIFY(putPlaced(**tx, record).ok());
        auto insert
            = (*tx)->db().prepare("INSERT OR IGNORE INTO attachment_refs(sha256, kind, id) VALUES (?, ?, ?)");
        QVERIFY(insert.ok());
        (*insert)->bind(1, sha).bind(2, static_cast<int>(RECORD_KIND_CASE)).bind(3, caseId);
        QVERIFY((*insert)->run().ok());
        QVERIFY((*tx)->commit().ok());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = yk::test::createServerStore(yk::test::newTestStoreLocation(m_dir->path().toStdString()));
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().detail.c_str());
        m_store = std::move(*store);
        m_attachments = std::make_unique<AttachmentStore>(*m_store);
    }

    void cleanup()
    {
        m_attachments.reset();
        m_store.reset();
        m_dir.reset();
    }

    void unknownFileHasNothingReceived()
    {
        const auto sha = sha256Hex("never uploaded");
        auto status = m_attachments->status(m_stranger, sha);
        QVERIFY(status.ok());
        QCOMPARE(status->sha256(), sha);
        QCOMPARE(status->received_bytes(), 0);
        QCOMPARE(status->size_bytes(), 0);
        QVERIFY(!status->complete());
    }

    void uploadsInChunksAndResumesWhereStatusSays()
    {
        const auto file = content(2500);
        const auto sha = sha256Hex(file);
        auto first = put(m_uploader, sha, file, 0, 1000);
        QVERIFY(first.ok());
        QCOMPARE(first->received_bytes(), 1000);
        QCOMPARE(first->size_bytes(), 2500);
        QVERIFY(!first->complete());
        QVERIFY(put(m_uploader, sha, file, 1000, 1000).ok());

        // The connection dropped here; the client asks where to go on.
        auto status = m_attachments->status(m_uploader, sha);
        QVERIFY(status.ok());
        QCOMPARE(status->received_bytes(), 2000);
        QVERIFY(!status->complete());
        QVERIFY(m_attachments->read(m_uploader, sha, 0, 100).error().httpStatus == 404); // not complete yet

        auto last = put(m_uploader, sha, file, status->received_bytes(), 500);
        QVERIFY(last.ok());
        QCOMPARE(last->received_bytes(), 2500);
        QVERIFY(last->complete());
        QVERIFY(m_attachments->status(m_uploader, sha)->complete());

        auto whole = m_attachments->read(m_uploader, sha, 0, 1 << 20);
        QVERIFY(whole.ok());
        QCOMPARE(whole->totalBytes, 2500);
        QCOMPARE(whole->offset, 0);
        QVERIFY(whole->data == file);
    }

    void replayedChunkIsIdempotent()
    {
        const auto file = content(1500);
        const auto sha = sha256Hex(file);
        QVERIFY(put(m_uploader, sha, file, 0, 1000).ok());
        auto replay = put(m_uploader, sha, file, 0, 1000); // the first answer was lost
        QVERIFY(replay.ok());
        QCOMPARE(replay->received_bytes(), 1000);
        QCOMPARE(rows("attachment_chunks"), 1);

        // The same offset with other bytes is not a retry.
        const auto other = content(1500, 99);
        auto conflicting = m_attachments->putChunk(
            m_uploader, sha, 0, 1500, std::string_view(other).substr(0, 1000), kNow);
        QVERIFY(!conflicting.ok());
        QCOMPARE(conflicting.error().httpStatus, 409);
        QCOMPARE(conflicting.error().code, std::string("upload_offset_mismatch"));

        QVERIFY(put(m_uploader, sha, file, 1000, 500)->complete());
        // A complete file answers its status and stores nothing more, whoever sends a chunk.
        auto afterComplete = put(m_colleague, sha, file, 0, 1000);
        QVERIFY(afterComplete.ok());
        QVERIFY(afterComplete->complete());
        QCOMPARE(afterComplete->received_bytes(), 1500);
        QCOMPARE(rows("attachment_chunks"), 2);
        QCOMPARE(rows("attachments"), 1);
    }

    void gapIsRefusedWithTheResumeOffset()
    {
        const auto file = content(3000);
        const auto sha = sha256Hex(file);

        // Nothing stored yet: only offset 0 may start an upload, and the refusal creates no row.
        auto early = put(m_uploader, sha, file, 1000, 1000);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().httpStatus, 409);
        QCOMPARE(rows("attachments"), 0);

        QVERIFY(put(m_uploader, sha, file, 0, 1000).ok());
        auto gap = put(m_uploader, sha, file, 2000, 1000);
        QVERIFY(!gap.ok());
        QCOMPARE(gap.error().httpStatus, 409);
        QCOMPARE(gap.error().code, std::string("upload_offset_mismatch"));
        QVERIFY(gap.error().messageEn.find("1000") != std::string::npos);
        QVERIFY(gap.error().messageJa.find("1000") != std::string::npos);

        // Another size for the same address is a confused client, not a new upload.
        auto otherTotal = m_attachments->putChunk(
            m_uploader, sha, 1000, 4000, std::string_view(file).substr(1000, 1000), kNow);
        QVERIFY(!otherTotal.ok());
        QCOMPARE(otherTotal.error().httpStatus, 409);

        auto status = m_attachments->status(m_uploader, sha);
        QCOMPARE(status->received_bytes(), 1000);
        QCOMPARE(status->size_bytes(), 3000);
        QCOMPARE(rows("attachment_chunks"), 1);
    }

    void hashMismatchDiscardsTheUpload()
    {
        const auto file = content(1800);
        const auto claimed = sha256Hex(content(1800, 3));
        QVERIFY(put(m_uploader, claimed, file, 0, 1000).ok());
        auto last = put(m_uploader, claimed, file, 1000, 800);
        QVERIFY(!last.ok());
        QCOMPARE(last.error().httpStatus, 422);
        QCOMPARE(last.error().code, std::string("attachment_hash_mismatch"));
        QCOMPARE(rows("attachments"), 0);
        QCOMPARE(rows("attachment_chunks"), 0);
        auto status = m_attachments->status(m_uploader, claimed);
        QCOMPARE(status->received_bytes(), 0);

        // The client starts over, from 0.
        QVERIFY(put(m_uploader, claimed, file, 0, 1000).ok());
        QCOMPARE(m_attachments->status(m_uploader, claimed)->received_bytes(), 1000);
    }

    void refusesTooLargeAndBadRanges()
    {
        const auto sha = sha256Hex("x");
        auto hugeFile
            = m_attachments->putChunk(m_uploader, sha, 0, AttachmentStore::MaxFileBytes + 1, "x", kNow);
        QVERIFY(!hugeFile.ok());
        QCOMPARE(hugeFile.error().httpStatus, 413);
        QCOMPARE(hugeFile.error().code, std::string("attachment_too_large"));

        const std::string bigChunk(static_cast<std::size_t>(AttachmentStore::MaxChunkBytes + 1), 'y');
        auto hugeChunk
            = m_attachments->putChunk(m_uploader, sha, 0, AttachmentStore::MaxFileBytes, bigChunk, kNow);
        QVERIFY(!hugeChunk.ok());
        QCOMPARE(hugeChunk.error().httpStatus, 413);

        // A chunk past the declared size, an empty chunk, a negative offset, an empty file.
        QCOMPARE(m_attachments->putChunk(m_uploader, sha, 0, 2, "abc", kNow).error().httpStatus, 400);
        QCOMPARE(m_attachments->putChunk(m_uploader, sha, 0, 2, "", kNow).error().httpStatus, 400);
        QCOMPARE(m_attachments->putChunk(m_uploader, sha, -1, 2, "a", kNow).error().httpStatus, 400);
        QCOMPARE(m_attachments->putChunk(m_uploader, sha, 0, 0, "a", kNow).error().httpStatus, 400);

        // A file of exactly the limits is accepted chunk by chunk (here only its first chunk).
        const std::string fullChunk(static_cast<std::size_t>(AttachmentStore::MaxChunkBytes), 'z');
        QVERIFY(
            m_attachments->putChunk(m_uploader, sha, 0, AttachmentStore::MaxFileBytes, fullChunk, kNow).ok());
        QCOMPARE(rows("attachments"), 1);
        QCOMPARE(rows("attachment_chunks"), 1);
    }

    void kioskMayNotUpload()
    {
        const auto file = content(100);
        auto answer = put(kiosk(), sha256Hex(file), file, 0, 100);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().httpStatus, 403);
        QCOMPARE(answer.error().code, std::string("forbidden"));
        QCOMPARE(rows("attachments"), 0);
        QCOMPARE(rows("attachment_chunks"), 0);
    }

    void refusesInvalidSha256_data()
    {
        QTest::addColumn<QString>("sha");
        const auto valid = QString::fromStdString(sha256Hex("a"));
        QTest::newRow("upper case") << valid.toUpper();
        QTest::newRow("63 digits") << valid.left(63);
        QTest::newRow("65 digits") << valid + "0";
        QTest::newRow("not hex") << QString(valid).replace(0, 1, "g");
        QTest::newRow("path") << QString("../") + valid.left(61);
        QTest::newRow("empty") << QString();
    }

    void refusesInvalidSha256()
    {
        QFETCH(QString, sha);
        const auto id = sha.toStdString();
        QCOMPARE(m_attachments->status(m_uploader, id).error().code, std::string("invalid_sha256"));
        auto put = m_attachments->putChunk(m_uploader, id, 0, 1, "a", kNow);
        QCOMPARE(put.error().httpStatus, 400);
        QCOMPARE(put.error().code, std::string("invalid_sha256"));
        QCOMPARE(m_attachments->read(m_uploader, id, 0, 1).error().code, std::string("invalid_sha256"));
        QCOMPARE(rows("attachments"), 0);
    }

    void readsRanges_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<qint64>("expectedLength"); // -1: refused with 416
        QTest::newRow("whole") << qint64(0) << qint64(10'000) << qint64(2500);
        QTest::newRow("first byte") << qint64(0) << qint64(1) << qint64(1);
        QTest::newRow("middle across chunks") << qint64(700) << qint64(1200) << qint64(1200);
        QTest::newRow("inside one chunk") << qint64(1100) << qint64(50) << qint64(50);
        QTest::newRow("chunk boundary") << qint64(1000) << qint64(1000) << qint64(1000);
        QTest::newRow("tail") << qint64(2400) << qint64(10'000) << qint64(100);
        QTest::newRow("last byte") << qint64(2499) << qint64(1) << qint64(1);
        QTest::newRow("at end") << qint64(2500) << qint64(1) << qint64(-1);
        QTest::newRow("beyond end") << qint64(9000) << qint64(1) << qint64(-1);
    }

    void readsRanges()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, maxBytes);
        QFETCH(qint64, expectedLength);
        const auto file = content(2500);
        const auto sha = sha256Hex(file);
        QVERIFY(upload(m_uploader, file, 1000));

        auto slice = m_attachments->read(m_uploader, sha, offset, maxBytes);
        if (expectedLength < 0) {
            QVERIFY(!slice.ok());
            QCOMPARE(slice.error().httpStatus, 416);
            QCOMPARE(slice.error().code, std::string("range_not_satisfiable"));
            return;
        }
        QVERIFY(slice.ok());
        QCOMPARE(slice->totalBytes, 2500);
        QCOMPARE(slice->offset, offset);
        QCOMPARE(static_cast<qint64>(slice->data.size()), expectedLength);
        QVERIFY(slice->data
            == file.substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(expectedLength)));
    }

    void readsAcrossFullSizeChunks()
    {
        const auto file = content(static_cast<std::size_t>(2 * AttachmentStore::MaxChunkBytes + 10));
        const auto sha = sha256Hex(file);
        QVERIFY(upload(m_uploader, file, AttachmentStore::MaxChunkBytes));
        auto whole = m_attachments->read(m_uploader, sha, 0, AttachmentStore::MaxFileBytes);
        QVERIFY(whole.ok());
        QVERIFY(whole->data == file);
        // maxBytes bounds the slice; the next request goes on from where this one stopped.
        auto head = m_attachments->read(m_uploader, sha, 5, AttachmentStore::MaxChunkBytes + 3);
        QVERIFY(head.ok());
        QCOMPARE(static_cast<std::int64_t>(head->data.size()), AttachmentStore::MaxChunkBytes + 3);
        QVERIFY(head->data == file.substr(5, head->data.size()));
        auto rest
            = m_attachments->read(m_uploader, sha, 5 + static_cast<std::int64_t>(head->data.size()), 1 << 22);
        QVERIFY(rest.ok());
        QVERIFY(rest->data == file.substr(5 + head->data.size()));
    }

    void readNeedsUploaderDeviceOrVisibleReference()
    {
        const auto file = content(1200);
        const auto sha = sha256Hex(file);
        QVERIFY(upload(m_uploader, file, 1000));

        // The uploading device, whoever is signed in on it.
        QVERIFY(m_attachments->read(m_uploader, sha, 0, 10).ok());
        Principal sameDeviceOtherUser = staff("dev-a", "user-z", "org-a");
        QVERIFY(m_attachments->read(sameDeviceOtherUser, sha, 0, 10).ok());

        // Without a reference, nobody else: answered as if the file did not exist.
        for (const auto& other : { m_colleague, m_stranger, kiosk() }) {
            auto refused = m_attachments->read(other, sha, 0, 10);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().httpStatus, 404);
            QCOMPARE(refused.error().code, std::string("not_found"));
        }
        // Out of range for someone who may not read it is still 404, not 416.
        QCOMPARE(m_attachments->read(m_stranger, sha, 5000, 10).error().httpStatus, 404);

        // A draft case of org-a references it: the organisation sees it, others do not.
        fileReferencingCase("case-1", sha, CASE_STATE_DRAFT);
        auto colleague = m_attachments->read(m_colleague, sha, 100, 10);
        QVERIFY(colleague.ok());
        QVERIFY(colleague->data == file.substr(100, 10));
        QCOMPARE(m_attachments->read(m_stranger, sha, 0, 10).error().httpStatus, 404);
        QCOMPARE(m_attachments->read(kiosk(), sha, 0, 10).error().httpStatus, 404);

        // Published to everyone: the stranger and the kiosk see it too.
        fileReferencingCase("case-1", sha, CASE_STATE_PUBLISHED, PUBLICATION_SCOPE_PUBLIC);
        QVERIFY(m_attachments->read(m_stranger, sha, 0, 10).ok());
        QVERIFY(m_attachments->read(kiosk(), sha, 0, 10).ok());

        // Deleted: only tombstones remain, and the uploader device.
        {
            auto tx = m_store->write();
            QVERIFY(tx.ok());
            QVERIFY((*tx)->remove(RECORD_KIND_CASE, "case-1").ok());
            QVERIFY((*tx)->commit().ok());
        }
        QCOMPARE(m_attachments->read(m_colleague, sha, 0, 10).error().httpStatus, 404);
        QCOMPARE(m_attachments->read(kiosk(), sha, 0, 10).error().httpStatus, 404);
        QVERIFY(m_attachments->read(m_uploader, sha, 0, 10).ok());
    }

    // The status tells the same people as a download does; to anyone else another
    // organisation's file, complete or half sent, looks exactly like one never sent.
    void statusRevealsNothingToWhoMayNotReadIt()
    {
        const auto file = content(1200);
        const auto sha = sha256Hex(file);
        const auto half = content(3000);
        const auto halfSha = sha256Hex(half);
        QVERIFY(upload(m_uploader, file, 1000));
        QVERIFY(put(m_uploader, halfSha, half, 0, 1000).ok());
        const auto unknown = m_attachments->status(m_stranger, sha256Hex("never uploaded"));
        QVERIFY(unknown.ok());

        QVERIFY(m_attachments->status(m_uploader, sha)->complete());
        QCOMPARE(m_attachments->status(m_uploader, halfSha)->received_bytes(), 1000);
        for (const auto& other : { m_colleague, m_stranger, kiosk() }) {
            for (const auto& id : { sha, halfSha }) {
                auto status = m_attachments->status(other, id);
                QVERIFY(status.ok());
                QCOMPARE(status->sha256(), id);
                QCOMPARE(status->size_bytes(), unknown->size_bytes());
                QCOMPARE(status->received_bytes(), unknown->received_bytes());
                QCOMPARE(status->complete(), unknown->complete());
            }
        }
        // Once a record the colleague may see points at it, the colleague learns it is there.
        fileReferencingCase("case-2", sha, CASE_STATE_DRAFT);
        QVERIFY(m_attachments->status(m_colleague, sha)->complete());
        QVERIFY(!m_attachments->status(m_stranger, sha)->complete());
    }

    void incompleteOrUnknownFilesAreNotFound()
    {
        const auto file = content(1500);
        const auto sha = sha256Hex(file);
        QVERIFY(put(m_uploader, sha, file, 0, 1000).ok());
        fileReferencingCase("case-2", sha, CASE_STATE_PUBLISHED, PUBLICATION_SCOPE_PUBLIC);
        QCOMPARE(m_attachments->read(m_uploader, sha, 0, 10).error().httpStatus, 404);
        QCOMPARE(m_attachments->read(m_colleague, sha, 0, 10).error().httpStatus, 404);
        QCOMPARE(m_attachments->read(m_uploader, sha256Hex("unknown"), 0, 10).error().httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
