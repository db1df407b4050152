#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ChangeDesk {

QStringList availableLanguages()
{
    return {u"en"_s, u"de"_s, u"nl"_s};
}

QString chooseLanguage(const QString &requested)
{
    const QString wanted = requested.trimmed().toLower();
    if (availableLanguages().contains(wanted))
        return wanted;
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &tag : preferred) {
        const QString code = tag.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (availableLanguages().contains(code))
            return code;
    }
    return u"en"_s;
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    QLocale::setDefault(QLocale(language));
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/changedesk_%1.qm"_s.arg(language)))
        QCoreApplication::installTranslator(own);
    if (language == u"en")
        return; // Qt's own texts are English already
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_%1"_s.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace ChangeDesk
