#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace yk::app {

/// The domain's code lists (categories, prefectures, equipment areas, service types) with
/// names in the chosen language, for filters, chips and forms.
class Taxonomy : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantList categories READ categories NOTIFY languageChanged)
    Q_PROPERTY(QVariantList prefectures READ prefectures NOTIFY languageChanged)
    Q_PROPERTY(QVariantList equipmentAreas READ equipmentAreas NOTIFY languageChanged)
    Q_PROPERTY(QVariantList serviceTypes READ serviceTypes NOTIFY languageChanged)
    /// The eight consultation topics, and the channels centre staff record a consultation
    /// by (phone, visit, exhibition, e-mail), each {value, label} without an "all" entry.
    Q_PROPERTY(QVariantList consultationTopics READ consultationTopics NOTIFY languageChanged)
    Q_PROPERTY(QVariantList consultationChannels READ consultationChannels NOTIFY languageChanged)
    /// Support programmes and follow-up after adoption: the six improvement steps, the
    /// measurement items, how an adopted device is used, the kinds of programme.
    Q_PROPERTY(QVariantList improvementSteps READ improvementSteps NOTIFY languageChanged)
    Q_PROPERTY(QVariantList measureItems READ measureItems NOTIFY languageChanged)
    Q_PROPERTY(QVariantList adoptionUses READ adoptionUses NOTIFY languageChanged)
    Q_PROPERTY(QVariantList programmeKinds READ programmeKinds NOTIFY languageChanged)
public:
    explicit Taxonomy(QObject* parent = nullptr);

    /// Each entry is {value, label}; the first is {0, "all"} for filters.
    QVariantList categories() const;
    QVariantList prefectures() const;
    QVariantList equipmentAreas() const;
    QVariantList serviceTypes() const;
    QVariantList consultationTopics() const;
    QVariantList consultationChannels() const;
    QVariantList improvementSteps() const;
    QVariantList measureItems() const;
    QVariantList adoptionUses() const;
    QVariantList programmeKinds() const;

    Q_INVOKABLE static QString categoryName(int category);
    Q_INVOKABLE static QString prefectureName(int code);
    Q_INVOKABLE static QString equipmentAreaName(int area);
    Q_INVOKABLE static QString serviceTypeName(int serviceType);

Q_SIGNALS:
    /// Emitted when the language changes, so bound lists re-read their names.
    void languageChanged();
};

} // namespace yk::app
