#include "cifields.h"

#include "common/translations.h"

#include <QHash>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

namespace {

struct Label {
    const char16_t *key;
    const char *text; // English source text, context CiFields
};

// QT_TRANSLATE_NOOP marks the texts for lupdate; label() translates them.
const Label kLabels[] = {
    {u"name", QT_TRANSLATE_NOOP("CiFields", "Name")},
    {u"class", QT_TRANSLATE_NOOP("CiFields", "Class")},
    {u"description", QT_TRANSLATE_NOOP("CiFields", "Description")},
    {u"owner", QT_TRANSLATE_NOOP("CiFields", "Owner")},
    {u"org_unit", QT_TRANSLATE_NOOP("CiFields", "Organizational unit")},
    {u"site", QT_TRANSLATE_NOOP("CiFields", "Site")},
    {u"lifecycle", QT_TRANSLATE_NOOP("CiFields", "Lifecycle")},
    {u"platform", QT_TRANSLATE_NOOP("CiFields", "Platform")},
    {u"platform_version", QT_TRANSLATE_NOOP("CiFields", "Platform version")},
    {u"firmware_version", QT_TRANSLATE_NOOP("CiFields", "Firmware version")},
    {u"confidentiality", QT_TRANSLATE_NOOP("CiFields", "Confidentiality")},
    {u"integrity", QT_TRANSLATE_NOOP("CiFields", "Integrity")},
    {u"availability", QT_TRANSLATE_NOOP("CiFields", "Availability")},
    {u"mobile", QT_TRANSLATE_NOOP("CiFields", "Mobile")},
    {u"last_seen", QT_TRANSLATE_NOOP("CiFields", "Last seen")},
    {u"update_source", QT_TRANSLATE_NOOP("CiFields", "Update source")},
    {u"update_mode", QT_TRANSLATE_NOOP("CiFields", "Update mode")},
    {u"reboot", QT_TRANSLATE_NOOP("CiFields", "Restart handling")},
    {u"data_sent_to_vendor", QT_TRANSLATE_NOOP("CiFields", "Data sent to the vendor")},
};

const Label kRelationLabels[] = {
    {u"source", QT_TRANSLATE_NOOP("CiFields", "Source")},
    {u"type", QT_TRANSLATE_NOOP("CiFields", "Relation")},
    {u"target", QT_TRANSLATE_NOOP("CiFields", "Target")},
};

// Other keys the project already uses for the same fields (CI JSON, group expressions, the
// history), so that their headers map too.
const QHash<QString, QString> kSynonyms = {
    {u"unit"_s, u"org_unit"_s},
    {u"firmware"_s, u"firmware_version"_s},
    {u"update_data_sent"_s, u"data_sent_to_vendor"_s},
    {u"reboot_handling"_s, u"reboot"_s},
    {u"relation_type"_s, u"type"_s},
};

const QRegularExpression &subKeyPattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z][A-Za-z0-9_.-]{0,63}$"_s);
    return pattern;
}

// The catalogues of every shipped language, as far as the program embeds them, so that a German
// header maps on an English desktop too.
const std::vector<std::unique_ptr<QTranslator>> &shippedCatalogues()
{
    static const std::vector<std::unique_ptr<QTranslator>> catalogues = [] {
        std::vector<std::unique_ptr<QTranslator>> loaded;
        for (const QString &language : availableLanguages()) {
            if (language == u"en")
                continue;
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(u":/i18n/changedesk_%1.qm"_s.arg(language)))
                loaded.push_back(std::move(translator));
        }
        return loaded;
    }();
    return catalogues;
}

template<std::size_t N> QString matchHeader(const Label (&labels)[N], const QString &header)
{
    const QString wanted = CiFields::normalizeHeader(header);
    if (wanted.isEmpty())
        return {};
    for (const Label &label : labels) {
        const QString key = QString::fromUtf16(label.key);
        if (wanted == CiFields::normalizeHeader(key))
            return key;
    }
    if (const auto synonym = kSynonyms.constFind(CiFields::normalizeHeader(header).replace(u' ', u'_'));
        synonym != kSynonyms.cend()) {
        for (const Label &label : labels) {
            if (*synonym == QStringView(label.key))
                return *synonym;
        }
    }
    for (const Label &label : labels) {
        const QString key = QString::fromUtf16(label.key);
        if (wanted == CiFields::normalizeHeader(QString::fromUtf8(label.text))
            || wanted == CiFields::normalizeHeader(CiFields::tr(label.text)))
            return key;
        for (const auto &catalogue : shippedCatalogues()) {
            const QString translated = catalogue->translate("CiFields", label.text);
            if (!translated.isEmpty() && wanted == CiFields::normalizeHeader(translated))
                return key;
        }
    }
    return {};
}

template<std::size_t N> QString labelOf(const Label (&labels)[N], const QString &key)
{
    for (const Label &label : labels) {
        if (key == QStringView(label.key))
            return CiFields::tr(label.text);
    }
    return {};
}

} // namespace

const QStringList &CiFields::keys()
{
    static const QStringList list = [] {
        QStringList result;
        for (const Label &label : kLabels)
            result << QString::fromUtf16(label.key);
        return result;
    }();
    return list;
}

QString CiFields::label(const QString &key)
{
    if (key.startsWith(responsiblePrefix()) && isField(key))
        return tr("Responsible: %1").arg(key.mid(responsiblePrefix().size()));
    if (key.startsWith(attributePrefix()) && isField(key))
        return tr("Attribute: %1").arg(key.mid(attributePrefix().size()));
    return labelOf(kLabels, key);
}

bool CiFields::isField(const QString &key)
{
    for (const QString &prefix : {responsiblePrefix(), attributePrefix()}) {
        if (key.startsWith(prefix))
            return subKeyPattern().match(key.mid(prefix.size())).hasMatch();
    }
    return keys().contains(key);
}

QString CiFields::fieldForHeader(const QString &header)
{
    const QString trimmed = header.trimmed();
    for (const QString &prefix : {responsiblePrefix(), attributePrefix()}) {
        if (trimmed.startsWith(prefix, Qt::CaseInsensitive)) {
            const QString key = prefix + trimmed.mid(prefix.size()).trimmed();
            return isField(key) ? key : QString();
        }
    }
    return matchHeader(kLabels, trimmed);
}

const QStringList &CiFields::relationKeys()
{
    static const QStringList list {u"source"_s, u"type"_s, u"target"_s};
    return list;
}

QString CiFields::relationLabel(const QString &key)
{
    return labelOf(kRelationLabels, key);
}

QString CiFields::relationFieldForHeader(const QString &header)
{
    return matchHeader(kRelationLabels, header.trimmed());
}

QString CiFields::normalizeHeader(const QString &header)
{
    QString text = header.toLower();
    for (QChar &c : text) {
        if (c == u'_' || c == u'-')
            c = u' ';
    }
    return text.simplified();
}

} // namespace ChangeDesk
