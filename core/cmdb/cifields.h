#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ChangeDesk {

// The fields of a configuration item as CSV files, column mappings and text output name them:
// stable keys, labels in the user's language, and the column headers that map to a field.
//
// Keys: name, class, description, owner (a person's login), org_unit (a unit's code), site,
// lifecycle, platform, platform_version, firmware_version, confidentiality, integrity,
// availability, mobile, last_seen, update_source, update_mode, reboot, data_sent_to_vendor;
// responsible.ROLE (the logins of the people responsible for ROLE, comma-separated) and
// attr.NAME (the custom attribute NAME).
class CiFields
{
    Q_DECLARE_TR_FUNCTIONS(CiFields)

public:
    static QString responsiblePrefix() { return QStringLiteral("responsible."); }
    static QString attributePrefix() { return QStringLiteral("attr."); }

    // The fixed fields, in the order exports write them.
    static const QStringList &keys();
    // What a person calls the field, in the user's language: "Platform version",
    // "Responsible: os", "Attribute: serial". Empty for a key that is not a field.
    static QString label(const QString &key);
    // One of keys(), or responsible.ROLE / attr.NAME with a valid role or attribute name (up to
    // 64 letters, digits, '_', '.' or '-', starting with a letter).
    static bool isField(const QString &key);

    // The field a CSV column header names, or an empty string. A header names a field by its
    // key or by its label in English, in the user's language or in any language ChangeDesk
    // ships; case, blanks, '_' and '-' do not matter ("Platform version", "platform_version",
    // "PLATFORM-VERSION", "Plattformversion" in a German catalogue). "responsible.ROLE" and
    // "attr.NAME" keep the case of ROLE and NAME.
    static QString fieldForHeader(const QString &header);

    // The columns of a relation file: source, type, target (CI names and a relation type).
    static const QStringList &relationKeys();
    static QString relationLabel(const QString &key);
    static QString relationFieldForHeader(const QString &header);

    // The form in which headers are compared: lower case, '_', '-' and runs of blanks as one
    // blank, trimmed.
    static QString normalizeHeader(const QString &header);
};

} // namespace ChangeDesk
