#include "taxonomy.h"

#include "app_settings.h"
#include "follow_up_text.h"
#include "record_text.h"

#include "store/labels.h"

namespace yk::app {

namespace {

QVariantList listOf(int first, int last, QString (*name)(int))
{
    QVariantList list;
    list.append(QVariantMap { { "value", 0 }, { "label", Taxonomy::tr("All") } });
    for (int v = first; v <= last; ++v)
        list.append(QVariantMap { { "value", v }, { "label", name(v) } });
    return list;
}

} // namespace

Taxonomy::Taxonomy(QObject* parent)
    : QObject(parent)
{
}

QVariantList Taxonomy::categories() const
{
    return listOf(1, 6, &Taxonomy::categoryName);
}

QVariantList Taxonomy::prefectures() const
{
    return listOf(1, 47, &Taxonomy::prefectureName);
}

QVariantList Taxonomy::equipmentAreas() const
{
    return listOf(1, 10, &Taxonomy::equipmentAreaName);
}

QVariantList Taxonomy::serviceTypes() const
{
    return listOf(1, 10, &Taxonomy::serviceTypeName);
}

QVariantList Taxonomy::consultationTopics() const
{
    QVariantList list;
    for (int v = 1; v <= 8; ++v)
        list.append(QVariantMap { { "value", v }, { "label", consultationTopicText(v) } });
    return list;
}

QVariantList Taxonomy::improvementSteps() const
{
    QVariantList list;
    for (int v = 1; v <= 6; ++v)
        list.append(QVariantMap { { "value", v }, { "label", improvementStepText(v) } });
    return list;
}

QVariantList Taxonomy::measureItems() const
{
    QVariantList list;
    for (int v = 1; v <= 8; ++v) {
        const QString unit = measureUnitText(v);
        const QString name = v == 8 ? tr("Other (name it)") : measureItemText(v);
        list.append(
            QVariantMap { { "value", v }, { "label", unit.isEmpty() ? name : name + " (" + unit + ")" } });
    }
    return list;
}

QVariantList Taxonomy::adoptionUses() const
{
    QVariantList list;
    for (int v = 1; v <= 3; ++v)
        list.append(QVariantMap { { "value", v }, { "label", adoptionUseText(v) } });
    return list;
}

QVariantList Taxonomy::programmeKinds() const
{
    QVariantList list;
    for (int v = 1; v <= 2; ++v)
        list.append(QVariantMap { { "value", v }, { "label", programmeKindText(v) } });
    return list;
}

QVariantList Taxonomy::consultationChannels() const
{
    QVariantList list;
    for (int v = 2; v <= 5; ++v) // the app channel (1) is a facility asking for itself
        list.append(QVariantMap { { "value", v }, { "label", consultationChannelText(v) } });
    return list;
}

QString Taxonomy::categoryName(int category)
{
    return AppSettings::pick(store::caseCategoryJa(category), store::caseCategoryEn(category));
}

QString Taxonomy::prefectureName(int code)
{
    return AppSettings::pick(store::prefectureNameJa(code), store::prefectureNameEn(code));
}

QString Taxonomy::equipmentAreaName(int area)
{
    return AppSettings::pick(store::equipmentAreaJa(area), store::equipmentAreaEn(area));
}

QString Taxonomy::serviceTypeName(int serviceType)
{
    return AppSettings::pick(store::serviceTypeJa(serviceType), store::serviceTypeEn(serviceType));
}

} // namespace yk::app
