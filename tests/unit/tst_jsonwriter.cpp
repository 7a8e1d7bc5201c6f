// proto::JsonWriter, the one JSON writer of yokoten-cli (pretty) and yokoten-server's admin
// commands (compact): the same values in both styles, keys in the order written.
#include "json_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using yk::proto::JsonWriter;

namespace {

JsonWriter sample(JsonWriter::Style style)
{
    JsonWriter json(style);
    json.beginObject();
    json.key("name").value("佐藤 \"花子\"\n");
    json.key("count").value(3);
    json.key("big").value(std::numeric_limits<long long>::max());
    json.key("ratio").value(0.25);
    json.key("nan").value(std::numeric_limits<double>::quiet_NaN());
    json.key("ok").value(true);
    json.key("none").null();
    json.key("empty").beginObject().endObject();
    json.key("list").beginArray().value("a").beginObject().key("b").value(false).endObject().endArray();
    json.endObject();
    return json;
}

} // namespace

class TestJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bothStylesParseToTheSameValues()
    {
        const auto pretty
            = QJsonDocument::fromJson(QByteArray::fromStdString(sample(JsonWriter::Style::Pretty).finish()));
        const auto compact
            = QJsonDocument::fromJson(QByteArray::fromStdString(sample(JsonWriter::Style::Compact).finish()));
        QVERIFY(pretty.isObject());
        QCOMPARE(compact, pretty);
        const QJsonObject o = pretty.object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("佐藤 \"花子\"\n"));
        QCOMPARE(o.value(QStringLiteral("big")).toInteger(), std::numeric_limits<long long>::max());
        QCOMPARE(o.value(QStringLiteral("ratio")).toDouble(), 0.25);
        QVERIFY(o.value(QStringLiteral("nan")).isNull());
        QVERIFY(o.value(QStringLiteral("none")).isNull());
        QCOMPARE(o.value(QStringLiteral("list")).toArray().size(), 2);
    }

    void compactIsOneLineInWrittenOrder()
    {
        JsonWriter json(JsonWriter::Style::Compact);
        json.beginObject().key("z").value(1).key("a").beginArray().value(2).value(3).endArray().endObject();
        QCOMPARE(json.text(), std::string(R"({"z":1,"a":[2,3]})"));
        QCOMPARE(json.finish(), json.text() + "\n");
    }

    void prettyIndentsTwoSpaces()
    {
        JsonWriter json;
        json.beginObject().key("a").value(1).key("b").beginArray().value("x").endArray().endObject();
        QCOMPARE(json.text(), std::string("{\n  \"a\": 1,\n  \"b\": [\n    \"x\"\n  ]\n}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
