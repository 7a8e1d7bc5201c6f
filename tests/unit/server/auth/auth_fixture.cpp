#include "auth_fixture.h"

#include "test_store_location.h"

#include "auth/enrolment_code.h"
#include "core/placement.h"

#include <sqlcipher/sqlite3.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <regex>

#include <sstream>

namespace yk::test {

using namespace yk::server;
using namespace yokoten::v1;

namespace {

Record organisation(const char* id, OrganisationKind kind, const char* parent, const char* name)
{
    Record record;
    auto* org = record.mutable_organisation();
    org->set_id(id);
    org->set_kind(kind);
    org->set_name(name);
    org->set_prefecture_code(20);
    org->set_parent_id(parent);
    return record;
}

} // namespace

AuthFixture::AuthFixture(bool withOrganisations)
    // A fixed, whole-second instant: expiry arithmetic in the tests is exact.
    : m_now(std::chrono::sys_days(std::chrono::year(2025) / 4 / 1) + std::chrono::hours(9))
{
    auto created
        = yk::test::createServerStore(yk::test::newTestStoreLocation(m_dir.path().toStdString() + "/server"));
    if (!created)
        qFatal("create store: %s", created.error().detail.c_str());
    m_store = std::move(*created);
    if (!withOrganisations)
        return;
    auto tx = m_store->write();
    if (!tx)
        qFatal("write");
    for (auto record : { organisation(kPrefectureId, ORGANISATION_KIND_PREFECTURE, "", "長野県"),
             organisation(kMunicipalityId, ORGANISATION_KIND_MUNICIPALITY, kPrefectureId, "長野市"),
             organisation(kFacilityId, ORGANISATION_KIND_FACILITY, kMunicipalityId, "千曲の杜"),
             organisation(kCentreId, ORGANISATION_KIND_CENTRE, kPrefectureId, "長野県センター"),
             organisation(kOtherFacilityId, ORGANISATION_KIND_FACILITY, kMunicipalityId, "あずさ苑") }) {
        if (!putPlaced(**tx, record))
            qFatal("put organisation");
    }
    if (!(*tx)->commit())
        qFatal("commit");
}

AuthOptions AuthFixture::authOptions()
{
    AuthOptions options;
    options.clock = [this] { return m_now; };
    options.passwordCost = PasswordCost::forTests();
    return options;
}

AdminOptions AuthFixture::adminOptions()
{
    AdminOptions options;
    options.clock = [this] { return m_now; };
    options.passwordCost = PasswordCost::forTests();
    return options;
}

std::unique_ptr<Authenticator> AuthFixture::openAuthenticator()
{
    auto auth = Authenticator::open(*m_store, authOptions());
    if (!auth)
        qFatal("open authenticator: %s", auth.error().detail.c_str());
    return std::move(*auth);
}

int AuthFixture::admin(const std::vector<std::string>& args, const std::string& stdinText)
{
    std::istringstream in(stdinText);
    std::ostringstream outStream;
    std::ostringstream errStream;
    const int code = runAdminCommand(*m_store, args, in, outStream, errStream, adminOptions());
    out = outStream.str();
    err = errStream.str();
    return code;
}

std::string AuthFixture::addUser(const std::string& login, const std::string& orgId, const std::string& role)
{
    const int code = admin({ "user", "add", "--org", orgId, "--role", role, "--login", login, "--json" },
        std::string(kPassword) + "\n");
    if (code != 0)
        qFatal("user add failed: %s", err.c_str());
    const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    return json.value("user_id").toString().toStdString();
}

std::string AuthFixture::newCode(const std::string& orgId, const std::string& kind)
{
    if (admin({ "device", "code", "--org", orgId, "--kind", kind, "--json" }) != 0)
        qFatal("device code failed: %s", err.c_str());
    const auto json = QJsonDocument::fromJson(QByteArray::fromStdString(out)).object();
    return json.value("code").toString().toStdString();
}

void AuthFixture::insertCode(
    const std::string& canonical, const std::string& orgId, DeviceKind kind, std::chrono::seconds ttl)
{
    auto tx = m_store->write();
    const auto nowSeconds
        = std::chrono::duration_cast<std::chrono::seconds>(m_now.time_since_epoch()).count();
    if (!tx || !enrolment_code::insert(**tx, canonical, orgId, kind, nowSeconds, nowSeconds + ttl.count())
        || !(*tx)->commit())
        qFatal("insert code");
}

std::string AuthFixture::dumpAuthTables()
{
    auto snapshot = m_store->read();
    if (!snapshot)
        qFatal("read");
    std::string dump;
    for (const char* table :
        { "devices", "enrolment_codes", "credentials", "refresh_tokens", "records", "audience", "meta" }) {
        auto stmt = (*snapshot)->db().prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        if (!stmt)
            qFatal("dump");
        dump += std::string("[") + table + "]\n";
        auto& rows = **stmt;
        while (rows.step() == server::SqlStatement::Step::Row) {
            const int columns = rows.columnCount();
            for (int c = 0; c < columns; ++c)
                dump += (rows.columnIsNull(c) ? std::string("NULL") : rows.columnBlob(c)) + "|";
            dump += "\n";
        }
    }
    return dump;
}

std::int64_t AuthFixture::queryInt(const std::string& sql)
{
    auto snapshot = m_store->read();
    if (!snapshot)
        qFatal("read");
    // The assertions are written in SQLite's SQL; two spellings differ in PostgreSQL.
    std::string query = sql;
    if (m_store->dialect() == SqlConnection::Dialect::Postgres) {
        query = std::regex_replace(query, std::regex("\\bx'([0-9a-f]*)'"), "'\\x$1'::bytea");
        query = std::regex_replace(query, std::regex("instr\\("), "strpos(");
    }
    auto value = (*snapshot)->db().queryInt(query);
    if (!value)
        qFatal("query %s", sql.c_str());
    return *value;
}

} // namespace yk::test
