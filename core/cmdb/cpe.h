#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace ChangeDesk {

// A CPE name (NISTIR 7695, CPE 2.3 Naming) read from the 2.3 formatted string
// "cpe:2.3:a:mozilla:firefox:115.0:*:*:*:esr:*:*:*" or the 2.2 URI "cpe:/a:mozilla:firefox:115.0",
// and written back in either binding.
//
// Each attribute holds its value in lower case with the binding's escapes removed: "c++",
// "115.0", "x64". Three values are special, as in the formatted string: "*" is ANY, "-" is NA (not
// applicable), and an unescaped '*' or '?' at either end of a value is a wildcard. A backslash is
// kept only where it keeps a literal character apart from those: "\*", "\?", "\\", and "\-" for a
// value that is a single literal hyphen.
struct Cpe {
    QString part = QStringLiteral("*"); // "a" application, "o" operating system, "h" hardware, "*" any
    QString vendor = QStringLiteral("*");
    QString product = QStringLiteral("*");
    QString version = QStringLiteral("*");
    QString update = QStringLiteral("*");
    QString edition = QStringLiteral("*");
    QString language = QStringLiteral("*");
    QString swEdition = QStringLiteral("*");
    QString targetSw = QStringLiteral("*");
    QString targetHw = QStringLiteral("*");
    QString other = QStringLiteral("*");

    // Either binding; an error for anything else, a wrong number of components, an unknown
    // part, a dangling backslash or a broken percent-escape.
    static Result<Cpe> parse(const QString &text);

    QString toCpe23() const;
    // The 2.2 URI; sw_edition, target_sw, target_hw and other are packed into the edition with
    // '~' when any of them is set, and trailing empty components are left out.
    QString toCpe22() const;

    static bool isAny(const QString &value) { return value == QStringLiteral("*"); }
    static bool isNa(const QString &value) { return value == QStringLiteral("-"); }
    // A value that names something: neither ANY nor NA.
    static bool isConcrete(const QString &value) { return !value.isEmpty() && !isAny(value) && !isNa(value); }
    // The value as plain text: the backslashes of literal characters removed.
    static QString plain(const QString &value);

    bool operator==(const Cpe &) const = default;

    Q_DECLARE_TR_FUNCTIONS(Cpe)
};

} // namespace ChangeDesk
